"""One loaded sample product for the whole security suite: the ticket runner, an app with API keys on
the same data directory, and the database to check that bad input stored nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from api.app import create_app
from cs_agents.db import (
    AccountRow,
    Database,
    EventRow,
    FeatureRow,
    TicketOutcomeRow,
    TicketRow,
    get_database,
)
from cs_agents.settings import Settings
from tests.api.conftest import ADMIN, API_KEYS
from tests.integration.conftest import runner, sample_settings  # noqa: F401 - shared session fixtures

TABLES = (AccountRow, EventRow, FeatureRow, TicketRow, TicketOutcomeRow)


@pytest.fixture(scope="session")
def sample_db(sample_settings: Settings) -> Database:  # noqa: F811
    return get_database(sample_settings)


@pytest.fixture(scope="session")
def sec_api(sample_settings: Settings) -> Iterator[TestClient]:  # noqa: F811
    """The service with API keys on the loaded sample product (rate limits off: the suite sends many)."""
    settings = Settings(data_dir=sample_settings.data_dir, api_keys=API_KEYS, rate_limit_requests=0)
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


def row_counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {t.__tablename__: session.scalar(select(func.count()).select_from(t)) or 0 for t in TABLES}


def token_for(api: TestClient, account_id: str) -> dict[str, str]:
    answer = api.post("/v1/tokens", json={"account_id": account_id}, headers=ADMIN)
    assert answer.status_code == 201, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def is_problem(response: Any) -> bool:
    return response.headers.get("content-type", "").startswith("application/problem+json")
