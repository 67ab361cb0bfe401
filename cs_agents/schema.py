"""The database schema's version: Alembic migrations in `cs_agents/migrations/versions/`.

How a database meets this code (`prepare`, called by `Database` inside its transaction, under the schema
lock, so several workers starting at once take turns):

- **new** (none of our tables): the migrations run from the first to the newest, so every database is
  built by them (`tests/scale/test_migrations.py` proves they build exactly the models' schema);
- **made before migrations existed** (our tables, no version table: `create_all` made them): adopted. The
  baseline revision creates only the tables it lacks and records its version; no row is read or changed;
- **at an older revision**: refused with `SchemaOutdated`, which names the command to run, unless the
  caller upgrades (`cs-agents db upgrade`). A migration may rewrite what every worker reads, so an
  operator runs it once, on purpose, after a backup, rather than whichever worker starts first;
- **at a revision this code does not know** (a newer release migrated it): refused the same way.

docs/migrations.md says how to add a migration.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, Literal

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.autogenerate.api import AutogenContext
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, MetaData, TypeDecorator, create_engine, inspect

MIGRATIONS = Path(__file__).parent / "migrations"
BASELINE = "0001"  # the schema of the last release made by `create_all`, which adoption starts from
# Tables in our database that belong to others: LangGraph's PostgreSQL checkpointer keeps its own there.
FOREIGN_TABLES = frozenset({"checkpoints", "checkpoint_blobs", "checkpoint_writes", "checkpoint_migrations"})
UPGRADE_COMMAND = "cs-agents db upgrade"


class SchemaOutdated(RuntimeError):
    """The database's schema revision is not the one this code needs; the message says what to do."""


def alembic_config(conn: Connection | None = None) -> Config:
    """Alembic's configuration for our migrations, on an open connection (env.py reads it from there)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # Revision ids are numbered 0001, 0002 ...: the order of the files is the order they run in.
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    config.attributes["connection"] = conn
    return config


def scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    """The newest revision. Two heads mean two branches each added a migration after the same one: the
    one merged second must revise the other (docs/migrations.md)."""
    heads = scripts().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads {sorted(heads)}: see docs/migrations.md")
    return heads[0]


def current(conn: Connection) -> str | None:
    """The database's revision (None: no version table, or an empty one)."""
    return MigrationContext.configure(conn).get_current_revision()


def prepare(conn: Connection, metadata: MetaData, *, upgrade: bool = False) -> str:
    """Bring the database to this code's revision as the module docstring says; returns the revision."""
    target = head()
    revision = current(conn)
    if revision is None:
        if not set(inspect(conn).get_table_names()) & set(metadata.tables):
            command.upgrade(alembic_config(conn), target)  # a new database: nothing to back up
            return target
        command.upgrade(alembic_config(conn), BASELINE)  # adopt what create_all made
        revision = BASELINE
    if revision == target:
        return target
    where = conn.engine.url.render_as_string(hide_password=True)
    if not known(revision):
        raise SchemaOutdated(
            f"the database {where} is at schema revision {revision}, which this version of cs-agents does "
            "not know: a newer version migrated it. Run that version, or restore the backup taken before."
        )
    if not upgrade:
        raise SchemaOutdated(
            f"the database {where} is at schema revision {revision} and this version of cs-agents needs "
            f"{target}: back it up, then run `{UPGRADE_COMMAND}` (docs/migrations.md)"
        )
    command.upgrade(alembic_config(conn), "head")
    return target


def known(revision: str) -> bool:
    """Whether `revision` is one of this code's migrations."""
    return revision in {script.revision for script in scripts().walk_revisions()}


def differences(conn: Connection, metadata: MetaData) -> list[Any]:
    """What autogenerate would change to make the database match the models (empty: they match)."""
    context = MigrationContext.configure(
        conn, opts={"include_name": include_name, "compare_type": True, "render_item": render_item}
    )
    return list(compare_metadata(context, metadata))


def new_revision(message: str) -> Path:
    """Write the next migration from what the models add to the newest revision's schema (autogenerate
    against a scratch SQLite database upgraded to head); returns its file, for a person to read and edit."""
    number = f"{int(head()) + 1:04d}"
    with tempfile.TemporaryDirectory() as scratch:
        engine = create_engine(f"sqlite:///{scratch}/schema.db")
        try:
            with engine.begin() as conn:
                command.upgrade(alembic_config(conn), "head")
                config = alembic_config(conn)
                # Formatted like the rest of the code (ruff is a development dependency, as is this).
                for option, value in (
                    ("hooks", "ruff"),
                    ("ruff.type", "module"),
                    ("ruff.module", "ruff"),
                    ("ruff.options", "format REVISION_SCRIPT_FILENAME"),
                ):
                    config.set_section_option("post_write_hooks", option, value)
                written = command.revision(config, message, autogenerate=True, rev_id=number)
        finally:
            engine.dispose()
    assert written is not None and not isinstance(written, list)
    return Path(written.path)


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """Autogenerate compares our tables only (never proposes dropping the checkpointer's)."""
    return not (type_ == "table" and name in FOREIGN_TABLES)


def render_item(type_: str, obj: Any, _context: AutogenContext) -> str | Literal[False]:
    """Migrations spell a column's stored type (`sa.DateTime(timezone=True)`), not our Python wrapper
    around it, so a migration never imports the models, which keep changing after it is written."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl!r}"
    return False
