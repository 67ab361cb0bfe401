"""Marketing: onboarding and lifecycle content (welcome sequences, checklists, milestone and win-back
emails), always drafts for a person to approve. The schemas are the contract of the drafts; the drafting
policy for SPEC section 5's onboarding campaign comes with the proactive workflows."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class DraftMessage(BaseModel):
    """One message of a campaign, written for one account."""

    day: int = Field(ge=0, description="days after signup (or after the trigger) when it goes out")
    channel: Literal["email", "in_app", "csm_task"] = Field(
        description="how it reaches the customer or the CSM"
    )
    subject: str = Field(description="the subject line, personal to the account")
    body: str = Field(description="the message, with no placeholder left")
    kb_links: list[str] = Field(description="ids of the knowledge-base articles it links")


class ChecklistItem(BaseModel):
    milestone: str = Field(description="an activation milestone, e.g. profile_completed")
    done: bool = Field(description="whether the account has reached it")
    help_article: str | None = Field(default=None, description="the article that helps with it")


class Campaign(BaseModel):
    """A drafted campaign awaiting review."""

    account_id: str = Field(description="the account it is written for")
    kind: Literal["onboarding", "win_back", "milestone"] = Field(description="what the campaign is for")
    messages: list[DraftMessage] = Field(description="the sequence, in send order")
    checklist: list[ChecklistItem] = Field(
        default_factory=list, description="onboarding milestones and status"
    )
