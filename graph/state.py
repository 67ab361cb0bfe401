"""State of the ticket flow. A conversation is a LangGraph thread: `history` carries earlier turns."""

from __future__ import annotations

import operator
from dataclasses import dataclass
from typing import Annotated, Any, TypedDict

from agents.brain import Brain
from agents.bug_resolver import BugAssessment
from agents.context import Services
from agents.customer_success.reply import TicketReply
from agents.customer_success.triage import Triage
from graph.outcome import TicketOutcome


@dataclass
class RunContext:
    """Per-run dependencies (LangGraph runtime context): shared services, this run's brain, and whether
    someone reads the reply as it is written (the streamed chat: `compose_reply` then writes screened
    previews to the graph's custom stream)."""

    services: Services
    brain: Brain
    preview_reply: bool = False


class TicketState(TypedDict, total=False):
    # input
    ticket_id: str
    thread_id: str
    account_id: str | None
    subject: str
    body: str
    # earlier customer messages of this thread (appended after each turn)
    history: Annotated[list[str], operator.add]
    # steps
    text: str
    flags: list[str]
    triage: Triage
    rules: list[str]  # the escalation detectors that fired on the customer's words
    hits: list[dict[str, Any]]
    sections: list[dict[str, Any]]
    confidence: float
    covered: bool
    issues: list[dict[str, Any]]
    evidence: list[str]
    outage_note: str | None
    policy_note: str | None
    account: dict[str, Any]
    bug: BugAssessment | None
    bug_ref: str | None
    proposal: str | None
    reply: TicketReply
    reasons: list[str]
    usage: list[dict[str, Any]]  # this turn only: reset by the input screen
    outcome: TicketOutcome
