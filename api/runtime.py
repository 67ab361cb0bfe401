"""What the app builds once and shares between requests: the ticket runner (with step streaming) and the
review service, both on one `Services` (database, knowledge base, brain)."""

from __future__ import annotations

import dataclasses
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from agents.context import Services
from cs_agents.models import Ticket
from graph.outcome import TicketOutcome
from graph.review import ReviewRegistry, Workflow, registry
from graph.reviews_service import ReviewService
from graph.run import TicketRunner
from graph.state import RunContext, TicketState


class StreamingTicketRunner(TicketRunner):
    """The ticket runner, plus `stream`: the same run, reporting each graph step as it finishes."""

    def stream(self, ticket: Ticket, thread_id: str) -> Iterator[tuple[str, Any]]:
        """Yields ("step", node name) per finished node, then ("outcome", TicketOutcome) once stored."""
        start = time.perf_counter()
        config: Any = {"configurable": {"thread_id": thread_id}}
        state: TicketState = {
            "ticket_id": ticket.id,
            "thread_id": thread_id,
            "account_id": ticket.account_id,
            "subject": ticket.subject,
            "body": ticket.body,
        }
        context = RunContext(self.services, self.services.brain.fresh())
        outcome: TicketOutcome | None = None
        for update in self.graph.stream(state, config, context=context, stream_mode="updates"):
            for node, values in update.items():
                if isinstance(values, dict) and isinstance(values.get("outcome"), TicketOutcome):
                    outcome = values["outcome"]
                yield "step", node
        if outcome is None:
            raise RuntimeError(f"the ticket flow ended without an outcome on thread {thread_id!r}")
        outcome.latency_ms = round((time.perf_counter() - start) * 1000, 2)
        self._store(ticket, outcome)
        yield "outcome", outcome

    def thread_account(self, thread_id: str) -> tuple[bool, str | None]:
        """(exists, account id) of a conversation thread, from its checkpoint."""
        snapshot = self.graph.get_state({"configurable": {"thread_id": thread_id}})
        if not snapshot.values:
            return False, None
        account = snapshot.values.get("account_id")
        return True, account if isinstance(account, str) else None


def chat_ticket(text: str, account_id: str | None) -> Ticket:
    return Ticket(
        id=f"C-{uuid.uuid4().hex[:10]}",
        account_id=account_id,
        channel="chat",
        body=text,
        created_at=datetime.now(UTC),
    )


class SharedServicesRegistry(ReviewRegistry):
    """The process-wide workflow registry, with the app's `Services` as every workflow's run context
    (instead of building new services, a new knowledge-base client and model, for each run)."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services

    def get(self, name: str) -> Workflow:
        workflow = registry.get(name)
        if workflow.context == Services.build:
            return dataclasses.replace(workflow, context=self._context)
        return workflow

    def names(self) -> list[str]:
        return registry.names()

    def _context(self, _settings: Any) -> Services:
        return self.services


def review_service(services: Services) -> ReviewService:
    return ReviewService(services.settings, services.db, workflows=SharedServicesRegistry(services))
