"""The ticket / chat flow, top to bottom:

screen input → triage → retrieve → (bug_resolver | growth | customer_success) → customer_success
→ screen output → store.
"""

from __future__ import annotations

import re
import time
from dataclasses import asdict
from typing import Any, Literal

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from agents import bug_resolver, cues, detectors, growth
from agents.brain import Usage
from agents.customer_success import answerability
from agents.customer_success import triage as triage_agent
from agents.customer_success.reply import (
    QUEUE,
    ReplyContext,
    TicketReply,
    escalation_reasons,
    llm_messages,
    offline_reply,
)
from agents.documentation import record_unanswered
from agents.guardrails import screen_input, screen_output
from agents.language import MIN_SCORE, detect_language, language_scores
from agents.tools import file_bug_report, get_account, get_ticket_history, search_kb, search_known_issues
from agents.translate import expand
from cs_agents.db import AccountRow
from graph.outcome import Handoff, TicketOutcome
from graph.state import RunContext, TicketState
from knowledge_base.search import Hit, rrf_fuse

REPLY_TOOLS = [search_kb, search_known_issues, get_account, get_ticket_history]
FOLLOW_UP_WORDS = 14
CLEAR_MARGIN = 1.5  # a language is clear when it scores this much more than the next one
STATUS_QUERY = "service status page: current incidents, updates and how to subscribe"
_LINK = re.compile(
    r"https?://|\b[\w-]+\.[\w-]+\.(?:com|io|net|org|app|example)\b|\b[\w-]+\.(?:com|io|net|org|app|example)\b"
)  # a shorter message in a thread is read together with the previous one
REASON_POLICY_CATEGORY = {
    "money": "billing",
    "privacy": "data_privacy",
    "security": "data_privacy",
    "cancellation": "cancellation",
    "outage": "outage",
}


def _usage(u: Usage, step: str) -> dict[str, Any]:
    return {"step": step, **asdict(u)}


def screen(state: TicketState) -> dict[str, Any]:
    screened = screen_input(state.get("subject", ""), state["body"])
    if not screened.text:
        # Only control or invisible characters: nothing to triage (a ValueError is the client's 422).
        raise ValueError("the message has no visible text once control and invisible characters are removed")
    return {
        "text": screened.text,
        "flags": list(dict.fromkeys([*state.get("flags", []), *screened.flags])),  # the runner's screen first
        "usage": [],
        "bug": None,
        "bug_ref": None,
        "proposal": None,
        "outage_note": None,
    }


def _query(state: TicketState) -> str:
    """What triage and retrieval read: follow-ups ("and on mobile?") with the previous message of the
    thread, and other languages with English glosses added (the embedding and keywords are English)."""
    history = state.get("history") or []
    text = state["text"]
    if history and len(text.split()) < FOLLOW_UP_WORDS:
        text = f"{history[-1]}\n{text}"
    return expand(text)


def _detector_text(state: TicketState) -> str:
    """The customer's own words for the escalation detectors: a short follow-up with the message before."""
    history = state.get("history") or []
    text = state["text"]
    return f"{history[-1]}\n{text}" if history and len(text.split()) < FOLLOW_UP_WORDS else text


def triage(state: TicketState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    ctx = runtime.context
    text = _detector_text(state)
    ctx.services.triage.follow_labels(ctx.services.db, ctx.services.settings.cache_dir)
    prediction = ctx.services.triage.predict(text)  # offline, and the detectors' second opinion
    hits = [(h.category, h.similarity) for h in ctx.services.kb.search(_query(state), k=5).hits]
    weight = ctx.services.kb_vote_weight
    decision = ctx.brain.decide(
        triage_agent.Triage,
        triage_agent.llm_messages(_query(state)),
        offline=lambda: triage_agent.offline_triage(text, prediction, hits, weight),
        max_tokens=ctx.services.settings.llm_max_tokens_triage,
    )
    result = triage_agent.with_detectors(decision.output, text, prediction)
    return {
        "triage": result,
        "rules": sorted(detectors.fired(text) | detectors.confirm(prediction.fired(), text)),
        "usage": [*state.get("usage", []), _usage(decision.usage, "triage")],
    }


def retrieve(state: TicketState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    kb = runtime.context.services.kb
    query = _query(state)
    t = state["triage"]
    general = kb.search(query, k=5)
    # Articles of the triaged category join the ranking: "please add X" is answered by the product's
    # feature-request article, which shares no words with X.
    same_category = kb.search(query, k=3, category=t.category).hits if t.category != "other" else []
    hits = _fuse(general.hits, same_category, runtime.context.services.settings.retrieval_rrf_k)[:5]
    sections: list[Hit] = []
    if hits:
        chunks = kb.search(query, k=10, per_article=False).hits
        best = [c for c in chunks if c.id == hits[0].id][:3] or [hits[0]]
        sections = sorted(best, key=lambda h: int(h.chunk_id.rsplit(":", 1)[-1]))  # reading order
    issues = kb.search(query, k=3, doc_type="known_issue").hits
    evidence: list[str] = []
    policy_note = None
    policy_category = REASON_POLICY_CATEGORY.get(_main_reason_hint(t))
    if policy_category:
        policies = kb.search(query, k=2, doc_type="policy", category=policy_category).hits
        evidence += [h.id for h in policies]
        if policies:
            # A policy's introduction addresses the support team; a titled section says what happens.
            parts = kb.search(query, k=6, doc_type="policy", category=policy_category, per_article=False).hits
            titled = [h for h in parts if h.id == policies[0].id and h.section]
            policy_note = (titled or policies)[0].text
        if policy_category == "outage":
            evidence += [h.id for h in kb.search(query, k=2, category="outage").hits]
    outage_note = None
    if t.category == "outage":
        # "Say what is known": where the product publishes incident status and updates.
        sections = kb.search(STATUS_QUERY, k=6, category="outage", doc_type="article", per_article=False).hits
        with_link = [h for h in sections if _LINK.search(h.text)]
        outage_note = (with_link or sections)[0].text if sections else None
    values = answerability.features(kb, general, query, t.category, t.language)
    score = runtime.context.services.answerability.score(values)
    if (
        t.category == "outage"
        and "outage" not in state.get("rules", [])
        and issues
        and issues[0].similarity >= bug_resolver.KNOWN_ISSUE_MATCH
    ):
        # An incident is new by nature; a report that matches a known defect is a bug report.
        t = t.model_copy(update={"category": "bug_report", "priority": "high"})
    return {
        "triage": t,
        "hits": [h.to_dict() for h in hits],
        "sections": [h.to_dict() for h in sections],
        "confidence": round(score, 4),  # the calibrated answerability, not a raw similarity
        "covered": score >= answerability.THRESHOLD,
        "issues": [h.to_dict() for h in issues],
        "evidence": evidence,
        "outage_note": outage_note,
        "policy_note": policy_note,
    }


def _fuse(general: list[Hit], same_category: list[Hit], k: int) -> list[Hit]:
    scores = rrf_fuse([[h.id for h in general], [h.id for h in same_category]], k)
    by_id = {h.id: h for h in [*same_category, *general]}  # the general search's section wins
    return [by_id[i] for i in sorted(scores, key=lambda i: (-scores[i], i))]


def _main_reason_hint(t: triage_agent.Triage) -> str:
    if t.security_incident or t.data_request:
        return "privacy"
    if t.asks_for_money:
        return "money"
    if t.category in ("cancellation", "outage"):
        return t.category
    return ""


def _strong_issue(state: TicketState) -> bool:
    """A known issue is the knowledge base's best answer (catches defects triaged as questions)."""
    issues = state.get("issues") or []
    hits = state.get("hits") or []
    return (
        bool(issues and hits)
        and issues[0]["similarity"] >= bug_resolver.KNOWN_ISSUE_MATCH
        and hits[0]["id"] == issues[0]["id"]
        and cues.has(cues.DEFECT, state["text"].lower())  # a symptom, not a how-to question
    )


def route(state: TicketState) -> Literal["bug_resolver", "growth", "customer_success"]:
    category = state["triage"].category
    if category in ("bug_report", "outage") or _strong_issue(state):
        return "bug_resolver"
    if category == "cancellation":
        return "growth"
    return "customer_success"


def resolve_bug(state: TicketState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    services = runtime.context.services
    issues = [Hit(**h) for h in state.get("issues", [])]
    assessment = bug_resolver.assess(services.kb, issues)
    bug_ref = None
    t = state["triage"]
    if t.category == "bug_report" and not assessment.answerable:
        details = state["text"] + (
            f"\n\nRelated known issue: {assessment.known_issue_id}" if assessment.known_issue_id else ""
        )
        bug_ref = file_bug_report(
            services, state["ticket_id"], state.get("account_id"), t.summary[:300], details, t.priority
        )
    return {"bug": assessment, "bug_ref": bug_ref}


def propose_save(state: TicketState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    proposal = growth.offline_save_proposal(state["text"], _account(state, runtime))
    return {"proposal": growth.describe(proposal)}


def _account(state: TicketState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    account_id = state.get("account_id")
    if not account_id:
        return {}
    with runtime.context.services.db.session() as session:
        row = session.get(AccountRow, account_id)
        if row is None:
            return {"id": account_id}
        return {
            "id": row.id,
            "name": row.name,
            "plan": row.plan,
            "seats": row.seats,
            "contact_name": row.contact_name,
        }


def _label(account: dict[str, Any]) -> str:
    if not account:
        return "anonymous visitor"
    return f"{account.get('name', 'unknown account')} ({account['id']}, {account.get('plan', '?')} plan)"


def customer_success(state: TicketState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    ctx = runtime.context
    account = _account(state, runtime)
    hits = [Hit(**h) for h in state.get("hits", [])]
    bug = state.get("bug")
    evidence = list(state.get("evidence", []))
    if bug is not None and bug.known_issue_id:
        evidence.insert(0, bug.known_issue_id)
    evidence += [h.id for h in hits[:3]]
    contact = account.get("contact_name")
    reply_ctx = ReplyContext(
        text=state["text"],
        triage=state["triage"],
        hits=hits,
        sections=[Hit(**h) for h in state.get("sections", [])],
        covered=bool(state.get("covered")),
        evidence=list(dict.fromkeys(evidence)),
        bug=bug,
        bug_ref=state.get("bug_ref"),
        outage_note=state.get("outage_note"),
        policy_note=state.get("policy_note"),
        customer_name=str(contact).split()[0] if contact else None,
        account_label=_label(account),
        flags=list(state.get("flags", [])),
    )
    reasons = escalation_reasons(reply_ctx)
    if not hits and not reasons:
        reasons = ["not_covered"]
    # The account in scope reaches the tools through the config, never through the model's arguments.
    tool_config: Any = {
        "configurable": {
            "services": ctx.services,
            "account_id": state.get("account_id"),
            "ticket_id": state["ticket_id"],
        }
    }
    decision = ctx.brain.decide_with_tools(
        TicketReply,
        llm_messages(reply_ctx, reasons, state.get("history") or []),
        REPLY_TOOLS,
        tool_config,
        offline=lambda: offline_reply(reply_ctx, reasons),
        max_tokens=ctx.services.settings.llm_max_tokens_reply,
        check=_language_check(state["text"], ctx.services.settings.llm_check_reply_language),
    )
    reply = decision.output
    flags = list(state.get("flags", []))
    if decision.usage.produced_by == "llm":
        # A model may cite only what this run retrieved (the flow's search or its own tool calls): a real
        # article it never read is no source for its answer.
        retrieved = {*reply_ctx.evidence, *(h.id for h in hits), *(h.id for h in reply_ctx.sections)}
        retrieved |= _ids_in(decision.tool_outputs)
        cited = [c for c in reply.citations if c in retrieved]
        if cited != reply.citations:
            flags.append("citation_removed")
            reply = reply.model_copy(update={"citations": cited})
    if reasons and reply.resolution != "escalate":  # a model may add an escalation, never remove one
        reply = offline_reply(reply_ctx, reasons)
    if "not_covered" in reasons:
        record_unanswered(
            ctx.services,
            state["ticket_id"],
            state["text"],
            state["triage"].category,
            state.get("confidence", 0.0),
        )
        flags.append("kb_gap")
    return {
        "reply": reply,
        "reasons": list(reasons),
        "evidence": reply_ctx.evidence,
        "flags": flags,
        "usage": [*state.get("usage", []), _usage(decision.usage, "reply")],
    }


def _clear_language(text: str) -> str | None:
    """The offline detector's language for `text` when it is clear: it scored, and well ahead of the next
    (a name or a spaced-out word can tie two languages, and then nothing is judged)."""
    language = detect_language(text)
    scores = language_scores(text)
    top = scores.get(language, 0.0)
    runner_up = max((v for k, v in scores.items() if k != language), default=0.0)
    return language if top >= MIN_SCORE and top >= CLEAR_MARGIN * runner_up else None


def _language_check(customer_text: str, enabled: bool) -> Any:
    """The reply must be in the customer's language, as the offline detector reads both texts; judged
    only when both are clear (the detector knows seven languages)."""
    expected = _clear_language(customer_text) if enabled else None

    def check(answer: TicketReply) -> tuple[str, str] | None:
        written = _clear_language(answer.reply)
        if expected is None or written is None or written == expected:
            return None
        return "wrong_language", (
            f"the reply is written in '{written}' but the customer wrote in '{expected}': "
            f"write the whole reply in '{expected}'"
        )

    return check


def _ids_in(outputs: list[Any]) -> set[str]:
    """Article ids in what the tools returned (search_kb's articles, search_known_issues' issues)."""
    ids: set[str] = set()
    for output in outputs:
        if isinstance(output, dict):
            for key in ("articles", "issues"):
                ids |= {str(a["id"]) for a in output.get(key) or [] if isinstance(a, dict) and "id" in a}
    return ids


def finish(state: TicketState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    services = runtime.context.services
    reply = state["reply"]
    own = state.get("account_id")
    # Only the other accounts' identifiers this reply holds: a ticket's cost does not grow with accounts.
    others = services.account_identifiers.others_in(reply.reply, own)
    # Links and markup may come only from what was retrieved, never from the model or the customer.
    sources = [h["text"] for h in [*state.get("sections", []), *state.get("hits", [])]]
    sources += [n for n in (state.get("policy_note"), state.get("outage_note")) if n]
    text, out_flags = screen_output(reply.reply, own, others, sources)
    citations = [c for c in dict.fromkeys(reply.citations) if services.kb.exists(c)]
    t = state["triage"]
    handoff = None
    if reply.resolution == "escalate":
        reasons = state.get("reasons") or ["human"]
        summary = reply.handoff_summary or ""
        if state.get("proposal"):
            summary += f" Proposed save play: {state['proposal']}"
        handoff = Handoff(
            summary=summary.strip(),
            reasons=reasons,
            evidence=[
                e for e in dict.fromkeys([*citations, *state.get("evidence", [])]) if services.kb.exists(e)
            ][:5],
            queue=QUEUE.get(reasons[0], "support"),
            bug_report_id=state.get("bug_ref"),
            proposed_play=state.get("proposal"),
        )
    usage = state.get("usage", [])
    outcome = TicketOutcome(
        ticket_id=state["ticket_id"],
        thread_id=state["thread_id"],
        account_id=own,
        category=t.category,
        priority=t.priority,
        sentiment=t.sentiment,
        language=t.language,
        resolution=reply.resolution,
        reply=text,
        citations=citations,
        handoff=handoff,
        flags=sorted(set(state.get("flags", [])) | set(out_flags)),
        confidence=state.get("confidence", 0.0),
        produced_by="llm" if usage and all(u["produced_by"] == "llm" for u in usage) else "offline",
        model_calls=sum(u["model_calls"] for u in usage),
        tokens=sum(u["tokens"] for u in usage),
        latency_ms=0.0,  # set by the caller, who sees the whole run
    )
    return {"outcome": outcome, "history": [state["text"]]}


def build_ticket_graph() -> StateGraph[TicketState, RunContext, TicketState, TicketState]:
    graph = StateGraph(TicketState, context_schema=RunContext)
    graph.add_node("screen_input", screen)
    graph.add_node("triage", triage)
    graph.add_node("retrieve", retrieve)
    graph.add_node("bug_resolver", resolve_bug)
    graph.add_node("growth", propose_save)
    graph.add_node("customer_success", customer_success)
    graph.add_node("screen_output", finish)
    graph.add_edge(START, "screen_input")
    graph.add_edge("screen_input", "triage")
    graph.add_edge("triage", "retrieve")
    graph.add_conditional_edges("retrieve", route)
    graph.add_edge("bug_resolver", "customer_success")
    graph.add_edge("growth", "customer_success")
    graph.add_edge("customer_success", "screen_output")
    graph.add_edge("screen_output", END)
    return graph


def now_ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 2)
