"""The daily activity rollup (`activity_days`, `feature_days`, `user_days` in cs_agents/db.py): what the
lifecycle scan reads instead of the raw events.

`add_events` is called with the events a transaction has just inserted (records.insert_events, after
the unique key decided which are new), so the rollup changes with the events or not at all: a duplicate
adds nothing, an event of a past day adds to that day's rows. Each row is added with INSERT ... ON
CONFLICT DO UPDATE (count + new count), atomic with any number of writers; the rows go in key order, one
lock order for every writer, so concurrent writers on PostgreSQL do not deadlock. The migration that
created the tables (0004) filled them from the events stored before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from cs_agents.db import ActivityDayRow, Base, FeatureDayRow, UserDayRow, insert_for

# The event names counted in activity_days, by column.
NAMED_COUNTS = {
    "key_action": "key_actions",
    "limit_reached": "limits",
    "profile_completed": "profiles",
    "integration_connected": "integrations",
    "workspace_created": "workspaces",
}
_COUNTS = ("events", *NAMED_COUNTS.values())


def add_events(session: Session, events: Iterable[Mapping[str, Any]]) -> None:
    """Add new events (mappings with account_id, user_id, name, day and properties) to the rollup."""
    days: dict[tuple[str, date], Counter[str]] = {}
    features: Counter[tuple[str, str, date]] = Counter()
    users: Counter[tuple[str, date, str]] = Counter()
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
        users[(account, day, ev["user_id"])] += 1
    _upsert(
        session,
        ActivityDayRow,
        [
            {"account_id": a, "day": d, **{c: counts[c] for c in _COUNTS}}
            for (a, d), counts in sorted(days.items())
        ],
        _COUNTS,
    )
    _upsert(
        session,
        FeatureDayRow,
        [{"account_id": a, "feature": f, "day": d, "events": n} for (a, f, d), n in sorted(features.items())],
        ("events",),
    )
    _upsert(
        session,
        UserDayRow,
        [{"account_id": a, "day": d, "user_id": u, "events": n} for (a, d, u), n in sorted(users.items())],
        ("events",),
    )


def _upsert(session: Session, model: type[Base], rows: list[dict[str, Any]], counts: Iterable[str]) -> None:
    if not rows:
        return
    table = model.__table__
    statement = insert_for(session)(table)
    keys = [column.name for column in inspect(model).primary_key]
    statement = statement.on_conflict_do_update(
        index_elements=keys, set_={c: table.c[c] + statement.excluded[c] for c in counts}
    )
    session.execute(statement, rows)
