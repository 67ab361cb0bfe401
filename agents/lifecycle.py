"""The lifecycle engine: SPEC section 5 evaluated for every account as of a day D.

`scan(db, as_of)` returns one `AccountHealth` per account: activation tier and milestones, every risk and
growth signal that holds with the numbers behind it, the risk tier, the play of SPEC's Plays table and a
health score. `cs_metrics(db, as_of)` adds the customer-success figures over all accounts (onboarding
funnel, activation within 7/30/90 days of signup, month-over-month retention, risk distribution).

How it is computed: one SQL aggregation per measure, grouped by account over the daily activity rollup
(cs_agents/rollup.py: at most a row per account and day, and feature, user or feedback kind, kept exact
as events are stored) and the tickets (agents/lifecycle_sql.py: SQLAlchemy Core, the same statements on
SQLite and PostgreSQL), run two at a time on their own connections, then the rules as
vectorised numpy over the aggregated rows. No Python code ever loops over events (figures:
scripts/bench_lifecycle.py and the README). A scan of a few accounts reads the top quartile of key
actions from `key_action_threshold`, counted once per day and kept until the key actions, the events or
the accounts change.

Readings of the rules (the same as scripts/check_sample_personas.py):
- days are UTC calendar days (the `day` column of an event, the UTC day of a ticket's `created_at`);
  every window includes D; events and tickets after the end of D are ignored; tickets without an account
  or without `created_at` do not count;
- an active day is a day with any event; an active user is a user with any event in the window;
  distinct features are the distinct `properties.feature` of `feature_used` events; a feature missing
  from the catalog is basic;
- "the latest NPS (CSAT) within 90 days" is the latest answer dated D-89 .. D (by timestamp; two at the
  same instant: the higher score);
- activation milestones count whenever they happened up to D (also before the signup date), the tier is
  the tier as of D (its "3 of the last 4 weeks" and "3 active users in L30" look at the windows of D);
- the top quartile of key actions in L30 is taken over all accounts (zeros included, whatever
  `account_ids` asks for): the value at position ceil(0.75 n) of the ascending list; a count at or above
  it and above zero is in the top quartile;
- thresholds are compared in exact integer arithmetic: `2 * L30 <= P30` features, `10 * L30 < 7 * P30`
  active days, `10 * users < 3 * seats`, `10 * users >= 9 * seats`;
- every account in the accounts table is scanned, whatever its signup date.

Health score (0-100, higher is healthier, deterministic):

    health_score = clip(100 - 25 * high_signals - 10 * medium_signals - 5 * (3 - activation_tier), 0, 100)

It starts at 100, loses 25 points per high-risk signal and 10 per medium-risk signal that holds, and
earns 5 points per activation tier (a tier-3 account without signals scores 100, a tier-0 one 85).
More signals never raise it and a higher tier never lowers it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import func, insert, select

from agents.lifecycle_sql import (
    ACTIVITY,
    ACTIVITY_DAYS,
    COHORT_BOUNDS,
    FEATURE_DAYS,
    FEATURES,
    USER_DAYS,
    Windows,
    accounts_query,
    active_months_query,
    activity_query,
    cohort_source,
    features_query,
    feedback_query,
    key_actions_l30_query,
    key_actions_marks_query,
    scan_source,
    tickets_query,
    users_query,
)
from agents.observability import MILESTONES, AccountHealth, PlayName, RiskTier, Signal
from cs_agents.db import AccountRow, Database, accounts_revision

RISK_HIGH = ("dormant", "ticket_spike", "feature_decline", "negative_feedback")
RISK_MEDIUM = ("usage_decline", "missed_milestone", "low_adoption", "low_engagement")
GROWTH = ("limit_reached", "seat_utilization", "product_qualified", "advocate")
EXPANSION_SIGNALS = ("limit_reached", "seat_utilization", "product_qualified")
ACTIVATION_DAYS = (7, 30, 90)
WORKERS = 2

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
Number = float | int | str | None

# ---------------------------------------------------------------------------------------------------
# Aggregated rows -> numpy columns aligned with a list of keys.


def _columns(
    rows: Iterable[Any], index: dict[Any, int], names: Sequence[str], n: int, key: Callable[[Any], Any]
) -> dict[str, IntArray]:
    rows = list(rows)
    out = {name: np.zeros(n, dtype=np.int64) for name in names}
    found = [(index[k], r) for r in rows if (k := key(r)) in index]
    if not found:
        return out
    positions = np.fromiter((p for p, _ in found), dtype=np.int64, count=len(found))
    fields = found[0][1]._fields
    for name in names:
        j = fields.index(name)  # by position: a row's _mapping costs more than the rest together
        out[name][positions] = np.fromiter((int(r[j] or 0) for _, r in found), np.int64, len(found))
    return out


def _tiers(a: dict[str, IntArray]) -> tuple[dict[str, BoolArray], IntArray]:
    """Milestones and activation tier from the activity and feature columns."""
    m = {
        "profile_completed": a["profiles"] > 0,
        "key_action": a["key_actions"] > 0,
        "basic_feature": a["basic_features"] > 0,
        "two_core_features": a["core_features"] >= 2,
        "integration_connected": a["integrations"] > 0,
        "active_3_of_4_weeks": a["weeks_active"] >= 3,
        "advanced_feature": a["advanced_features"] > 0,
        "two_workspaces": a["workspaces"] >= 2,
        "three_active_users": a["users_l30"] >= 3,
    }
    assert tuple(m) == MILESTONES
    tier1 = m["profile_completed"] & m["key_action"] & m["basic_feature"]
    tier2 = tier1 & m["two_core_features"] & m["active_3_of_4_weeks"] & m["integration_connected"]
    tier3 = tier2 & m["advanced_feature"] & m["two_workspaces"] & m["three_active_users"]
    tier = tier1.astype(np.int64) + tier2.astype(np.int64) + tier3.astype(np.int64)
    return m, tier


def top_quartile_threshold(values: Sequence[int] | IntArray) -> int | None:
    """Nearest rank: the value at position ceil(0.75 n) (1-based) of the ascending list; None if empty."""
    ordered = np.sort(np.asarray(values, dtype=np.int64))
    if ordered.size == 0:
        return None
    position = (3 * ordered.size + 3) // 4  # ceil(0.75 n) in integers
    return int(ordered[position - 1])


# ---------------------------------------------------------------------------------------------------
# The scan.


@dataclass
class _Accounts:
    ids: list[str]
    seats: IntArray
    signup: list[date]

    @property
    def index(self) -> dict[str, int]:
        return {a: i for i, a in enumerate(self.ids)}


def _rows(db: Database, statement: Any) -> list[Any]:
    with db.engine.connect() as conn:
        return list(conn.execute(statement).all())


def _ages(signups: list[date], d: date) -> IntArray:
    days = np.array([s.toordinal() for s in signups], dtype=np.int64)
    return d.toordinal() - days


def scan(db: Database, as_of: date, account_ids: list[str] | None = None) -> list[AccountHealth]:
    """Every account's lifecycle state as of `as_of` (SPEC section 5), sorted by account id.

    With `account_ids`, only those accounts (unknown ids are left out); the top quartile of key actions
    is still taken over all accounts (`key_action_threshold`)."""
    w = Windows(as_of)
    ids = sorted(set(account_ids)) if account_ids is not None else None
    statements: dict[str, Any] = {  # the slowest first
        "features": features_query(scan_source(FEATURE_DAYS, w, ids), ["account_id"]),
        "activity": activity_query(scan_source(ACTIVITY_DAYS, w, ids), ["account_id"]),
        "users": users_query(scan_source(USER_DAYS, w, ids, w.l30_start), ["account_id"]),
        "feedback": feedback_query(w, ids),
        "tickets": tickets_query(w, ids),
        "accounts": accounts_query(ids),
    }
    # Each statement on a connection of its own, WORKERS at a time: the driver leaves Python while the
    # database works, so the scan takes about the sum of the statements divided by WORKERS.
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = {name: pool.submit(_rows, db, statement) for name, statement in statements.items()}
        rows = {name: future.result() for name, future in futures.items()}
    account_rows = rows["accounts"]
    accounts = _Accounts(
        [r.id for r in account_rows],
        np.array([r.seats for r in account_rows], dtype=np.int64),
        [r.signup_date for r in account_rows],
    )
    n = len(accounts.ids)
    index = accounts.index

    def by_account(r: Any) -> Any:
        return r.account_id

    cols: dict[str, IntArray] = {}
    for name, columns in (
        ("activity", ACTIVITY),
        ("users", ("users_l30",)),
        ("features", FEATURES),
        ("tickets", ("tickets_l30", "tickets_p30")),
    ):
        cols |= _columns(rows[name], index, columns, n, by_account)
    last_event: list[date | None] = [None] * n
    last_limit: list[date | None] = [None] * n
    for r in rows["activity"]:
        if (i := index.get(r.account_id)) is not None:
            last_event[i], last_limit[i] = r.last_event_day, r.last_limit_day
    feedback: dict[str, list[Any]] = {k: [None] * n for k in ("nps", "nps_day", "csat", "csat_day")}
    for r in rows["feedback"]:
        if (i := index.get(r.account_id)) is not None:
            kind = "nps" if r.name == "nps_submitted" else "csat"
            feedback[kind][i] = _number(r.score)
            feedback[f"{kind}_day"][i] = r.day.isoformat()

    # the top quartile over all accounts, zeros included (accounts without key actions have no row)
    threshold = (
        top_quartile_threshold(cols["key_actions_l30"]) if ids is None else key_action_threshold(db, as_of)
    )
    ctx = _Rules(as_of, accounts, cols, feedback, threshold, last_event, last_limit)
    return ctx.results()


# The top quartile of a day by what it depends on (see key_action_threshold); a few days are enough.
_THRESHOLDS: dict[tuple[str, date, int, int, int], tuple[int | None]] = {}
_THRESHOLDS_KEPT = 64


def key_action_threshold(db: Database, as_of: date) -> int | None:
    """The top quartile of key actions in L30 over all accounts, zeros included, as of a day.

    A scan of a few accounts (a worker job, an account page) needs it, and counting every account's key
    actions cost most of such a scan (0.3-0.5 s at 10,000 accounts and 1,000,000 events). So it is kept per
    process, keyed by what it depends on: the day, the key actions in its L30 (how many, through the name
    index), the newest event id and the accounts' revision. Any change of those counts it again."""
    w = Windows(as_of)
    with db.engine.connect() as conn:
        key_actions, newest = conn.execute(key_actions_marks_query(w)).one()
        key = (
            db.engine.url.render_as_string(),
            as_of,
            int(key_actions),
            int(newest or 0),
            accounts_revision(conn),
        )
        kept = _THRESHOLDS.get(key)  # one lookup: another thread may clear the dict meanwhile
        if kept is not None:
            return kept[0]
        counts = [int(r.key_actions_l30) for r in conn.execute(key_actions_l30_query(w))]
        n_all = int(conn.execute(select(func.count()).select_from(AccountRow)).scalar() or 0)
    values = np.concatenate(
        [np.array(counts, dtype=np.int64), np.zeros(max(n_all - len(counts), 0), np.int64)]
    )
    threshold = top_quartile_threshold(values)
    if len(_THRESHOLDS) >= _THRESHOLDS_KEPT:
        _THRESHOLDS.clear()
    _THRESHOLDS[key] = (threshold,)
    return threshold


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


class _Rules:
    """SPEC section 5 as boolean arrays over the accounts, then one AccountHealth per account."""

    def __init__(
        self,
        as_of: date,
        accounts: _Accounts,
        cols: dict[str, IntArray],
        feedback: dict[str, list[Any]],
        threshold: int | None,
        last_event: list[date | None],
        last_limit: list[date | None],
    ) -> None:
        self.as_of = as_of
        self.accounts = accounts
        self.cols = cols
        self.values = {name: v.tolist() for name, v in cols.items()}  # Python ints, read per account
        self.feedback = feedback
        self.threshold = threshold
        self.last_event = last_event
        self.last_limit = last_limit
        self.age = _ages(accounts.signup, as_of)
        self.milestones, self.tier = _tiers(cols)
        self.risk = self._risk_signals()
        self.growth = self._growth_signals()

    def _risk_signals(self) -> dict[str, BoolArray]:
        c, age, seats = self.cols, self.age, self.accounts.seats
        nps = np.array([np.nan if v is None else v for v in self.feedback["nps"]], dtype=float)
        csat = np.array([np.nan if v is None else v for v in self.feedback["csat"]], dtype=float)
        dormant = (age >= 30) & (c["events_l30"] == 0)
        with np.errstate(invalid="ignore"):  # NaN (no answer) compares False
            negative = (nps <= 6) | (csat <= 2)
        return {
            "dormant": dormant,
            "ticket_spike": (c["tickets_l30"] >= 3) & (c["tickets_l30"] >= 2 * c["tickets_p30"]),
            "feature_decline": (c["features_p30"] >= 2) & (2 * c["features_l30"] <= c["features_p30"]),
            "negative_feedback": negative,
            "usage_decline": ~dormant & (c["days_p30"] >= 4) & (10 * c["days_l30"] < 7 * c["days_p30"]),
            "missed_milestone": ((age > 7) & (self.tier == 0)) | ((age > 30) & (self.tier < 2)),
            "low_adoption": (age >= 14) & (c["features_l30"] < 3),
            "low_engagement": 10 * c["users_l30"] < 3 * seats,
        }

    def _growth_signals(self) -> dict[str, BoolArray]:
        c, seats = self.cols, self.accounts.seats
        nps = np.array([np.nan if v is None else v for v in self.feedback["nps"]], dtype=float)
        ka = c["key_actions_l30"]
        qualified = (ka > 0) & (seats <= 5)
        if self.threshold is not None:
            qualified &= ka >= self.threshold
        with np.errstate(invalid="ignore"):
            advocate = (self.age >= 365) & (nps >= 9)
        return {
            "limit_reached": c["limits_l30"] > 0,
            "seat_utilization": 10 * c["users_l30"] >= 9 * seats,
            "product_qualified": qualified,
            "advocate": advocate,
        }

    def health_scores(self) -> IntArray:
        high = sum(self.risk[s].astype(np.int64) for s in RISK_HIGH)
        medium = sum(self.risk[s].astype(np.int64) for s in RISK_MEDIUM)
        return np.clip(100 - 25 * high - 10 * medium - 5 * (3 - self.tier), 0, 100).astype(np.int64)

    def metrics(self, i: int) -> dict[str, Number]:
        c = {name: v[i] for name, v in self.values.items()}
        last_event, last_limit = self.last_event[i], self.last_limit[i]
        return {
            "age_days": int(self.age[i]),
            "activation_tier": int(self.tier[i]),
            "seats": int(self.accounts.seats[i]),
            "events_l30": c["events_l30"],
            "active_days_l30": c["days_l30"],
            "active_days_p30": c["days_p30"],
            "active_users_l30": c["users_l30"],
            "weeks_active_of_last_4": c["weeks_active"],
            "features_l30": c["features_l30"],
            "features_p30": c["features_p30"],
            "basic_features": c["basic_features"],
            "core_features": c["core_features"],
            "advanced_features": c["advanced_features"],
            "key_actions": c["key_actions"],
            "key_actions_l30": c["key_actions_l30"],
            "key_actions_l30_top_quartile": self.threshold,
            "integrations": c["integrations"],
            "workspaces": c["workspaces"],
            "limits_reached_l30": c["limits_l30"],
            "tickets_l30": c["tickets_l30"],
            "tickets_p30": c["tickets_p30"],
            "latest_nps_90d": self.feedback["nps"][i],
            "latest_nps_day": self.feedback["nps_day"][i],
            "latest_csat_90d": self.feedback["csat"][i],
            "latest_csat_day": self.feedback["csat_day"][i],
            "last_event_day": last_event.isoformat() if last_event else None,
            "last_limit_day": last_limit.isoformat() if last_limit else None,
            "missing_for_next_tier": ", ".join(self.missing_for_next_tier(i)) or None,
        }

    def missing_for_next_tier(self, i: int) -> list[str]:
        """The milestones of the tier above the account's that it has not reached (none at tier 3)."""
        tier = int(self.tier[i])
        if tier >= 3:
            return []
        group = MILESTONES[3 * tier : 3 * tier + 3]  # three milestones per tier, in tier order
        return [name for name in group if not self.milestones[name][i]]

    def results(self) -> list[AccountHealth]:
        scores = self.health_scores().tolist()
        tiers = self.tier.tolist()
        out = []
        for i, account_id in enumerate(self.accounts.ids):
            numbers = self.metrics(i)
            risk = [
                Signal(name=s, severity="high", evidence=_evidence(s, numbers))
                for s in RISK_HIGH
                if self.risk[s][i]
            ]
            risk += [
                Signal(name=s, severity="medium", evidence=_evidence(s, numbers))
                for s in RISK_MEDIUM
                if self.risk[s][i]
            ]
            growth = [
                Signal(name=s, severity="growth", evidence=_evidence(s, numbers))
                for s in GROWTH
                if self.growth[s][i]
            ]
            risk_tier: RiskTier = (
                "high" if any(s.severity == "high" for s in risk) else "medium" if risk else "low"
            )
            out.append(
                AccountHealth(
                    account_id=account_id,
                    as_of=self.as_of,
                    activation_tier=tiers[i],
                    risk_tier=risk_tier,
                    health_score=scores[i],
                    signals=risk,
                    growth_signals=growth,
                    play=play_for(risk_tier, [g.name for g in growth]),
                    milestones={name: bool(self.milestones[name][i]) for name in MILESTONES},
                    age_days=int(self.age[i]),
                    metrics=numbers,
                )
            )
        return out


def play_for(risk_tier: str, growth_signals: Iterable[str]) -> PlayName | None:
    """SPEC's Plays table: the risk tier first, growth signals only for low-risk accounts."""
    if risk_tier == "high":
        return "intervention"
    if risk_tier == "medium":
        return "engagement"
    names = set(growth_signals)
    if names & set(EXPANSION_SIGNALS):
        return "expansion"
    if "advocate" in names:
        return "advocacy"
    return None


# The numbers each rule reads, as reported in its evidence.
_EVIDENCE: dict[str, tuple[str, ...]] = {
    "dormant": ("age_days", "events_l30", "last_event_day"),
    "ticket_spike": ("tickets_l30", "tickets_p30"),
    "feature_decline": ("features_p30", "features_l30"),
    "negative_feedback": ("latest_nps_90d", "latest_nps_day", "latest_csat_90d", "latest_csat_day"),
    "usage_decline": ("active_days_p30", "active_days_l30"),
    "missed_milestone": ("age_days", "activation_tier", "missing_for_next_tier"),
    "low_adoption": ("age_days", "features_l30"),
    "low_engagement": ("active_users_l30", "seats"),
    "limit_reached": ("limits_reached_l30", "last_limit_day"),
    "seat_utilization": ("active_users_l30", "seats"),
    "product_qualified": ("key_actions_l30", "key_actions_l30_top_quartile", "seats"),
    "advocate": ("age_days", "latest_nps_90d", "latest_nps_day"),
}


def _evidence(signal: str, numbers: dict[str, Number]) -> dict[str, Number]:
    return {k: numbers.get(k) for k in _EVIDENCE[signal]}


# ---------------------------------------------------------------------------------------------------
# Customer-success metrics over all accounts.


def cs_metrics(db: Database, as_of: date, health: list[AccountHealth] | None = None) -> dict[str, Any]:
    """Customer-success figures as of D (pass `health` from a scan of the same day to reuse it).

    - `funnel`: accounts signed up by D (signup_date <= D), then those that also completed the profile,
      then also made a key action, then tier 1, tier 2, tier 3 (as of D); each step's count, its drop-off
      from the step before and the conversion from the step before. Every step includes the ones before.
    - `activation`: for N in 7, 30, 90: among accounts old enough (signup_date + N <= D), the share whose
      activation tier, evaluated with SPEC's rules as of their day signup_date + N (milestones up to that
      day, the 4 weeks and L30 counted back from it), is at least 1, 2, 3.
    - `retention`: for each calendar month M from the first month with an event to the month before D's:
      accounts with an event in M (`active`), how many of them have an event in M+1 up to D (`retained`)
      and the share; `next_month_partial` when M+1 is D's month and D is not its last day.
    - `risk`, `activation_tiers`, `plays`: how many accounts are in each.
    """
    results = health if health is not None else scan(db, as_of)
    tiers = np.array([h.activation_tier for h in results], dtype=np.int64)
    signed_up = np.array([h.age_days >= 0 for h in results], dtype=bool)
    profile = np.array([h.milestones["profile_completed"] for h in results], dtype=bool)
    key_action = np.array([h.milestones["key_action"] for h in results], dtype=bool)
    steps = [
        ("signed_up", signed_up),
        ("profile_completed", signed_up & profile),
        ("first_key_action", signed_up & profile & key_action),
        ("tier_1", signed_up & (tiers >= 1)),
        ("tier_2", signed_up & (tiers >= 2)),
        ("tier_3", signed_up & (tiers >= 3)),
    ]
    funnel = []
    previous: int | None = None
    for name, reached in steps:
        count = int(reached.sum())
        funnel.append(
            {
                "step": name,
                "accounts": count,
                "drop_off": None if previous is None else previous - count,
                "conversion": _share(count, previous) if previous is not None else None,
            }
        )
        previous = count
    return {
        "as_of": as_of.isoformat(),
        "accounts": len(results),
        "funnel": funnel,
        "activation": _activation_within(db, as_of),
        "retention": _retention(db, as_of),
        "risk": {tier: sum(h.risk_tier == tier for h in results) for tier in ("high", "medium", "low")},
        "activation_tiers": {str(t): int((tiers == t).sum()) for t in range(4)},
        "plays": {
            play: sum((h.play or "none") == play for h in results)
            for play in ("intervention", "engagement", "expansion", "advocacy", "none")
        },
    }


def _share(part: int, whole: int | None) -> float | None:
    return None if not whole else part / whole


def _activation_within(db: Database, as_of: date) -> dict[str, Any]:
    """Activation tier of each account as of its day signup + N, for N in ACTIVATION_DAYS, in one pass."""
    a = AccountRow.__table__.c
    with db.engine.begin() as conn:
        accounts = conn.execute(select(a.id, a.signup_date)).all()
        cohorts = [
            {"account_id": r.id, "n": days, **Windows(r.signup_date + timedelta(days=days)).bounds()}
            for days in ACTIVATION_DAYS
            for r in accounts
            if r.signup_date + timedelta(days=days) <= as_of
        ]
        keys = [(c["account_id"], c["n"]) for c in cohorts]
        rows: tuple[list[Any], ...] = ([], [], [])
        if cohorts:
            COHORT_BOUNDS.drop(conn, checkfirst=True)
            COHORT_BOUNDS.create(conn)
            try:
                conn.execute(insert(COHORT_BOUNDS), cohorts)
                group = ["account_id", "n"]
                rows = tuple(
                    list(conn.execute(statement).all())
                    for statement in (
                        activity_query(cohort_source(ACTIVITY_DAYS), group),
                        users_query(cohort_source(USER_DAYS, "l30"), group),
                        features_query(cohort_source(FEATURE_DAYS), group),
                    )
                )
            finally:
                COHORT_BOUNDS.drop(conn)
    index = {k: i for i, k in enumerate(keys)}

    def key(r: Any) -> Any:
        return (r.account_id, int(r.n))

    cols = _columns(rows[0], index, ACTIVITY, len(keys), key)
    cols |= _columns(rows[1], index, ("users_l30",), len(keys), key)
    cols |= _columns(rows[2], index, FEATURES, len(keys), key)
    _, tier = _tiers(cols)
    n_of = np.array([n for _, n in keys], dtype=np.int64)
    out: dict[str, Any] = {}
    for days in ACTIVATION_DAYS:
        mine = n_of == days
        eligible = int(mine.sum())
        entry: dict[str, Any] = {"eligible": eligible}
        for level in (1, 2, 3):
            reached = int((mine & (tier >= level)).sum())
            entry[f"tier_{level}"] = {"reached": reached, "rate": _share(reached, eligible)}
        out[f"within_{days}_days"] = entry
    return out


def _retention(db: Database, as_of: date) -> list[dict[str, Any]]:
    with db.engine.connect() as conn:
        rows = conn.execute(active_months_query(as_of)).all()
    if not rows:
        return []
    last = as_of.year * 12 + as_of.month - 1
    months = np.fromiter((int(r.month) for r in rows), dtype=np.int64, count=len(rows))
    first = int(months.min())
    accounts = {a: i for i, a in enumerate(sorted({r.account_id for r in rows}))}
    who = np.fromiter((accounts[r.account_id] for r in rows), dtype=np.int64, count=len(rows))
    active = np.zeros((len(accounts), last - first + 1), dtype=bool)
    active[who, months - first] = True
    month_end = (as_of + timedelta(days=1)).month != as_of.month
    out = []
    for m in range(first, last):
        now, after = active[:, m - first], active[:, m - first + 1]
        retained = int((now & after).sum())
        out.append(
            {
                "month": f"{m // 12:04d}-{m % 12 + 1:02d}",
                "active": int(now.sum()),
                "retained": retained,
                "rate": _share(retained, int(now.sum())),
                "next_month_partial": m + 1 == last and not month_end,
            }
        )
    return out
