"""What the scripted model answers for the flow's structured steps, with every field their schemas need."""

from __future__ import annotations

from typing import Any


def triage_reply(
    summary: str, category: str = "how_to", priority: str = "low", **fields: Any
) -> dict[str, Any]:
    """A triage (agents.customer_success.triage.Triage) of a calm English message that needs no escalation;
    `fields` override any other field."""
    return {
        "category": category,
        "priority": priority,
        "sentiment": "neutral",
        "language": "en",
        "asks_for_money": False,
        "asks_for_human": False,
        "security_incident": False,
        "data_request": False,
        "summary": summary,
        **fields,
    }
