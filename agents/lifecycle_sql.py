"""The SQL of the lifecycle engine (agents/lifecycle.py): aggregates grouped by account over the daily
activity rollup (cs_agents/rollup.py) and the tickets table; SQLAlchemy Core, the same statements on
SQLite and PostgreSQL. No statement reads the events table but for its newest id.

The rollup holds at most one row per account and day (`activity_days`), per account, feature and day
(`feature_days`) and per account, day and user (`user_days`), so a scan reads a number of rows bounded by
accounts x days, whatever the number of events. Three statements read it: `activity_query` (milestone
counts ever, active days and weeks, events, key actions and limits in the windows), `features_query`
(distinct features in L30 and P30, distinct basic / core / advanced features ever) and `users_query`
(distinct active users in L30); `feedback_query` reads `feedback_days` (each day's latest NPS and CSAT).

Each statement reads a *source*, rollup rows with the window bounds of their day D as columns: one
constant D for the scan (`scan_source`), or each account's own days D (signup + N) for the activation
cohorts of `cs_metrics` (`cohort_source`, from a temporary table joined on the account). One reading for
both, tested against the plain reading of the rules (tests/scale/test_lifecycle_random.py, on SQLite and
PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Date,
    FromClause,
    Integer,
    MetaData,
    Select,
    String,
    Subquery,
    Table,
    case,
    distinct,
    extract,
    func,
    literal,
    select,
)

from cs_agents.db import (
    AccountRow,
    ActivityDayRow,
    EventRow,
    FeatureDayRow,
    FeatureRow,
    FeedbackDayRow,
    TicketRow,
    UserDayRow,
)

E = EventRow.__table__.c
ACTIVITY_DAYS = ActivityDayRow.__table__
FEATURE_DAYS = FeatureDayRow.__table__
USER_DAYS = UserDayRow.__table__
FEEDBACK_DAYS = FeedbackDayRow.__table__
F = FEEDBACK_DAYS.c
A = ACTIVITY_DAYS.c
BOUNDS = ("cutoff", "l30", "p30", "w1", "w2", "w3", "w4")
# The integer columns of activity_query, features_query and users_query.
ACTIVITY = (
    "profiles",
    "key_actions",
    "integrations",
    "workspaces",
    "events_l30",
    "days_l30",
    "days_p30",
    "key_actions_l30",
    "limits_l30",
    "weeks_active",
)
FEATURES = ("features_l30", "features_p30", "basic_features", "core_features", "advanced_features")

# Per-account days D for cs_metrics' activation cohorts (one row per account and N).
COHORT_BOUNDS = Table(
    "lifecycle_cohort_bounds",
    MetaData(),
    Column("account_id", String(128), primary_key=True),
    Column("n", Integer, primary_key=True),
    *(Column(name, Date) for name in BOUNDS),
    prefixes=["TEMPORARY"],
)


@dataclass(frozen=True)
class Windows:
    """The windows of SPEC section 5 for a day D (every one includes its last day)."""

    d: date

    @property
    def l30_start(self) -> date:
        return self.d - timedelta(days=29)

    @property
    def p30_start(self) -> date:
        return self.d - timedelta(days=59)

    @property
    def n90_start(self) -> date:
        return self.d - timedelta(days=89)

    @property
    def week_starts(self) -> tuple[date, date, date, date]:
        """First days of the blocks D-6..D, D-13..D-7, D-20..D-14, D-27..D-21."""
        d = self.d
        return (d - timedelta(days=6), d - timedelta(days=13), d - timedelta(days=20), d - timedelta(days=27))

    def bounds(self) -> dict[str, date]:
        """The columns of an events source: D itself, the first days of L30 and P30 and of the 4 weeks."""
        return dict(zip(BOUNDS, (self.d, self.l30_start, self.p30_start, *self.week_starts), strict=True))


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


def scan_source(
    table: FromClause, windows: Windows, account_ids: Sequence[str] | None, start: date | None = None
) -> Subquery:
    """Rollup rows dated up to D (and from `start`) of the accounts asked, with D's bounds as constants."""
    bounds = [literal(value, Date()).label(name) for name, value in windows.bounds().items()]
    query = select(*table.c, *bounds).where(table.c.day <= windows.d)
    if start is not None:
        query = query.where(table.c.day >= start)
    if account_ids is not None:
        query = query.where(table.c.account_id.in_(account_ids))
    return query.subquery("src")


def cohort_source(table: FromClause, start: str | None = None) -> Subquery:
    """Rollup rows of each (account, N) of COHORT_BOUNDS up to its own day (and from its bound `start`),
    with that day's bounds."""
    t = COHORT_BOUNDS.c
    query = (
        select(*table.c, t.n, *(t[name] for name in BOUNDS))
        .select_from(table.join(COHORT_BOUNDS, t.account_id == table.c.account_id))
        .where(table.c.day <= t.cutoff)
    )
    if start is not None:
        query = query.where(table.c.day >= t[start])
    return query.subquery("src")


def activity_query(src: Subquery, keys: Sequence[str]) -> Select[Any]:
    """Over `activity_days` (one row per active day): milestone counts ever (up to D), activity in L30 and
    P30, the number of active weeks of the 4, the last event day and the last limit_reached day."""
    c = src.c
    in_l30 = c.day >= c.l30
    in_p30 = (c.day >= c.p30) & (c.day < c.l30)
    weeks = [
        c.day >= c.w1,
        (c.day >= c.w2) & (c.day < c.w1),
        (c.day >= c.w3) & (c.day < c.w2),
        (c.day >= c.w4) & (c.day < c.w3),
    ]
    weeks_active = sum((func.max(_flag(w)) for w in weeks[1:]), func.max(_flag(weeks[0])))
    group = [c[k] for k in keys]
    return select(
        *group,
        func.sum(c.profiles).label("profiles"),
        func.sum(c.key_actions).label("key_actions"),
        func.sum(c.integrations).label("integrations"),
        func.sum(c.workspaces).label("workspaces"),
        func.sum(case((in_l30, c.events), else_=0)).label("events_l30"),
        func.sum(_flag(in_l30)).label("days_l30"),
        func.sum(_flag(in_p30)).label("days_p30"),
        func.sum(case((in_l30, c.key_actions), else_=0)).label("key_actions_l30"),
        func.sum(case((in_l30, c.limits), else_=0)).label("limits_l30"),
        weeks_active.label("weeks_active"),
        func.max(c.day).label("last_event_day"),
        func.max(case((c.limits > 0, c.day))).label("last_limit_day"),
    ).group_by(*group)


def users_query(src: Subquery, keys: Sequence[str]) -> Select[Any]:
    """Over `user_days`: distinct active users in L30."""
    c = src.c
    group = [c[k] for k in keys]
    return (
        select(*group, func.count(distinct(c.user_id)).label("users_l30"))
        .where(c.day >= c.l30)
        .group_by(*group)
    )


def features_query(src: Subquery, keys: Sequence[str]) -> Select[Any]:
    """Over `feature_days`: distinct features in L30 and P30, and distinct basic / core / advanced features
    ever (up to D). A feature missing from the catalog is basic (SPEC section 4)."""
    c = src.c
    group = [c[k] for k in keys]
    per_feature = (
        select(
            *group,
            c.feature,
            func.max(_flag(c.day >= c.l30)).label("in_l30"),
            func.max(_flag((c.day >= c.p30) & (c.day < c.l30))).label("in_p30"),
        )
        .group_by(*group, c.feature)
        .subquery("feat")
    )
    f = per_feature.c
    tier = func.coalesce(FeatureRow.tier, "basic")
    outer = [f[k] for k in keys]
    return (
        select(
            *outer,
            func.sum(f.in_l30).label("features_l30"),
            func.sum(f.in_p30).label("features_p30"),
            func.sum(_flag(tier == "basic")).label("basic_features"),
            func.sum(_flag(tier == "core")).label("core_features"),
            func.sum(_flag(tier == "advanced")).label("advanced_features"),
        )
        .select_from(per_feature.outerjoin(FeatureRow, FeatureRow.feature == f.feature))
        .group_by(*outer)
    )


def feedback_query(windows: Windows, account_ids: Sequence[str] | None) -> Select[Any]:
    """The latest NPS and the latest CSAT answer dated D-89 .. D of each account (account_id, name, score,
    day), over `feedback_days` (each day's latest answer); two answers at the same instant: the higher
    score."""
    ranked = select(
        F.account_id,
        F.name,
        F.day,
        F.score,
        func.row_number()
        .over(partition_by=(F.account_id, F.name), order_by=(F.ts.desc(), F.score.desc()))
        .label("rank"),
    ).where(F.day >= windows.n90_start, F.day <= windows.d)
    if account_ids is not None:
        ranked = ranked.where(F.account_id.in_(account_ids))
    sub = ranked.subquery("fb")
    return select(sub.c.account_id, sub.c.name, sub.c.score, sub.c.day).where(sub.c.rank == 1)


def tickets_query(windows: Windows, account_ids: Sequence[str] | None) -> Select[Any]:
    """Tickets per account by the UTC day of created_at: in L30 and in P30 (none without an account)."""
    t = TicketRow.__table__.c
    start = datetime.combine(windows.p30_start, time(), UTC)
    l30 = datetime.combine(windows.l30_start, time(), UTC)
    end = datetime.combine(windows.d + timedelta(days=1), time(), UTC)
    query = (
        select(
            t.account_id,
            func.sum(_flag(t.created_at >= l30)).label("tickets_l30"),
            func.sum(_flag(t.created_at < l30)).label("tickets_p30"),
        )
        .where(t.account_id.is_not(None), t.created_at >= start, t.created_at < end)
        .group_by(t.account_id)
    )
    if account_ids is not None:
        query = query.where(t.account_id.in_(account_ids))
    return query


def key_actions_l30_query(windows: Windows) -> Select[Any]:
    """Key actions in L30 of every account that has any (for the top quartile of a partial scan)."""
    return (
        select(A.account_id, func.sum(A.key_actions).label("key_actions_l30"))
        .where(
            A.key_actions > 0,
            A.day >= windows.l30_start,
            A.day <= windows.d,
            A.account_id.in_(select(AccountRow.id)),
        )
        .group_by(A.account_id)
    )


def key_actions_marks_query(windows: Windows) -> Select[Any]:
    """What the top quartile of key actions depends on, cheaply: how many key actions L30 holds and the
    newest event id (the key of a cached threshold; an account change moves the accounts' revision)."""
    in_l30 = select(func.coalesce(func.sum(A.key_actions), 0)).where(
        A.day >= windows.l30_start, A.day <= windows.d
    )
    return select(in_l30.scalar_subquery().label("key_actions"), select(func.max(E.id)).scalar_subquery())


def accounts_query(account_ids: Sequence[str] | None) -> Select[Any]:
    a = AccountRow.__table__.c
    query = select(a.id, a.seats, a.signup_date).order_by(a.id)
    if account_ids is not None:
        query = query.where(a.id.in_(account_ids))
    return query


def active_months_query(as_of: date) -> Select[Any]:
    """Distinct (account_id, month) with an event up to D; month = year * 12 + month - 1."""
    month = extract("year", A.day) * 12 + extract("month", A.day) - 1
    return select(A.account_id, month.label("month")).where(A.day <= as_of).distinct()
