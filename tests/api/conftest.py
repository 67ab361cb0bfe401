"""A small product (the fixture knowledge base, three accounts, a few events) loaded once per session, and
apps on it: secured with API keys, or in local dev mode."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from cs_agents.db import get_database
from cs_agents.loader import load_folder
from cs_agents.settings import Settings
from tests.conftest import FIXTURES
from tests.net import clean_env, free_port, uvicorn_command, wait_until_ok

ROOT = Path(__file__).resolve().parents[2]
ADMIN_KEY = "admin-key-0123456789abcdef"
REVIEWER_KEY = "reviewer-key-0123456789abcdef"
API_KEYS = f"ops:admin:{ADMIN_KEY},maya:reviewer:{REVIEWER_KEY}"
ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}
REVIEWER = {"Authorization": f"Bearer {REVIEWER_KEY}"}
AS_OF = "2026-11-15"
QUESTION_PASSWORD = "How do I reset my password? I forgot it."

# acc_b's details must never reach acc_a's customer
OTHER_NAME = "Zephyr Orchard Labs"
OTHER_CONTACT = "Quillon Vantreese"
OTHER_EMAIL = "quillon@zephyr-orchard.example"

ACCOUNTS = [
    {
        "id": "acc_a",
        "name": "Brightside Dental",
        "plan": "pro",
        "seats": 10,
        "mrr": 490.0,
        "signup_date": "2026-06-01",
        "industry": "healthcare",
        "contact": {"name": "Maya Ortiz", "email": "maya@brightside.example"},
    },
    {
        "id": "acc_b",
        "name": OTHER_NAME,
        "plan": "enterprise",
        "seats": 40,
        "mrr": 4900.0,
        "signup_date": "2025-01-10",
        "industry": "agriculture",
        "contact": {"name": OTHER_CONTACT, "email": OTHER_EMAIL},
    },
    {
        "id": "acc_new",
        "name": "Fresh Start Bakery",
        "plan": "starter",
        "seats": 3,
        "mrr": 49.0,
        "signup_date": "2026-11-10",
        "industry": "food",
        "contact": {"name": "Ines Duarte", "email": "ines@freshstart.example"},
    },
]


def _events() -> list[dict[str, object]]:
    day = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    out: list[dict[str, object]] = []
    for i in range(10):
        ts = (day + timedelta(days=i)).isoformat().replace("+00:00", "Z")
        out.append(
            {
                "event_id": f"seed-a-{i}",
                "account_id": "acc_a",
                "user_id": f"u{i % 3}",
                "name": "login",
                "timestamp": ts,
            }
        )
    out.append(
        {
            "event_id": "seed-new-1",
            "account_id": "acc_new",
            "user_id": "u1",
            "name": "profile_completed",
            "timestamp": "2026-11-11T10:00:00Z",
        }
    )
    return out


@pytest.fixture(scope="session")
def product_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("mini-product")
    shutil.copytree(FIXTURES / "kb", folder / "kb")
    (folder / "accounts.jsonl").write_text("\n".join(json.dumps(a) for a in ACCOUNTS) + "\n")
    (folder / "events.jsonl").write_text("\n".join(json.dumps(e) for e in _events()) + "\n")
    (folder / "features.yaml").write_text("basic: [dashboard]\ncore: [reports]\nadvanced: [api_access]\n")
    return folder


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory, product_dir: Path) -> Path:
    path = tmp_path_factory.mktemp("api-data")
    settings = Settings(data_dir=path)
    summary = load_folder(product_dir, settings, get_database(settings))
    assert summary.problems == 0
    return path


@pytest.fixture(scope="session")
def secured_settings(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir, api_keys=API_KEYS)


@pytest.fixture(scope="session")
def api(secured_settings: Settings) -> Iterator[TestClient]:
    """The app with API keys configured, shared by the tests (they only add data)."""
    with TestClient(create_app(secured_settings)) as client:
        yield client


@pytest.fixture(scope="session")
def dev_api(data_dir: Path) -> Iterator[TestClient]:
    """The app with no API keys: local dev mode."""
    with TestClient(create_app(Settings(data_dir=data_dir, max_events_per_request=10))) as client:
        yield client


def customer_headers(api: TestClient, account_id: str, ttl_s: int = 3600) -> dict[str, str]:
    answer = api.post("/v1/tokens", json={"account_id": account_id, "ttl_s": ttl_s}, headers=ADMIN)
    assert answer.status_code == 201, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def sse_events(lines: Iterable[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Server-sent events as (name, data) pairs, as the lines arrive (a streamed response's iter_lines)."""
    name = ""
    for line in lines:
        if line.startswith("event: "):
            name = line[len("event: ") :]
        elif line.startswith("data: "):
            yield name, json.loads(line[len("data: ") :])


def parse_sse(text: str) -> list[tuple[str, dict[str, Any]]]:
    return list(sse_events(text.splitlines()))


@pytest.fixture(scope="module")
def server(data_dir: Path) -> Iterator[str]:
    """The secured app served by a real uvicorn process on a free loopback port; yields its URL."""
    port = free_port()
    env = clean_env(CS_AGENTS_DATA_DIR=str(data_dir), CS_AGENTS_API_KEYS=API_KEYS)
    proc = subprocess.Popen(
        uvicorn_command(port),
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ok(f"{url}/readyz", proc)
        yield url
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
        assert API_KEYS.split(":")[2].split(",")[0] not in out  # keys never reach the logs
