"""The worker's queue on a real SQLite database: keys make jobs happen once, claims are exclusive until
their lease ends, failures are retried then given up. (How new events mark their accounts is tested on
both backends in tests/scale/test_worker_backends.py.)"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from cs_agents.db import Database, WorkerJobRow
from cs_agents.jobs import (
    NewJob,
    add_jobs,
    claim_job,
    fail_job,
    finish_job,
    job_counts,
    prune_jobs,
)
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


def test_finished_day_jobs_are_pruned_after_a_while_and_lifetime_ones_kept(db: Database) -> None:
    add_jobs(db, [NewJob("play:a:2026-10-01", "play", {}), NewJob("play:a:2026-11-14", "play", {})])
    add_jobs(db, [job("milestone:a:key_action")])
    while (claimed := claim_job(db, "w1", lease_s=60, max_attempts=3)) is not None:
        finish_job(db, claimed, "w1", {"summary": "ok"})
    with db.session() as session:
        session.execute(
            update(WorkerJobRow)
            .where(WorkerJobRow.key.in_(["play:a:2026-10-01", "milestone:a:key_action"]))
            .values(finished_at=datetime(2026, 10, 1, tzinfo=UTC))
        )
    assert prune_jobs(db, ("scan", "play"), datetime(2026, 10, 16, tzinfo=UTC)) == 1
    assert set(jobs_by_key(db)) == {"play:a:2026-11-14", "milestone:a:key_action"}


def jobs_by_key(db: Database) -> dict[str, str]:
    with db.session() as session:
        return {r.key: r.status for r in session.scalars(select(WorkerJobRow))}
