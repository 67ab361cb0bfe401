"""Backends for the scale tests: the tests here run on SQLite and on PostgreSQL.

PostgreSQL comes from CS_AGENTS_TEST_POSTGRES_URL (`scripts/start_test_postgres.sh PORT` prints one). Each
test gets a new database of its own, dropped afterwards, so tests never see each other's rows. Without the
variable the PostgreSQL variants are skipped, except under CI (the CI variable set), where that is a failure:
CI must test what production runs.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import make_url

from cs_agents.db import libpq_url
from cs_agents.settings import Settings

PG_ENV = "CS_AGENTS_TEST_POSTGRES_URL"


def postgres_admin_url() -> str:
    """The test server's URL; skips (or fails under CI) when it is not configured."""
    url = os.environ.get(PG_ENV)
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail(
            f"CI is set but {PG_ENV} is not: the PostgreSQL variants must run in CI "
            "(start one with scripts/start_test_postgres.sh PORT and export the URL it prints)",
            pytrace=False,
        )
    pytest.skip(
        f"PostgreSQL variant: {PG_ENV} is not set "
        "(export CS_AGENTS_TEST_POSTGRES_URL=$(scripts/start_test_postgres.sh 55432) to run it)"
    )


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """A new, empty database on the test server; its SQLAlchemy URL. Dropped (connections and all) after."""
    admin = postgres_admin_url()
    name = f"cs_test_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(libpq_url(admin), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(libpq_url(admin), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str) -> Iterator[str | None]:
    """None: the default SQLite file in the data dir; else a fresh PostgreSQL database."""
    if backend == "sqlite":
        yield None
        return
    with fresh_postgres_database() as url:
        yield url


@pytest.fixture
def settings(tmp_path: Path, database_url: str | None, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Replaces the root `settings`; the variable too, so processes a test starts use the same database."""
    if database_url is None:
        monkeypatch.delenv("CS_AGENTS_DATABASE_URL", raising=False)
    else:
        monkeypatch.setenv("CS_AGENTS_DATABASE_URL", database_url)
    return Settings(data_dir=tmp_path / "data", database_url=database_url)
