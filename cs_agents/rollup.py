"""The daily activity rollup (`activity_days`, `feature_days`, `user_days`, `feedback_days` in
cs_agents/db.py): what the lifecycle scan reads instead of the raw events.

`add_events` is called with the events a transaction has just inserted (records.insert_events, after
the unique key decided which are new), so the rollup changes with the events or not at all: a duplicate
adds nothing, an event of a past day adds to that day's rows. Each row is written with INSERT ... ON
CONFLICT DO UPDATE (counts add up; a day's feedback keeps its latest answer), atomic with any number of
writers; the rows go in key order, one lock order for every writer, so concurrent writers on PostgreSQL
do not deadlock. The migration that created the tables (0004) filled them from the events stored before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, inspect, or_
from sqlalchemy.orm import Session

from cs_agents.db import ActivityDayRow, Base, FeatureDayRow, FeedbackDayRow, UserDayRow, insert_for

# The event names counted in activity_days, by column.
NAMED_COUNTS = {
    "key_action": "key_actions",
    "limit_reached": "limits",
    "profile_completed": "profiles",
    "integration_connected": "integrations",
    "workspace_created": "workspaces",
}
FEEDBACK = ("nps_submitted", "csat_submitted")
_COUNTS = ("events", *NAMED_COUNTS.values())

Update = Callable[[Any, Any], dict[str, ColumnElement[Any]]]


def add_events(session: Session, events: Iterable[Mapping[str, Any]]) -> None:
    """Add new events (mappings with account_id, user_id, name, day, properties and, for feedback, ts)
    to the rollup."""
    days: dict[tuple[str, date], Counter[str]] = {}
    features: Counter[tuple[str, str, date]] = Counter()
    users: Counter[tuple[str, date, str]] = Counter()
    latest: dict[tuple[str, date, str], tuple[datetime, float]] = {}
    for ev in events:
        account, day, name = ev["account_id"], ev["day"], ev["name"]
        counts = days.get((account, day))
        if counts is None:
            counts = days[(account, day)] = Counter()
        counts["events"] += 1
        if name in NAMED_COUNTS:
            counts[NAMED_COUNTS[name]] += 1
        elif name == "feature_used":
            feature = ev["properties"].get("feature")
            if isinstance(feature, str):  # the event model requires it; a row without one names none
                features[(account, feature, day)] += 1
        elif name in FEEDBACK and (score := ev["properties"].get("score")) is not None:
            key, answer = (account, day, name), (ev["ts"], float(score))
            if key not in latest or answer > latest[key]:
                latest[key] = answer
        users[(account, day, ev["user_id"])] += 1
    _upsert(
        session,
        ActivityDayRow,
        [
            {"account_id": a, "day": d, **{c: counts[c] for c in _COUNTS}}
            for (a, d), counts in sorted(days.items())
        ],
        _added(_COUNTS),
    )
    _upsert(
        session,
        FeatureDayRow,
        [{"account_id": a, "feature": f, "day": d, "events": n} for (a, f, d), n in sorted(features.items())],
        _added(("events",)),
    )
    _upsert(
        session,
        UserDayRow,
        [{"account_id": a, "day": d, "user_id": u, "events": n} for (a, d, u), n in sorted(users.items())],
        _added(("events",)),
    )
    _upsert(
        session,
        FeedbackDayRow,
        [
            {"account_id": a, "day": d, "name": n, "ts": ts, "score": score}
            for (a, d, n), (ts, score) in sorted(latest.items())
        ],
        _later_answer,
    )


def _added(counts: Iterable[str]) -> Update:
    return lambda stored, new: {c: stored[c] + new[c] for c in counts}


def _later_answer(stored: Any, new: Any) -> dict[str, ColumnElement[Any]]:
    """The stored answer, unless the new one is later (or as late with a higher score, as the rules
    read two answers at the same instant)."""
    later = or_(new.ts > stored.ts, and_(new.ts == stored.ts, new.score > stored.score))
    return {c: case((later, new[c]), else_=stored[c]) for c in ("ts", "score")}


def _upsert(session: Session, model: type[Base], rows: list[dict[str, Any]], update: Update) -> None:
    if not rows:
        return
    table = model.__table__
    statement = insert_for(session)(table)
    keys = [column.name for column in inspect(model).primary_key]
    statement = statement.on_conflict_do_update(index_elements=keys, set_=update(table.c, statement.excluded))
    session.execute(statement, rows)
