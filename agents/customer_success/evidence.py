"""The evidence a ticket's reply stands on: the knowledge-base searches of the ticket flow.

Hybrid search plus the triaged category's articles, the best article's sections in reading order, the
known issues, the policy that applies to the escalation the triage hints at, the status note for outages,
and whether the knowledge base answers the question at all (the calibrated answerability score).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from agents import bug_resolver
from agents.context import Services
from agents.customer_success import answerability
from agents.customer_success.triage import Triage
from knowledge_base.search import Hit, rrf_fuse

STATUS_QUERY = "service status page: current incidents, updates and how to subscribe"
_LINK = re.compile(
    r"https?://|\b[\w-]+\.[\w-]+\.(?:com|io|net|org|app|example)\b|\b[\w-]+\.(?:com|io|net|org|app|example)\b"
)
REASON_POLICY_CATEGORY = {
    "money": "billing",
    "privacy": "data_privacy",
    "security": "data_privacy",
    "cancellation": "cancellation",
    "outage": "outage",
}


@dataclass
class Evidence:
    """What retrieval found, as the ticket flow keeps it (hits as dicts: they go into the checkpoint)."""

    triage: Triage  # an outage report matching a known defect becomes a bug report
    hits: list[dict[str, Any]]
    sections: list[dict[str, Any]]
    confidence: float  # the calibrated answerability, not a raw similarity
    covered: bool
    issues: list[dict[str, Any]]
    evidence: list[str]
    outage_note: str | None
    policy_note: str | None


def gather(
    services: Services,
    query: str,
    t: Triage,
    rules: list[str],
    native: str | None = None,
    words: str | None = None,
) -> Evidence:
    """Run the ticket's searches for `query` (see `reading.search_text`) as triaged by `t`; `rules` are the
    escalation detectors that fired on the customer's words; `native` (`reading.native_words`) the
    customer's words when not English, ranked in the knowledge base's multilingual space; `words`
    (`reading.customer_words`) what triage read, whose embedding the answerability score also weighs."""
    kb = services.kb
    general = kb.search(query, k=5, native=native)
    # Articles of the triaged category join the ranking: "please add X" is answered by the product's
    # feature-request article, which shares no words with X.
    same_category = (
        kb.search(query, k=3, category=t.category, native=native).hits if t.category != "other" else []
    )
    hits = _fuse(general.hits, same_category, services.settings.retrieval_rrf_k)[:5]
    sections: list[Hit] = []
    if hits:
        chunks = kb.search(query, k=10, per_article=False, native=native).hits
        best = [c for c in chunks if c.id == hits[0].id][:3] or [hits[0]]
        sections = sorted(best, key=lambda h: int(h.chunk_id.rsplit(":", 1)[-1]))  # reading order
    issues = kb.search(query, k=3, doc_type="known_issue", native=native).hits
    evidence: list[str] = []
    policy_note = None
    policy_category = REASON_POLICY_CATEGORY.get(_main_reason_hint(t))
    if policy_category:
        policies = kb.search(query, k=2, doc_type="policy", category=policy_category, native=native).hits
        evidence += [h.id for h in policies]
        if policies:
            # A policy's introduction addresses the support team; a titled section says what happens.
            parts = kb.search(
                query, k=6, doc_type="policy", category=policy_category, per_article=False, native=native
            ).hits
            policy_id = policies[0].id
            titled = [h for h in parts if h.id == policy_id and h.section and not _for_the_team(h.section)]
            policy_note = (titled or policies)[0].text
        if policy_category == "outage":
            evidence += [h.id for h in kb.search(query, k=2, category="outage", native=native).hits]
    outage_note = None
    if t.category == "outage":
        # "Say what is known": where the product publishes incident status and updates.
        sections = kb.search(STATUS_QUERY, k=6, category="outage", doc_type="article", per_article=False).hits
        with_link = [h for h in sections if _LINK.search(h.text)]
        outage_note = (with_link or sections)[0].text if sections else None
    values = answerability.features(kb, general, query, t.category, t.language)
    vector = services.triage.encoder.embed(words) if words else None  # cached: triage embedded it
    score = services.answerability.score(values, vector)
    if (
        t.category == "outage"
        and "outage" not in rules
        and issues
        and bug_resolver.is_match(issues[0].similarity, issues[0].space)
    ):
        # An incident is new by nature; a report that matches a known defect is a bug report.
        t = t.model_copy(update={"category": "bug_report", "priority": "high"})
    return Evidence(
        triage=t,
        hits=[h.to_dict() for h in hits],
        sections=[h.to_dict() for h in sections],
        confidence=round(score, 4),
        covered=score >= answerability.THRESHOLD,
        issues=[h.to_dict() for h in issues],
        evidence=evidence,
        outage_note=outage_note,
        policy_note=policy_note,
    )


# A policy section written for the support team ("Rules for agents", "Internal notes") is no note for the
# customer, whatever facts it holds.
_FOR_THE_TEAM = re.compile(r"\b(?:agents?|internal|staff only|for (?:the )?support|support team)\b", re.I)


def _for_the_team(section: str) -> bool:
    return _FOR_THE_TEAM.search(section.rsplit(" > ", 1)[-1]) is not None


def _fuse(general: list[Hit], same_category: list[Hit], k: int) -> list[Hit]:
    scores = rrf_fuse([[h.id for h in general], [h.id for h in same_category]], k)
    by_id = {h.id: h for h in [*same_category, *general]}  # the general search's section wins
    return [by_id[i] for i in sorted(scores, key=lambda i: (-scores[i], i))]


def _main_reason_hint(t: Triage) -> str:
    if t.security_incident or t.data_request:
        return "privacy"
    if t.asks_for_money:
        return "money"
    if t.category in ("cancellation", "outage"):
        return t.category
    return ""
