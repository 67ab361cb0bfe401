"""One evaluated ticket: what went in and what came out, or what went wrong.

Shared by the runner (which fills it) and the metrics (which score it), so neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from cs_agents.models import Ticket
from graph.outcome import TicketOutcome


@dataclass(frozen=True)
class CaseResult:
    """Exactly one of `outcome` and `error` is set."""

    ticket: Ticket
    outcome: TicketOutcome | None = None
    # "ValueError: message" and the formatted traceback; strings rather than the exception so that a
    # finished run holds no frames and can be serialised as it is.
    error: str | None = None
    traceback: str | None = None
    # Measured by the runner around the call. The metrics use the flow's own `outcome.latency_ms`;
    # this one is kept beside it to show queueing and overhead outside the flow.
    wall_ms: float = 0.0
