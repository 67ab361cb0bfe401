"""Product events: batch ingestion, idempotent per SPEC section 4, with a reason for every event refused."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from api.deps import DatabaseDep, PrincipalDep, RateLimited, SettingsDep
from api.problems import COMMON_ERRORS, Problem, problem
from cs_agents.jsonl import text_problem
from cs_agents.models import Event
from cs_agents.records import insert_events

router = APIRouter(prefix="/v1/events", tags=["events"], dependencies=[RateLimited], responses=COMMON_ERRORS)


class EventBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    events: list[dict[str, Any]] = Field(
        description="SPEC section 4 events: event_id (optional), account_id, user_id, name, timestamp, "
        "properties. Each is checked on its own: a bad one is rejected, the others are stored"
    )


class EventRejection(BaseModel):
    index: int = Field(description="position of the event in `events`, from 0")
    reason: str


class EventsResult(BaseModel):
    loaded: int = Field(description="new events stored")
    skipped: int = Field(description="duplicates: already stored, or repeated in the batch")
    rejected: list[EventRejection]


def _reason(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        message = str(err["msg"]).removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)


@router.post("", response_model=EventsResult, responses={403: problem("an event of another account")})
def ingest_events(
    batch: EventBatch, principal: PrincipalDep, db: DatabaseDep, settings: SettingsDep
) -> EventsResult:
    """Store new events; an event already stored (by event_id, else by its content) is skipped, an event
    of an unknown account or with invalid fields is rejected with the reason. Customer tokens may send
    events of their own account only."""
    limit = settings.max_events_per_request
    if not batch.events:
        raise Problem(422, "events is empty; send at least one event", type="validation-error")
    if len(batch.events) > limit:
        raise Problem(
            422,
            f"{len(batch.events):,} events in one request; send at most {limit:,} per request",
            type="batch-too-large",
        )
    if principal.kind == "customer":
        foreign = sorted(
            {str(e.get("account_id")) for e in batch.events if e.get("account_id") != principal.account_id}
        )
        if foreign:
            raise Problem(
                403,
                f"this customer token is for account {principal.account_id!r}; the batch has events of "
                f"{', '.join(repr(a) for a in foreign[:5])}; nothing was stored",
                type="forbidden-account",
            )
    valid: list[tuple[int, Event]] = []
    rejected: list[EventRejection] = []
    for index, raw in enumerate(batch.events):
        problem = text_problem(raw)  # JSON can carry text no database stores (NUL, lone surrogates)
        if problem:
            rejected.append(EventRejection(index=index, reason=problem))
            continue
        try:
            valid.append((index, Event.model_validate(raw)))
        except ValidationError as exc:
            rejected.append(EventRejection(index=index, reason=_reason(exc)))
    with db.session() as session:
        counts = insert_events(session, valid)
    rejected += [EventRejection(index=r.line or 0, reason=r.reason) for r in counts.rejected]
    rejected.sort(key=lambda r: r.index)
    return EventsResult(loaded=counts.loaded, skipped=counts.skipped, rejected=rejected)
