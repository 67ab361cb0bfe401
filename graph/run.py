"""Running the ticket flow: one compiled graph per process, conversations as checkpointed threads."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from agents.context import Services
from agents.guardrails import screen_input
from cs_agents import tracing
from cs_agents.db import TicketOutcomeRow, TicketRow
from cs_agents.models import Ticket
from cs_agents.records import record_hash
from graph.outcome import TicketOutcome
from graph.review import open_checkpointer
from graph.state import RunContext, TicketState
from graph.ticket import build_ticket_graph

# The state's own types, allowed back out of checkpoints (anything else is refused when loading).
CHECKPOINT_TYPES = [
    ("agents.customer_success.triage", "Triage"),
    ("agents.bug_resolver", "BugAssessment"),
    ("agents.customer_success.reply", "TicketReply"),
    ("graph.outcome", "TicketOutcome"),
    ("graph.outcome", "Handoff"),
]


class TicketRunner:
    """Runs tickets and chat messages; safe to share between threads."""

    def __init__(self, services: Services) -> None:
        self.services = services
        # Conversations live where the data does (PostgreSQL or the data dir), so any worker continues any.
        self.checkpointer = open_checkpointer(services.settings, CHECKPOINT_TYPES)
        self.graph = build_ticket_graph().compile(checkpointer=self.checkpointer)
        # Past a few at once, tickets only take turns for the GIL and the cores, each one slower: the
        # others wait here instead, and throughput and tail latency both improve.
        self._slots = threading.BoundedSemaphore(services.settings.resolved_ticket_concurrency)

    def close(self) -> None:
        self.checkpointer.conn.close()

    def run(self, ticket: Ticket, thread_id: str | None = None, store: bool = True) -> TicketOutcome:
        """Run one ticket to its outcome (stored with the ticket unless `store` is False)."""
        outcome: TicketOutcome | None = None
        for kind, value in self.stream(ticket, thread_id, store):  # to its end: that frees its slot
            if kind == "outcome":
                outcome = value
        if outcome is None:
            raise AssertionError("unreachable: stream always ends with the outcome")
        return outcome

    def stream(
        self,
        ticket: Ticket,
        thread_id: str | None = None,
        store: bool = True,
        previews: bool = False,
    ) -> Iterator[tuple[str, Any]]:
        """The same run, reporting progress: ("step", node name) per finished node, then ("outcome", it).

        With `previews`, a model's reply is streamed and ("reply_preview", text) reports the screened reply
        so far, whole sentences only, as it is written. A preview is provisional: a retry, a fallback or the
        final screen may change the outcome's reply, which alone is stored."""
        start = time.perf_counter()
        thread = thread_id or f"thread-{ticket.id}"
        config: Any = {"configurable": {"thread_id": thread}}
        # Screened before the graph: its input is checkpointed as given and kept with the thread, so the
        # raw text (a card number, a password) would otherwise be stored; the screen node keeps the flags.
        screened = screen_input(ticket.subject, ticket.body)
        state: TicketState = {
            "ticket_id": ticket.id,
            "thread_id": thread,
            "account_id": ticket.account_id,
            "subject": screened.subject,
            "body": screened.body,
            "flags": screened.flags,
        }
        context = RunContext(self.services, self.services.brain.fresh(), preview_reply=previews)
        with self._slots, tracing.span("ticket", **{"cs_agents.ticket_id": ticket.id}) as opened:
            for kind, value in self._flow(ticket, thread, config, state, context, start, store):
                if kind == "outcome":
                    tracing.annotate(opened, **_outcome_attributes(value))
                yield kind, value

    def _flow(
        self,
        ticket: Ticket,
        thread: str,
        config: Any,
        state: TicketState,
        context: RunContext,
        start: float,
        store: bool,
    ) -> Iterator[tuple[str, Any]]:
        outcome: TicketOutcome | None = None
        new_thread = self.checkpointer.get_tuple(config) is None
        try:
            # One checkpoint when the run ends, not one per step: a run that dies midway is redone from
            # the start anyway (its ticket is stored only with its outcome).
            parts = self.graph.stream(
                state, config, context=context, stream_mode=["updates", "custom"], durability="exit"
            )
            for mode, part in parts:
                if mode == "custom":
                    if isinstance(part, dict) and "reply_preview" in part:
                        yield "reply_preview", part["reply_preview"]
                    continue
                assert isinstance(part, dict)  # an "updates" part: {node: what it returned}
                for node, values in part.items():
                    if isinstance(values, dict) and isinstance(values.get("outcome"), TicketOutcome):
                        outcome = values["outcome"]
                    yield "step", node
        except Exception:
            # A failed first run (e.g. the knowledge base is down) must leave no thread behind: the
            # ticket is not stored, and a client retrying with the same id would be refused as a conflict.
            if new_thread:
                self.checkpointer.delete_thread(thread)
            raise
        if outcome is None:
            raise RuntimeError(f"the ticket flow ended without an outcome on thread {thread!r}")
        outcome.latency_ms = round((time.perf_counter() - start) * 1000, 2)
        if store:
            self._store(ticket, outcome)
        yield "outcome", outcome

    def ask(self, text: str, account_id: str | None = None, thread_id: str | None = None) -> TicketOutcome:
        """A chat message: a new ticket in a (new or continued) conversation."""
        return self.run(chat_ticket(text, account_id), thread_id or f"thread-{uuid.uuid4().hex[:12]}")

    def thread_account(self, thread_id: str) -> tuple[bool, str | None]:
        """(exists, account id) of a conversation thread, from its checkpoint."""
        snapshot = self.graph.get_state({"configurable": {"thread_id": thread_id}})
        if not snapshot.values:
            return False, None
        account = snapshot.values.get("account_id")
        return True, account if isinstance(account, str) else None

    def warm(self) -> None:
        """Load what the first ticket would otherwise wait for (the triage model and its encoder)."""
        self.services.triage.warm()
        # The first ticket would otherwise pay for these: the answerability score's article terms, its
        # model file and the first query embedding (about 0.6 s together on the reference machine).
        self.services.kb.article_terms()
        self.services.answerability.score({})
        self.services.kb.embed("warm up")

    def _store(self, ticket: Ticket, outcome: TicketOutcome) -> None:
        """The ticket (as screened: masked secrets never stored) and its outcome, in one transaction."""
        screened = screen_input(ticket.subject, ticket.body)
        with self.services.db.session() as session:
            row = session.get(TicketRow, ticket.id)
            if row is None:
                session.add(
                    TicketRow(
                        id=ticket.id,
                        account_id=ticket.account_id,
                        channel=ticket.channel,
                        subject=screened.subject,
                        body=screened.body,
                        created_at=ticket.created_at,
                        expected=ticket.expected.model_dump() if ticket.expected else None,
                        record_hash=record_hash(ticket.model_dump(mode="json")),
                    )
                )
            session.merge(
                TicketOutcomeRow(
                    ticket_id=ticket.id,
                    thread_id=outcome.thread_id,
                    account_id=ticket.account_id,
                    resolution=outcome.resolution,
                    category=outcome.category,
                    outcome=outcome.model_dump(mode="json"),
                    created_at=datetime.now(UTC),
                )
            )


def _outcome_attributes(outcome: TicketOutcome) -> dict[str, Any]:
    """The ticket span's labels and counts (no text: the reply and the handoff stay out of traces)."""
    return {
        "cs_agents.resolution": outcome.resolution,
        "cs_agents.category": outcome.category,
        "cs_agents.produced_by": outcome.produced_by,
        "cs_agents.model_calls": outcome.model_calls,
        "cs_agents.tokens": outcome.tokens,
    }


def chat_ticket(text: str, account_id: str | None) -> Ticket:
    """A chat message as a ticket."""
    return Ticket(
        id=f"C-{uuid.uuid4().hex[:10]}",
        account_id=account_id,
        channel="chat",
        body=text,
        created_at=datetime.now(UTC),
    )
