"""Tickets: create (runs the ticket flow and stores it), read one, list with filters and a cursor, and
the support team's labels (staff)."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from sqlalchemy import and_, or_, select

from api.auth import scoped_account
from api.deps import DatabaseDep, MetricsDep, PrincipalDep, RateLimited, RunnerDep, SettingsDep, StaffDep
from api.problems import COMMON_ERRORS, Problem, problem
from api.routers.chat import resolve_account
from api.schemas import ReplyOut
from cs_agents.db import Database, TicketOutcomeRow, TicketRow
from cs_agents.labels import InvalidLabel, TicketLabel, UnknownTicket, get_label, set_label
from cs_agents.models import Category, Channel, Priority, Resolution, Ticket, aware_utc
from graph.outcome import TicketOutcome

router = APIRouter(
    prefix="/v1/tickets", tags=["tickets"], dependencies=[RateLimited], responses=COMMON_ERRORS
)

TicketStatus = Literal["open", "answered", "escalated"]
TICKET_ID = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"


class TicketIn(BaseModel):
    """A ticket (SPEC section 2); `expected` labels belong to evaluation data and are not taken here."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, pattern=TICKET_ID, description="default: a new id T-<random>")
    account_id: str | None = Field(
        default=None, description="staff: the customer's account (null: anonymous); customers: their own"
    )
    channel: Channel = "email"
    subject: str = Field(default="", max_length=1000)
    body: str = Field(min_length=1, max_length=100_000, description="what the customer wrote")
    created_at: datetime | None = Field(default=None, description="ISO-8601 with a timezone; default now")

    @field_validator("body")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the ticket body is blank; write what the customer asked")
        return value

    @field_validator("created_at")
    @classmethod
    def _tz(cls, value: datetime | None) -> datetime | None:
        return None if value is None else aware_utc(value)


class TicketRecord(BaseModel):
    id: str
    account_id: str | None
    channel: str
    subject: str
    body: str = Field(description="as stored: secrets the customer pasted are masked")
    created_at: datetime | None


class LabelIn(BaseModel):
    """The support team's label of a ticket: at least one field; fields left out keep the stored value."""

    model_config = ConfigDict(extra="forbid")

    category: Category | None = Field(default=None, description="SPEC section 2's categories")
    priority: Priority | None = None
    resolution: Resolution | None = None

    @model_validator(mode="after")
    def _at_least_one(self) -> LabelIn:
        if self.category is None and self.priority is None and self.resolution is None:
            raise ValueError("give at least one of category, priority, resolution")
        return self


class TicketLabelOut(BaseModel):
    """A ticket's stored label: what triage learns from."""

    ticket_id: str
    category: Category | None
    priority: Priority | None
    resolution: Resolution | None
    source: Literal["history", "reviewer"] = Field(
        description="history: imported with a history ticket (by `import`); reviewer: set by a person"
    )
    labelled_by: str = Field(description="the key's name (API, pages), --by (CLI), or `import`")
    labelled_at: datetime

    @classmethod
    def of(cls, label: TicketLabel) -> TicketLabelOut:
        return cls.model_validate(label, from_attributes=True)


class TicketOut(BaseModel):
    ticket: TicketRecord
    outcome: ReplyOut | None = Field(description="the latest run of the ticket flow; null if never run")
    label: TicketLabelOut | None = Field(
        default=None, description="the support team's label (staff only; null if none, or for customers)"
    )


class TicketSummary(BaseModel):
    id: str
    account_id: str | None
    channel: str
    subject: str
    created_at: datetime | None
    status: TicketStatus = Field(description="open (never run), answered or escalated")
    category: Category | None
    priority: Priority | None
    resolution: Resolution | None


class TicketPage(BaseModel):
    items: list[TicketSummary]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last page")


def _record(row: TicketRow) -> TicketRecord:
    return TicketRecord(
        id=row.id,
        account_id=row.account_id,
        channel=row.channel,
        subject=row.subject,
        body=row.body,
        created_at=row.created_at,
    )


@router.post(
    "",
    status_code=201,
    response_model=TicketOut,
    responses={
        404: problem("unknown account, or (customer tokens) the id is another account's ticket"),
        409: problem("a ticket with this id exists"),
    },
)
def create_ticket(
    body: TicketIn,
    response: Response,
    principal: PrincipalDep,
    runner: RunnerDep,
    db: DatabaseDep,
    metrics: MetricsDep,
    settings: SettingsDep,
) -> TicketOut:
    """Run the ticket flow on a new ticket and store both; the account of a customer comes from its token."""
    account_id = resolve_account(principal, body.account_id, db)
    ticket_id = body.id or f"T-{uuid.uuid4().hex[:12]}"
    with db.session() as session:
        existing = session.get(TicketRow, ticket_id)
        owner = existing.account_id if existing is not None else None
    in_use, thread_owner = runner.thread_account(f"thread-{ticket_id}")
    if existing is None and in_use:
        owner = thread_owner
    if existing is not None or in_use:  # never continue someone else's conversation
        if principal.kind == "customer" and owner != principal.account_id:
            # Another account's ticket answers as GET does (404): a 409 here confirmed that it exists.
            raise Problem(
                404, f"no ticket {ticket_id!r} of yours; leave id out to get a new one", type="unknown-ticket"
            )
        raise Problem(
            409, f"ticket {ticket_id!r} exists already; leave id out to get a new one", type="ticket-exists"
        )
    ticket = Ticket(
        id=ticket_id,
        account_id=account_id,
        channel=body.channel,
        subject=body.subject,
        body=body.body,
        created_at=body.created_at or datetime.now(UTC),
    )
    outcome = runner.run(ticket)
    metrics.observe_outcome(outcome, settings.llm_provider != "offline")
    response.headers["Location"] = f"/v1/tickets/{ticket_id}"
    with db.session() as session:
        row = session.get(TicketRow, ticket_id)
        assert row is not None
        record = _record(row)
    return TicketOut(ticket=record, outcome=ReplyOut.of(outcome, principal))


@router.get("/{ticket_id}", response_model=TicketOut, responses={404: problem("no such ticket")})
def get_ticket(ticket_id: str, principal: PrincipalDep, db: DatabaseDep) -> TicketOut:
    """One ticket and its latest outcome; a customer sees only its own account's tickets."""
    with db.session() as session:
        row = session.get(TicketRow, ticket_id)
        if row is None or (principal.kind == "customer" and row.account_id != principal.account_id):
            raise Problem(404, f"no ticket {ticket_id!r}", type="unknown-ticket")
        record = _record(row)
        stored = session.get(TicketOutcomeRow, ticket_id)
        outcome = TicketOutcome.model_validate(stored.outcome) if stored is not None else None
    label = get_label(db, ticket_id) if principal.is_staff else None
    return TicketOut(
        ticket=record,
        outcome=ReplyOut.of(outcome, principal) if outcome else None,
        label=TicketLabelOut.of(label) if label else None,
    )


def label_ticket(db: Database, ticket_id: str, body: LabelIn, by: str) -> TicketLabel:
    """The API's and the pages' way to a stored label: problems instead of exceptions."""
    try:
        return set_label(
            db,
            ticket_id,
            by=by,
            category=body.category,
            priority=body.priority,
            resolution=body.resolution,
        )
    except UnknownTicket:
        raise Problem(404, f"no ticket {ticket_id!r}", type="unknown-ticket") from None
    except InvalidLabel as exc:
        raise Problem(422, str(exc), type="invalid-label") from None


@router.post(
    "/{ticket_id}/labels",
    response_model=TicketLabelOut,
    responses={404: problem("no such ticket")},
)
def post_label(ticket_id: str, body: LabelIn, principal: StaffDep, db: DatabaseDep) -> TicketLabelOut:
    """Label a ticket (staff: admin and reviewer keys): category, priority and/or resolution, which the
    triage learns from. Fields left out keep the stored value; the label becomes the caller's (`source`
    reviewer, `labelled_by` the key's name, `labelled_at` now), and an import never overwrites it."""
    return TicketLabelOut.of(label_ticket(db, ticket_id, body, principal.name))


def _encode_cursor(created_at: datetime | None, ticket_id: str) -> str:
    raw = json.dumps([created_at.isoformat() if created_at else None, ticket_id]).encode()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _decode_cursor(cursor: str) -> tuple[datetime | None, str]:
    try:
        created, ticket_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        when = aware_utc(datetime.fromisoformat(created)) if created is not None else None
        if not isinstance(ticket_id, str):
            raise TypeError
    except (binascii.Error, ValueError, TypeError):
        raise Problem(
            422,
            "cursor is not one this API returned; pass next_cursor of the previous page",
            type="bad-cursor",
        ) from None
    return when, ticket_id


@router.get("", response_model=TicketPage)
def list_tickets(
    principal: PrincipalDep,
    db: DatabaseDep,
    status: Annotated[TicketStatus | None, Query(description="open, answered or escalated")] = None,
    category: Annotated[Category | None, Query(description="the category triage gave")] = None,
    account_id: Annotated[str | None, Query(description="staff only; customers see their own")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page")] = None,
) -> TicketPage:
    """Tickets newest first (tickets without a date last)."""
    account = scoped_account(principal, account_id)
    query = select(TicketRow, TicketOutcomeRow).outerjoin(
        TicketOutcomeRow, TicketOutcomeRow.ticket_id == TicketRow.id
    )
    if account is not None:
        query = query.where(TicketRow.account_id == account)
    if status == "open":
        query = query.where(TicketOutcomeRow.ticket_id.is_(None))
    elif status is not None:
        query = query.where(TicketOutcomeRow.resolution == ("answer" if status == "answered" else "escalate"))
    if category is not None:
        query = query.where(TicketOutcomeRow.category == category)
    if cursor is not None:
        when, last_id = _decode_cursor(cursor)
        if when is None:
            query = query.where(TicketRow.created_at.is_(None), TicketRow.id < last_id)
        else:
            query = query.where(
                or_(
                    TicketRow.created_at < when,
                    and_(TicketRow.created_at == when, TicketRow.id < last_id),
                    TicketRow.created_at.is_(None),
                )
            )
    query = query.order_by(TicketRow.created_at.desc().nulls_last(), TicketRow.id.desc()).limit(limit + 1)
    with db.session() as session:
        rows = session.execute(query).all()
    items = [_summary(t, o) for t, o in rows[:limit]]
    more = len(rows) > limit
    last = rows[limit - 1][0] if more else None
    return TicketPage(items=items, next_cursor=_encode_cursor(last.created_at, last.id) if last else None)


def _summary(ticket: TicketRow, stored: TicketOutcomeRow | None) -> TicketSummary:
    outcome: dict[str, Any] = stored.outcome if stored is not None else {}
    status: TicketStatus = "open"
    if stored is not None:
        status = "answered" if stored.resolution == "answer" else "escalated"
    return TicketSummary(
        id=ticket.id,
        account_id=ticket.account_id,
        channel=ticket.channel,
        subject=ticket.subject,
        created_at=ticket.created_at,
        status=status,
        category=outcome.get("category"),
        priority=outcome.get("priority"),
        resolution=outcome.get("resolution"),
    )
