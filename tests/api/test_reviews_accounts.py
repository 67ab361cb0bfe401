"""Accounts (health, onboarding, retention scan) and the review queue, down to the outbox."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from cs_agents.db import OutboxRow, get_database
from tests.api.conftest import ADMIN, AS_OF, REVIEWER, customer_headers


def outbox(api: TestClient, review_id: int) -> list[OutboxRow]:
    db = get_database(api.app.state.settings)  # type: ignore[attr-defined]
    with db.session() as session:
        return list(session.scalars(select(OutboxRow).where(OutboxRow.review_id == review_id)))


def test_health_as_of_a_date_for_staff_and_the_own_account_only_for_customers(api: TestClient) -> None:
    health = api.get("/v1/accounts/acc_b/health", params={"as_of": AS_OF}, headers=REVIEWER)
    assert health.status_code == 200
    body = health.json()
    assert body["account_id"] == "acc_b" and body["as_of"] == AS_OF
    assert body["risk_tier"] == "high" and "dormant" in {s["name"] for s in body["signals"]}
    assert 0 <= body["health_score"] <= 100
    assert api.get("/v1/accounts/acc_zzz/health", headers=ADMIN).status_code == 404
    bad_day = api.get("/v1/accounts/acc_a/health", params={"as_of": "15/11/2026"}, headers=ADMIN)
    assert bad_day.status_code == 422 and bad_day.json()["errors"][0]["field"] == "query.as_of"

    customer_a = customer_headers(api, "acc_a")
    assert (
        api.get("/v1/accounts/acc_a/health", params={"as_of": AS_OF}, headers=customer_a).status_code == 200
    )
    other = api.get("/v1/accounts/acc_b/health", headers=customer_a)
    assert other.status_code == 403
    assert "Zephyr" not in other.text


def test_onboarding_draft_waits_for_review_then_an_edited_approval_reaches_the_outbox(
    api: TestClient,
) -> None:
    started = api.post("/v1/accounts/acc_new/onboarding", json={"as_of": AS_OF}, headers=REVIEWER)
    assert started.status_code == 201, started.text
    [review_id] = started.json()["review_ids"]
    assert outbox(api, review_id) == []  # nothing leaves before approval

    pending = api.get("/v1/reviews", headers=REVIEWER).json()
    assert review_id in [r["id"] for r in pending]
    review = api.get(f"/v1/reviews/{review_id}", headers=REVIEWER).json()
    assert (review["kind"], review["status"], review["account_id"]) == ("campaign", "pending", "acc_new")
    assert review["allowed_decisions"] == ["approve", "edit", "reject"]
    args = review["action"]["args"]
    args["messages"][0]["subject"] = "Welcome aboard, Fresh Start Bakery!"

    decided = api.post(
        f"/v1/reviews/{review_id}/approve", json={"edited_args": args, "by": "Maya"}, headers=REVIEWER
    )
    assert decided.status_code == 200, decided.text
    assert decided.json()["review"]["status"] == "edited"
    assert decided.json()["review"]["decided_by"] == "Maya (key maya)"
    rows = outbox(api, review_id)
    assert len(rows) == len(args["messages"])
    assert "Welcome aboard, Fresh Start Bakery!" in {r.subject for r in rows}

    second = api.post(f"/v1/reviews/{review_id}/approve", json={}, headers=ADMIN)
    assert second.status_code == 409
    problem = second.json()
    assert (
        problem["decided_by"] == "Maya (key maya)"
        and problem["decided_at"]
        and problem["review_status"] == "edited"
    )
    assert "already edited by Maya" in problem["detail"]
    assert api.get("/v1/reviews", params={"status": "edited"}, headers=ADMIN).json()[-1]["id"] == review_id


def test_retention_scan_proposes_plays_and_a_rejection_sends_nothing(api: TestClient) -> None:
    scan = api.post("/v1/retention/scan", json={"as_of": AS_OF}, headers=ADMIN).json()
    assert scan["scanned"] == 3 and scan["review_ids"] == [] and scan["thread_id"] is None
    assert scan["needing_play"][0]["account_id"] == "acc_b"  # most at risk first

    proposed = api.post(
        "/v1/retention/scan", json={"as_of": AS_OF, "account_ids": ["acc_b"], "propose": True}, headers=ADMIN
    ).json()
    [review_id] = proposed["review_ids"]
    review = api.get(f"/v1/reviews/{review_id}", headers=ADMIN).json()
    assert (review["kind"], review["account_id"]) == ("play", "acc_b")

    blank = api.post(f"/v1/reviews/{review_id}/reject", json={"reason": "  "}, headers=REVIEWER)
    assert blank.status_code == 422
    rejected = api.post(
        f"/v1/reviews/{review_id}/reject", json={"reason": "already in talks with them"}, headers=REVIEWER
    )
    assert rejected.status_code == 200
    assert rejected.json()["review"]["status"] == "rejected"
    assert outbox(api, review_id) == []
    again = api.post(f"/v1/reviews/{review_id}/reject", json={"reason": "again"}, headers=ADMIN)
    assert again.status_code == 409 and again.json()["decided_by"] == "maya"


def test_review_errors(api: TestClient) -> None:
    missing = api.get("/v1/reviews/999999", headers=ADMIN)
    assert missing.status_code == 404 and "999999" in missing.json()["detail"]
    assert api.post("/v1/reviews/999999/approve", json={}, headers=ADMIN).status_code == 404
    assert api.get("/v1/reviews/not-a-number", headers=ADMIN).status_code == 422
    assert api.post("/v1/accounts/acc_zzz/onboarding", json={}, headers=ADMIN).status_code == 404
    started = api.post("/v1/accounts/acc_new/onboarding", json={"as_of": AS_OF}, headers=ADMIN).json()
    [review_id] = started["review_ids"]
    review = api.get(f"/v1/reviews/{review_id}", headers=ADMIN).json()
    unchanged = api.post(
        f"/v1/reviews/{review_id}/approve", json={"edited_args": review["action"]["args"]}, headers=ADMIN
    )
    assert unchanged.status_code == 422 and "approve it instead" in unchanged.json()["detail"]
    assert api.post(f"/v1/reviews/{review_id}/approve", headers=ADMIN).status_code == 200  # no body: as is


def test_the_review_queue_pages_and_filters_by_kind_account_and_risk(api: TestClient) -> None:
    from datetime import date

    from agents import health_history

    db = get_database(api.app.state.settings)  # type: ignore[attr-defined]
    api.post(
        "/v1/retention/scan", json={"as_of": AS_OF, "account_ids": ["acc_b"], "propose": True}, headers=ADMIN
    )
    api.post("/v1/accounts/acc_a/onboarding", json={"as_of": AS_OF}, headers=ADMIN)
    every = api.get("/v1/reviews", params={"status": "all"}, headers=REVIEWER)
    assert int(every.headers["X-Total-Count"]) == len(every.json()) >= 2

    plays = api.get("/v1/reviews", params={"status": "all", "kind": "play"}, headers=REVIEWER).json()
    assert plays and {r["kind"] for r in plays} == {"play"}
    mine = api.get("/v1/reviews", params={"status": "all", "account_id": "acc_a"}, headers=REVIEWER).json()
    assert mine and {r["account_id"] for r in mine} == {"acc_a"}

    first = api.get("/v1/reviews", params={"status": "all", "limit": 1}, headers=REVIEWER)
    second = api.get("/v1/reviews", params={"status": "all", "limit": 1, "offset": 1}, headers=REVIEWER)
    assert len(first.json()) == len(second.json()) == 1
    assert first.headers["X-Total-Count"] == every.headers["X-Total-Count"]
    assert [first.json()[0]["id"], second.json()[0]["id"]] == [r["id"] for r in every.json()[:2]]

    health_history.record(db, date.fromisoformat(AS_OF))  # the risk filter reads the stored day
    high = api.get("/v1/reviews", params={"status": "all", "risk": "high"}, headers=REVIEWER).json()
    assert high and {r["account_id"] for r in high} == {"acc_b"}  # the dormant account
    assert api.get("/v1/reviews", params={"risk": "severe"}, headers=REVIEWER).status_code == 422
    assert api.get("/v1/reviews", params={"limit": 0}, headers=REVIEWER).status_code == 422
