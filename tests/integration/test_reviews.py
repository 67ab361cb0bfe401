"""Reviews end to end on the demo workflow: real SQLite files, the real SqliteSaver, real threads."""

import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from cs_agents.audit import audit_trail
from cs_agents.db import Database, OutboxRow, ReviewRow
from cs_agents.outbox import enqueue, outbox_rows
from graph import reviews_service
from graph.review import InvalidDecision, durable_checkpointer
from graph.reviews_service import (
    ReviewAlreadyDecided,
    ReviewNotFound,
    ReviewService,
    WorkflowResumeError,
)
from tests.integration.review_demo import AFTER_ENQUEUE, WORKFLOW, DemoDraft, demo_input


@pytest.fixture
def service(settings) -> Iterator[ReviewService]:
    with ReviewService(settings) as s:
        yield s


def start(service: ReviewService, thread: str, *accounts: str):
    return service.start(WORKFLOW, thread, demo_input(thread, *(accounts or ("acme",))))


def decisions_in_audit(db: Database, review_id: int) -> list[str]:
    with db.session() as session:
        return [a.action for a in audit_trail(session, review_id) if a.action != "review.requested"]


def test_start_records_one_review_per_interrupt_in_the_hitl_shape(service):
    result = start(service, "batch-1", "acme", "globex")

    assert not result.finished
    assert sorted(r.account_id for r in result.reviews) == ["acme", "globex"]
    assert len({r.interrupt_id for r in result.reviews}) == 2
    review = next(r for r in result.reviews if r.account_id == "acme")
    assert (review.kind, review.title, review.status) == ("campaign", "Welcome email to acme", "pending")
    assert review.payload["action_requests"][0]["args"]["to"] == "owner@acme.example"
    assert "acme signed up 3 days ago" in review.action["description"]
    assert review.payload["review_configs"] == [
        {"action_name": "send_email", "allowed_decisions": ["approve", "edit", "reject"]}
    ]
    assert [r.id for r in service.pending()] == [r.id for r in result.reviews]

    again = start(service, "batch-1", "acme", "globex")  # a retried start runs nothing twice
    assert [r.id for r in again.reviews] == [r.id for r in result.reviews]
    assert len(service.list()) == 2


def test_approve_puts_the_proposal_in_the_outbox_and_finishes_the_workflow(service):
    (review,) = start(service, "batch-1").reviews

    result = service.decide(review.id, "approve", "ana")

    assert (result.review.status, result.review.decided_by) == ("approved", "ana")
    assert result.review.resumed_at is not None and result.new_reviews == []
    (row,) = outbox_rows(service.db)
    assert (row.channel, row.recipient, row.subject, row.status) == (
        "email",
        "owner@acme.example",
        "Welcome aboard, acme",
        "pending",
    )
    assert row.review_id == review.id and row.idempotency_key == "demo:batch-1:welcome-acme"
    snapshot = service.snapshot(WORKFLOW, "batch-1")
    assert snapshot.next == () and snapshot.values["sent"] == ["welcome-acme"]
    assert decisions_in_audit(service.db, review.id) == ["review.approved"]
    assert service.pending() == []


def test_edit_records_the_field_diff_and_the_outbox_gets_the_edited_content(service):
    (review,) = start(service, "batch-1").reviews
    edited = {**review.action["args"], "subject": "Your first week with Shiftly", "body": "Shorter."}

    result = service.decide(review.id, "edit", "ana", edited_args=edited)

    assert result.review.status == "edited"
    (row,) = outbox_rows(service.db)
    assert (row.subject, row.body) == ("Your first week with Shiftly", "Shorter.")
    with service.db.session() as session:
        (entry,) = [a for a in audit_trail(session, review.id) if a.action == "review.edited"]
    assert entry.actor == "ana"
    assert entry.details["diff"] == [
        {
            "field": "subject",
            "op": "changed",
            "before": "Welcome aboard, acme",
            "after": "Your first week with Shiftly",
        },
        {
            "field": "body",
            "op": "changed",
            "before": "Hi acme, here is your first-week checklist.",
            "after": "Shorter.",
        },
    ]


def test_reject_stores_the_reason_and_sends_nothing(service):
    (review,) = start(service, "batch-1").reviews

    result = service.decide(review.id, "reject", "ana", reason="account is churning, not onboarding")

    assert result.review.status == "rejected"
    assert result.review.decision["decisions"] == [
        {"type": "reject", "message": "account is churning, not onboarding"}
    ]
    assert outbox_rows(service.db) == []
    snapshot = service.snapshot(WORKFLOW, "batch-1")
    assert snapshot.next == ()
    assert snapshot.values["rejected"] == [
        {"key": "welcome-acme", "reason": "account is churning, not onboarding", "by": "ana"}
    ]
    with service.db.session() as session:
        (entry,) = [a for a in audit_trail(session, review.id) if a.action == "review.rejected"]
    assert entry.details["reason"] == "account is churning, not onboarding"


def test_a_second_decision_is_refused_and_says_who_decided_when_and_how(service):
    (review,) = start(service, "batch-1").reviews
    service.decide(review.id, "approve", "ana")

    with pytest.raises(
        ReviewAlreadyDecided, match=rf"review {review.id} was already approved by ana at 20\d\d-"
    ):
        service.decide(review.id, "reject", "bob", reason="too late")

    assert service.get(review.id).decided_by == "ana"
    assert len(outbox_rows(service.db)) == 1
    assert decisions_in_audit(service.db, review.id) == ["review.approved"]


def test_invalid_decisions_record_nothing(service):
    (review,) = start(service, "batch-1").reviews
    args = review.action["args"]

    with pytest.raises(InvalidDecision, match="needs a reason"):
        service.decide(review.id, "reject", "ana")
    with pytest.raises(InvalidDecision, match="changes nothing"):
        service.decide(review.id, "edit", "ana", edited_args=dict(args))
    with pytest.raises(InvalidDecision, match="edited args come with an edit"):
        service.decide(review.id, "approve", "ana", edited_args={**args, "subject": "x"})
    with pytest.raises(InvalidDecision, match="JSON"):
        service.decide(review.id, "edit", "ana", edited_args={**args, "when": object()})
    with pytest.raises(ReviewNotFound, match="no review 999"):
        service.decide(999, "approve", "ana")

    assert service.get(review.id).status == "pending"
    assert decisions_in_audit(service.db, review.id) == []


def test_one_review_of_a_thread_is_resumed_by_interrupt_id_and_the_other_keeps_waiting(service):
    reviews = {r.account_id: r for r in start(service, "batch-1", "acme", "globex").reviews}

    service.decide(reviews["globex"].id, "approve", "ana")

    assert [r.id for r in service.pending()] == [reviews["acme"].id]
    snapshot = service.snapshot(WORKFLOW, "batch-1")
    assert [i.id for i in snapshot.interrupts] == [reviews["acme"].interrupt_id]
    assert [r.recipient for r in outbox_rows(service.db)] == ["owner@globex.example"]

    service.decide(reviews["acme"].id, "reject", "ana", reason="not yet")
    snapshot = service.snapshot(WORKFLOW, "batch-1")
    assert snapshot.next == () and snapshot.values["sent"] == ["welcome-globex"]


def test_two_reviewers_deciding_the_same_review_at_once_exactly_one_wins(settings, service, monkeypatch):
    reviews = start(service, "batch-1", *(f"acc{i}" for i in range(6))).reviews
    # A second "worker": its own engine and its own checkpointer connection on the same files.
    other = ReviewService(settings, db=Database(settings.resolved_database_url))
    outcomes: dict[int, list[str]] = {r.id: [] for r in reviews}
    barrier = threading.Barrier(2)
    real_parse = reviews_service.parse_decision

    def both_saw_it_pending(payload, value):
        barrier.wait(timeout=30)  # both reviewers passed the "is it pending?" read: only the claim decides
        return real_parse(payload, value)

    monkeypatch.setattr(reviews_service, "parse_decision", both_saw_it_pending)

    def decide(svc: ReviewService, review_id: int, who: str) -> None:
        try:
            if who == "ana":
                svc.decide(review_id, "approve", who)
            else:
                svc.decide(review_id, "reject", who, reason="duplicate")
            outcomes[review_id].append(who)
        except ReviewAlreadyDecided as exc:
            outcomes[review_id].append(f"refused: {exc}")

    for review in reviews:
        workers = [
            threading.Thread(target=decide, args=(service, review.id, "ana")),
            threading.Thread(target=decide, args=(other, review.id, "bob")),
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=60)
    other.close()

    sent = {r.review_id for r in outbox_rows(service.db)}
    for review in reviews:
        results = outcomes[review.id]
        winners = [r for r in results if not r.startswith("refused")]
        assert len(winners) == 1, results
        (loser,) = [r for r in results if r.startswith("refused")]
        stored = service.get(review.id)
        assert stored.decided_by == winners[0] and f"by {winners[0]} at" in loser
        assert (review.id in sent) == (winners[0] == "ana")
        assert len(decisions_in_audit(service.db, review.id)) == 1
    assert service.snapshot(WORKFLOW, "batch-1").next == ()


def test_different_reviews_of_one_thread_decided_at_once_are_both_applied(settings, service, monkeypatch):
    reviews = start(service, "batch-1", "acme", "globex").reviews
    monkeypatch.setitem(AFTER_ENQUEUE, "delay_s", 0.3)  # both resumes would overlap without the thread lease
    other = ReviewService(settings, db=Database(settings.resolved_database_url))
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def decide(svc: ReviewService, review_id: int) -> None:
        barrier.wait()
        try:
            svc.decide(review_id, "approve", "ana")
        except (WorkflowResumeError, ReviewAlreadyDecided) as exc:
            errors.append(exc)

    workers = [
        threading.Thread(target=decide, args=(service, reviews[0].id)),
        threading.Thread(target=decide, args=(other, reviews[1].id)),
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
    other.close()

    assert errors == []
    assert sorted(r.recipient for r in outbox_rows(service.db)) == [
        "owner@acme.example",
        "owner@globex.example",
    ]
    assert all(r.resumed_at is not None for r in service.list())
    snapshot = service.snapshot(WORKFLOW, "batch-1")
    assert snapshot.next == () and sorted(snapshot.values["sent"]) == ["welcome-acme", "welcome-globex"]


def test_one_run_per_thread_and_the_running_one_applies_decisions_recorded_meanwhile(
    settings, service, monkeypatch
):
    reviews = start(service, "batch-1", "acme", "globex").reviews
    impatient = ReviewService(settings, lease_wait_s=0.2)
    monkeypatch.setitem(AFTER_ENQUEUE, "delay_s", 1.0)  # the first resume holds the thread for a while
    first = threading.Thread(target=service.decide, args=(reviews[0].id, "approve", "ana"))
    first.start()
    time.sleep(0.3)

    with pytest.raises(WorkflowResumeError, match="is busy in another run"):
        impatient.decide(reviews[1].id, "approve", "bob")
    assert impatient.get(reviews[1].id).status == "approved"  # recorded all the same
    first.join(timeout=60)
    impatient.close()

    assert all(r.resumed_at is not None for r in service.list())
    assert len(outbox_rows(service.db)) == 2
    assert service.snapshot(WORKFLOW, "batch-1").next == ()


def test_the_idempotency_key_ignores_a_second_enqueue(service):
    def add(body: str) -> bool:
        with service.db.session() as session:
            return enqueue(session, "demo:k1", "email", "a@x.example", "Hi", body, {"n": 1})

    assert add("first") is True
    assert add("second") is False
    (row,) = outbox_rows(service.db)
    assert row.body == "first"
    with pytest.raises(ValueError, match="channel must be one of"), service.db.session() as session:
        enqueue(session, "demo:k2", "sms", "a@x.example", "Hi", "x")  # type: ignore[arg-type]


def test_a_node_that_fails_after_enqueueing_is_rerun_by_recover_without_a_duplicate(service, monkeypatch):
    (review,) = start(service, "batch-1").reviews
    monkeypatch.setitem(AFTER_ENQUEUE, "fail", True)

    with pytest.raises(WorkflowResumeError, match=r"decisions on reviews \[\d+\] are recorded"):
        service.decide(review.id, "approve", "ana")

    stored = service.get(review.id)
    assert stored.status == "approved" and stored.resumed_at is None
    assert "failed after enqueueing" in (stored.resume_error or "")
    assert len(outbox_rows(service.db)) == 1

    monkeypatch.setitem(AFTER_ENQUEUE, "fail", False)
    assert service.recover() == []

    assert len(outbox_rows(service.db)) == 1  # the node ran again; the key kept the outbox as it was
    stored = service.get(review.id)
    assert stored.resumed_at is not None and stored.resume_error is None
    assert service.snapshot(WORKFLOW, "batch-1").values["sent"] == ["welcome-acme"]


def test_registered_state_types_come_back_from_a_fresh_checkpointer(settings, service):
    start(service, "batch-1")
    config = {"configurable": {"thread_id": "batch-1"}}

    allowed = durable_checkpointer(settings, [DemoDraft])
    strict = durable_checkpointer(settings)  # DemoDraft not registered
    try:
        (draft,) = allowed.get_tuple(config).checkpoint["channel_values"]["drafts"]
        refused = strict.get_tuple(config).checkpoint["channel_values"]["drafts"][0]
    finally:
        allowed.conn.close()
        strict.conn.close()
    assert isinstance(draft, DemoDraft) and draft.account_id == "acme"
    assert not isinstance(refused, DemoDraft)


def test_reviews_rows_are_unique_per_thread_and_interrupt(service):
    (review,) = start(service, "batch-1").reviews
    assert service.sync(WORKFLOW, "batch-1") == []
    with service.db.session() as session:
        rows = session.scalars(select(ReviewRow).where(ReviewRow.thread_id == "batch-1")).all()
        assert [r.id for r in rows] == [review.id]
        assert session.scalars(select(OutboxRow)).all() == []
