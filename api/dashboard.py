"""What the health dashboard shows: the lifecycle scan (agents.lifecycle) arranged for charts.

A dashboard costs one scan plus one per trend point (~0.1 s each on the sample product), so results are
kept for a short while per (as_of, accounts) and shared by every reviewer looking at the same day.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from statistics import mean
from typing import Any

from sqlalchemy import func, select

from agents import lifecycle
from agents.observability import AccountHealth
from cs_agents.db import AccountRow, Database, EventRow
from graph.retention import RISK_ORDER

RISK_COLOURS = {"high": "#c0392b", "medium": "#e08e0b", "low": "#2e8b57"}
FUNNEL_LABELS = {
    "signed_up": "Signed up",
    "profile_completed": "Profile completed",
    "first_key_action": "First key action",
    "tier_1": "Activation tier 1",
    "tier_2": "Activation tier 2",
    "tier_3": "Activation tier 3",
}
TREND_WEEKS = 8
CACHE_SECONDS = 60.0


@dataclass(frozen=True)
class AccountLine:
    health: AccountHealth
    name: str


@dataclass
class Dashboard:
    as_of: date
    accounts: int
    risk: dict[str, int]
    funnel: list[tuple[str, int]]
    plays: dict[str, int]
    retention: list[dict[str, Any]]
    attention: list[AccountLine] = field(default_factory=list)  # high risk first, least healthy first
    trend: list[tuple[str, float]] = field(default_factory=list)  # (week label, mean health score)


def default_as_of(db: Database) -> date:
    """Today, or the latest product event's day when the data stops earlier (a loaded sample, a lagging
    feed): scoring after the data ends would make every account look dormant."""
    today = datetime.now(UTC).date()
    with db.session() as session:
        latest = session.execute(select(func.max(EventRow.day))).scalar()
    return min(today, latest) if latest else today


def account_names(db: Database, ids: list[str] | None = None) -> dict[str, str]:
    query = select(AccountRow.id, AccountRow.name)
    if ids is not None:
        query = query.where(AccountRow.id.in_(ids))
    with db.session() as session:
        return {row.id: row.name for row in session.execute(query)}


def weekly_days(as_of: date, weeks: int = TREND_WEEKS) -> list[date]:
    return [as_of - timedelta(weeks=w) for w in range(weeks - 1, -1, -1)]


def health_trend(db: Database, as_of: date, account_ids: list[str] | None = None) -> list[tuple[str, float]]:
    """Mean health score of the accounts signed up by each weekly day, oldest first."""
    points = []
    for day in weekly_days(as_of):
        scores = [h.health_score for h in lifecycle.scan(db, day, account_ids) if h.age_days >= 0]
        if scores:
            points.append((day.strftime("%d %b"), float(mean(scores))))
    return points


def build(db: Database, as_of: date) -> Dashboard:
    healths = lifecycle.scan(db, as_of)
    metrics = lifecycle.cs_metrics(db, as_of, healths)
    names = account_names(db)
    attention = sorted(
        (h for h in healths if h.risk_tier != "low"),
        key=lambda h: (RISK_ORDER[h.risk_tier], h.health_score, h.account_id),
    )
    return Dashboard(
        as_of=as_of,
        accounts=metrics["accounts"],
        risk=metrics["risk"],
        funnel=[(FUNNEL_LABELS.get(s["step"], s["step"]), s["accounts"]) for s in metrics["funnel"]],
        plays=metrics["plays"],
        retention=metrics["retention"],
        attention=[AccountLine(h, names.get(h.account_id, h.account_id)) for h in attention],
        trend=health_trend(db, as_of),
    )


class DashboardCache:
    """Dashboards by day for CACHE_SECONDS; one build at a time, so a burst of page loads scans once."""

    def __init__(self, ttl_s: float = CACHE_SECONDS) -> None:
        self.ttl_s = ttl_s
        self._lock = threading.Lock()
        self._items: dict[date, tuple[float, Dashboard]] = {}

    def get(self, db: Database, as_of: date) -> Dashboard:
        with self._lock:
            now = time.monotonic()
            cached = self._items.get(as_of)
            if cached and now - cached[0] < self.ttl_s:
                return cached[1]
            board = build(db, as_of)
            self._items = {d: v for d, v in self._items.items() if now - v[0] < self.ttl_s}
            self._items[as_of] = (now, board)
            return board
