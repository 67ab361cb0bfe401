"""What the ticket flow reads of a conversation: a short follow-up ("and on mobile?") is read together
with the customer's previous message of the thread."""

from __future__ import annotations

from agents.translate import expand, native

FOLLOW_UP_WORDS = 14  # a message shorter than this in a thread is read with the one before


def customer_words(text: str, history: list[str]) -> str:
    """The customer's own words, as the escalation detectors and the trained triage read them."""
    return f"{history[-1]}\n{text}" if history and len(text.split()) < FOLLOW_UP_WORDS else text


def native_words(text: str, history: list[str]) -> str | None:
    """The customer's words when they are not English: the knowledge base ranks them in its multilingual
    space, where the English glosses of `search_text` are not needed."""
    return native(customer_words(text, history))


def search_text(text: str, history: list[str]) -> str:
    """What triage's model and retrieval read: the customer's words with English glosses added for other
    languages (the embedding and the keywords are English)."""
    return expand(customer_words(text, history))
