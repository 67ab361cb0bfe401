"""The Chroma server dies mid-run: what needs the knowledge base answers a quick 503 problem+json (not a
500, not a hang) and stores nothing; /readyz says so; once the server is back on the same port, the same
app works again, the ticket the client retries included."""

from __future__ import annotations

import time
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from api.app import create_app
from cs_agents.db import TicketOutcomeRow, TicketRow, get_database
from cs_agents.loader import load_folder
from cs_agents.settings import Settings
from tests.api.conftest import ADMIN, API_KEYS, QUESTION_PASSWORD, parse_sse
from tests.faults.conftest import ChromaServer

PROBLEM = "application/problem+json"


def assert_unavailable(answer, started: float) -> None:
    assert answer.status_code == 503, answer.text
    assert answer.headers["content-type"] == PROBLEM and answer.headers["retry-after"] == "5"
    body = answer.json()
    assert body["type"] == "urn:cs-agents:problem:knowledge-base-unavailable"
    assert "knowledge base server does not answer" in body["detail"]
    assert time.monotonic() - started < 10  # refused at once, not a wait for some long timeout


def test_requests_fail_clearly_while_chroma_is_down_and_work_again_when_it_is_back(
    chroma: ChromaServer, product_dir: Path, tmp_path: Path
) -> None:
    settings = Settings(data_dir=tmp_path / "data", chroma_url=chroma.url, api_keys=API_KEYS)
    assert load_folder(product_dir, settings, get_database(settings)).problems == 0
    search = {"q": "I forgot my password"}
    ticket = {"id": "T-during-outage", "account_id": "acc_a", "body": QUESTION_PASSWORD}

    with TestClient(create_app(settings), raise_server_exceptions=False) as api:
        assert api.get("/readyz").status_code == 200
        assert api.get("/v1/kb/search", params=search, headers=ADMIN).json()["hits"][0]["id"] == (
            "reset-password"
        )

        chroma.stop()

        # A question asked before the outage may still be answered from this process's ranking cache;
        # a new one needs the server.
        started = time.monotonic()
        new_question = {"q": "can managers download approved timesheets"}
        assert_unavailable(api.get("/v1/kb/search", params=new_question, headers=ADMIN), started)
        started = time.monotonic()
        assert_unavailable(api.post("/v1/tickets", json=ticket, headers=ADMIN), started)
        started = time.monotonic()
        assert_unavailable(
            api.post("/v1/chat", json={"account_id": "acc_a", "message": "hi"}, headers=ADMIN), started
        )
        streamed = api.post(
            "/v1/chat",
            json={"account_id": "acc_a", "message": "hi"},
            headers={**ADMIN, "Accept": "text/event-stream"},
        )
        ((_name, problem),) = [e for e in parse_sse(streamed.text) if e[0] == "error"]
        assert problem["status"] == 503
        assert problem["type"] == "urn:cs-agents:problem:knowledge-base-unavailable"
        ready = api.get("/readyz")
        assert ready.status_code == 503 and ready.json()["status"] == "not ready"
        assert ready.json()["checks"]["knowledge_base"] == "error: KnowledgeBaseUnavailable"
        assert ready.json()["checks"]["database"] == "ok"
        with get_database(settings).session() as session:  # nothing half-stored
            assert session.get(TicketRow, ticket["id"]) is None
            assert session.get(TicketOutcomeRow, ticket["id"]) is None

        chroma.start()  # same port, same path: the app's client is not rebuilt

        deadline = time.monotonic() + 30
        while api.get("/readyz").status_code != 200:
            assert time.monotonic() < deadline, "/readyz did not recover"
            time.sleep(0.2)
        hits = api.get("/v1/kb/search", params=search, headers=ADMIN).json()["hits"]
        assert hits[0]["id"] == "reset-password"
        retried = api.post("/v1/tickets", json=ticket, headers=ADMIN)  # the client's retry, same id
        assert retried.status_code == 201, retried.text
        assert retried.json()["outcome"]["citations"][0] == "reset-password"
        metrics = api.get("/metrics").text
        assert 'route="/v1/kb/search",status="503"' in metrics

    with get_database(settings).session() as session:
        assert list(session.scalars(select(TicketRow.id).where(TicketRow.id == ticket["id"]))) == [
            ticket["id"]
        ]
