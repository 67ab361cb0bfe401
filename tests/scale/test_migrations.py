"""Schema migrations (Alembic) on SQLite and PostgreSQL: the migrations build exactly the models' schema, a
database made by `create_all` before migrations is adopted with its rows, an older one is refused until
`cs-agents db upgrade`, and a new migration is one command away (docs/migrations.md)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
import pytest
from alembic import command
from langgraph.checkpoint.postgres import PostgresSaver
from sqlalchemy import Column, Integer, String, Table, create_engine, inspect, select, text
from typer.testing import CliRunner

import api.app  # noqa: F401  (every module that could declare a table is imported: the metadata is whole)
from cs_agents import schema
from cs_agents.cli import app
from cs_agents.db import (
    AccountRow,
    ActivityDayRow,
    Base,
    Database,
    EventRow,
    FeatureDayRow,
    FeedbackDayRow,
    ReviewRow,
    TicketRow,
    UserDayRow,
    libpq_url,
)
from cs_agents.models import Account, Event
from cs_agents.records import event_key, insert_events, upsert_accounts
from tests.scale.conftest import fresh_postgres_database

MIGRATIONS = schema.MIGRATIONS  # this code's, before a test swaps in its own copy

SECOND = '''"""Add accounts.notes (a test's own migration).

Revision ID: NEXT
Revises: HEAD
"""

import sqlalchemy as sa
from alembic import op

revision = "NEXT"
down_revision = "HEAD"


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("notes", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("notes")
'''

HEAD = schema.head()  # this code's newest migration
NEXT = f"{int(HEAD) + 1:04d}"  # the test's own, one after it
SECOND = SECOND.replace("NEXT", NEXT).replace("HEAD", HEAD)


@pytest.fixture
def url(backend: str, tmp_path: Path) -> Iterator[str]:
    """An empty database of either backend."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'cs_agents.db'}"
        return
    with fresh_postgres_database() as pg:
        yield pg


def _run(url: str, revision: str) -> None:
    """Apply the migrations up to `revision` (as `cs-agents db upgrade` does, without the checks)."""
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), revision)
    engine.dispose()


def _pre_migration_database(url: str) -> None:
    """A database as the last release left it: its tables (what `create_all` made, which the baseline
    revision is), no version table, rows in them. Only the CLI used it: no page sessions nor rate limits."""
    _run(url, schema.BASELINE)
    engine = create_engine(url)
    with engine.begin() as conn:
        for table in ("alembic_version", "page_sessions", "rate_limits"):
            conn.execute(text(f"DROP TABLE {table}"))
        conn.execute(
            AccountRow.__table__.insert().values(
                id="acc_001",
                name="Brightside Dental",
                plan="pro",
                seats=10,
                mrr=490.0,
                signup_date=date(2026, 6, 1),
                record_hash="h1",
            )
        )
        conn.execute(
            TicketRow.__table__.insert().values(
                id="T-1",
                account_id="acc_001",
                channel="email",
                subject="Login",
                body="I can't sign in",
                record_hash="h2",
            )
        )
        conn.execute(
            EventRow.__table__.insert().values(
                dedup_key="k1",
                event_id="e-1",
                account_id="acc_001",
                user_id="u1",
                name="login",
                ts=datetime(2026, 11, 1, 9, 30, tzinfo=UTC),
                day=date(2026, 11, 1),
                properties={},
            )
        )
    engine.dispose()


def test_the_migrations_build_exactly_the_models_schema(url, backend):
    # A table or column added to the models without a migration fails here.
    _run(url, "head")
    if backend == "postgresql":  # LangGraph's checkpoint tables share the database and are not ours
        with psycopg.connect(libpq_url(url), autocommit=True) as conn:
            PostgresSaver(conn).setup()
    engine = create_engine(url)
    with engine.connect() as conn:
        assert schema.differences(conn, Base.metadata) == []
        assert schema.current(conn) == schema.head()
    engine.dispose()


def test_every_table_is_declared_in_the_core_so_the_migrations_see_it():
    declared_elsewhere = {
        mapper.class_.__name__: mapper.class_.__module__
        for mapper in Base.registry.mappers
        if mapper.class_.__module__ != "cs_agents.db"
    }
    assert declared_elsewhere == {}


def test_a_new_database_is_built_by_the_migrations(url):
    database = Database(url)
    with database.engine.connect() as conn:
        assert schema.current(conn) == schema.head()
        assert schema.differences(conn, Base.metadata) == []
    database.engine.dispose()


def test_a_database_made_before_migrations_is_adopted_with_its_rows(url):
    _pre_migration_database(url)
    database = Database(url, upgrade=True)  # adopted at the baseline, then upgraded like any older database
    assert database.revision == schema.head()
    with database.session() as session:
        assert session.scalars(select(AccountRow.name)).all() == ["Brightside Dental"]
        assert session.scalars(select(TicketRow.body)).all() == ["I can't sign in"]
        assert session.scalars(select(EventRow.event_id)).all() == ["e-1"]
    with database.engine.connect() as conn:
        assert schema.differences(conn, Base.metadata) == []  # the missing tables were made
    database.engine.dispose()
    assert Database(url).revision == schema.head()  # and it opens again as it is


@pytest.fixture
def migrations_with_a_second(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This code's migrations plus one that adds a column: what the next release will bring."""
    folder = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / f"{NEXT}_add_account_notes.py").write_text(SECOND)
    monkeypatch.setattr(schema, "MIGRATIONS", folder)
    return folder


def test_an_older_database_is_refused_until_upgraded_and_keeps_its_rows(url, migrations_with_a_second):
    _pre_migration_database(url)
    with pytest.raises(schema.SchemaOutdated, match=rf"revision 0001 .* needs {NEXT}.*cs-agents db upgrade"):
        Database(url)
    upgraded = Database(url, upgrade=True)
    assert upgraded.revision == NEXT
    with upgraded.engine.connect() as conn:
        assert "notes" in {c["name"] for c in inspect(conn).get_columns("accounts")}
        assert conn.execute(text("SELECT name, notes FROM accounts")).all() == [("Brightside Dental", None)]
    upgraded.engine.dispose()


def test_a_database_from_a_newer_version_is_refused(url, migrations_with_a_second):
    Database(url).engine.dispose()  # at NEXT
    shutil.rmtree(migrations_with_a_second / "versions")
    shutil.copytree(
        MIGRATIONS / "versions",
        migrations_with_a_second / "versions",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    with pytest.raises(
        schema.SchemaOutdated, match=f"revision {NEXT}, which this version of cs-agents does not know"
    ):
        Database(url)


def test_db_upgrade_creates_the_version_table_in_an_empty_data_directory(tmp_path, monkeypatch):
    monkeypatch.delenv("CS_AGENTS_DATABASE_URL", raising=False)
    data = tmp_path / "data"
    runner = CliRunner()
    status = runner.invoke(app, ["--data-dir", str(data), "db", "status"])
    assert status.exit_code == 1 and "no database yet" in status.stdout
    result = runner.invoke(app, ["--data-dir", str(data), "db", "upgrade"])
    assert result.exit_code == 0, result.output
    engine = create_engine(f"sqlite:///{data / 'cs_agents.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == schema.head()
    engine.dispose()
    status = runner.invoke(app, ["--data-dir", str(data), "db", "status"])
    assert status.exit_code == 0 and schema.head() in status.stdout


def test_one_head_and_each_file_named_by_its_revision():
    scripts = schema.scripts()
    assert scripts.get_heads() == [schema.head()]
    for script in scripts.walk_revisions():
        assert Path(script.path).name.startswith(f"{script.revision}_")


def test_a_new_migration_is_written_from_the_models(tmp_path, monkeypatch, migrations_with_a_second):
    # What a developer does after adding a table: `cs-agents db revision -m "..."`, then read the file.
    shutil.rmtree(migrations_with_a_second / "versions" / "__pycache__", ignore_errors=True)
    (migrations_with_a_second / "versions" / f"{NEXT}_add_account_notes.py").unlink()
    table = Table(
        "health_notes", Base.metadata, Column("id", Integer, primary_key=True), Column("note", String(50))
    )
    try:
        result = CliRunner().invoke(app, ["db", "revision", "-m", "add health notes"])
        assert result.exit_code == 0, result.output
        written = migrations_with_a_second / "versions" / f"{NEXT}_add_health_notes.py"
        assert "create_table" in written.read_text() and '"health_notes"' in written.read_text()
        url = f"sqlite:///{tmp_path / 'new.db'}"
        database = Database(url)
        assert database.revision == NEXT
        with database.engine.connect() as conn:
            assert schema.differences(conn, Base.metadata) == []
        database.engine.dispose()
    finally:
        Base.metadata.remove(table)


def test_the_review_queue_still_reads_what_it_wrote(url):
    # The row types survive the migrations: JSON payloads and aware datetimes round-trip on both backends.
    database = Database(url)
    now = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    with database.session() as session:
        session.add(
            ReviewRow(
                workflow="onboarding",
                thread_id="t1",
                interrupt_id="i1",
                kind="campaign",
                title="Welcome",
                payload={"action_requests": [{"name": "send"}]},
                created_at=now,
            )
        )
    with database.session() as session:
        row = session.scalars(select(ReviewRow)).one()
        assert (row.payload, row.created_at, row.status) == (
            {"action_requests": [{"name": "send"}]},
            now,
            "pending",
        )
    database.engine.dispose()


def _rollup_rows(database: Database) -> dict[str, list[tuple[object, ...]]]:
    with database.engine.connect() as conn:
        return {
            t.__tablename__: [tuple(r) for r in conn.execute(select(t.__table__).order_by(*t.__table__.c))]
            for t in (ActivityDayRow, FeatureDayRow, UserDayRow, FeedbackDayRow)
        }


def test_the_rollup_migration_fills_the_rollup_as_storing_the_events_would(url, tmp_path):
    """A database with events stored before the daily rollup existed, upgraded: the rollup the migration
    writes is the one storing the same events now writes (cs_agents/rollup.py)."""
    account = Account(id="acc_001", name="Brightside", plan="pro", seats=5, signup_date=date(2026, 6, 1))
    stamps = [datetime(2026, 11, d, h, tzinfo=UTC) for d, h in ((1, 9), (1, 23), (3, 12), (2, 8), (3, 8))]
    events = [
        Event(
            event_id=f"e-{i}",
            account_id="acc_001",
            user_id=f"u{i % 2}",
            name=name,
            timestamp=ts,
            properties=p,
        )
        for i, (name, p, ts) in enumerate(
            [
                ("feature_used", {"feature": "reports"}, stamps[0]),
                ("feature_used", {"feature": "reports"}, stamps[1]),
                ("feature_used", {"feature": "api"}, stamps[2]),
                ("key_action", {}, stamps[1]),
                ("limit_reached", {"limit": "seats"}, stamps[3]),
                ("workspace_created", {}, stamps[3]),
                ("login", {}, stamps[0]),
                ("nps_submitted", {"score": 3}, stamps[2]),
                ("nps_submitted", {"score": 6}, stamps[2]),
                ("nps_submitted", {"score": 9}, stamps[4]),
                ("nps_submitted", {"score": 10}, stamps[4]),
                ("csat_submitted", {"score": 4}, stamps[2]),
            ]
        )
    ]
    _run(url, "0003")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            AccountRow.__table__.insert().values(
                id="acc_001",
                name="Brightside",
                plan="pro",
                seats=5,
                signup_date=date(2026, 6, 1),
                record_hash="h",
            )
        )
        conn.execute(
            EventRow.__table__.insert(),
            [
                {
                    "dedup_key": event_key(e),
                    "event_id": e.event_id,
                    "account_id": e.account_id,
                    "user_id": e.user_id,
                    "name": e.name,
                    "ts": e.timestamp,
                    "day": e.timestamp.date(),
                    "properties": e.properties,
                }
                for e in events
            ],
        )
    engine.dispose()
    upgraded = Database(url, upgrade=True)
    stored = Database(f"sqlite:///{tmp_path / 'stored.db'}")
    with stored.session() as session:
        upsert_accounts(session, [(1, account)])
        insert_events(session, list(enumerate(events, 1)))
    assert _rollup_rows(upgraded) == _rollup_rows(stored)
    assert _rollup_rows(upgraded)["activity_days"][0] == ("acc_001", date(2026, 11, 1), 4, 1, 0, 0, 0, 0)
    assert [(r[2], r[4]) for r in _rollup_rows(upgraded)["feedback_days"]] == [
        ("csat_submitted", 4.0),
        ("nps_submitted", 6.0),  # 12:00 is the day's latest (a 3 and a 6: the higher); 08:00 had a 9 and a 10
    ]
    upgraded.engine.dispose()
    stored.engine.dispose()
