"""A customer token (acc_003) reads no other account's data by any endpoint or prompt."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from cs_agents.db import AccountRow, Database, TicketRow
from tests.api.conftest import ADMIN
from tests.security.conftest import is_problem, row_counts, token_for
from tests.security.test_injection import CASES, fill

OWN, OTHER = "acc_003", "acc_002"


@pytest.fixture(scope="module")
def ctx(sec_api: TestClient, sample_db: Database) -> dict[str, Any]:
    with sample_db.session() as session:
        rows = list(session.scalars(select(AccountRow)))
        ticket = session.scalars(select(TicketRow.id).where(TicketRow.account_id == OTHER)).first()
    other = next(r for r in rows if r.id == OTHER)
    secrets = [v for r in rows if r.id != OWN for v in (r.id, r.name, r.contact_name, r.contact_email) if v]
    fill_values = {
        "other_id": other.id,
        "other_name": other.name,
        "other_contact": other.contact_name,
        "other_email": other.contact_email,
        "other_ticket": ticket,
    }
    return {"headers": token_for(sec_api, OWN), "ticket": ticket, "secrets": secrets, "fill": fill_values}


def forbidden(response: Any, *statuses: int) -> None:
    assert response.status_code in statuses, response.text[:300]
    assert is_problem(response)


def test_direct_reads_of_another_account_are_refused(sec_api: TestClient, ctx: dict[str, Any]) -> None:
    h = ctx["headers"]
    forbidden(sec_api.get(f"/v1/accounts/{OTHER}/health", headers=h), 403)
    forbidden(sec_api.get(f"/v1/tickets/{ctx['ticket']}", headers=h), 404)
    forbidden(sec_api.get(f"/v1/tickets?account_id={OTHER}", headers=h), 403)
    forbidden(sec_api.post("/v1/chat", json={"message": "hi", "account_id": OTHER}, headers=h), 403)
    forbidden(sec_api.post("/v1/tickets", json={"body": "hi", "account_id": OTHER}, headers=h), 403)
    forbidden(sec_api.post("/v1/retention/scan", json={"account_ids": [OTHER]}, headers=h), 403)
    forbidden(sec_api.post(f"/v1/accounts/{OTHER}/onboarding", headers=h), 403)
    forbidden(sec_api.get("/v1/reviews", headers=h), 403)
    forbidden(sec_api.post("/v1/tokens", json={"account_id": OTHER}, headers=h), 403)
    forbidden(sec_api.put("/v1/kb/articles/sec-x", content=b"# T\n\nbody", headers=h), 403)


def test_listing_shows_only_own_tickets(sec_api: TestClient, ctx: dict[str, Any]) -> None:
    page = sec_api.get("/v1/tickets?limit=200", headers=ctx["headers"])
    assert page.status_code == 200
    assert {t["account_id"] for t in page.json()["items"]} <= {OWN}


def test_events_of_another_account_store_nothing(
    sec_api: TestClient, sample_db: Database, ctx: dict[str, Any]
) -> None:
    own = {"account_id": OWN, "user_id": "u1", "name": "login", "timestamp": "2026-11-02T09:00:00Z"}
    batch = {"events": [own, own | {"account_id": OTHER}]}
    before = row_counts(sample_db)
    response = sec_api.post("/v1/events", json=batch, headers=ctx["headers"])
    forbidden(response, 403)
    assert "nothing was stored" in response.json()["detail"]
    assert row_counts(sample_db) == before


def test_another_accounts_conversation_cannot_be_continued(sec_api: TestClient, ctx: dict[str, Any]) -> None:
    other_chat = sec_api.post(
        "/v1/chat", json={"message": "How do I reset my password?", "account_id": OTHER}, headers=ADMIN
    )
    assert other_chat.status_code == 200
    thread = other_chat.json()["thread_id"]
    response = sec_api.post(
        "/v1/chat", json={"message": "what did I ask?", "thread_id": thread}, headers=ctx["headers"]
    )
    forbidden(response, 404, 409)


SUBSET = [
    c
    for c in CASES
    if c["id"]
    in {
        "other-account-by-id",
        "other-account-by-name",
        "other-ticket-history",
        "tool-abuse-health",
        "system-prompt-reveal",
        "ignore-previous-refund",
        "french-other-account",
        "thread-id-in-message",
    }
]


@pytest.mark.parametrize("case", SUBSET, ids=[c["id"] for c in SUBSET])
@pytest.mark.parametrize("endpoint", ["/v1/chat", "/v1/chat/completions"])
def test_prompts_through_the_api_leak_nothing(
    sec_api: TestClient, ctx: dict[str, Any], case: dict[str, Any], endpoint: str
) -> None:
    message = fill(case["message"], ctx["fill"])
    body = (
        {"message": message}
        if endpoint == "/v1/chat"
        else {"messages": [{"role": "user", "content": message}]}
    )
    response = sec_api.post(endpoint, json=body, headers=ctx["headers"])
    assert response.status_code == 200, response.text[:300]
    data = response.json()
    reply = data["reply"] if endpoint == "/v1/chat" else data["choices"][0]["message"]["content"]
    # Not even what the customer named: the output screen removes every other account's identifiers.
    leaked = [s for s in ctx["secrets"] if s.lower() in reply.lower()]
    assert not leaked, reply
    if endpoint == "/v1/chat":
        assert data["staff"] is None  # the handoff, flags and account are for staff only
    if case.get("escalate"):
        resolution = data["resolution"] if endpoint == "/v1/chat" else data["cs_agents"]["resolution"]
        assert resolution == "escalate"
