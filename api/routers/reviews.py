"""The review queue (reviewer and admin keys): list, show, approve (with optional edits), reject."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response
from fastapi import Path as PathParam
from pydantic import BaseModel, ConfigDict, Field

from agents.observability import RiskTier
from api.auth import Principal
from api.deps import RateLimited, ReviewsDep, StaffDep
from api.problems import COMMON_ERRORS, Problem, problem
from graph.review import DecisionType
from graph.reviews_service import Review, ReviewStatus

router = APIRouter(
    prefix="/v1/reviews", tags=["reviews"], dependencies=[RateLimited], responses=COMMON_ERRORS
)


TOTAL_HEADER = "X-Total-Count"

# Review ids are database integers: a larger number is a 422, not an overflow deep in the driver.
ReviewId = Annotated[int, PathParam(ge=1, le=2**63 - 1, description="the review's id")]


class ReviewOut(BaseModel):
    """A draft waiting for (or decided by) a person, in agent-inbox form."""

    id: int
    workflow: str = Field(description="onboarding, retention or knowledge_gaps")
    kind: str = Field(description="campaign, play or article")
    account_id: str | None
    title: str
    status: ReviewStatus
    action: dict[str, Any] = Field(description="the proposal: name, args (editable), description (evidence)")
    allowed_decisions: list[str]
    payload: dict[str, Any] = Field(description="the interrupt value: action_requests and review_configs")
    thread_id: str
    decided_by: str | None
    decided_at: datetime | None
    decision: dict[str, Any] | None
    resumed_at: datetime | None
    resume_error: str | None
    created_at: datetime

    @classmethod
    def of(cls, review: Review) -> ReviewOut:
        return cls(
            **review.model_dump(exclude={"interrupt_id"}),
            action=review.action,
            allowed_decisions=review.allowed_decisions,
        )


class ApproveIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    edited_args: dict[str, Any] | None = Field(
        default=None, description="the proposal's args as the reviewer edited them; omit to approve as is"
    )
    by: str | None = Field(
        default=None, max_length=200, description="who decides (recorded with the key's name)"
    )


class RejectIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=4000, description="why; the workflow records it")
    by: str | None = Field(default=None, max_length=200)


class DecisionOut(BaseModel):
    review: ReviewOut
    new_reviews: list[ReviewOut] = Field(description="reviews the resumed workflow asked for next")


def _actor(principal: Principal, by: str | None) -> str:
    if by and by.strip() and by.strip() != principal.name:
        return f"{by.strip()} (key {principal.name})"
    return principal.name


@router.get(
    "",
    response_model=list[ReviewOut],
    responses={200: {"headers": {TOTAL_HEADER: {"description": "reviews matching the filters, all pages"}}}},
)
def list_reviews(
    _staff: StaffDep,
    reviews: ReviewsDep,
    response: Response,
    status: Annotated[
        ReviewStatus | Literal["all"],
        Query(description="pending (default), approved, edited, rejected or all"),
    ] = "pending",
    kind: Annotated[str | None, Query(max_length=40, description="campaign, play, article ...")] = None,
    account_id: Annotated[str | None, Query(max_length=128, description="only this account's")] = None,
    risk: Annotated[
        RiskTier | None,
        Query(description="only accounts in this risk tier on the latest stored health day"),
    ] = None,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="skip this many")] = 0,
    limit: Annotated[int | None, Query(ge=1, le=1000, description="at most this many (default all)")] = None,
) -> list[ReviewOut]:
    """Reviews oldest first, filtered; the `X-Total-Count` header says how many match in all pages."""
    chosen = None if status == "all" else status
    filters: dict[str, Any] = {"kind": kind, "account_id": account_id, "risk": risk}
    response.headers[TOTAL_HEADER] = str(reviews.count(chosen, **filters))
    page = reviews.list(chosen, offset=offset, limit=limit, **filters)
    return [ReviewOut.of(r) for r in page]


@router.get("/{review_id}", response_model=ReviewOut, responses={404: problem("no such review")})
def get_review(review_id: ReviewId, _staff: StaffDep, reviews: ReviewsDep) -> ReviewOut:
    return ReviewOut.of(reviews.get(review_id))


_DECIDE_ERRORS: dict[int | str, dict[str, Any]] = {
    404: problem("no such review"),
    409: problem("already decided: `decided_by`, `decided_at` and `review_status` say by whom and how"),
    503: problem("the decision is recorded but the workflow could not go on yet"),
}


@router.post("/{review_id}/approve", response_model=DecisionOut, responses=_DECIDE_ERRORS)
def approve(
    review_id: ReviewId, staff: StaffDep, reviews: ReviewsDep, body: ApproveIn | None = None
) -> DecisionOut:
    """Approve the draft, with `edited_args` to approve an edited version; the workflow goes on."""
    body = body or ApproveIn()
    decision: DecisionType = "edit" if body.edited_args is not None else "approve"
    result = reviews.decide(
        review_id, decision, _actor(staff, body.by), edited_args=body.edited_args, role=staff.role
    )
    return DecisionOut(
        review=ReviewOut.of(result.review), new_reviews=[ReviewOut.of(r) for r in result.new_reviews]
    )


@router.post("/{review_id}/reject", response_model=DecisionOut, responses=_DECIDE_ERRORS)
def reject(review_id: ReviewId, body: RejectIn, staff: StaffDep, reviews: ReviewsDep) -> DecisionOut:
    """Reject the draft with a reason; nothing of it leaves the system."""
    if not body.reason.strip():
        raise Problem(422, "the reason is blank; say why the draft is rejected", type="invalid-decision")
    result = reviews.decide(review_id, "reject", _actor(staff, body.by), reason=body.reason)
    return DecisionOut(
        review=ReviewOut.of(result.review), new_reviews=[ReviewOut.of(r) for r in result.new_reviews]
    )
