"""What one run of the ticket flow produces: stored with the ticket, printed by `ask`, scored by evals."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from cs_agents.models import Category, Priority, Resolution

Sentiment = Literal["negative", "neutral", "positive"]


class Handoff(BaseModel):
    """What a person taking over needs."""

    summary: str = Field(description="the situation in a few sentences, for the person taking over")
    reasons: list[str] = Field(description="which escalation rules applied, e.g. 'money request'")
    evidence: list[str] = Field(
        description="ids of the policies, known issues or articles that apply, best first"
    )
    queue: str = Field(description="the team that owns it: billing, privacy, success, engineering, support")
    bug_report_id: str | None = Field(
        default=None, description="the bug report filed for engineering, if any"
    )
    proposed_play: str | None = Field(
        default=None, description="for cancellations: the Growth agent's save proposal"
    )


class TicketOutcome(BaseModel):
    """The result of the ticket flow for one message."""

    ticket_id: str
    thread_id: str
    account_id: str | None
    category: Category
    priority: Priority
    sentiment: Sentiment
    language: str = Field(description="ISO 639-1 code of the customer's language")
    resolution: Resolution
    reply: str = Field(description="what the customer receives")
    citations: list[str] = Field(description="knowledge-base ids the reply relies on, best first")
    handoff: Handoff | None = None
    flags: list[str] = Field(default_factory=list, description="e.g. prompt_injection, pii_masked, kb_gap")
    confidence: float = Field(default=0.0, description="retrieval confidence of the best article (0-1)")
    produced_by: Literal["llm", "offline"]
    model_calls: int = 0
    tokens: int = 0
    latency_ms: float = 0.0

    @property
    def cited(self) -> list[str]:
        """What SPEC's retrieval hit looks at: the reply's citations, or the handoff's evidence."""
        if self.resolution == "escalate" and self.handoff is not None:
            return self.handoff.evidence
        return self.citations
