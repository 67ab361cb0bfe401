"""Issue 12, findings 7 and 8: answers that were 500s are 4xx, and the files holding customer data are
the owner's only."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from cs_agents.db import Database
from cs_agents.settings import Settings
from graph.review import open_checkpointer
from tests.api.conftest import ADMIN, REVIEWER, customer_headers

FAR_DAY = "9999-12-31"


def test_a_day_past_the_lifecycle_range_is_a_422(api: TestClient) -> None:
    staff = api.get("/v1/accounts/acc_a/health", params={"as_of": FAR_DAY}, headers=REVIEWER)
    assert staff.status_code == 422 and staff.json()["errors"][0]["field"] == "query.as_of"
    own = api.get(
        "/v1/accounts/acc_a/health", params={"as_of": FAR_DAY}, headers=customer_headers(api, "acc_a")
    )
    assert own.status_code == 422
    scan = api.post("/v1/retention/scan", json={"as_of": FAR_DAY}, headers=ADMIN)
    assert scan.status_code == 422
    onboarding = api.post("/v1/accounts/acc_new/onboarding", json={"as_of": FAR_DAY}, headers=ADMIN)
    assert onboarding.status_code == 422
    page = api.get("/ui/dashboard", params={"as_of": FAR_DAY}, headers=ADMIN)
    assert page.status_code == 422 and "between" in page.text
    assert api.get("/ui/accounts/acc_a", params={"as_of": FAR_DAY}, headers=ADMIN).status_code == 422


def test_a_token_with_other_characters_is_refused_not_a_crash(api: TestClient) -> None:
    forged = "cst1.eyJzdWIiOiJhY2NfYSJ9.sïgnature"
    login = api.post("/ui/login", data={"credential": forged, "next": "/ui/chat"}, follow_redirects=False)
    assert login.status_code == 401 and "not valid" in login.text
    cookie = f"cs_agents_session={forged}".encode()  # a browser may send any bytes in a cookie
    page = api.get("/ui/chat", headers={"Cookie": cookie}, follow_redirects=False)  # type: ignore[dict-item]
    assert page.status_code == 303 and page.headers["location"].startswith("/ui/login")
    bearer = api.get("/v1/reviews", headers={"Authorization": f"Bearer {forged}".encode()})  # type: ignore[dict-item]
    assert bearer.status_code == 401


def test_an_oversized_completion_message_is_a_422_and_stays_out_of_the_log(
    api: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    marker = "zqxv" * 25_001  # over 100,000 characters (and over the chat's 20,000)
    with caplog.at_level(logging.DEBUG):
        answer = api.post(
            "/v1/chat/completions",
            json={"messages": [{"role": "user", "content": marker}]},
            headers=customer_headers(api, "acc_a"),
        )
    assert answer.status_code == 422 and "20,000" in answer.json()["detail"]
    assert "zqxvzqxv" not in caplog.text


def test_database_and_checkpoint_files_are_the_owners_only(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)  # the usual default, under which these files were 0644
    try:
        settings = Settings(data_dir=tmp_path / "data")
        db = Database(settings.resolved_database_url)
        with db.session() as session:  # a write, so SQLite creates its -wal and -shm files
            session.execute(text("CREATE TABLE t (x INTEGER)"))
        saver = open_checkpointer(settings, [])
        saver.conn.close()
    finally:
        os.umask(old_umask)
    files = sorted(
        p for p in (tmp_path / "data").iterdir() if p.name.startswith(("cs_agents.db", "checkpoints"))
    )
    assert {p.name for p in files} >= {"cs_agents.db", "checkpoints.sqlite"}
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
