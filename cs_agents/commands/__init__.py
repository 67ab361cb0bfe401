"""CLI command groups, one module each; `cs_agents.cli` mounts them."""
