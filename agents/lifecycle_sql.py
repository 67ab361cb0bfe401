"""The SQL of the lifecycle engine (agents/lifecycle.py): aggregates grouped by account over the events
and tickets tables, SQLAlchemy Core, the same statements on SQLite and PostgreSQL.

The scan reads one grouped statement per measure, each shaped so that the database walks an index of
events in order with few expressions per event (on SQLite the cost of a full scan is mostly the expressions
evaluated per row): milestone counts ever (`milestones_query`), active days and weeks (`active_days_query`,
per (account, day) first, then per account), key actions and limits in L30 (`window_counts_query`, through
the name index), active users in L30 (`users_query`), features (`features_query`), feedback and tickets.

The activation cohorts of `cs_metrics` need every account at its own day D (signup + N days, from a
temporary table joined on the account): `activity_query` and `features_query` read an events *source*, a
subquery of events that carries the window bounds of its D as columns. Bounds as columns cost a sort per
statement, which is why the scan, where D is one constant, has its own activity statements; the equality
of both readings is tested (tests/scale/test_lifecycle_random.py, on SQLite and PostgreSQL).
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

from cs_agents.db import AccountRow, EventRow, FeatureRow, TicketRow

E = EventRow.__table__.c
BOUNDS = ("cutoff", "l30", "p30", "w1", "w2", "w3", "w4")
# The integer columns of activity_query and features_query.
ACTIVITY = (
    "profiles",
    "key_actions",
    "integrations",
    "workspaces",
    "events_l30",
    "days_l30",
    "days_p30",
    "users_l30",
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


def _unindexed(column: ColumnElement[str]) -> ColumnElement[str]:
    """The same text as an expression: SQLite then groups a full table scan with a sort instead of walking
    the (account_id, day) index with one random row read per event, about 3x slower at a million events."""
    return column + ""


def events_source(windows: Windows, account_ids: Sequence[str] | None) -> Subquery:
    """Events up to D, with D's window bounds as constant columns."""
    bounds = [literal(value, Date()).label(name) for name, value in windows.bounds().items()]
    query = select(
        _unindexed(E.account_id).label("account_id"),
        E.user_id,
        E.name,
        E.day,
        E.properties["feature"].as_string().label("feature"),
        *bounds,
    ).where(E.day <= windows.d)
    if account_ids is not None:
        query = query.where(E.account_id.in_(account_ids))
    return query.subquery("ev")


def cohort_source() -> Subquery:
    """Events of each (account, N) of COHORT_BOUNDS up to its own day, with that day's bounds."""
    t = COHORT_BOUNDS.c
    return (
        select(
            E.account_id,
            t.n,
            E.user_id,
            E.name,
            E.day,
            E.properties["feature"].as_string().label("feature"),
            *(t[name] for name in BOUNDS),
        )
        .select_from(EventRow.__table__.join(COHORT_BOUNDS, t.account_id == E.account_id))
        .where(E.day <= t.cutoff)
        .subquery("ev")
    )


def activity_query(src: Subquery, keys: Sequence[str]) -> Select[Any]:
    """Milestone counts (ever, up to D), activity in L30 / P30 and the number of active weeks of the 4."""
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
        func.sum(_flag(c.name == "profile_completed")).label("profiles"),
        func.sum(_flag(c.name == "key_action")).label("key_actions"),
        func.sum(_flag(c.name == "integration_connected")).label("integrations"),
        func.sum(_flag(c.name == "workspace_created")).label("workspaces"),
        func.sum(_flag(in_l30)).label("events_l30"),
        func.count(distinct(case((in_l30, c.day)))).label("days_l30"),
        func.count(distinct(case((in_p30, c.day)))).label("days_p30"),
        func.count(distinct(case((in_l30, c.user_id)))).label("users_l30"),
        func.sum(_flag(in_l30 & (c.name == "key_action"))).label("key_actions_l30"),
        func.sum(_flag(in_l30 & (c.name == "limit_reached"))).label("limits_l30"),
        weeks_active.label("weeks_active"),
        func.max(c.day).label("last_event_day"),
        func.max(case((c.name == "limit_reached", c.day))).label("last_limit_day"),
    ).group_by(*group)


def features_query(src: Subquery, keys: Sequence[str]) -> Select[Any]:
    """Distinct features in L30 and P30, and distinct basic / core / advanced features ever (up to D).
    A feature missing from the catalog is basic (SPEC section 4)."""
    c = src.c
    group = [c[k] for k in keys]
    per_feature = (
        select(
            *group,
            c.feature,
            func.max(_flag(c.day >= c.l30)).label("in_l30"),
            func.max(_flag((c.day >= c.p30) & (c.day < c.l30))).label("in_p30"),
        )
        .where(_unindexed(c.name) == "feature_used")  # by account (a partial scan), not by name
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
    day); two answers at the same instant: the higher score."""
    score = E.properties["score"].as_float()
    ranked = select(
        E.account_id,
        E.name,
        E.day,
        score.label("score"),
        func.row_number()
        .over(partition_by=(E.account_id, E.name), order_by=(E.ts.desc(), score.desc()))
        .label("rank"),
    ).where(
        E.name.in_(("nps_submitted", "csat_submitted")),
        E.day >= windows.n90_start,
        E.day <= windows.d,
    )
    if account_ids is not None:
        ranked = ranked.where(E.account_id.in_(account_ids))
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
        select(E.account_id, func.count().label("key_actions_l30"))
        .where(
            E.name == "key_action",
            E.day >= windows.l30_start,
            E.day <= windows.d,
            E.account_id.in_(select(AccountRow.id)),
        )
        .group_by(E.account_id)
    )


def _events_up_to(windows: Windows, account_ids: Sequence[str] | None, start: date | None = None) -> Any:
    """The WHERE clause of a scan statement: events dated up to D (and from `start`) of the accounts asked."""
    conditions = [E.day <= windows.d]
    if start is not None:
        conditions.append(E.day >= start)
    if account_ids is not None:
        conditions.append(E.account_id.in_(account_ids))
    return conditions


def milestones_query(windows: Windows, account_ids: Sequence[str] | None) -> Select[Any]:
    """Milestone counts ever (up to D), the last event day and the last limit_reached day."""
    return (
        select(
            E.account_id,
            func.sum(_flag(E.name == "profile_completed")).label("profiles"),
            func.sum(_flag(E.name == "key_action")).label("key_actions"),
            func.sum(_flag(E.name == "integration_connected")).label("integrations"),
            func.sum(_flag(E.name == "workspace_created")).label("workspaces"),
            func.max(E.day).label("last_event_day"),
            func.max(case((E.name == "limit_reached", E.day))).label("last_limit_day"),
        )
        .where(*_events_up_to(windows, account_ids))
        .group_by(E.account_id)
    )


def active_days_query(windows: Windows, account_ids: Sequence[str] | None) -> Select[Any]:
    """Active days in L30 and P30, events in L30 and active weeks of the 4: the events of P30 and L30
    grouped by (account, day) in index order, then the days grouped by account."""
    per_day = (
        select(E.account_id, E.day, func.count().label("events"))
        .where(*_events_up_to(windows, account_ids, windows.p30_start))
        .group_by(E.account_id, E.day)
        .subquery("days")
    )
    c = per_day.c
    in_l30 = c.day >= windows.l30_start
    w1, w2, w3, w4 = windows.week_starts
    weeks = [
        c.day >= w1,
        (c.day >= w2) & (c.day < w1),
        (c.day >= w3) & (c.day < w2),
        (c.day >= w4) & (c.day < w3),
    ]
    weeks_active = sum((func.max(_flag(w)) for w in weeks[1:]), func.max(_flag(weeks[0])))
    return select(
        c.account_id,
        func.sum(_flag(in_l30)).label("days_l30"),
        func.sum(_flag(~in_l30)).label("days_p30"),
        func.sum(case((in_l30, c.events), else_=0)).label("events_l30"),
        weeks_active.label("weeks_active"),
    ).group_by(c.account_id)


def window_counts_query(windows: Windows, account_ids: Sequence[str] | None) -> Select[Any]:
    """Key actions and limits reached in L30, through the (name, day) index. Without `account_ids` it
    holds every account's key actions, which the top quartile is taken over."""
    conditions = _events_up_to(windows, account_ids, windows.l30_start)
    return (
        select(
            E.account_id,
            func.sum(_flag(E.name == "key_action")).label("key_actions_l30"),
            func.sum(_flag(E.name == "limit_reached")).label("limits_l30"),
        )
        .where(E.name.in_(("key_action", "limit_reached")), *conditions)
        .group_by(E.account_id)
    )


def users_query(windows: Windows, account_ids: Sequence[str] | None) -> Select[Any]:
    """Distinct active users in L30."""
    return (
        select(E.account_id, func.count(distinct(E.user_id)).label("users_l30"))
        .where(*_events_up_to(windows, account_ids, windows.l30_start))
        .group_by(E.account_id)
    )


def key_actions_marks_query(windows: Windows) -> Select[Any]:
    """What the top quartile of key actions depends on, cheaply: how many key actions L30 holds and the
    newest event id (the key of a cached threshold; an account change moves the accounts' revision)."""
    in_l30 = select(func.count()).where(
        E.name == "key_action", E.day >= windows.l30_start, E.day <= windows.d
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
    month = extract("year", E.day) * 12 + extract("month", E.day) - 1
    return select(E.account_id, month.label("month")).where(E.day <= as_of).distinct()
