"""Running the ticket flow: one compiled graph per process, conversations as checkpointed threads."""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver

from agents.context import Services
from cs_agents.db import TicketOutcomeRow, TicketRow
from cs_agents.models import Ticket
from cs_agents.records import record_hash
from graph.outcome import TicketOutcome
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
        path = services.settings.data_dir / "checkpoints.sqlite"
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(path), check_same_thread=False)
        self._lock = threading.Lock()
        self.checkpointer = SqliteSaver(
            self._conn, serde=JsonPlusSerializer(allowed_msgpack_modules=CHECKPOINT_TYPES)
        )
        self.graph = build_ticket_graph().compile(checkpointer=self.checkpointer)

    def close(self) -> None:
        self._conn.close()

    def run(self, ticket: Ticket, thread_id: str | None = None, store: bool = True) -> TicketOutcome:
        start = time.perf_counter()
        thread = thread_id or f"thread-{ticket.id}"
        config: Any = {"configurable": {"thread_id": thread}}
        state: TicketState = {
            "ticket_id": ticket.id,
            "thread_id": thread,
            "account_id": ticket.account_id,
            "subject": ticket.subject,
            "body": ticket.body,
        }
        context = RunContext(self.services, self.services.brain.fresh())
        result = self.graph.invoke(state, config, context=context)
        outcome: TicketOutcome = result["outcome"]
        outcome.latency_ms = round((time.perf_counter() - start) * 1000, 2)
        if store:
            self._store(ticket, outcome)
        return outcome

    def ask(self, text: str, account_id: str | None = None, thread_id: str | None = None) -> TicketOutcome:
        """A chat message: a new ticket in a (new or continued) conversation."""
        ticket = Ticket(
            id=f"C-{uuid.uuid4().hex[:10]}",
            account_id=account_id,
            channel="chat",
            body=text,
            created_at=datetime.now(UTC),
        )
        return self.run(ticket, thread_id or f"thread-{uuid.uuid4().hex[:12]}")

    def _store(self, ticket: Ticket, outcome: TicketOutcome) -> None:
        """The ticket (as screened: masked secrets never stored) and its outcome, in one transaction."""
        from agents.guardrails import screen_input

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
