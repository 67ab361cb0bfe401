"""The worker: proactive work that runs by itself. It drafts; a person still approves everything.

Each pass (every `worker_poll_s`; `cs-agents worker --once` runs one) queues what is due, then runs jobs
until none is left:

1. the daily scan: from `worker_scan_at` (UTC) on, one `scan:<day>` job a day scores every account and
   queues `play:<account>:<day>` for each account SPEC's Plays table gives a play, most at risk first;
2. new signups: an account in its first 30 days (SPEC section 5) with no onboarding job gets
   `onboarding:<account>`;
3. new events (the accounts `insert_events` marked): a milestone the account has now but did not have
   7 days ago gets `milestone:<account>:<milestone>`; a new `limit_reached` event of the last 7 days gets
   `play:<account>:<day>` (the play SPEC assigns; expansion for a low-risk account). Older events are
   history being loaded, not news, and start nothing;
4. each job starts its reviewable workflow (retention for one account, onboarding, milestone celebration)
   on a thread named after the job's key and ends at the review.

Exactly once, with any number of workers: the job key is unique in the database (the scan and a limit
event both queue the same `play:<account>:<day>`), a job is claimed with a lease, and a job run again
(its worker died, its lease ran out) goes on with the same workflow thread, which drafts nothing twice. A
play is not drafted while the account has another play waiting for review, nor an onboarding campaign
when the account has one (drafted with `cs-agents onboarding draft`, say).
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import exists, select

from agents import lifecycle
from agents.context import Services
from agents.observability import MILESTONES
from cs_agents.db import AccountRow, ReviewRow, WorkerJobRow
from cs_agents.jobs import (
    Job,
    NewJob,
    add_jobs,
    claim_changes,
    claim_job,
    clear_changes,
    fail_job,
    finish_job,
    prune_jobs,
)
from graph import celebration, onboarding, retention
from graph.reviews_service import ReviewService, StartResult

log = logging.getLogger("cs_agents.worker")

RECENT_DAYS = 7  # events older than this start nothing: a history load is not news
ONBOARDING_DAYS = 30  # SPEC section 5: onboarding campaigns are for an account's first 30 days
CHANGES_PER_BATCH = 500  # accounts with new events scored at once
MAX_CHANGE_BATCHES = 20  # per pass, so a steady stream of events never keeps the jobs from running
KEEP_DAYS = 30  # finished scan and play jobs are kept this long (up to one play job per account a day)


def play_job(account_id: str, day: date, reason: str) -> NewJob:
    return NewJob(
        f"play:{account_id}:{day.isoformat()}",
        "play",
        {"account_id": account_id, "as_of": day.isoformat(), "reason": reason},
        account_id,
    )


def onboarding_job(account_id: str, day: date) -> NewJob:
    params = {"account_id": account_id, "as_of": day.isoformat()}
    return NewJob(f"onboarding:{account_id}", "onboarding", params, account_id)


def milestone_job(account_id: str, milestone: str, day: date) -> NewJob:
    params = {"account_id": account_id, "milestone": milestone, "as_of": day.isoformat()}
    return NewJob(f"milestone:{account_id}:{milestone}", "milestone", params, account_id)


def scan_job(day: date) -> NewJob:
    return NewJob(f"scan:{day.isoformat()}", "scan", {"as_of": day.isoformat()})


def thread_id(job: Job) -> str:
    """The workflow thread of a job: the same on every attempt, so a retry goes on with the same drafts."""
    return f"worker:{job.key}"


@dataclass
class PassReport:
    day: date
    queued: list[str] = field(default_factory=list)  # keys of the jobs this pass added
    done: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


class Worker:
    """Queues and runs the proactive jobs of one process; as many may run as there are processes."""

    def __init__(
        self, services: Services, reviews: ReviewService, name: str | None = None, as_of: date | None = None
    ) -> None:
        self.services, self.reviews = services, reviews
        self.settings, self.db = services.settings, services.db
        self.name = name or f"{socket.gethostname()}:{os.getpid()}"
        self.as_of = as_of  # a fixed day (replays, tests); None: today in UTC, the scan from worker_scan_at
        self._handlers: dict[str, Callable[[Job], dict[str, Any]]] = {
            "scan": self._scan,
            "play": self._play,
            "onboarding": self._onboarding,
            "milestone": self._milestone,
        }

    # ---------------------------------------------------------------------------------------- the loop

    def run_forever(self, stop: threading.Event) -> None:
        """Passes every `worker_poll_s` until `stop` is set; a failing pass (the database is down) is
        logged and the next one tries again."""
        s = self.settings
        log.info(
            "worker %s: daily scan at %s UTC, looking for work every %g s, jobs held for %g s",
            self.name,
            s.worker_scan_at,
            s.worker_poll_s,
            s.worker_lease_s,
        )
        while not stop.is_set():
            try:
                self.run_pass(stop)
            except Exception:
                log.exception("worker %s: the pass failed; trying again in %g s", self.name, s.worker_poll_s)
            stop.wait(s.worker_poll_s)
        log.info("worker %s: stopped", self.name)

    def run_pass(self, stop: threading.Event | None = None) -> PassReport:
        """Queue what is due, then run jobs until none is runnable (or `stop` is set)."""
        now = datetime.now(UTC)
        day = self.as_of or now.date()
        report = PassReport(day)
        if self.as_of is not None or now.time() >= self.settings.worker_scan_time:
            report.queued += self._queue("daily scan", add_jobs(self.db, [scan_job(day)]))
        report.queued += self._queue("signups", add_jobs(self.db, self._signups(day)))
        report.queued += self._react_to_events(day)
        while stop is None or not stop.is_set():
            job = claim_job(
                self.db, self.name, self.settings.worker_lease_s, self.settings.worker_max_attempts
            )
            if job is None:
                break
            self._run(job, report)
        return report

    def _queue(self, what: str, keys: list[str]) -> list[str]:
        if keys:
            shown = ", ".join(keys[:5]) + (f" and {len(keys) - 5} more" if len(keys) > 5 else "")
            log.info("%s: queued %s", what, shown)
        return keys

    def _run(self, job: Job, report: PassReport) -> None:
        s = self.settings
        started = time.monotonic()
        log.info("job %s %s: started (attempt %d)", job.id, job.key, job.attempts)
        try:
            result = self._handlers[job.kind](job)
        except Exception as exc:  # one job's failure must not stop the others: recorded, retried, logged
            status = fail_job(
                self.db,
                job,
                self.name,
                f"{type(exc).__name__}: {exc}",
                s.worker_retry_s,
                s.worker_max_attempts,
            )
            log.exception(
                "job %s %s: failed (attempt %d of %d, %s)",
                job.id,
                job.key,
                job.attempts,
                s.worker_max_attempts,
                "given up" if status == "failed" else "will be retried",
            )
            report.failed.append(job.key)
            return
        if not finish_job(self.db, job, self.name, result):
            log.warning("job %s %s: its lease ran out and another worker took it over", job.id, job.key)
        log.info("job %s %s: %s (%.1f s)", job.id, job.key, result["summary"], time.monotonic() - started)
        report.done.append(job.key)

    # ------------------------------------------------------------------------------------ finding work

    def _signups(self, day: date) -> list[NewJob]:
        has_job = exists().where(WorkerJobRow.kind == "onboarding", WorkerJobRow.account_id == AccountRow.id)
        first = day - timedelta(days=ONBOARDING_DAYS - 1)
        with self.db.session() as session:
            ids = session.scalars(
                select(AccountRow.id)
                .where(AccountRow.signup_date.between(first, day), ~has_job)
                .order_by(AccountRow.signup_date, AccountRow.id)
            )
            return [onboarding_job(account_id, day) for account_id in ids]

    def _react_to_events(self, day: date) -> list[str]:
        queued: list[str] = []
        recent = day - timedelta(days=RECENT_DAYS)
        for _ in range(MAX_CHANGE_BATCHES):
            changes = claim_changes(self.db, self.settings.worker_lease_s, CHANGES_PER_BATCH)
            if not changes:
                break
            ids = [c.account_id for c in changes]
            before = {h.account_id: h.milestones for h in lifecycle.scan(self.db, recent, ids)}
            jobs = [
                milestone_job(h.account_id, m, day)
                for h in lifecycle.scan(self.db, day, ids)
                for m in MILESTONES
                if h.milestones[m] and not before[h.account_id][m]
            ]
            jobs += [
                play_job(c.account_id, day, f"limit reached on {c.limit_day.isoformat()}")
                for c in changes
                if c.limit_day is not None and recent < c.limit_day <= day
            ]
            keys = add_jobs(self.db, jobs)
            clear_changes(self.db, changes)
            log.info("events: %d accounts with new events, %d new jobs", len(changes), len(keys))
            queued += self._queue("events", keys)
            if len(changes) < CHANGES_PER_BATCH:
                break
        return queued

    # -------------------------------------------------------------------------------------------- jobs

    def _scan(self, job: Job) -> dict[str, Any]:
        day = date.fromisoformat(job.params["as_of"])
        healths = lifecycle.scan(self.db, day)
        needing = sorted(
            (h for h in healths if h.play),
            key=lambda h: (retention.RISK_ORDER[h.risk_tier], h.health_score, h.account_id),
        )
        keys = add_jobs(self.db, [play_job(h.account_id, day, f"daily scan: {h.play}") for h in needing])
        pruned = prune_jobs(self.db, ("scan", "play"), datetime.now(UTC) - timedelta(days=KEEP_DAYS))
        return {
            "summary": f"{len(healths)} accounts scored, {len(needing)} need a play, "
            f"{len(keys)} new play jobs",
            "accounts": len(healths),
            "need_a_play": len(needing),
            "play_jobs": keys,
            "pruned": pruned,
        }

    def _play(self, job: Job) -> dict[str, Any]:
        account_id = job.params["account_id"]
        waiting = self._other_review(job, ReviewRow.kind == "play", ReviewRow.status == "pending")
        if waiting is not None:
            return {
                "summary": f"skipped: play review {waiting} of this account is waiting",
                "waiting": waiting,
            }
        state = {"as_of": job.params["as_of"], "account_ids": [account_id], "limit": None}
        return _drafted(
            self.reviews.start(retention.WORKFLOW, thread_id(job), state), "the account needs no play"
        )

    def _onboarding(self, job: Job) -> dict[str, Any]:
        existing = self._other_review(job, ReviewRow.workflow == onboarding.WORKFLOW)
        if existing is not None:
            return {"summary": f"skipped: the account has onboarding review {existing}", "existing": existing}
        state = {"account_id": job.params["account_id"], "as_of": job.params["as_of"]}
        return _drafted(self.reviews.start(onboarding.WORKFLOW, thread_id(job), state), "nothing drafted")

    def _milestone(self, job: Job) -> dict[str, Any]:
        state = {k: job.params[k] for k in ("account_id", "milestone", "as_of")}
        return _drafted(self.reviews.start(celebration.WORKFLOW, thread_id(job), state), "nothing drafted")

    def _other_review(self, job: Job, *conditions: Any) -> int | None:
        """A review of the job's account, on another thread than the job's own, that matches."""
        with self.db.session() as session:
            return session.scalar(
                select(ReviewRow.id)
                .where(
                    ReviewRow.account_id == job.params["account_id"],
                    ReviewRow.thread_id != thread_id(job),
                    *conditions,
                )
                .order_by(ReviewRow.id)
                .limit(1)
            )


def _drafted(result: StartResult, nothing: str) -> dict[str, Any]:
    reviews = [r.id for r in result.reviews]
    if not reviews:
        return {"summary": nothing, "reviews": []}
    titles = "; ".join(f"review {r.id}: {r.title}" for r in result.reviews)
    return {"summary": f"waiting for review: {titles}", "reviews": reviews}


def show_progress() -> None:
    """Write the worker's log lines to stderr (once), whatever the rest of the logging setup is."""
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.INFO)


def start_in_background(worker: Worker, stop: threading.Event) -> threading.Thread:
    """The worker loop on a daemon thread (inside `cs-agents serve`): a process that exits mid-job leaves
    the job to be run again once its lease ends."""
    thread = threading.Thread(target=worker.run_forever, args=(stop,), name="cs-agents-worker", daemon=True)
    thread.start()
    return thread
