"""The ticket / chat flow, top to bottom; each node calls one agent function and returns what it changed:

screen (the input screen) → triage (Customer Success) → retrieve (Customer Success's evidence)
→ resolve_bug (Bug Resolver) | propose_save (Growth) | compose_reply (Customer Success)
→ compose_reply → finish (the output screen and the outcome).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import asdict, fields
from typing import Any, Literal

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from agents import bug_resolver, cues, growth
from agents.brain import Usage
from agents.context import Services
from agents.customer_success.evidence import Evidence, gather
from agents.customer_success.reading import customer_words, native_words, search_text
from agents.customer_success.reply import QUEUE
from agents.customer_success.respond import Message, respond
from agents.customer_success.triage import triage_message
from agents.guardrails import complete_sentences, screen_input, screen_output
from agents.tools import account_summary
from cs_agents import tracing
from graph.outcome import Handoff, TicketOutcome
from graph.state import RunContext, TicketState


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


def triage(state: TicketState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    history = state.get("history") or []
    words, query = customer_words(state["text"], history), search_text(state["text"], history)
    triaged = triage_message(runtime.context.services, runtime.context.brain, words, query)
    usage = [*state.get("usage", []), _usage(triaged.usage, "triage")]
    return {"triage": triaged.triage, "rules": triaged.rules, "usage": usage}


def retrieve(state: TicketState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    history = state.get("history") or []
    query, native = search_text(state["text"], history), native_words(state["text"], history)
    words = customer_words(state["text"], history)
    found = gather(runtime.context.services, query, state["triage"], state.get("rules", []), native, words)
    return {f.name: getattr(found, f.name) for f in fields(found)}


def _strong_issue(state: TicketState) -> bool:
    """A known issue is the knowledge base's best answer (catches defects triaged as questions)."""
    issues = state.get("issues") or []
    hits = state.get("hits") or []
    return (
        bool(issues and hits)
        and bug_resolver.is_match(issues[0]["similarity"], issues[0].get("space", "english"))
        and hits[0]["id"] == issues[0]["id"]
        and cues.has(cues.DEFECT, state["text"].lower())  # a symptom, not a how-to question
    )


def route(state: TicketState) -> Literal["resolve_bug", "propose_save", "compose_reply"]:
    category = state["triage"].category
    if category in ("bug_report", "outage") or _strong_issue(state):
        return "resolve_bug"
    if category == "cancellation":
        return "propose_save"
    return "compose_reply"


def resolve_bug(state: TicketState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    bug, bug_ref = bug_resolver.resolve(
        runtime.context.services,
        state["ticket_id"],
        state.get("account_id"),
        state["text"],
        state["triage"],
        state.get("issues", []),
    )
    return {"bug": bug, "bug_ref": bug_ref}


def propose_save(state: TicketState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    account = account_summary(runtime.context.services, state.get("account_id"))
    return {"proposal": growth.describe(growth.offline_save_proposal(state["text"], account))}


def compose_reply(state: TicketState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    message = Message(
        state["ticket_id"],
        state.get("account_id"),
        state["text"],
        state.get("history") or [],
        list(state.get("flags", [])),
    )
    found = Evidence(
        triage=state["triage"],
        hits=state.get("hits", []),
        sections=state.get("sections", []),
        confidence=state.get("confidence", 0.0),
        covered=bool(state.get("covered")),
        issues=state.get("issues", []),
        evidence=list(state.get("evidence", [])),
        outage_note=state.get("outage_note"),
        policy_note=state.get("policy_note"),
    )
    ctx = runtime.context
    preview = _previews(state, runtime) if ctx.preview_reply else None
    response = respond(
        ctx.services, ctx.brain, message, found, state.get("bug"), state.get("bug_ref"), preview
    )
    return {
        "reply": response.reply,
        "reasons": response.reasons,
        "evidence": response.evidence,
        "flags": response.flags,
        "usage": [*state.get("usage", []), _usage(response.usage, "reply")],
    }


def _output_screen(state: TicketState, services: Services) -> Callable[[str], tuple[str, list[str]]]:
    """The output screen for this ticket's reply: (screened text, flags) of a reply text."""
    own = state.get("account_id")
    # Links and markup may come only from what was retrieved, never from the model or the customer.
    sources = [h["text"] for h in [*state.get("sections", []), *state.get("hits", [])]]
    sources += [n for n in (state.get("policy_note"), state.get("outage_note")) if n]

    def screen(text: str) -> tuple[str, list[str]]:
        # Only the other accounts' identifiers this text holds: a ticket's cost does not grow with accounts.
        others = services.account_identifiers.others_in(text, own)
        return screen_output(text, own, others, sources)

    return screen


def _previews(state: TicketState, runtime: Runtime[RunContext]) -> Callable[[str], None]:
    """Writes the reply as the model writes it, through the output screen, to the graph's custom stream:
    only whole sentences, each screened with all before it, so nothing the screen would remove is sent."""
    screen = _output_screen(state, runtime.context.services)
    judged = [""]

    def preview(text: str) -> None:
        done = complete_sentences(text)
        if done and done != judged[0]:
            judged[0] = done
            runtime.stream_writer({"reply_preview": screen(done)[0]})

    return preview


def finish(state: TicketState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    services = runtime.context.services
    reply = state["reply"]
    own = state.get("account_id")
    text, out_flags = _output_screen(state, services)(reply.reply)
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


def _traced(node: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    """The node inside a span of its own (a child of the ticket's), when tracing is on. `wraps` keeps the
    node's name and signature, from which LangGraph names the node and decides what to pass it."""

    @functools.wraps(node)
    def run(*args: Any, **kwargs: Any) -> dict[str, Any]:
        with tracing.span(f"node {node.__name__}", **{"cs_agents.node": node.__name__}):
            return node(*args, **kwargs)

    return run


def build_ticket_graph() -> StateGraph[TicketState, RunContext, TicketState, TicketState]:
    graph = StateGraph(TicketState, context_schema=RunContext)
    for node in (screen, triage, retrieve, resolve_bug, propose_save, compose_reply, finish):
        graph.add_node(_traced(node))
    graph.add_edge(START, "screen")
    graph.add_edge("screen", "triage")
    graph.add_edge("triage", "retrieve")
    graph.add_conditional_edges("retrieve", route)
    graph.add_edge("resolve_bug", "compose_reply")
    graph.add_edge("propose_save", "compose_reply")
    graph.add_edge("compose_reply", "finish")
    graph.add_edge("finish", END)
    return graph


def now_ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 2)
