"""The lifecycle scan against the plain reading of SPEC section 5 (scripts/check_sample_personas.py, no
SQL, no numpy) on random products, on SQLite and PostgreSQL: every account's tier and every number the
rules read, the top quartile, a scan of a few accounts, and the per-account-day statements the activation
cohorts use (agents/lifecycle_sql.py: the same statements over cohort sources). The events are loaded in
pieces in random order, some twice, and the daily rollup they keep must equal the one counted from the
list of events."""

from __future__ import annotations

import random
import sys
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from agents import lifecycle_sql
from agents.lifecycle import scan
from agents.lifecycle_sql import (
    ACTIVITY,
    ACTIVITY_DAYS,
    COHORT_BOUNDS,
    FEATURE_DAYS,
    FEEDBACK_DAYS,
    USER_DAYS,
    Windows,
    activity_query,
    cohort_source,
    features_query,
    users_query,
)
from cs_agents import rollup
from cs_agents.db import Database
from cs_agents.models import Account, Event, Ticket
from cs_agents.records import insert_events, replace_feature_catalog, upsert_accounts, upsert_tickets

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from check_sample_personas import compute  # noqa: E402

D = date(2026, 11, 15)
CATALOG = {"dashboard": "basic", "reports": "core", "timesheets": "core", "swaps": "core", "api": "advanced"}
FEATURES = [*CATALOG, "kiosk", "geofence"]  # the last two are not in the catalog: basic
NAMES = [
    "login",
    "feature_used",
    "key_action",
    "profile_completed",
    "integration_connected",
    "workspace_created",
    "limit_reached",
    "nps_submitted",
    "csat_submitted",
]
WEIGHTS = [30, 30, 20, 3, 3, 3, 3, 4, 4]


def _product(seed: int) -> tuple[list[Account], list[Event], list[Ticket]]:
    rng = random.Random(seed)
    accounts = [
        Account(
            id=f"acc_{i:03d}",
            name=f"Company {i}",
            plan="pro",
            seats=rng.randint(1, 12),
            signup_date=D - timedelta(days=rng.choice([-3, 0, 5, 8, 14, 29, 30, 31, 90, 364, 365, 400])),
        )
        for i in range(rng.randint(8, 30))
    ]
    events = []
    for n in range(rng.randint(200, 900)):
        account = rng.choice(accounts[: len(accounts) - 2])  # the last two accounts never have an event
        name = rng.choices(NAMES, WEIGHTS)[0]
        props: dict[str, Any] = {}
        if name == "feature_used":
            props = {"feature": rng.choice(FEATURES)}
        elif name == "nps_submitted":
            props = {"score": rng.randint(0, 10)}
        elif name == "csat_submitted":
            props = {"score": rng.randint(1, 5)}
        elif name == "limit_reached":
            props = {"limit": "seats"}
        elif name == "integration_connected":
            props = {"integration": "slack"}
        # around the window edges more often, and sometimes at a time whose UTC day is another one
        ago = rng.choice(
            [rng.randint(-2, 120), rng.choice([0, 6, 7, 13, 14, 20, 21, 27, 28, 29, 30, 59, 60, 89, 90])]
        )
        zone = timezone(timedelta(hours=rng.choice([0, 0, 5, -7])))
        clock = time(rng.choice([0, 3, 12, 22, 23]), rng.randint(0, 59), tzinfo=zone)
        stamp = datetime.combine(D - timedelta(days=ago), clock)
        events.append(
            Event(
                event_id=f"e-{n}",
                account_id=account.id,
                user_id=f"u{rng.randint(1, 5)}",
                name=name,
                timestamp=stamp,
                properties=props,
            )
        )
    tickets = [
        Ticket(
            id=f"T-{n}",
            account_id=rng.choice([None, *(a.id for a in accounts)]),
            body="help",
            created_at=rng.choice(
                [None, datetime.combine(D - timedelta(days=rng.randint(-2, 65)), time(12), UTC)]
            ),
        )
        for n in range(rng.randint(0, 60))
    ]
    return accounts, events, tickets


def _plain(
    accounts: list[Account], events: list[Event], tickets: list[Ticket]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The files' rows as check_sample_personas reads them."""
    return compute(
        [{"id": a.id, "signup_date": a.signup_date.isoformat(), "seats": a.seats} for a in accounts],
        [
            {
                "account_id": e.account_id,
                "user_id": e.user_id,
                "name": e.name,
                "timestamp": e.timestamp.astimezone(UTC).isoformat(),
                "properties": e.properties,
            }
            for e in events
        ],
        [
            {"account_id": t.account_id, "created_at": t.created_at.isoformat() if t.created_at else None}
            for t in tickets
        ],
        CATALOG,
        D,
    )


@pytest.mark.parametrize("seed", range(6))
def test_the_scan_reads_every_number_as_the_plain_reading_does(db: Database, seed: int) -> None:
    accounts, events, tickets = _product(seed)
    with db.session() as s:
        replace_feature_catalog(s, CATALOG)
        upsert_accounts(s, list(enumerate(accounts, 1)))
        upsert_tickets(s, list(enumerate(tickets, 1)))
    _load_in_pieces(db, events, seed)
    assert _rollup(db) == _plain_rollup(events)
    results, numbers = _plain(accounts, events, tickets)
    scanned = {h.account_id: h for h in scan(db, D)}
    assert sorted(scanned) == sorted(results)
    for account_id, want in numbers.items():
        if account_id == "_threshold":
            continue
        h, m = scanned[account_id], scanned[account_id].metrics
        got = {
            "age": h.age_days,
            "seats": m["seats"],
            "weeks": m["weeks_active_of_last_4"],
            "users_l30": m["active_users_l30"],
            "days_p30": m["active_days_p30"],
            "days_l30": m["active_days_l30"],
            "feats_p30": m["features_p30"],
            "feats_l30": m["features_l30"],
            "tickets_p30": m["tickets_p30"],
            "tickets_l30": m["tickets_l30"],
            "nps": m["latest_nps_90d"],
            "csat": m["latest_csat_90d"],
            "ka_l30": m["key_actions_l30"],
            "core_ever": m["core_features"],
            "workspaces": m["workspaces"],
        }
        assert got == want, account_id
        assert h.activation_tier == results[account_id]["tier"], account_id
        mine = [e for e in events if e.account_id == account_id and e.timestamp.astimezone(UTC).date() <= D]
        last = max((e.timestamp.astimezone(UTC).date() for e in mine), default=None)
        assert m["last_event_day"] == (last.isoformat() if last else None)
        l30 = [e for e in mine if e.timestamp.astimezone(UTC).date() >= D - timedelta(days=29)]
        assert m["events_l30"] == len(l30)
        assert m["limits_reached_l30"] == sum(e.name == "limit_reached" for e in l30)
    threshold = numbers["_threshold"]["threshold"]
    assert {h.metrics["key_actions_l30_top_quartile"] for h in scanned.values()} == {threshold}

    # a scan of a few accounts says what the full scan says of them (the quartile still over all)
    some = sorted(scanned)[::3]
    assert {h.account_id: h for h in scan(db, D, some)} == {a: scanned[a] for a in some}

    # the activation cohorts' sources (each account at its own day, here D for all) count what the scan's do
    assert _cohort_numbers(db, [a.id for a in accounts]) == {
        a: {k: scanned[a].metrics[k] for k in COHORT_METRICS.values()} for a in scanned
    }


def _load_in_pieces(db: Database, events: list[Event], seed: int) -> None:
    """The events in random order (so days arrive late, after later days), a few loads each in its own
    transaction, then a third of them loaded again (duplicates the rollup must not count)."""
    rng = random.Random(seed + 100)
    shuffled = rng.sample(events, len(events))
    cuts = sorted(rng.sample(range(1, len(events)), 3))
    again = rng.sample(events, len(events) // 3)
    for piece in (*(shuffled[a:b] for a, b in zip([0, *cuts], [*cuts, None], strict=True)), again):
        with db.session() as s:
            insert_events(s, list(enumerate(piece, 1)))


def _rollup(db: Database) -> dict[str, set[tuple[Any, ...]]]:
    with db.engine.connect() as conn:
        return {
            t.name: {tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))}
            for t in (ACTIVITY_DAYS, FEATURE_DAYS, USER_DAYS, FEEDBACK_DAYS)
        }


def _plain_rollup(events: list[Event]) -> dict[str, set[tuple[Any, ...]]]:
    """The rollup counted from the events' list, each event once."""
    days: Counter[tuple[str, date, str]] = Counter()
    features: Counter[tuple[str, str, date]] = Counter()
    users: Counter[tuple[str, date, str]] = Counter()
    latest: dict[tuple[str, date, str], tuple[datetime, float]] = {}
    for e in events:
        day = e.timestamp.astimezone(UTC).date()
        for column, name in (("events", None), *((c, n) for n, c in rollup.NAMED_COUNTS.items())):
            days[(e.account_id, day, column)] += name is None or e.name == name
        if e.name == "feature_used":
            features[(e.account_id, e.properties["feature"], day)] += 1
        users[(e.account_id, day, e.user_id)] += 1
        if e.name in rollup.FEEDBACK:  # the day's latest answer; at the same instant the higher score
            key, answer = (
                (e.account_id, day, e.name),
                (e.timestamp.astimezone(UTC), float(e.properties["score"])),
            )
            latest[key] = max(latest.get(key, answer), answer)
    columns = ("events", "key_actions", "limits", "profiles", "integrations", "workspaces")
    return {
        "activity_days": {(a, d, *(days[(a, d, c)] for c in columns)) for a, d, _ in days},
        "feature_days": {(*k, n) for k, n in features.items()},
        "user_days": {(*k, n) for k, n in users.items()},
        "feedback_days": {(*k, *answer) for k, answer in latest.items()},
    }


# The columns of the cohorts' statements and the scan's metric of each.
COHORT_METRICS = {
    "events_l30": "events_l30",
    "days_l30": "active_days_l30",
    "days_p30": "active_days_p30",
    "users_l30": "active_users_l30",
    "key_actions_l30": "key_actions_l30",
    "limits_l30": "limits_reached_l30",
    "weeks_active": "weeks_active_of_last_4",
    "key_actions": "key_actions",
    "integrations": "integrations",
    "workspaces": "workspaces",
    "features_l30": "features_l30",
    "features_p30": "features_p30",
    "basic_features": "basic_features",
    "core_features": "core_features",
    "advanced_features": "advanced_features",
}


def _cohort_numbers(db: Database, account_ids: list[str]) -> dict[str, dict[str, int]]:
    """What activity_query, users_query and features_query read over cohort sources with D for every
    account, by the scan's metric names."""
    assert set(COHORT_METRICS) | {"profiles"} == {*ACTIVITY, "users_l30", *lifecycle_sql.FEATURES}
    out = {a: dict.fromkeys(COHORT_METRICS.values(), 0) for a in account_ids}
    with db.engine.begin() as conn:
        COHORT_BOUNDS.create(conn)
        conn.execute(
            insert(COHORT_BOUNDS), [{"account_id": a, "n": 0, **Windows(D).bounds()} for a in account_ids]
        )
        group = ["account_id", "n"]
        for statement in (
            activity_query(cohort_source(ACTIVITY_DAYS), group),
            users_query(cohort_source(USER_DAYS, "l30"), group),
            features_query(cohort_source(FEATURE_DAYS), group),
        ):
            for r in conn.execute(statement):
                for column, metric in COHORT_METRICS.items():
                    if column in r._fields:
                        out[r.account_id][metric] = int(getattr(r, column) or 0)
        COHORT_BOUNDS.drop(conn)
    return out
