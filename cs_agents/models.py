"""Domain models of SPEC.md: the records a product data folder holds, validated on the way in."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Category = Literal[
    "how_to",
    "account_access",
    "billing",
    "bug_report",
    "outage",
    "integration",
    "feature_request",
    "onboarding",
    "cancellation",
    "data_privacy",
    "other",
]
CATEGORIES: tuple[str, ...] = get_args(Category)
Priority = Literal["low", "normal", "high", "urgent"]
Resolution = Literal["answer", "escalate"]
Channel = Literal["email", "chat", "in_app"]
Plan = Literal["free", "starter", "pro", "enterprise"]
ArticleType = Literal["article", "known_issue", "policy"]
FeatureClass = Literal["basic", "core", "advanced"]

# SPEC section 4: the event names with a meaning; others are still activity.
EVENT_NAMES = (
    "login",
    "profile_completed",
    "key_action",
    "feature_used",
    "integration_connected",
    "workspace_created",
    "user_invited",
    "limit_reached",
    "nps_submitted",
    "csat_submitted",
)
_REQUIRED_PROPERTY = {
    "feature_used": "feature",
    "integration_connected": "integration",
    "limit_reached": "limit",
    "nps_submitted": "score",
    "csat_submitted": "score",
}
_SCORE_RANGE = {"nps_submitted": (0, 10), "csat_submitted": (1, 5)}


def aware_utc(value: datetime) -> datetime:
    """SPEC timestamps carry a timezone; a naive one is an input error, not a guess."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("timestamp has no timezone; write it like 2026-11-01T09:30:00Z")
    return value.astimezone(UTC)


class Contact(BaseModel):
    name: str | None = Field(default=None, description="the main contact's name")
    email: str | None = Field(default=None, description="the main contact's email address")


class Account(BaseModel):
    """A customer account (SPEC section 3)."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1, max_length=128, description="account id, e.g. acc_001")
    name: str = Field(min_length=1, max_length=300, description="the customer's company name")
    plan: Plan = Field(description="the plan the account is on")
    seats: int = Field(ge=1, description="seats the plan includes")
    mrr: float = Field(default=0.0, ge=0, description="monthly recurring revenue")
    signup_date: date = Field(description="the day the account signed up")
    industry: str | None = Field(default=None, description="the customer's industry")
    contact: Contact = Field(default_factory=Contact, description="the main contact")


class Event(BaseModel):
    """A product event (SPEC section 4)."""

    model_config = ConfigDict(extra="ignore")

    event_id: str | None = Field(default=None, max_length=200)
    account_id: str = Field(min_length=1, max_length=128)
    user_id: str = Field(min_length=1, max_length=200)
    name: str = Field(min_length=1, max_length=100)
    timestamp: datetime
    properties: dict[str, Any] = Field(default_factory=dict)

    @field_validator("timestamp")
    @classmethod
    def _tz(cls, value: datetime) -> datetime:
        return aware_utc(value)

    @model_validator(mode="after")
    def _properties(self) -> Event:
        key = _REQUIRED_PROPERTY.get(self.name)
        if key is None:
            return self
        value = self.properties.get(key)
        if self.name in _SCORE_RANGE:
            low, high = _SCORE_RANGE[self.name]
            if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
                raise ValueError(f"{self.name} needs an integer properties.score from {low} to {high}")
            if not low <= value <= high:
                raise ValueError(f"{self.name} score {value} is outside {low}-{high}")
        elif not isinstance(value, str) or not value.strip():
            raise ValueError(f"{self.name} needs a non-empty properties.{key}")
        return self


class Expected(BaseModel):
    """What an evaluation expects of a ticket's outcome; every field optional (SPEC section 2)."""

    model_config = ConfigDict(extra="ignore")

    category: Category | None = None
    priority: Priority | None = None
    resolution: Resolution | None = None
    kb_ids: list[str] = Field(default_factory=list)
    must_mention: list[str] = Field(default_factory=list)
    must_not_mention: list[str] = Field(default_factory=list)


class Ticket(BaseModel):
    """A support ticket or chat message (SPEC section 2)."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1, max_length=128, description="ticket id")
    account_id: str | None = Field(default=None, description="the customer's account; null if anonymous")
    channel: Channel = Field(default="email", description="where the ticket came from")
    subject: str = Field(default="", max_length=1000, description="the subject line, may be empty")
    body: str = Field(min_length=1, max_length=100_000, description="what the customer wrote")
    created_at: datetime | None = Field(default=None, description="when the customer wrote it")
    expected: Expected | None = Field(default=None, description="evaluation labels, only in eval data")

    @property
    def text(self) -> str:
        """Subject and body as one message, an empty subject left out (what triage and training read)."""
        return "\n".join(part for part in (self.subject, self.body) if part.strip())

    # The support team's labels of a history ticket (SPEC section 2). They are stored in `ticket_labels`,
    # not with the ticket, and kept out of `model_dump` so the ticket's record hash (reload detection)
    # covers the ticket alone: tickets stored before labels existed stay "unchanged".
    category: Category | None = Field(default=None, exclude=True, description="the team's category label")
    priority: Priority | None = Field(default=None, exclude=True, description="the team's priority label")
    resolution: Resolution | None = Field(
        default=None, exclude=True, description="the team's resolution label"
    )

    @field_validator("created_at")
    @classmethod
    def _tz(cls, value: datetime | None) -> datetime | None:
        return None if value is None else aware_utc(value)

    @field_validator("subject", mode="before")
    @classmethod
    def _subject(cls, value: object) -> object:
        return "" if value is None else value
