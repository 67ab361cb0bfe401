"""Documentation: records the questions the knowledge base could not answer.

(Grouping gaps, drafting articles and publishing approved ones come with the review workflows.)
"""

from __future__ import annotations

from agents.context import Services
from agents.tools import record_gap


def record_unanswered(
    services: Services, ticket_id: str, question: str, category: str, confidence: float
) -> str:
    """Store the gap; returns its id."""
    return record_gap(services, ticket_id, question, category, confidence)
