"""What the health dashboard shows: the stored health history (agents/health_history.py) arranged for
charts.

A day is scanned once and stored; a later view reads its rows after an incremental refresh (only the
accounts with something new are scanned again), and the trend reads the stored means of the weekly days
(a weekly day not stored yet is scanned once, then stored). Built dashboards are also kept for a short
while per day and shared by every reviewer looking at the same day.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from statistics import mean
from typing import Any

from sqlalchemy import func, select

from agents import health_history, lifecycle
from agents.observability import AccountHealth
from cs_agents.db import AccountRow, ActivityDayRow, Database

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
ATTENTION_PAGE = 100


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
    attention_total: int = 0  # accounts at high or medium risk (`attention` is one page of them)
    page: int = 1
    pages: int = 1
    scanned_at: datetime | None = None  # the stored day's last scan
    metrics_at: datetime | None = None  # its last full scan: the funnel and retention are from then


def default_as_of(db: Database) -> date:
    """Today, or the latest product event's day when the data stops earlier (a loaded sample, a lagging
    feed): scoring after the data ends would make every account look dormant."""
    today = datetime.now(UTC).date()
    with db.session() as session:
        latest = session.execute(select(func.max(ActivityDayRow.day))).scalar()  # the rollup: small
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
    """Mean health score of the accounts signed up by each weekly day, oldest first (stored days are read;
    for all accounts a missing day is scanned once and stored, for one account it is scanned)."""
    days = weekly_days(as_of)
    if account_ids is None:
        means = health_history.mean_health(db, days)
        for day in (d for d in days if d not in means):
            health_history.record(db, day, metrics=False)
        means = health_history.mean_health(db, days)
        return [(d.strftime("%d %b"), means[d]) for d in days if d in means]
    points = []
    stored = health_history.account_scores(db, account_ids[0], days) if len(account_ids) == 1 else {}
    for day in days:
        if day in stored:
            points.append((day.strftime("%d %b"), float(stored[day])))
            continue
        scores = [h.health_score for h in lifecycle.scan(db, day, account_ids) if h.age_days >= 0]
        if scores:
            points.append((day.strftime("%d %b"), float(mean(scores))))
    return points


def build(db: Database, as_of: date, page: int = 1) -> Dashboard:
    known = health_history.stored_day(db, as_of)
    if known is None or known.metrics is None:
        health_history.record(db, as_of)
    else:
        health_history.refresh(db, as_of)
    known = health_history.stored_day(db, as_of)
    assert known is not None and known.metrics is not None  # just stored
    metrics = known.metrics
    counts = health_history.counts(db, as_of)
    lines, total = health_history.attention(db, as_of, (page - 1) * ATTENTION_PAGE, ATTENTION_PAGE)
    return Dashboard(
        as_of=as_of,
        accounts=known.accounts,
        risk={tier: counts["risk"].get(tier, 0) for tier in ("high", "medium", "low")},
        funnel=[(FUNNEL_LABELS.get(s["step"], s["step"]), s["accounts"]) for s in metrics["funnel"]],
        plays={
            p: counts["plays"].get(p, 0)
            for p in ("intervention", "engagement", "expansion", "advocacy", "none")
        },
        retention=metrics["retention"],
        attention=[AccountLine(h, name) for h, name in lines],
        trend=health_trend(db, as_of),
        attention_total=total,
        page=page,
        pages=max(1, -(-total // ATTENTION_PAGE)),
        scanned_at=known.scanned_at,
        metrics_at=known.full_scan_at,
    )


class DashboardCache:
    """Dashboards by day for CACHE_SECONDS; one build at a time, so a burst of page loads scans once."""

    def __init__(self, ttl_s: float = CACHE_SECONDS) -> None:
        self.ttl_s = ttl_s
        self._lock = threading.Lock()
        self._items: dict[tuple[date, int], tuple[float, Dashboard]] = {}

    def get(self, db: Database, as_of: date, page: int = 1) -> Dashboard:
        with self._lock:
            now = time.monotonic()
            cached = self._items.get((as_of, page))
            if cached and now - cached[0] < self.ttl_s:
                return cached[1]
            board = build(db, as_of, page)
            self._items = {d: v for d, v in self._items.items() if now - v[0] < self.ttl_s}
            self._items[(as_of, page)] = (now, board)
            return board
