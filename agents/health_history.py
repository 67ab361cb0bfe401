"""Health history as data: the lifecycle scan of a day stored as one row per account (`health_snapshots`)
plus one row for the day (`health_days`), so the dashboard, its trend and the account page read rows
instead of scanning the events again.

`record(db, day)` scans every account as of the day and stores the result (re-runs overwrite the same
rows). `refresh(db, day)` brings a stored day up to date by scanning only what changed since its last
scan, with the same rules and the same result as a full scan:

- accounts with events stored since (event ids above the day's watermark, dated up to the day);
- accounts added, removed, or whose seats or signup date changed (when the accounts' revision moved);
- accounts whose ticket counts in L30 / P30 differ from the stored ones (one small aggregate);
- everything when the feature catalog changed, when the top quartile of key actions (taken over all
  accounts) moved, or when events appeared below the watermark (a transaction that committed late on
  PostgreSQL): those change accounts that have nothing new of their own.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Connection

from agents.lifecycle import cs_metrics, scan
from agents.lifecycle_sql import Windows, tickets_query
from agents.observability import AccountHealth
from cs_agents.db import (
    AccountRow,
    Database,
    EventRow,
    FeatureRow,
    HealthDayRow,
    HealthSnapshotRow,
    accounts_revision,
    insert_for,
)

RISK_RANK = {"high": 0, "medium": 1, "low": 2}
_BATCH = 1000


@dataclass(frozen=True)
class Refresh:
    """What a record or refresh did."""

    day: date
    accounts: int  # accounts stored for the day
    scanned: int  # accounts scanned this time
    full: bool
    seconds: float
    reason: str = ""  # why every account was scanned


@dataclass(frozen=True)
class _Marks:
    watermark: int
    below: int
    revision: int
    catalog: str


def _marks(conn: Connection) -> _Marks:
    """Read before scanning: whatever is stored after this is found by the next refresh."""
    watermark = int(conn.execute(select(func.max(EventRow.id))).scalar() or 0)
    below = int(conn.execute(select(func.count()).where(EventRow.id <= watermark)).scalar() or 0)
    catalog = sorted((r.feature, r.tier) for r in conn.execute(select(FeatureRow.feature, FeatureRow.tier)))
    digest = hashlib.sha256(repr(catalog).encode()).hexdigest()
    return _Marks(watermark, below, accounts_revision(conn), digest)


def _row(h: AccountHealth) -> dict[str, Any]:
    m = h.metrics
    return {
        "day": h.as_of,
        "account_id": h.account_id,
        "risk_tier": h.risk_tier,
        "risk_rank": RISK_RANK[h.risk_tier],
        "health_score": h.health_score,
        "activation_tier": h.activation_tier,
        "play": h.play,
        "age_days": h.age_days,
        "seats": int(m.get("seats") or 0),
        "tickets_l30": int(m.get("tickets_l30") or 0),
        "tickets_p30": int(m.get("tickets_p30") or 0),
        "health": h.model_dump(mode="json"),
    }


def _threshold(healths: Sequence[AccountHealth]) -> int | None:
    value = healths[0].metrics.get("key_actions_l30_top_quartile") if healths else None
    return None if value is None else int(value)


def _store(
    db: Database,
    day: date,
    healths: Sequence[AccountHealth],
    marks: _Marks,
    *,
    full: bool,
    removed: Sequence[str] = (),
    metrics: dict[str, Any] | None = None,
) -> int:
    """Upsert the accounts' rows and the day's row in one transaction; returns the accounts stored."""
    now = datetime.now(UTC)
    with db.session() as session:
        insert = insert_for(session)
        table = HealthSnapshotRow.__table__
        rows = [_row(h) for h in healths]
        for start in range(0, len(rows), _BATCH):
            statement = insert(table).values(rows[start : start + _BATCH])
            updated = {c.name: statement.excluded[c.name] for c in table.columns if not c.primary_key}
            session.execute(
                statement.on_conflict_do_update(index_elements=["day", "account_id"], set_=updated)
            )
        snap = HealthSnapshotRow
        if full:  # accounts gone since an earlier scan of the day
            ids = select(AccountRow.id)
            session.execute(delete(snap).where(snap.day == day, snap.account_id.not_in(ids)))
        elif removed:
            session.execute(delete(snap).where(snap.day == day, snap.account_id.in_(list(removed))))
        count = session.scalar(select(func.count()).where(snap.day == day)) or 0
        mean = session.scalar(select(func.avg(snap.health_score)).where(snap.day == day, snap.age_days >= 0))
        values: dict[str, Any] = {
            "accounts": count,
            "mean_health": None if mean is None else float(mean),
            "event_watermark": marks.watermark,
            "events_up_to_watermark": marks.below,
            "accounts_revision": marks.revision,
            "catalog_hash": marks.catalog,
            "key_action_threshold": _threshold(healths) if healths else None,
            "scanned_at": now,
        }
        if full:
            values |= {"metrics": metrics, "full_scan_at": now}
        if not healths:
            values.pop("key_action_threshold")  # nothing scanned: the stored one still holds
        first = {"day": day, "metrics": None, "full_scan_at": now, "key_action_threshold": None} | values
        statement = insert(HealthDayRow.__table__).values(first)
        session.execute(statement.on_conflict_do_update(index_elements=["day"], set_=values))
    return int(count)


def _touch(db: Database, day: date, marks: _Marks) -> None:
    """Nothing changed for the stored day: only what its scan has read moves on."""
    with db.session() as session:
        session.execute(
            update(HealthDayRow)
            .where(HealthDayRow.day == day)
            .values(
                event_watermark=marks.watermark,
                events_up_to_watermark=marks.below,
                accounts_revision=marks.revision,
                scanned_at=datetime.now(UTC),
            )
        )


def record(db: Database, day: date, *, metrics: bool = True, reason: str = "asked") -> Refresh:
    """Scan every account as of `day` and store it (with cs_metrics unless `metrics` is False)."""
    started = time.perf_counter()
    with db.engine.connect() as conn:
        marks = _marks(conn)
    healths = scan(db, day)
    figures = cs_metrics(db, day, healths) if metrics else None
    stored = _store(db, day, healths, marks, full=True, metrics=figures)
    return Refresh(day, stored, len(healths), True, time.perf_counter() - started, reason)


def stored_day(db: Database, day: date) -> HealthDayRow | None:
    with db.session() as session:
        return session.get(HealthDayRow, day)


def refresh(db: Database, day: date, *, metrics: bool = True) -> Refresh:
    """The stored day brought up to date, scanning only the accounts whose result can have changed (a full
    scan when the day is not stored yet, or when a change reaches every account)."""
    started = time.perf_counter()
    known = stored_day(db, day)
    if known is None:
        return record(db, day, metrics=metrics, reason="the day was not stored")
    with db.engine.connect() as conn:
        marks = _marks(conn)
        late = conn.execute(select(func.count()).where(EventRow.id <= known.event_watermark)).scalar()
        if marks.catalog != known.catalog_hash:
            return record(db, day, metrics=metrics, reason="the feature catalog changed")
        if late != known.events_up_to_watermark:
            return record(db, day, metrics=metrics, reason="events committed below the watermark")
        changed, removed = _changed(conn, day, known, marks)
    if not changed and not removed:
        _touch(db, day, marks)
        return Refresh(day, known.accounts, 0, False, time.perf_counter() - started)
    healths = scan(db, day, sorted(changed)) if changed else []
    if healths and _threshold(healths) != known.key_action_threshold:
        # product_qualified may flip for any account
        return record(db, day, metrics=metrics, reason="the top quartile of key actions moved")
    stored = _store(db, day, healths, marks, full=False, removed=sorted(removed))
    return Refresh(day, stored, len(healths), False, time.perf_counter() - started)


def _changed(conn: Connection, day: date, known: HealthDayRow, marks: _Marks) -> tuple[set[str], set[str]]:
    snap = HealthSnapshotRow
    changed = set(
        conn.scalars(
            select(EventRow.account_id)
            .where(EventRow.id > known.event_watermark, EventRow.day <= day)
            .distinct()
        )
    )
    removed: set[str] = set()
    if marks.revision != known.accounts_revision:
        stored = {
            r.account_id: (r.seats, r.age_days)
            for r in conn.execute(select(snap.account_id, snap.seats, snap.age_days).where(snap.day == day))
        }
        current = {
            r.id: (r.seats, day.toordinal() - r.signup_date.toordinal())
            for r in conn.execute(select(AccountRow.id, AccountRow.seats, AccountRow.signup_date))
        }
        changed |= {a for a, v in current.items() if stored.get(a) != v}
        removed = set(stored) - set(current)
    tickets = {
        r.account_id: (int(r.tickets_l30), int(r.tickets_p30))
        for r in conn.execute(tickets_query(Windows(day), None))
    }
    stored_tickets = conn.execute(
        select(snap.account_id, snap.tickets_l30, snap.tickets_p30).where(
            snap.day == day, (snap.tickets_l30 > 0) | (snap.tickets_p30 > 0)
        )
    )
    before = {r.account_id: (r.tickets_l30, r.tickets_p30) for r in stored_tickets}
    changed |= {a for a in tickets.keys() | before.keys() if tickets.get(a, (0, 0)) != before.get(a, (0, 0))}
    return changed - removed, removed


# ---------------------------------------------------------------------------------------------- reading


def health_of(db: Database, account_id: str, day: date) -> AccountHealth | None:
    """The stored state of an account as of a day, or None when that day is not stored."""
    with db.session() as session:
        row = session.get(HealthSnapshotRow, (day, account_id))
        return None if row is None else AccountHealth.model_validate(row.health)


def mean_health(db: Database, days: Sequence[date]) -> dict[date, float]:
    """The stored days' mean health score (accounts signed up by each day)."""
    query = select(HealthDayRow.day, HealthDayRow.mean_health).where(HealthDayRow.day.in_(list(days)))
    with db.session() as session:
        return {r.day: float(r.mean_health) for r in session.execute(query) if r.mean_health is not None}


def account_scores(db: Database, account_id: str, days: Sequence[date]) -> dict[date, int]:
    """An account's stored health score on each of `days` that is stored (and it was signed up by)."""
    snap = HealthSnapshotRow
    query = select(snap.day, snap.health_score).where(
        snap.account_id == account_id, snap.day.in_(list(days)), snap.age_days >= 0
    )
    with db.session() as session:
        return {r.day: int(r.health_score) for r in session.execute(query)}


def counts(db: Database, day: date) -> dict[str, dict[str, int]]:
    """Accounts per risk tier, activation tier and play on a stored day."""
    snap = HealthSnapshotRow
    out: dict[str, dict[str, int]] = {"risk": {}, "activation_tiers": {}, "plays": {}}
    with db.session() as session:
        for column, key in (
            (snap.risk_tier, "risk"),
            (snap.activation_tier, "activation_tiers"),
            (snap.play, "plays"),
        ):
            for value, n in session.execute(
                select(column, func.count()).where(snap.day == day).group_by(column)
            ):
                out[key][str(value if value is not None else "none")] = int(n)
    return out


def attention(
    db: Database, day: date, offset: int = 0, limit: int = 50
) -> tuple[list[tuple[AccountHealth, str]], int]:
    """Accounts at high or medium risk on a stored day, high first and least healthy first, with their
    names: one page of them and how many there are."""
    snap = HealthSnapshotRow
    at_risk = (snap.day == day) & (snap.risk_rank < RISK_RANK["low"])
    query = (
        select(snap.health, AccountRow.name)
        .outerjoin(AccountRow, AccountRow.id == snap.account_id)
        .where(at_risk)
        .order_by(snap.risk_rank, snap.health_score, snap.account_id)
        .offset(offset)
        .limit(limit)
    )
    with db.session() as session:
        total = session.scalar(select(func.count()).select_from(snap).where(at_risk)) or 0
        page = [
            (AccountHealth.model_validate(health), name or health["account_id"])
            for health, name in session.execute(query)
        ]
    return page, int(total)


def latest_day(db: Database) -> date | None:
    with db.session() as session:
        return session.scalar(select(func.max(HealthDayRow.day)))
