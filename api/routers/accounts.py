"""Accounts: health and signals as of a date, the onboarding draft, the retention scan."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, date, datetime
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from agents import lifecycle
from agents.observability import AccountHealth
from api.auth import scoped_account
from api.deps import DatabaseDep, PrincipalDep, RateLimited, ReviewsDep, StaffDep
from api.problems import COMMON_ERRORS, Problem, problem
from api.routers.reviews import ReviewOut
from api.schemas import EARLIEST_DAY, LATEST_DAY
from graph import onboarding, retention
from graph.delivery import account_record

router = APIRouter(prefix="/v1", tags=["accounts"], dependencies=[RateLimited], responses=COMMON_ERRORS)


def _today() -> date:
    return datetime.now(UTC).date()


@router.get(
    "/accounts/{account_id}/health", response_model=AccountHealth, responses={404: problem("unknown account")}
)
def account_health(
    account_id: str,
    principal: PrincipalDep,
    db: DatabaseDep,
    as_of: Annotated[
        date | None,
        Query(
            description="evaluate the rules as of this day (default today)", ge=EARLIEST_DAY, le=LATEST_DAY
        ),
    ] = None,
) -> AccountHealth:
    """Activation tier, risk and growth signals with their evidence, play and health score (SPEC 5)."""
    scoped_account(principal, account_id, "account")
    found = lifecycle.scan(db, as_of or _today(), [account_id])
    if not found:
        raise Problem(404, f"unknown account {account_id!r}", type="unknown-account")
    return found[0]


class OnboardingIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    as_of: date | None = Field(
        default=None, description="milestones as of this day (default today)", ge=EARLIEST_DAY, le=LATEST_DAY
    )


class WorkflowStarted(BaseModel):
    thread_id: str = Field(description="the workflow's thread")
    review_ids: list[int] = Field(description="the reviews it waits for")
    reviews: list[ReviewOut]


@router.post(
    "/accounts/{account_id}/onboarding",
    status_code=201,
    response_model=WorkflowStarted,
    responses={404: problem("unknown account")},
)
def start_onboarding(
    account_id: str, _staff: StaffDep, db: DatabaseDep, reviews: ReviewsDep, body: OnboardingIn | None = None
) -> WorkflowStarted:
    """Draft the account's onboarding campaign; it waits for review before anything is sent."""
    account_record(db, account_id)  # LookupError: 404
    day = (body.as_of if body else None) or _today()
    thread_id = f"onboarding-{account_id}-{uuid.uuid4().hex[:8]}"
    result = reviews.start(
        onboarding.WORKFLOW, thread_id, {"account_id": account_id, "as_of": day.isoformat()}
    )
    return WorkflowStarted(
        thread_id=thread_id,
        review_ids=[r.id for r in result.reviews],
        reviews=[ReviewOut.of(r) for r in result.reviews],
    )


class RetentionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    as_of: date | None = Field(
        default=None, description="score as of this day (default today)", ge=EARLIEST_DAY, le=LATEST_DAY
    )
    account_ids: list[str] | None = Field(
        default=None, max_length=10_000, description="default every account"
    )
    limit: int | None = Field(
        default=None, ge=1, le=10_000, description="at most this many plays, most at risk first"
    )
    propose: bool = Field(default=False, description="also draft a play for each, each waiting for review")


class RetentionOut(BaseModel):
    as_of: date
    scanned: int = Field(description="accounts scored")
    risk_tiers: dict[str, int] = Field(description="accounts per risk tier")
    needing_play: list[AccountHealth] = Field(description="accounts a play is for, most at risk first")
    thread_id: str | None = Field(description="the retention workflow's thread, when propose")
    review_ids: list[int] = Field(description="the plays waiting for review, when propose")


@router.post("/retention/scan", response_model=RetentionOut)
def retention_scan(
    _staff: StaffDep, db: DatabaseDep, reviews: ReviewsDep, body: RetentionIn | None = None
) -> RetentionOut:
    """Score accounts (SPEC 5); with `propose`, start the retention workflow that drafts their plays."""
    body = body or RetentionIn()
    day = body.as_of or _today()
    healths = lifecycle.scan(db, day, body.account_ids)
    needing = sorted(
        (h for h in healths if h.play),
        key=lambda h: (retention.RISK_ORDER[h.risk_tier], h.health_score, h.account_id),
    )
    if body.limit:
        needing = needing[: body.limit]
    thread_id: str | None = None
    review_ids: list[int] = []
    if body.propose and needing:
        thread_id = f"retention-{day.isoformat()}-{uuid.uuid4().hex[:8]}"
        started = reviews.start(
            retention.WORKFLOW,
            thread_id,
            {"as_of": day.isoformat(), "account_ids": body.account_ids, "limit": body.limit},
        )
        review_ids = [r.id for r in started.reviews]
    tiers = Counter(h.risk_tier for h in healths)
    return RetentionOut(
        as_of=day,
        scanned=len(healths),
        risk_tiers={t: tiers.get(t, 0) for t in ("high", "medium", "low")},
        needing_play=needing,
        thread_id=thread_id,
        review_ids=review_ids,
    )
