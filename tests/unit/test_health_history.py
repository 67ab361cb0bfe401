"""Health history as data: a stored day reads back as the scan of that day, and an incremental refresh
(scanning only the accounts with something new) stores exactly what a full scan would."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import func, select

from agents import health_history
from agents.lifecycle import scan
from cs_agents.db import Database, HealthSnapshotRow
from cs_agents.models import Account, Event, Ticket
from cs_agents.records import insert_events, replace_feature_catalog, upsert_accounts, upsert_tickets
from tests.unit.test_lifecycle_rules import CATALOG, D, at

NAMES = ["login", "feature_used", "key_action", "profile_completed", "integration_connected", "limit_reached"]
FEATURES = ["dashboard", "reports", "timesheets", "api_access", "kiosk_mode"]


def _events(rng: random.Random, accounts: list[str], n: int, start: int, days: int = 70) -> list[Event]:
    out = []
    for i in range(start, start + n):
        name = rng.choice([*NAMES, "nps_submitted"])
        props: dict[str, object] = {}
        if name == "feature_used":
            props = {"feature": rng.choice(FEATURES)}
        elif name == "limit_reached":
            props = {"limit": "seats"}
        elif name == "integration_connected":
            props = {"integration": "slack"}
        elif name == "nps_submitted":
            props = {"score": rng.randint(0, 10)}
        out.append(
            Event(
                event_id=f"e-{i}",
                account_id=rng.choice(accounts),
                user_id=f"u{rng.randint(1, 4)}",
                name=name,
                timestamp=at(rng.randint(-1, days)),
                properties=props,
            )
        )
    return out


def _write(db: Database, accounts=(), events=(), tickets=()) -> None:
    with db.session() as s:
        replace_feature_catalog(s, CATALOG)
        upsert_accounts(s, list(enumerate(accounts, 1)))
        insert_events(s, list(enumerate(events, 1)))
        upsert_tickets(s, list(enumerate(tickets, 1)))


def _stored(db: Database) -> dict[str, dict]:
    with db.session() as s:
        rows = s.scalars(select(HealthSnapshotRow).where(HealthSnapshotRow.day == D))
        return {r.account_id: r.health for r in rows}


def _scanned(db: Database) -> dict[str, dict]:
    return {h.account_id: h.model_dump(mode="json") for h in scan(db, D)}


def _account(i: int, seats: int = 3, age: int = 120) -> Account:
    return Account(
        id=f"acc_{i:02d}", name=f"A{i}", plan="pro", seats=seats, signup_date=D - timedelta(days=age)
    )


def test_refresh_scans_only_what_changed_and_stores_what_a_full_scan_would(db: Database) -> None:
    rng = random.Random(3)
    accounts = [_account(i, seats=rng.randint(1, 8), age=rng.randint(5, 300)) for i in range(30)]
    ids = [a.id for a in accounts]
    _write(db, accounts, _events(rng, ids, 1500, 0))
    first = health_history.record(db, D)
    assert (first.full, first.accounts) == (True, 30)
    assert _stored(db) == _scanned(db)

    # Nothing new: nothing scanned.
    assert health_history.refresh(db, D).scanned == 0

    # A few new events of two accounts, including one after D (ignored) and an old one (counts "ever").
    new = _events(rng, ids[:2], 6, 10_000, days=3) + _events(rng, ids[:1], 1, 10_100, days=200)
    _write(db, events=new)
    done = health_history.refresh(db, D)
    assert done.full or done.scanned <= 2
    assert _stored(db) == _scanned(db)

    # A ticket, a changed seat count, a new account and more events: each reaches the stored day.
    _write(db, tickets=[Ticket(id="T-1", account_id=ids[5], body="help", created_at=at(1))])
    _write(db, accounts=[_account(7, seats=40, age=120), _account(99)])
    _write(db, events=_events(rng, [*ids, "acc_99"], 40, 20_000, days=20))
    health_history.refresh(db, D)
    assert _stored(db) == _scanned(db)
    with db.session() as s:
        assert s.scalar(select(func.count()).where(HealthSnapshotRow.day == D)) == 31


def test_a_re_run_overwrites_the_same_rows(db: Database) -> None:
    rng = random.Random(5)
    accounts = [_account(i) for i in range(5)]
    _write(db, accounts, _events(rng, [a.id for a in accounts], 200, 0))
    health_history.record(db, D)
    health_history.record(db, D)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(HealthSnapshotRow)) == 5
    stored = health_history.stored_day(db, D)
    assert stored is not None and stored.accounts == 5 and stored.metrics is not None
    page, total = health_history.attention(db, D, 0, 2)
    assert total == sum(h["risk_tier"] != "low" for h in _scanned(db).values())
    assert len(page) == min(2, total)
