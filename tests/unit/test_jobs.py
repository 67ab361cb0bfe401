"""The worker's queue on a real SQLite database: keys make jobs happen once, claims are exclusive until
their lease ends, failures are retried then given up, and new events mark their accounts."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from cs_agents.db import AccountChangeRow, Database, WorkerJobRow
from cs_agents.jobs import (
    NewJob,
    add_jobs,
    claim_changes,
    claim_job,
    clear_changes,
    fail_job,
    finish_job,
    job_counts,
)
from cs_agents.models import Account, Event
from cs_agents.records import insert_events, upsert_accounts
from cs_agents.settings import Settings


def job(key: str) -> NewJob:
    return NewJob(key, "milestone", {"account_id": "acc_a"}, "acc_a")


def row(db: Database, key: str) -> WorkerJobRow:
    with db.session() as session:
        return session.scalars(select(WorkerJobRow).where(WorkerJobRow.key == key)).one()


def test_a_key_is_queued_once_whoever_adds_it_and_whatever_its_status(db: Database) -> None:
    assert add_jobs(db, [job("k1"), job("k2"), job("k1")]) == ["k1", "k2"]
    assert add_jobs(db, [job("k2"), job("k3")]) == ["k3"]
    claimed = claim_job(db, "w1", lease_s=60, max_attempts=3)
    assert claimed is not None and claimed.key == "k1"  # oldest first
    assert finish_job(db, claimed, "w1", {"summary": "ok"})
    assert add_jobs(db, [job("k1")]) == []  # done is done
    assert job_counts(db) == {"done": 1, "pending": 2}


def test_a_claim_is_exclusive_until_its_lease_ends_and_then_the_old_holder_cannot_finish(
    db: Database,
) -> None:
    add_jobs(db, [job("only")])
    first = claim_job(db, "w1", lease_s=60, max_attempts=3)
    assert first is not None and first.attempts == 1
    assert claim_job(db, "w2", lease_s=60, max_attempts=3) is None  # held

    add_jobs(db, [job("short")])
    dead = claim_job(db, "dead", lease_s=0, max_attempts=3)  # its worker dies: the lease is over at once
    assert dead is not None and dead.key == "short"
    again = claim_job(db, "w2", lease_s=60, max_attempts=3)
    assert again is not None and (again.key, again.attempts) == ("short", 2)
    assert not finish_job(db, dead, "dead", {"summary": "late"})  # taken over: its result is not recorded
    assert finish_job(db, again, "w2", {"summary": "ok"})
    assert (row(db, "short").status, row(db, "short").result) == ("done", {"summary": "ok"})


def test_a_failing_job_is_retried_after_a_wait_then_given_up(db: Database) -> None:
    add_jobs(db, [job("flaky")])
    first = claim_job(db, "w1", lease_s=60, max_attempts=2)
    assert first is not None
    assert fail_job(db, first, "w1", "boom", retry_s=3600, max_attempts=2) == "pending"
    assert claim_job(db, "w1", lease_s=60, max_attempts=2) is None  # waiting for its retry time
    assert row(db, "flaky").last_error == "boom"

    add_jobs(db, [job("doomed")])
    one = claim_job(db, "w1", lease_s=60, max_attempts=2)
    assert one is not None and one.key == "doomed"
    assert fail_job(db, one, "w1", "boom 1", retry_s=0, max_attempts=2) == "pending"
    two = claim_job(db, "w1", lease_s=60, max_attempts=2)
    assert two is not None and (two.key, two.attempts) == ("doomed", 2)
    assert fail_job(db, two, "w1", "boom 2", retry_s=0, max_attempts=2) == "failed"
    assert (row(db, "doomed").status, row(db, "doomed").last_error) == ("failed", "boom 2")


def test_a_job_whose_workers_keep_dying_is_given_up(db: Database) -> None:
    add_jobs(db, [job("crashy")])
    for _ in range(2):
        assert claim_job(db, "dead", lease_s=0, max_attempts=2) is not None
    assert claim_job(db, "w1", lease_s=60, max_attempts=2) is None
    gone = row(db, "crashy")
    assert gone.status == "failed" and "no outcome after 2 attempts" in str(gone.last_error)


def event(account: str, name: str, day: str, n: int) -> tuple[int, Event]:
    properties = {"limit": "seats"} if name == "limit_reached" else {}
    ts = datetime.fromisoformat(f"{day}T10:00:00+00:00")
    return n, Event(
        event_id=f"e{n}", account_id=account, user_id="u1", name=name, timestamp=ts, properties=properties
    )


def test_new_events_mark_their_accounts_and_a_reaction_clears_only_what_it_saw(db: Database) -> None:
    accounts = [
        Account(id=a, name=a, plan="pro", seats=5, signup_date=date(2026, 1, 1)) for a in ("acc_a", "acc_b")
    ]
    with db.session() as session:
        upsert_accounts(session, list(enumerate(accounts)))
        insert_events(
            session, [event("acc_a", "login", "2026-11-01", 1), event("acc_b", "login", "2026-11-01", 2)]
        )
        insert_events(session, [event("acc_a", "limit_reached", "2026-11-03", 3)])
        insert_events(session, [event("acc_a", "limit_reached", "2026-11-02", 4)])
        insert_events(session, [event("acc_a", "login", "2026-11-01", 1)])  # a duplicate: nothing new
    changes = claim_changes(db, lease_s=60, limit=10)
    assert [(c.account_id, c.version, c.limit_day) for c in changes] == [
        ("acc_a", 3, date(2026, 11, 3)),
        ("acc_b", 1, None),
    ]
    assert claim_changes(db, lease_s=60, limit=10) == []  # held by the first reaction

    with db.session() as session:  # acc_b gets more events while the reaction runs
        insert_events(session, [event("acc_b", "login", "2026-11-04", 5)])
    clear_changes(db, changes)
    with db.session() as session:
        left = list(session.scalars(select(AccountChangeRow)))
    assert [(r.account_id, r.version, r.claimed_until) for r in left] == [("acc_b", 2, None)]


def test_bad_worker_settings_say_what_to_write(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match=r"CS_AGENTS_WORKER_SCAN_AT must be a time of day in UTC like 06:00"):
        Settings(worker_scan_at="7am")
    with pytest.raises(ValueError, match="worker_poll_s"):
        Settings(worker_poll_s=0)
    monkeypatch.setenv("CS_AGENTS_WORKER_SCAN_AT", "24:00")
    with pytest.raises(ValueError, match="not '24:00'"):
        Settings()
    monkeypatch.delenv("CS_AGENTS_WORKER_SCAN_AT")
    assert Settings(worker_scan_at=" 23:59 ").worker_scan_time.isoformat() == "23:59:00"
    assert Settings().worker_enabled is False  # off unless asked for


def test_claims_use_aware_times(db: Database) -> None:
    add_jobs(db, [job("t")])
    claimed = claim_job(db, "w1", lease_s=60, max_attempts=3)
    assert claimed is not None
    until = row(db, "t").claimed_until
    assert until is not None and until > datetime.now(UTC)
