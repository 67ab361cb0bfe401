"""Two uvicorn workers (`--workers 2`, real processes) on one PostgreSQL database and one Chroma server
behave as one service. Each request goes over a new connection from its own client port; the access log
(formatted with the worker's pid and the client's address) says which worker served it, so "the other
worker" is checked, not assumed.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from cs_agents.db import get_database
from cs_agents.loader import load_folder
from cs_agents.outbox import outbox_rows
from cs_agents.settings import Settings
from tests.api.conftest import ACCOUNTS, ADMIN_KEY, AS_OF, QUESTION_PASSWORD, REVIEWER_KEY
from tests.conftest import FIXTURES
from tests.integration.test_chroma_server import chroma_url  # noqa: F401 - the Chroma server fixture
from tests.net import clean_env, free_port, uvicorn_command, wait_until_ok
from tests.scale.conftest import fresh_postgres_database

ROOT = Path(__file__).resolve().parents[2]
LIMITED_KEY = "limited-key-0123456789abcdef"
KEYS = f"ops:admin:{ADMIN_KEY},maya:reviewer:{REVIEWER_KEY},limited:admin:{LIMITED_KEY}"
RATE_LIMIT = 40  # per key per hour: more than the other keys use here, reached on purpose by `limited`
TOKEN_SECRET = "shared-token-secret-0123456789abcdefghij"
ACCESS = re.compile(r"^ACCESS (\d+) (\d+)[^:]* (\S+:\d+) ")  # pid, status ("201 Created"), client

LOG_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "access": {
            "()": "uvicorn.logging.AccessFormatter",
            "fmt": "ACCESS %(process)d %(status_code)s %(client_addr)s %(request_line)s",
            "use_colors": False,
        },
        "default": {"format": "%(process)d %(levelname)s %(message)s"},
    },
    "handlers": {
        "access": {"class": "logging.StreamHandler", "formatter": "access", "stream": "ext://sys.stdout"},
        "default": {"class": "logging.StreamHandler", "formatter": "default", "stream": "ext://sys.stdout"},
    },
    "loggers": {
        "uvicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
        "uvicorn": {"handlers": ["default"], "level": "INFO", "propagate": False},
    },
}


@dataclass
class Service:
    """The served app: requests that report which worker (pid) answered."""

    url: str
    lines: list[str] = field(default_factory=list)

    def call(self, method: str, path: str, key: str, **kw: Any) -> tuple[httpx.Response, int]:
        headers = {"Authorization": f"Bearer {key}"}
        # A new connection each time, so the kernel may hand it to either worker; its client port names it
        # in the access log (which keeps no query strings).
        with httpx.stream(method, self.url + path, headers=headers, timeout=60, **kw) as response:
            host, port = response.extensions["network_stream"].get_extra_info("client_addr")
            response.read()
        probe = f"{host}:{port}"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            for line in list(self.lines):
                match = ACCESS.match(line)
                if match and match.group(3) == probe:
                    return response, int(match.group(1))
            time.sleep(0.02)
        raise AssertionError(f"no access log line for {method} {path} from {probe}")

    def on_another_worker(
        self, pid: int, method: str, path: str, key: str, **kw: Any
    ) -> tuple[httpx.Response, int]:
        """The same request until a worker other than `pid` answers (each attempt is a real request)."""
        for _ in range(25):
            response, served = self.call(method, path, key, **kw)
            if served != pid:
                return response, served
        raise AssertionError(f"25 requests to {path}, all served by worker {pid}")


@pytest.fixture
def service(tmp_path: Path, chroma_url: str) -> Iterator[tuple[Service, Settings]]:  # noqa: F811
    with fresh_postgres_database() as database_url:
        settings = Settings(
            data_dir=tmp_path / "data",
            database_url=database_url,
            chroma_url=chroma_url,
            token_secret=SecretStr(TOKEN_SECRET),
        )
        product = tmp_path / "product"
        shutil.copytree(FIXTURES / "kb", product / "kb")
        (product / "accounts.jsonl").write_text("\n".join(json.dumps(a) for a in ACCOUNTS) + "\n")
        assert load_folder(product, settings, get_database(settings)).problems == 0
        (tmp_path / "log.json").write_text(json.dumps(LOG_CONFIG))
        port = free_port()
        env = clean_env(
            **{
                "CS_AGENTS_DATA_DIR": str(settings.data_dir),
                "CS_AGENTS_DATABASE_URL": database_url,
                "CHROMA_URL": chroma_url,
                "CS_AGENTS_API_KEYS": KEYS,
                "CS_AGENTS_TOKEN_SECRET": TOKEN_SECRET,
                "CS_AGENTS_RATE_LIMIT_REQUESTS": str(RATE_LIMIT),
                "CS_AGENTS_RATE_LIMIT_WINDOW_S": "3600",
            }
        )
        command = uvicorn_command(port, "--workers", "2", "--log-config", str(tmp_path / "log.json"))
        proc = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        served = Service(f"http://127.0.0.1:{port}")

        def read() -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                served.lines.append(line.rstrip("\n"))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            wait_until_ok(f"{served.url}/readyz", proc, timeout_s=150)
            deadline = time.monotonic() + 150  # both workers, not just the first, must be up
            while sum("Application startup complete" in line for line in served.lines) < 2:
                assert proc.poll() is None and time.monotonic() < deadline, "\n".join(served.lines)
                time.sleep(0.1)
            yield served, settings
        finally:
            proc.terminate()
            proc.wait(timeout=60)
            reader.join(timeout=10)


def test_two_workers_behave_as_one_service(service: tuple[Service, Settings]) -> None:
    app, settings = service

    # A review drafted through one worker is pending on the other.
    started, first = app.call("POST", "/v1/accounts/acc_new/onboarding", REVIEWER_KEY, json={"as_of": AS_OF})
    assert started.status_code == 201, started.text
    [review_id] = started.json()["review_ids"]
    review, _ = app.on_another_worker(first, "GET", f"/v1/reviews/{review_id}", REVIEWER_KEY)
    assert review.json()["status"] == "pending"
    messages = len(review.json()["action"]["args"]["messages"])

    # Two reviewers approve at the same moment: one 200, one 409; the workflow resumes once.
    barrier = threading.Barrier(2)
    answers: list[tuple[httpx.Response, int]] = []

    def approve(key: str, by: str) -> None:
        barrier.wait(timeout=30)
        answers.append(app.call("POST", f"/v1/reviews/{review_id}/approve", key, json={"by": by}))

    threads = [threading.Thread(target=approve, args=a) for a in ((ADMIN_KEY, "Ana"), (REVIEWER_KEY, "Bob"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sorted(r.status_code for r, _ in answers) == [200, 409], [r.text for r, _ in answers]
    (winner, winner_pid) = next((r, p) for r, p in answers if r.status_code == 200)
    decided_by = winner.json()["review"]["decided_by"]
    seen, _ = app.on_another_worker(winner_pid, "GET", f"/v1/reviews/{review_id}", REVIEWER_KEY)
    assert (seen.json()["status"], seen.json()["decided_by"]) == ("approved", decided_by)
    again, _ = app.on_another_worker(
        winner_pid, "POST", f"/v1/reviews/{review_id}/approve", ADMIN_KEY, json={}
    )
    assert again.status_code == 409 and again.json()["decided_by"] == decided_by
    db = get_database(settings)
    rows = [r for r in outbox_rows(db) if r.review_id == review_id]
    assert len(rows) == messages  # each campaign message once, although two workers tried to approve

    # A customer token minted by one worker works on the other; so does the conversation (checkpoints).
    minted, mint_pid = app.call("POST", "/v1/tokens", ADMIN_KEY, json={"account_id": "acc_a"})
    token = minted.json()["token"]
    reply, chat_pid = app.on_another_worker(
        mint_pid, "POST", "/v1/chat", token, json={"message": QUESTION_PASSWORD}
    )
    assert reply.status_code == 200, reply.text
    assert reply.json()["citations"][0] == "reset-password"  # the knowledge base is the Chroma server's
    follow, _ = app.on_another_worker(
        chat_pid,
        "POST",
        "/v1/chat",
        token,
        json={"message": "And on the mobile app?", "thread_id": reply.json()["thread_id"]},
    )
    assert follow.status_code == 200, follow.text  # the other worker found the thread in PostgreSQL

    # The same event batch posted to both workers at once is stored once.
    batch = {
        "events": [
            {
                "event_id": f"multi-{i}",
                "account_id": "acc_a",
                "user_id": "u1",
                "name": "login",
                "timestamp": f"2026-11-12T10:{i:02d}:00Z",
            }
            for i in range(30)
        ]
    }
    posted: list[tuple[httpx.Response, int]] = []
    barrier = threading.Barrier(2)

    def post_events() -> None:
        barrier.wait(timeout=30)
        posted.append(app.call("POST", "/v1/events", ADMIN_KEY, json=batch))

    threads = [threading.Thread(target=post_events) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    results = [r.json() for r, _ in posted]
    assert sum(r["loaded"] for r in results) == 30 and sum(r["skipped"] for r in results) == 30, results
    repeat, _ = app.on_another_worker(posted[0][1], "POST", "/v1/events", ADMIN_KEY, json=batch)
    assert (repeat.json()["loaded"], repeat.json()["skipped"]) == (0, 30)

    # Rate limits count across workers: the limit in all, then 429 from both workers.
    codes: list[tuple[int, int]] = []
    refused_by: set[int] = set()
    for _ in range(RATE_LIMIT + 40):
        response, pid = app.call("GET", "/v1/tickets", LIMITED_KEY)
        codes.append((response.status_code, pid))
        if response.status_code == 429:
            assert int(response.headers["Retry-After"]) > 0
            refused_by.add(pid)
            if len(refused_by) == 2:
                break
    allowed = [pid for code, pid in codes if code == 200]
    assert len(allowed) == RATE_LIMIT and codes[RATE_LIMIT][0] == 429
    assert all(code == 429 for code, _ in codes[RATE_LIMIT:])
    assert len(refused_by) == 2  # a worker that counted few of these requests itself refuses too
    assert len({pid for _, pid in codes}) == 2

    # Nothing was kept in the data directory: the secret is a setting, vectors and rows are on the servers.
    for local in ("token_secret", "chroma", "checkpoints.sqlite", "cs_agents.db"):
        assert not (settings.data_dir / local).exists(), local
