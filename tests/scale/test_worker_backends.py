"""Two workers at once on one database, on SQLite and on PostgreSQL: as two real `cs-agents worker`
processes and as two threads with engines of their own. Every draft appears once and waits for review.
And the events' marks the workers react to merge the same way on both backends."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from agents.context import Services
from cs_agents.db import AccountChangeRow, Database, OutboxRow, ReviewRow, WorkerJobRow, get_database
from cs_agents.jobs import claim_changes, clear_changes
from cs_agents.loader import load_folder
from cs_agents.models import Account, Event
from cs_agents.records import insert_events, upsert_accounts
from cs_agents.settings import Settings
from graph.runtime import review_service
from graph.worker import Worker
from tests.api.conftest import AS_OF, product_dir  # noqa: F401 - the session fixture reused
from tests.net import clean_env
from tests.scale.test_backends import run_at_once, two_workers

ROOT = Path(__file__).resolve().parents[2]
DRAFTS = [
    ("milestone", "acc_a"),  # active 3 of the last 4 weeks since 11-09
    ("milestone", "acc_new"),  # profile completed on 11-11
    ("onboarding", "acc_new"),  # signed up on 11-10
    ("retention", "acc_a"),  # the daily scan
    ("retention", "acc_b"),
    ("retention", "acc_new"),  # the limit reached on 11-14 (and the scan): one play
]
JOBS = {
    f"scan:{AS_OF}",
    "onboarding:acc_new",
    "milestone:acc_a:active_3_of_4_weeks",
    "milestone:acc_new:profile_completed",
    f"play:acc_a:{AS_OF}",
    f"play:acc_b:{AS_OF}",
    f"play:acc_new:{AS_OF}",
}


def load_small_product(settings: Settings, product: Path) -> Database:
    db = get_database(settings)
    assert load_folder(product, settings, db).problems == 0
    limit = Event(
        event_id="limit-1",
        account_id="acc_new",
        user_id="u1",
        name="limit_reached",
        timestamp=datetime(2026, 11, 14, 12, tzinfo=UTC),
        properties={"limit": "seats"},
    )
    with db.session() as session:
        insert_events(session, [(1, limit)])
    return db


def assert_each_draft_once_and_waiting(db: Database) -> None:
    with db.session() as session:
        reviews = list(session.scalars(select(ReviewRow)))
        jobs = list(session.scalars(select(WorkerJobRow)))
        assert list(session.scalars(select(OutboxRow))) == []  # nothing leaves before approval
    assert sorted((r.workflow, r.account_id) for r in reviews) == DRAFTS
    assert {r.status for r in reviews} == {"pending"}
    assert {j.key for j in jobs} == JOBS and {j.status for j in jobs} == {"done"}
    assert {j.attempts for j in jobs} == {1}  # no job ran twice


def test_two_worker_processes_at_once_draft_everything_once(
    settings: Settings,
    product_dir: Path,  # noqa: F811 - the imported session fixture
) -> None:
    db = load_small_product(settings, product_dir)
    env = clean_env(CS_AGENTS_DATABASE_URL=settings.database_url or "")
    if settings.database_url is None:
        env.pop("CS_AGENTS_DATABASE_URL")
    command = [
        sys.executable,
        "-m",
        "cs_agents.cli",
        "--data-dir",
        str(settings.data_dir),
        "worker",
        "--once",
    ]
    procs = [
        subprocess.Popen(
            [*command, "--as-of", AS_OF, "--name", name],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name in ("w1", "w2")
    ]
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert_each_draft_once_and_waiting(db)
    # Each job is reported finished by exactly one of the two processes.
    finished = Counter(
        key for out in outputs for key in re.findall(r"job \d+ (\S+): (?!started)", out, re.MULTILINE)
    )
    assert finished == dict.fromkeys(JOBS, 1), outputs


def test_two_worker_threads_with_engines_of_their_own_draft_everything_once(
    settings: Settings,
    product_dir: Path,  # noqa: F811 - the imported session fixture
) -> None:
    load_small_product(settings, product_dir)
    services = Services.build(settings)
    workers = []
    for name, db in zip(("t1", "t2"), two_workers(settings), strict=True):
        own = dataclasses.replace(services, db=db)
        workers.append(Worker(own, review_service(own), name, date.fromisoformat(AS_OF)))
    try:
        reports = run_at_once(*(w.run_pass for w in workers))
    finally:
        for w in workers:
            w.reviews.close()
    assert sorted(key for r in reports for key in r.done) == sorted(JOBS)
    assert [r.failed for r in reports] == [[], []]
    assert_each_draft_once_and_waiting(workers[0].db)


def event(account: str, name: str, day: str, n: int) -> tuple[int, Event]:
    properties = {"limit": "seats"} if name == "limit_reached" else {}
    ts = datetime.fromisoformat(f"{day}T10:00:00+00:00")
    return n, Event(
        event_id=f"e{n}", account_id=account, user_id="u1", name=name, timestamp=ts, properties=properties
    )


def test_new_events_mark_their_accounts_and_a_reaction_clears_only_what_it_saw(settings: Settings) -> None:
    db = two_workers(settings)[0]
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
