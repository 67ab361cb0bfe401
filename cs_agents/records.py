"""Writing accounts, events, tickets and the feature catalog with SPEC's idempotency rules.

Used by the folder loader and (later) the API, so both follow the same rules:
- accounts and tickets are upserted by id: new, updated or unchanged (compared by a hash of the record);
- an event whose `event_id` is stored already for its account is ignored (the key is the account and the
  id: one account's ids never hide another's events); without `event_id` the key is
  (account_id, user_id, name, timestamp, properties); events of unknown accounts are rejected.
- every batch of new events is added to the daily activity rollup the lifecycle scan reads
  (cs_agents/rollup.py) and marks its accounts in `account_changes` for the worker to react to
  (graph/worker.py), in the same transaction.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import case, or_, select
from sqlalchemy.orm import Session

from cs_agents import rollup
from cs_agents.db import AccountChangeRow, AccountRow, EventRow, FeatureRow, TicketRow, insert_for
from cs_agents.models import Account, Event, FeatureClass, Ticket

_BATCH = 2000


@dataclass
class Rejection:
    """One input record or file that was not stored, and why."""

    line: int | None
    reason: str
    path: str | None = None  # for folders: the file inside it

    def where(self, file: str) -> str:
        place = f"{file}{self.path}" if self.path else file
        return f"{place}:{self.line}" if self.line is not None else place


@dataclass
class WriteCounts:
    loaded: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    rejected: list[Rejection] = field(default_factory=list)


def record_hash(payload: Any) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def event_key(ev: Event) -> str:
    if ev.event_id:
        return event_id_key(ev.account_id, ev.event_id)
    ts = ev.timestamp.isoformat()
    return record_hash(["key", ev.account_id, ev.user_id, ev.name, ts, ev.properties])


def event_id_key(account_id: str, event_id: str) -> str:
    """The dedup key of an event with an id: scoped to its account, so a customer posting another
    account's event id first neither hides that account's event nor learns that the id exists."""
    return record_hash(["id", account_id, event_id])


def upsert_accounts(session: Session, items: Sequence[tuple[int, Account]]) -> WriteCounts:
    counts = WriteCounts()
    for _line, acc in items:
        digest = record_hash(acc.model_dump(mode="json"))
        row = session.get(AccountRow, acc.id)
        if row is not None and row.record_hash == digest:
            counts.unchanged += 1
            continue
        values = {
            "name": acc.name,
            "plan": acc.plan,
            "seats": acc.seats,
            "mrr": acc.mrr,
            "signup_date": acc.signup_date,
            "industry": acc.industry,
            "contact_name": acc.contact.name,
            "contact_email": acc.contact.email,
            "record_hash": digest,
        }
        if row is None:
            session.add(AccountRow(id=acc.id, **values))
            counts.loaded += 1
        else:
            for key, value in values.items():
                setattr(row, key, value)
            counts.updated += 1
    session.flush()
    return counts


def upsert_tickets(session: Session, items: Sequence[tuple[int, Ticket]]) -> WriteCounts:
    counts = WriteCounts()
    for _line, ticket in items:
        digest = record_hash(ticket.model_dump(mode="json"))
        row = session.get(TicketRow, ticket.id)
        if row is not None and row.record_hash == digest:
            counts.unchanged += 1
            continue
        values = {
            "account_id": ticket.account_id,
            "channel": ticket.channel,
            "subject": ticket.subject,
            "body": ticket.body,
            "created_at": ticket.created_at,
            "expected": ticket.expected.model_dump() if ticket.expected else None,
            "record_hash": digest,
        }
        if row is None:
            session.add(TicketRow(id=ticket.id, **values))
            counts.loaded += 1
        else:
            for key, value in values.items():
                setattr(row, key, value)
            counts.updated += 1
    session.flush()
    return counts


def replace_feature_catalog(session: Session, catalog: dict[str, FeatureClass]) -> WriteCounts:
    counts = WriteCounts()
    existing = {r.feature: r for r in session.scalars(select(FeatureRow))}
    for feature, tier in catalog.items():
        row = existing.pop(feature, None)
        if row is None:
            session.add(FeatureRow(feature=feature, tier=tier))
            counts.loaded += 1
        elif row.tier != tier:
            row.tier = tier
            counts.updated += 1
        else:
            counts.unchanged += 1
    for row in existing.values():  # the catalog file is the whole catalog
        session.delete(row)
        counts.updated += 1
    session.flush()
    return counts


def known_accounts(session: Session) -> set[str]:
    return set(session.scalars(select(AccountRow.id)))


def insert_events(
    session: Session, items: Iterable[tuple[int, Event]], accounts: set[str] | None = None
) -> WriteCounts:
    """Insert new events in batches; duplicates (stored or repeated in the input) are skipped."""
    counts = WriteCounts()
    known = accounts if accounts is not None else known_accounts(session)
    batch: list[tuple[str, Event]] = []
    seen: set[str] = set()
    for line, ev in items:
        if ev.account_id not in known:
            counts.rejected.append(Rejection(line, f"unknown account {ev.account_id!r}"))
            continue
        key = event_key(ev)
        if key in seen:
            counts.skipped += 1
            continue
        seen.add(key)
        batch.append((key, ev))
        if len(batch) >= _BATCH:
            _insert_batch(session, batch, counts)
            batch = []
    if batch:
        _insert_batch(session, batch, counts)
    return counts


def _insert_batch(session: Session, batch: list[tuple[str, Event]], counts: WriteCounts) -> None:
    keys = [k for k, _ in batch]
    stored = set(session.scalars(select(EventRow.dedup_key).where(EventRow.dedup_key.in_(keys))))
    rows = [
        {
            "dedup_key": key,
            "event_id": ev.event_id,
            "account_id": ev.account_id,
            "user_id": ev.user_id,
            "name": ev.name,
            "ts": ev.timestamp,
            "day": ev.timestamp.date(),
            "properties": ev.properties,
        }
        for key, ev in batch
        if key not in stored
    ]
    counts.skipped += len(batch) - len(rows)
    if rows:
        # Another writer (a second API worker) may have stored the same event since the check: the unique
        # key decides, and only the rows this statement inserted count as loaded.
        statement = insert_for(session)(EventRow).on_conflict_do_nothing(index_elements=["dedup_key"])
        inserted = set(session.scalars(statement.returning(EventRow.dedup_key), rows))
        counts.loaded += len(inserted)
        counts.skipped += len(rows) - len(inserted)
        new = [r for r in rows if r["dedup_key"] in inserted]
        rollup.add_events(session, new)
        mark_changed_accounts(session, new)


def mark_changed_accounts(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Record, with the events themselves, which accounts have new events for the worker to react to
    (`account_changes`): the latest day of a new `limit_reached` event, and a version that grows per batch."""
    limit_days: dict[str, date | None] = {}
    for row in rows:
        latest = limit_days.get(row["account_id"])
        if row["name"] == "limit_reached" and (latest is None or row["day"] > latest):
            latest = row["day"]
        limit_days[row["account_id"]] = latest
    if not limit_days:
        return
    now = datetime.now(UTC)
    values = [
        {"account_id": a, "version": 1, "limit_day": d, "changed_at": now, "claimed_until": None}
        for a, d in sorted(limit_days.items())  # one lock order for every writer: no deadlocks
    ]
    statement = insert_for(session)(AccountChangeRow).values(values)
    stored, new = AccountChangeRow.limit_day, statement.excluded.limit_day
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["account_id"],
            set_={
                "version": AccountChangeRow.version + 1,
                "limit_day": case(
                    (new.is_(None), stored), (or_(stored.is_(None), new > stored), new), else_=stored
                ),
                "changed_at": now,
                "claimed_until": None,  # new events: any worker may react again at once
            },
        )
    )
