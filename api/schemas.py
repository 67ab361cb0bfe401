"""Response models shared by the chat and ticket routers: what a customer may see of an outcome, and
what staff see besides."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from api.auth import Principal
from cs_agents.models import Category, Priority, Resolution
from graph.outcome import Handoff, Sentiment, TicketOutcome

# The days the lifecycle rules can be evaluated on: they count windows of days back and forward from
# `as_of`, which overflows Python's dates near 9999-12-31 (a 500 before this bound).
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2999, 12, 31)


class StaffDetails(BaseModel):
    """Outcome fields for customer-success staff only (never sent to a customer token)."""

    account_id: str | None = Field(description="the account the ticket ran for")
    handoff: Handoff | None = Field(description="for escalations: summary, reasons, evidence, queue")
    sentiment: Sentiment
    language: str = Field(description="ISO 639-1 code of the customer's language")
    flags: list[str] = Field(description="e.g. prompt_injection, pii_masked, kb_gap")
    confidence: float = Field(description="retrieval confidence of the best article (0-1)")
    model_calls: int
    tokens: int


class ReplyOut(BaseModel):
    """The reply to one message or ticket."""

    reply: str = Field(description="what the customer receives")
    citations: list[str] = Field(description="knowledge-base article ids the reply relies on, best first")
    resolution: Resolution = Field(description="answer, or escalate (handed to a person)")
    thread_id: str = Field(description="the conversation; send it again to continue")
    ticket_id: str
    category: Category
    priority: Priority
    produced_by: str = Field(description="llm or offline")
    latency_ms: float
    staff: StaffDetails | None = Field(default=None, description="staff only; null for customer tokens")

    @classmethod
    def of(cls, outcome: TicketOutcome, principal: Principal) -> ReplyOut:
        staff = None
        if principal.is_staff:
            staff = StaffDetails(
                account_id=outcome.account_id,
                handoff=outcome.handoff,
                sentiment=outcome.sentiment,
                language=outcome.language,
                flags=outcome.flags,
                confidence=outcome.confidence,
                model_calls=outcome.model_calls,
                tokens=outcome.tokens,
            )
        return cls(
            reply=outcome.reply,
            citations=outcome.citations,
            resolution=outcome.resolution,
            thread_id=outcome.thread_id,
            ticket_id=outcome.ticket_id,
            category=outcome.category,
            priority=outcome.priority,
            produced_by=outcome.produced_by,
            latency_ms=outcome.latency_ms,
            staff=staff,
        )
