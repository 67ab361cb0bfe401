"""`cs-agents db ...`: the database schema's version (Alembic; docs/migrations.md).

Mount in `cs_agents.cli`: `app.add_typer(db_app, name="db")`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from sqlalchemy import make_url

from cs_agents import schema
from cs_agents.commands.reviews import command_settings, fail
from cs_agents.db import Database, make_engine, normalize_url

db_app = typer.Typer(no_args_is_help=True, help="The database schema: upgrade it, see its revision.")
out = Console()


@db_app.callback()
def db() -> None:
    """The database schema: upgrade it, see its revision."""


@db_app.command("upgrade")
def upgrade(ctx: typer.Context) -> None:
    """Create the database, adopt one made before migrations, or apply the pending migrations. Back up
    a database before upgrading it: a migration may rewrite rows."""
    settings = command_settings(ctx)
    if settings.database_url is None:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    database = Database(settings.resolved_database_url, upgrade=True)
    database.engine.dispose()
    out.print(f"database at schema revision {database.revision} (the newest)")


@db_app.command("status")
def status(ctx: typer.Context) -> None:
    """The database's schema revision and the one this version needs; exit 1 when they differ."""
    settings = command_settings(ctx)
    url = normalize_url(settings.resolved_database_url)
    try:
        target = schema.head()
    except RuntimeError as exc:  # two heads: the message says how to mend them
        fail(str(exc))
    path = make_url(url).database if url.startswith("sqlite") else None
    if path is not None and not Path(path).exists():
        out.print(f"no database yet at {escape(path)}; `cs-agents db upgrade` or the first start creates it")
        raise typer.Exit(1)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            revision = schema.current(conn)
    finally:
        engine.dispose()
    if revision == target:
        out.print(f"schema revision {target} (the newest)")
        return
    if revision is not None and not schema.known(revision):
        out.print(f"schema revision {revision}, unknown to this version: a newer version migrated it")
    else:
        needs = f"this version needs {target}: run `{schema.UPGRADE_COMMAND}`"
        out.print(f"schema revision {revision or 'none'}; {needs}")
    raise typer.Exit(1)


@db_app.command("revision")
def revision(
    message: Annotated[str, typer.Option("-m", "--message", help="what the migration changes")],
) -> None:
    """Write the next migration from what the models changed (in a checkout: the file lands in
    cs_agents/migrations/versions/). Read it, edit it, and commit it with the model change."""
    try:
        path = schema.new_revision(message)
    except RuntimeError as exc:  # two heads: the message says how to mend them
        fail(str(exc))
    out.print(f"wrote {escape(str(path))}")
