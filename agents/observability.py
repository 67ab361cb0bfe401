"""Observability: customer health from product events (activation tier, churn-risk signals with their
evidence, growth signals, a health score). The schemas are the contract the Growth and Marketing agents
read; the lifecycle engine that fills them (SPEC section 5) comes with the proactive workflows."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

RiskTier = Literal["low", "medium", "high"]
RiskSignalName = Literal[
    "dormant",
    "ticket_spike",
    "feature_decline",
    "negative_feedback",
    "usage_decline",
    "missed_milestone",
    "low_adoption",
    "low_engagement",
]
GrowthSignalName = Literal["limit_reached", "seat_utilization", "product_qualified", "advocate"]
PlayName = Literal["intervention", "engagement", "expansion", "advocacy"]
# The activation milestones of SPEC section 5, in the order an account usually reaches them.
MILESTONES = (
    "profile_completed",
    "key_action",
    "basic_feature",
    "two_core_features",
    "integration_connected",
    "active_3_of_4_weeks",
    "advanced_feature",
    "two_workspaces",
    "three_active_users",
)


class Signal(BaseModel):
    """A rule of SPEC section 5 that holds for the account, with the numbers behind it."""

    name: str = Field(description="the signal's name, e.g. dormant or limit_reached")
    severity: Literal["high", "medium", "growth"] = Field(description="which list the signal belongs to")
    evidence: dict[str, float | int | str | None] = Field(description="the numbers that make the rule hold")


class AccountHealth(BaseModel):
    """One account's lifecycle state as of a date."""

    account_id: str = Field(description="the account")
    as_of: date = Field(description="the day the rules were evaluated for (UTC, inclusive windows)")
    activation_tier: Literal[0, 1, 2, 3] = Field(description="0 none, 1 basic, 2 core, 3 advanced")
    risk_tier: RiskTier = Field(description="high if any high-risk signal, else medium if any medium one")
    health_score: int = Field(ge=0, le=100, description="0-100, higher is healthier")
    signals: list[Signal] = Field(description="every risk signal that holds")
    growth_signals: list[Signal] = Field(description="every growth signal that holds")
    play: PlayName | None = Field(description="the play SPEC's Plays table assigns, None to keep monitoring")
    milestones: dict[str, bool] = Field(
        description="each activation milestone (MILESTONES) and whether it is reached"
    )
    age_days: int = Field(description="days since signup as of the date")
    metrics: dict[str, float | int | str | None] = Field(
        default_factory=dict,
        description="every number the rules read for this account (active days, users, features, tickets, "
        "latest NPS/CSAT ...), whether or not a signal holds",
    )
