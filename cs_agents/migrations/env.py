"""Alembic's environment for cs-agents: always run through `cs_agents.schema`, which passes the open
connection (inside its transaction, under the schema lock) in `config.attributes["connection"]`."""

from __future__ import annotations

from alembic import context

from cs_agents.db import Base
from cs_agents.schema import include_name, render_item

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=include_name,
    render_item=render_item,
    # SQLite alters a table by copying it; batch mode writes migrations that work on both backends.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
