"""The six agents: Customer Success, Bug Resolver, Documentation, Observability, Growth, Marketing."""
