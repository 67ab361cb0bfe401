"""What several workers share through the database, on SQLite and on PostgreSQL: the checkpointer, rate
limits, event idempotency and review decisions taken at the same moment by threads and by processes.

A "worker" here is a second `Database` (its own engine and pool) or a second process on the same database.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

from langgraph.checkpoint.postgres import PostgresSaver
from langgraph.checkpoint.sqlite import SqliteSaver
from sqlalchemy import func, select

from api.limits import hit
from cs_agents.audit import audit_trail
from cs_agents.db import Database, EventRow
from cs_agents.models import Account, Event
from cs_agents.outbox import outbox_rows
from cs_agents.records import insert_events, upsert_accounts
from cs_agents.settings import Settings
from graph.review import durable_checkpointer
from graph.reviews_service import ReviewService
from tests.api.conftest import ACCOUNTS
from tests.integration.review_demo import WORKFLOW, DemoDraft, demo_input
from tests.integration.test_reviews_durability import wait_for_line

ROOT = Path(__file__).resolve().parents[2]
T = TypeVar("T")


def two_workers(settings: Settings) -> tuple[Database, Database]:
    settings.data_dir.mkdir(parents=True, exist_ok=True)  # for the SQLite file
    return Database(settings.resolved_database_url), Database(settings.resolved_database_url)


def run_at_once(*calls: Callable[[], T]) -> list[T]:
    """Run the callables in threads released together; their results in order (exceptions re-raised)."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(i: int, call: Callable[[], T]) -> None:
        barrier.wait(timeout=30)
        try:
            results[i] = call()
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    for r in results:
        if isinstance(r, BaseException):
            raise r
    return results


def test_the_checkpointer_lives_where_the_data_does(settings: Settings, backend: str) -> None:
    saver = durable_checkpointer(settings, [DemoDraft])
    try:
        if backend == "postgresql":
            assert isinstance(saver, PostgresSaver)
            assert not (settings.data_dir / "checkpoints.sqlite").exists()
        else:
            assert isinstance(saver, SqliteSaver)
            assert (settings.data_dir / "checkpoints.sqlite").exists()
        # The restricted serde is kept: registered types come back, the allowlist is what we gave.
        with ReviewService(settings, checkpointer=saver) as service:
            start = service.start(WORKFLOW, "t1", demo_input("t1", "acme"))
            assert [r.account_id for r in start.reviews] == ["acme"]
        fresh = durable_checkpointer(settings, [DemoDraft])  # another worker's checkpointer
        with ReviewService(settings, checkpointer=fresh) as other:
            (draft,) = other.snapshot(WORKFLOW, "t1").values["drafts"]
            assert isinstance(draft, DemoDraft) and draft.account_id == "acme"
        fresh.conn.close()
    finally:
        saver.conn.close()


def test_timestamps_and_json_round_trip(db: Database) -> None:
    moment = datetime(2026, 11, 15, 23, 30, tzinfo=UTC)
    with db.session() as session:
        upsert_accounts(session, [(1, Account.model_validate(_account("acc_a")))])
        insert_events(
            session,
            [
                (
                    1,
                    _event(
                        "e1",
                        moment.astimezone(timezone(timedelta(hours=5))),
                        {"nested": {"list": [1, "two", None]}},
                    ),
                )
            ],
        )
    with db.session() as session:
        row = session.scalars(select(EventRow)).one()
    assert row.ts == moment and row.ts.tzinfo is not None  # aware, UTC, whatever the input offset
    assert row.day.isoformat() == "2026-11-15"
    assert row.properties == {"nested": {"list": [1, "two", None]}}


def test_rate_limit_counts_across_workers(settings: Settings) -> None:
    first, second = two_workers(settings)
    now = 1_800_000_000.0
    limit, per_worker = 25, 20

    def burst(db: Database) -> list[bool]:
        return [hit(db, "key:shared", limit, 60, now)[0] for _ in range(per_worker)]

    results = run_at_once(lambda: burst(first), lambda: burst(second))
    allowed = [a for r in results for a in r]
    assert allowed.count(True) == limit  # 40 requests, one shared count: exactly the limit got through
    assert hit(first, "key:other", limit, 60, now)[0] is True  # keys are counted apart
    allowed_later, remaining, _reset = hit(second, "key:shared", limit, 60, now + 60)
    assert allowed_later and remaining == limit - 1  # a new window starts from zero


def test_the_same_event_batch_posted_to_two_workers_at_once_is_stored_once(settings: Settings) -> None:
    first, second = two_workers(settings)
    with first.session() as session:
        upsert_accounts(session, [(1, Account.model_validate(_account("acc_a")))])
    start = datetime(2026, 11, 1, tzinfo=UTC)
    batch = [(i, _event(f"ev-{i}", start + timedelta(minutes=i), {"i": i})) for i in range(300)]

    def post(db: Database) -> tuple[int, int]:
        with db.session() as session:
            counts = insert_events(session, batch)
        return counts.loaded, counts.skipped

    results = run_at_once(lambda: post(first), lambda: post(second))
    assert sum(loaded for loaded, _ in results) == 300
    assert sum(skipped for _, skipped in results) == 300
    with first.session() as session:
        assert session.scalar(select(func.count()).select_from(EventRow)) == 300
    with second.session() as session:
        assert post(second) == (0, 300)  # and again later: all skipped


def test_two_reviewer_processes_approving_at_the_same_moment(settings: Settings, tmp_path: Path) -> None:
    accounts = [f"acc{i}" for i in range(5)]
    with ReviewService(settings) as service:
        reviews = service.start(WORKFLOW, "batch-1", demo_input("batch-1", *accounts)).reviews
    ids = [str(r.id) for r in reviews]
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.scale.approve_proc", str(settings.data_dir), who, str(go), *ids],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("ana", "bob")
    ]
    try:
        for proc in procs:
            wait_for_line(proc, "READY", timeout_s=90)
        go.touch()
        outputs = [proc.communicate(timeout=90) for proc in procs]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    lines = [line.split(maxsplit=2) for out, _ in outputs for line in out.splitlines()]
    for review_id in ids:
        verdicts = sorted(line[0] for line in lines if line[1] == review_id)
        assert verdicts == ["REFUSED", "WON"], (review_id, lines)  # exactly one winner per review

    with ReviewService(settings) as service:
        for review in service.list():
            assert review.status == "approved" and review.resumed_at is not None
            with service.db.session() as session:
                decisions = [a for a in audit_trail(session, review.id) if a.action == "review.approved"]
            assert len(decisions) == 1
        rows = outbox_rows(service.db)
        assert sorted(r.recipient for r in rows) == sorted(f"owner@{a}.example" for a in accounts)
        snapshot = service.snapshot(WORKFLOW, "batch-1")
        # Each review node ran past its interrupt once: `sent` is additive, a second resume would repeat it.
        assert snapshot.next == () and sorted(snapshot.values["sent"]) == [f"welcome-{a}" for a in accounts]


def _account(account_id: str) -> dict[str, object]:
    return {**ACCOUNTS[0], "id": account_id}


def _event(event_id: str, ts: datetime, properties: dict[str, object]) -> Event:
    return Event(
        event_id=event_id, account_id="acc_a", user_id="u1", name="login", timestamp=ts, properties=properties
    )
