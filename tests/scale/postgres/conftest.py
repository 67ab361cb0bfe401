"""The existing database, review, checkpoint, outbox and event tests, again on PostgreSQL only (their
SQLite runs are where they live): `backend` is fixed, so `settings` and `db` are a fresh PostgreSQL database."""

from __future__ import annotations

import pytest


@pytest.fixture
def backend() -> str:
    return "postgresql"
