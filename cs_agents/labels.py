"""The support team's labels on tickets: stored, set by reviewers, and read back as training examples.

A ticket has at most one label row (`ticket_labels`): category, priority and resolution (each optional,
SPEC section 2's vocabularies), where it came from (`history`: a history ticket's top-level labels, by
the loader; `reviewer`: a person, through the API, the CLI or the pages), who and when.

- The loader stores a history ticket's labels whenever any of the three is present, updates them when
  the file changes, and drops them when the ticket comes back without labels; it never touches a
  reviewer's label. Labels on a ticket with `expected` (evaluation data) are not stored.
- A reviewer's label merges with the stored one: fields left out keep their value. It becomes the
  reviewer's (source `reviewer`) and is recorded in the audit log.
- `labelled_examples` and `labels_version` are what triage reads.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, get_args

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from cs_agents.audit import audit
from cs_agents.db import Database, TicketLabelRow, TicketRow, insert_for
from cs_agents.models import CATEGORIES, Priority, Resolution, Ticket

LABEL_FIELDS = ("category", "priority", "resolution")
PRIORITIES: tuple[str, ...] = get_args(Priority)
RESOLUTIONS: tuple[str, ...] = get_args(Resolution)
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "category": CATEGORIES,
    "priority": PRIORITIES,
    "resolution": RESOLUTIONS,
}
LabelSource = Literal["history", "reviewer"]
IMPORT_ACTOR = "import"


class UnknownTicket(LookupError):
    """No stored ticket has this id."""


class InvalidLabel(ValueError):
    """A value outside SPEC's vocabularies, or no value at all."""


@dataclass(frozen=True)
class TicketLabel:
    ticket_id: str
    category: str | None
    priority: str | None
    resolution: str | None
    source: LabelSource
    labelled_by: str
    labelled_at: datetime

    @classmethod
    def of(cls, row: TicketLabelRow) -> TicketLabel:
        source: LabelSource = "reviewer" if row.source == "reviewer" else "history"
        return cls(
            row.ticket_id,
            row.category,
            row.priority,
            row.resolution,
            source,
            row.labelled_by,
            row.labelled_at,
        )


@dataclass(frozen=True)
class LabelledExample:
    """A labelled ticket as triage learns from it: text is the stored subject and body, one per line."""

    ticket_id: str
    text: str
    category: str
    priority: str | None
    resolution: str | None


@dataclass
class LabelCounts:
    """What an import did to the labels table."""

    stored: int = 0
    updated: int = 0
    removed: int = 0
    kept: int = 0  # a reviewer's label, left as it is
    ignored: int = 0  # labels on evaluation tickets (with `expected`): not history, never stored

    def note(self) -> str | None:
        parts = [
            f"{n} {what}"
            for n, what in (
                (self.stored, "stored"),
                (self.updated, "updated"),
                (self.removed, "removed (the ticket has none now)"),
                (self.kept, "kept as a reviewer set them"),
                (self.ignored, "ignored on tickets with `expected` (evaluation tickets teach nothing)"),
            )
            if n
        ]
        return f"labels: {', '.join(parts)}" if parts else None


def check_values(category: str | None, priority: str | None, resolution: str | None) -> None:
    """Raise InvalidLabel unless at least one value is given and each is in its vocabulary."""
    given = {"category": category, "priority": priority, "resolution": resolution}
    if all(value is None for value in given.values()):
        raise InvalidLabel("give at least one of category, priority, resolution")
    for name, value in given.items():
        if value is not None and value not in VOCABULARIES[name]:
            raise InvalidLabel(f"{name} {value!r} is not one of {', '.join(VOCABULARIES[name])}")


def get_label(db: Database, ticket_id: str) -> TicketLabel | None:
    with db.session() as session:
        row = session.get(TicketLabelRow, ticket_id)
        return TicketLabel.of(row) if row is not None else None


def set_label(
    db: Database,
    ticket_id: str,
    *,
    by: str,
    category: str | None = None,
    priority: str | None = None,
    resolution: str | None = None,
    now: datetime | None = None,
) -> TicketLabel:
    """A reviewer labels a ticket (API, CLI and pages all come here). Values left out keep the stored
    ones; the label becomes the reviewer's. Raises InvalidLabel or UnknownTicket."""
    check_values(category, priority, resolution)
    if not by.strip():
        raise InvalidLabel("say who labels the ticket")
    at = now or datetime.now(UTC)
    with db.session() as session:
        if session.get(TicketRow, ticket_id) is None:
            raise UnknownTicket(f"no ticket {ticket_id!r}")
        before = session.get(TicketLabelRow, ticket_id)
        previous = TicketLabel.of(before) if before is not None else None
        insert = insert_for(session)(TicketLabelRow).values(
            ticket_id=ticket_id,
            category=category,
            priority=priority,
            resolution=resolution,
            source="reviewer",
            labelled_by=by.strip(),
            labelled_at=at,
        )
        # One statement, so two reviewers labelling a new ticket at once both succeed (the later wins
        # field by field) instead of one failing on the primary key.
        statement = insert.on_conflict_do_update(
            index_elements=["ticket_id"],
            set_={
                "category": func.coalesce(insert.excluded.category, TicketLabelRow.category),
                "priority": func.coalesce(insert.excluded.priority, TicketLabelRow.priority),
                "resolution": func.coalesce(insert.excluded.resolution, TicketLabelRow.resolution),
                "source": insert.excluded.source,
                "labelled_by": insert.excluded.labelled_by,
                "labelled_at": insert.excluded.labelled_at,
            },
        )
        session.execute(statement)
        row = session.scalars(
            select(TicketLabelRow)
            .where(TicketLabelRow.ticket_id == ticket_id)
            .execution_options(populate_existing=True)
        ).one()
        label = TicketLabel.of(row)
        audit(
            session,
            label.labelled_by,
            "label_ticket",
            ticket_id=ticket_id,
            label={k: getattr(label, k) for k in LABEL_FIELDS},
            previous=(
                {k: getattr(previous, k) for k in (*LABEL_FIELDS, "source", "labelled_by")}
                if previous
                else None
            ),
        )
    return label


def store_history_labels(session: Session, items: Sequence[tuple[int, Ticket]]) -> LabelCounts:
    """The loader's part: each history ticket's top-level labels (source `history`, by `import`).

    A ticket with `expected` is an evaluation ticket, not history (SPEC section 2): labels on it are not
    stored, so an evaluation never grades triage on tickets it learned from."""
    counts = LabelCounts()
    now = datetime.now(UTC)
    for _line, ticket in items:
        values = {k: getattr(ticket, k) for k in LABEL_FIELDS}
        if ticket.expected is not None and any(v is not None for v in values.values()):
            counts.ignored += 1
            values = dict.fromkeys(LABEL_FIELDS)
        row = session.get(TicketLabelRow, ticket.id)
        if all(v is None for v in values.values()):
            if row is not None and row.source == "history":
                session.execute(
                    delete(TicketLabelRow).where(
                        TicketLabelRow.ticket_id == ticket.id, TicketLabelRow.source == "history"
                    )
                )
                counts.removed += 1
            continue
        if row is None:
            # A reviewer labelling this ticket meanwhile wins: nothing is inserted over their row.
            statement = (
                insert_for(session)(TicketLabelRow)
                .values(
                    ticket_id=ticket.id,
                    **values,
                    source="history",
                    labelled_by=IMPORT_ACTOR,
                    labelled_at=now,
                )
                .on_conflict_do_nothing(index_elements=["ticket_id"])
                .returning(TicketLabelRow.ticket_id)
            )
            counts.stored += len(session.execute(statement).all())
        elif row.source != "history":
            counts.kept += 1
        elif any(getattr(row, k) != v for k, v in values.items()):
            changed = session.execute(
                update(TicketLabelRow)
                .where(TicketLabelRow.ticket_id == ticket.id, TicketLabelRow.source == "history")
                .values(**values, labelled_by=IMPORT_ACTOR, labelled_at=now)
                .returning(TicketLabelRow.ticket_id)
                .execution_options(synchronize_session=False)
            ).all()
            counts.updated += 1 if changed else 0
            counts.kept += 0 if changed else 1
    session.flush()
    return counts


def labelled_examples(db: Database) -> list[LabelledExample]:
    """Every stored ticket whose label has a category, by ticket id."""
    query = (
        select(
            TicketRow.id,
            TicketRow.subject,
            TicketRow.body,
            TicketLabelRow.category,
            TicketLabelRow.priority,
            TicketLabelRow.resolution,
        )
        .join(TicketLabelRow, TicketLabelRow.ticket_id == TicketRow.id)
        .where(TicketLabelRow.category.is_not(None))
        .order_by(TicketRow.id)
    )
    with db.session() as session:
        rows = session.execute(query).all()
    return [
        LabelledExample(
            ticket_id=ticket_id,
            text="\n".join(part for part in (subject, body) if part and part.strip()),
            category=str(category),  # not null: the query asks for it
            priority=priority,
            resolution=resolution,
        )
        for ticket_id, subject, body, category, priority, resolution in rows
    ]


def labels_version(db: Database) -> str:
    """A short hash that changes whenever a label is added, changed or removed (every change sets
    labelled_at to now; a removal lowers the count). One aggregate query, no rows read."""
    with db.session() as session:
        count, latest = session.execute(select(func.count(), func.max(TicketLabelRow.labelled_at))).one()
    stamp = latest.isoformat() if isinstance(latest, datetime) else str(latest)
    return hashlib.sha256(f"{count}|{stamp}".encode()).hexdigest()[:16]
