"""The worker's queue: jobs that happen once by key, claimed with a lease, and the accounts with new events.

- `add_jobs` inserts jobs with INSERT ... ON CONFLICT DO NOTHING on their key, so every worker that finds
  the same work (the same day's scan, the same account's milestone) adds it once, whatever the timing.
- `claim_job` takes the oldest runnable job with a compare-and-set UPDATE: one worker wins it, until its
  lease ends. A worker that dies leaves the job `running` with an expired lease; the next claim takes it
  again (the work itself is safe to repeat: each job continues its own workflow thread). A job claimed
  `max_attempts` times without an outcome, or failing that often, is marked `failed`, not retried forever.
- `claim_changes` / `clear_changes`: the accounts `insert_events` marked as having new events; a row is
  removed only if no newer events came while a worker reacted to it.

Only the database coordinates workers: no in-process lock, so any number of processes and machines can run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal, cast, get_args

from sqlalchemy import CursorResult, bindparam, delete, func, or_, select, update

from cs_agents.db import AccountChangeRow, Database, WorkerJobRow, insert_for

JobKind = Literal["scan", "play", "onboarding", "milestone"]
JOB_KINDS: tuple[JobKind, ...] = get_args(JobKind)
JobStatus = Literal["pending", "running", "done", "failed"]


@dataclass(frozen=True)
class NewJob:
    key: str  # what makes the job happen once, e.g. milestone:acc_001:key_action
    kind: JobKind
    params: dict[str, Any]
    account_id: str | None = None


@dataclass(frozen=True)
class Job:
    id: int
    key: str
    kind: JobKind
    params: dict[str, Any]
    attempts: int  # this claim included


@dataclass(frozen=True)
class Change:
    account_id: str
    version: int
    limit_day: date | None


def add_jobs(db: Database, jobs: Iterable[NewJob]) -> list[str]:
    """Insert the jobs whose key is new; returns those keys (a known key, done or not, changes nothing)."""
    now = datetime.now(UTC)
    values = [
        {
            "key": job.key,
            "kind": job.kind,
            "account_id": job.account_id,
            "params": job.params,
            "status": "pending",
            "attempts": 0,
            "created_at": now,
        }
        for job in {job.key: job for job in jobs}.values()
    ]
    if not values:
        return []
    with db.session() as session:
        statement = insert_for(session)(WorkerJobRow).on_conflict_do_nothing(index_elements=["key"])
        return list(session.scalars(statement.returning(WorkerJobRow.key), values))


def _runnable(now: datetime) -> Any:
    # pending (its retry time reached) or running with an expired lease (its worker is gone)
    return (WorkerJobRow.status.in_(("pending", "running"))) & or_(
        WorkerJobRow.claimed_until.is_(None), WorkerJobRow.claimed_until <= now
    )


def claim_job(db: Database, holder: str, lease_s: float, max_attempts: int) -> Job | None:
    """The oldest runnable job, now held by `holder` for `lease_s`; None when nothing is runnable."""
    now = datetime.now(UTC)
    with db.session() as session:
        session.execute(
            update(WorkerJobRow)
            .where(_runnable(now), WorkerJobRow.status == "running", WorkerJobRow.attempts >= max_attempts)
            .values(
                status="failed",
                claimed_until=None,
                finished_at=now,
                last_error=f"no outcome after {max_attempts} attempts: its worker stopped while running it",
            )
        )
        candidates = list(
            session.scalars(select(WorkerJobRow.id).where(_runnable(now)).order_by(WorkerJobRow.id).limit(20))
        )
    for job_id in candidates:
        with db.session() as session:
            claimed = session.execute(
                update(WorkerJobRow)
                .where(WorkerJobRow.id == job_id, _runnable(now))
                .values(
                    status="running",
                    claimed_by=holder,
                    claimed_until=now + timedelta(seconds=lease_s),
                    attempts=WorkerJobRow.attempts + 1,
                )
            )
            if cast(CursorResult[Any], claimed).rowcount:
                row = session.get_one(WorkerJobRow, job_id)
                return Job(row.id, row.key, cast(JobKind, row.kind), dict(row.params), row.attempts)
    return None


def _held(job: Job, holder: str) -> Any:
    return (
        (WorkerJobRow.id == job.id)
        & (WorkerJobRow.status == "running")
        & (WorkerJobRow.claimed_by == holder)
        & (WorkerJobRow.attempts == job.attempts)
    )


def finish_job(db: Database, job: Job, holder: str, result: dict[str, Any]) -> bool:
    """Mark the job done; False if this holder's claim was taken over meanwhile (its lease ran out)."""
    with db.session() as session:
        done = session.execute(
            update(WorkerJobRow)
            .where(_held(job, holder))
            .values(
                status="done",
                result=result,
                claimed_until=None,
                last_error=None,
                finished_at=datetime.now(UTC),
            )
        )
        return bool(cast(CursorResult[Any], done).rowcount)


def fail_job(db: Database, job: Job, holder: str, error: str, retry_s: float, max_attempts: int) -> JobStatus:
    """Record a failure: the job waits `retry_s` (doubling per attempt) to run again, or is marked failed
    after `max_attempts`. Returns the job's status now."""
    now = datetime.now(UTC)
    status: JobStatus = "failed" if job.attempts >= max_attempts else "pending"
    retry_at = now + timedelta(seconds=retry_s * 2 ** (job.attempts - 1))
    with db.session() as session:
        session.execute(
            update(WorkerJobRow)
            .where(_held(job, holder))
            .values(
                status=status,
                last_error=error[:4000],
                claimed_until=None if status == "failed" else retry_at,
                finished_at=now if status == "failed" else None,
            )
        )
    return status


def prune_jobs(db: Database, kinds: Iterable[JobKind], finished_before: datetime) -> int:
    """Delete finished jobs of these kinds (done or failed before then); returns how many. For keys that
    name their day (`scan:<day>`, `play:<account>:<day>`): no later pass queues those days again."""
    with db.session() as session:
        deleted = session.execute(
            delete(WorkerJobRow).where(
                WorkerJobRow.kind.in_(list(kinds)),
                WorkerJobRow.status.in_(("done", "failed")),
                WorkerJobRow.finished_at < finished_before,
            )
        )
        return int(cast(CursorResult[Any], deleted).rowcount)


def job_counts(db: Database) -> dict[str, int]:
    """How many jobs are in each status."""
    with db.session() as session:
        rows = session.execute(select(WorkerJobRow.status, func.count()).group_by(WorkerJobRow.status))
        return {status: count for status, count in rows}


def claim_changes(db: Database, lease_s: float, limit: int) -> list[Change]:
    """Up to `limit` accounts with new events, held for `lease_s` so other workers take the next ones."""
    now = datetime.now(UTC)
    free = or_(AccountChangeRow.claimed_until.is_(None), AccountChangeRow.claimed_until <= now)
    with db.session() as session:
        ids = list(
            session.scalars(
                select(AccountChangeRow.account_id)
                .where(free)
                .order_by(AccountChangeRow.changed_at, AccountChangeRow.account_id)
                .limit(limit)
            )
        )
        if not ids:
            return []
        claimed = session.execute(
            update(AccountChangeRow)
            .where(AccountChangeRow.account_id.in_(ids), free)
            .values(claimed_until=now + timedelta(seconds=lease_s))
            .returning(AccountChangeRow.account_id, AccountChangeRow.version, AccountChangeRow.limit_day)
        )
        return sorted((Change(*row) for row in claimed), key=lambda c: c.account_id)


def clear_changes(db: Database, changes: Iterable[Change]) -> None:
    """Forget the changes reacted to; an account with newer events (a higher version) stays."""
    params = [{"account": c.account_id, "version": c.version} for c in changes]
    if not params:
        return
    statement = delete(AccountChangeRow).where(
        AccountChangeRow.account_id == bindparam("account"), AccountChangeRow.version == bindparam("version")
    )
    with db.session() as session:
        session.connection().execute(statement, params)
