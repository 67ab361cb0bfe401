"""Tickets (create, get, list with a cursor) and product events, with customer scope."""

from __future__ import annotations

import uuid

from fastapi.testclient import TestClient

from tests.api.conftest import ADMIN, REVIEWER, customer_headers


def new_id(prefix: str = "T") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def test_create_runs_the_flow_and_stores_the_ticket(api: TestClient) -> None:
    ticket_id = new_id()
    answer = api.post(
        "/v1/tickets",
        json={
            "id": ticket_id,
            "account_id": "acc_a",
            "channel": "email",
            "subject": "Refund",
            "body": "I was charged twice, I want a refund of the second charge.",
            "created_at": "2026-11-01T09:30:00Z",
        },
        headers=ADMIN,
    )
    assert answer.status_code == 201, answer.text
    assert answer.headers["location"] == f"/v1/tickets/{ticket_id}"
    body = answer.json()
    assert body["ticket"]["id"] == ticket_id and body["ticket"]["account_id"] == "acc_a"
    assert body["outcome"]["resolution"] == "escalate"  # money request
    assert body["outcome"]["staff"]["handoff"]["queue"] == "billing"
    again = api.get(f"/v1/tickets/{ticket_id}", headers=REVIEWER).json()
    assert again["outcome"]["ticket_id"] == ticket_id
    assert again["outcome"]["staff"]["handoff"]["reasons"]
    duplicate = api.post("/v1/tickets", json={"id": ticket_id, "body": "again"}, headers=ADMIN)
    assert duplicate.status_code == 409


def test_a_customer_creates_and_reads_only_its_own_tickets(api: TestClient) -> None:
    customer_a = customer_headers(api, "acc_a")
    mine = api.post("/v1/tickets", json={"body": "How do I reset my password?"}, headers=customer_a)
    assert mine.status_code == 201
    assert mine.json()["ticket"]["account_id"] == "acc_a"
    assert mine.json()["outcome"]["staff"] is None
    assert (
        api.post("/v1/tickets", json={"body": "x", "account_id": "acc_b"}, headers=customer_a).status_code
        == 403
    )

    theirs = api.post(
        "/v1/tickets", json={"body": "Export to CSV fails", "account_id": "acc_b"}, headers=ADMIN
    ).json()
    hidden = api.get(f"/v1/tickets/{theirs['ticket']['id']}", headers=customer_a)
    assert hidden.status_code == 404
    assert api.get(f"/v1/tickets/{mine.json()['ticket']['id']}", headers=customer_a).status_code == 200
    assert api.get("/v1/tickets", params={"account_id": "acc_b"}, headers=customer_a).status_code == 403
    suffix = uuid.uuid4().hex[:8]  # a ticket id whose conversation is acc_b's chat: never continued
    chat_b = api.post(
        "/v1/chat",
        json={"message": "Export to CSV fails", "thread_id": f"thread-{suffix}"},
        headers=customer_headers(api, "acc_b"),
    )
    assert chat_b.status_code == 200
    hijack = api.post(
        "/v1/tickets", json={"id": suffix, "body": "and what did I ask before?"}, headers=customer_a
    )
    assert hijack.status_code == 404  # as GET answers: another account's ticket is not confirmed
    taken = api.post("/v1/tickets", json={"id": theirs["ticket"]["id"], "body": "mine?"}, headers=customer_a)
    assert taken.status_code == 404 and taken.json()["type"] == hidden.json()["type"]
    again = api.post("/v1/tickets", json={"id": mine.json()["ticket"]["id"], "body": "x"}, headers=customer_a)
    assert again.status_code == 409  # its own ticket: the id exists, and it may know that
    listed = api.get("/v1/tickets", params={"limit": 200}, headers=customer_a).json()["items"]
    assert listed and {t["account_id"] for t in listed} == {"acc_a"}


def test_list_filters_and_pages_with_a_cursor(api: TestClient) -> None:
    ids = []
    for day in (3, 4, 5):
        ticket_id = new_id("P")
        ids.append(ticket_id)
        api.post(
            "/v1/tickets",
            json={
                "id": ticket_id,
                "account_id": "acc_new",
                "body": "How do I reset my password?",
                "created_at": f"2026-10-0{day}T08:00:00Z",
            },
            headers=ADMIN,
        )
    seen: list[str] = []
    cursor = None
    while True:
        params = {"account_id": "acc_new", "limit": 2, **({"cursor": cursor} if cursor else {})}
        page = api.get("/v1/tickets", params=params, headers=REVIEWER).json()
        seen += [t["id"] for t in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert [i for i in seen if i in ids] == list(reversed(ids))  # newest first, each once
    assert len(seen) == len(set(seen))
    answered = api.get(
        "/v1/tickets",
        params={"account_id": "acc_new", "status": "answered", "category": "account_access"},
        headers=ADMIN,
    ).json()
    assert {t["id"] for t in answered["items"]} >= set(ids)
    assert all(t["status"] == "answered" for t in answered["items"])
    escalated = api.get(
        "/v1/tickets", params={"account_id": "acc_new", "status": "escalated"}, headers=ADMIN
    ).json()
    assert not set(ids) & {t["id"] for t in escalated["items"]}
    bad = api.get("/v1/tickets", params={"cursor": "garbage"}, headers=ADMIN)
    assert bad.status_code == 422 and "next_cursor" in bad.json()["detail"]


def test_events_batch_is_idempotent_and_rejects_per_event(api: TestClient) -> None:
    tag = uuid.uuid4().hex[:6]
    events = [
        {
            "event_id": f"{tag}-1",
            "account_id": "acc_a",
            "user_id": "u1",
            "name": "login",
            "timestamp": "2026-11-12T10:00:00Z",
        },
        {
            "event_id": f"{tag}-1",
            "account_id": "acc_a",
            "user_id": "u1",
            "name": "login",
            "timestamp": "2026-11-12T10:00:00Z",
        },
        {
            "account_id": "acc_a",
            "user_id": "u2",
            "name": "feature_used",
            "timestamp": "2026-11-12T11:00:00Z",
            "properties": {"feature": f"reports-{tag}"},
        },
        {
            "event_id": f"{tag}-3",
            "account_id": "acc_unknown",
            "user_id": "u1",
            "name": "login",
            "timestamp": "2026-11-12T10:00:00Z",
        },
        {
            "event_id": f"{tag}-4",
            "account_id": "acc_a",
            "user_id": "u1",
            "name": "login",
            "timestamp": "2026-11-12T10:00:00",
        },
        {
            "event_id": f"{tag}-5",
            "account_id": "acc_a",
            "user_id": "u1",
            "name": "nps_submitted",
            "timestamp": "2026-11-12T10:00:00Z",
            "properties": {"score": 11},
        },
    ]
    first = api.post("/v1/events", json={"events": events}, headers=ADMIN)
    assert first.status_code == 200, first.text
    body = first.json()
    assert (body["loaded"], body["skipped"]) == (2, 1)
    assert [r["index"] for r in body["rejected"]] == [3, 4, 5]
    assert "unknown account" in body["rejected"][0]["reason"]
    assert "timezone" in body["rejected"][1]["reason"]
    assert "outside 0-10" in body["rejected"][2]["reason"]
    again = api.post("/v1/events", json={"events": events}, headers=ADMIN).json()
    assert (again["loaded"], again["skipped"], len(again["rejected"])) == (0, 3, 3)


def test_events_scope_and_batch_limits(api: TestClient, dev_api: TestClient) -> None:
    customer_a = customer_headers(api, "acc_a")
    own = {
        "event_id": f"own-{uuid.uuid4().hex[:6]}",
        "account_id": "acc_a",
        "user_id": "u1",
        "name": "login",
        "timestamp": "2026-11-12T10:00:00Z",
    }
    other = {**own, "event_id": f"other-{uuid.uuid4().hex[:6]}", "account_id": "acc_b"}
    assert api.post("/v1/events", json={"events": [own]}, headers=customer_a).json()["loaded"] == 1
    refused = api.post("/v1/events", json={"events": [own, other]}, headers=customer_a)
    assert refused.status_code == 403
    assert "acc_b" in refused.json()["detail"] and "nothing was stored" in refused.json()["detail"]
    assert api.post("/v1/events", json={"events": []}, headers=ADMIN).status_code == 422
    too_many = dev_api.post("/v1/events", json={"events": [own] * 11})  # this app allows 10 per request
    assert too_many.status_code == 422 and "at most 10" in too_many.json()["detail"]
