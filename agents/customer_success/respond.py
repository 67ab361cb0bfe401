"""The Customer Success agent's reply to a ticket: an answer with citations or a handoff, by a model with
the shared tools bound or offline, and the rules a model cannot override.

SPEC's escalation reasons are decided in code first (`reply.escalation_reasons`); a model may add an
escalation, never remove one; it may cite only what this run retrieved; its reply must be in the
customer's language. A question the knowledge base does not cover is recorded for the Documentation agent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from agents.brain import Brain, Check, OnAnswer, Usage
from agents.bug_resolver import BugAssessment
from agents.context import Services
from agents.customer_success.evidence import Evidence
from agents.customer_success.reply import (
    Reason,
    ReplyContext,
    TicketReply,
    escalation_reasons,
    llm_messages,
    offline_reply,
)
from agents.documentation import record_unanswered
from agents.guardrails import complete_sentences
from agents.language import MIN_SCORE, detect_language, language_scores
from agents.tools import account_summary, get_account, get_ticket_history, search_kb, search_known_issues
from knowledge_base.search import Hit

REPLY_TOOLS = [search_kb, search_known_issues, get_account, get_ticket_history]
CLEAR_MARGIN = 1.5  # a language is clear when it scores this much more than the next one


@dataclass
class Message:
    """The customer's message as the ticket flow has it, after the input screen."""

    ticket_id: str
    account_id: str | None
    text: str
    history: list[str]  # the customer's earlier messages of this thread
    flags: list[str]


@dataclass
class Response:
    reply: TicketReply
    reasons: list[Reason]
    evidence: list[str]
    flags: list[str]
    usage: Usage


def respond(
    services: Services,
    brain: Brain,
    message: Message,
    found: Evidence,
    bug: BugAssessment | None,
    bug_ref: str | None,
    preview: Callable[[str], None] | None = None,
) -> Response:
    """Answer `message` from what retrieval `found` (and the Bug Resolver's `bug`, if it looked), or hand it
    to a person with the reasons and the evidence.

    `preview`, if given, gets the model's reply text as it is written, whole sentences only, whenever
    nothing decided here would replace it: not while an escalation is due and the model has not (yet) said
    it escalates, nor while the text is clearly in another language than the customer's."""
    account = account_summary(services, message.account_id)
    hits = [Hit(**h) for h in found.hits]
    evidence = list(found.evidence)
    if bug is not None and bug.known_issue_id:
        evidence.insert(0, bug.known_issue_id)
    evidence += [h.id for h in hits[:3]]
    contact = account.get("contact_name")
    reply_ctx = ReplyContext(
        text=message.text,
        triage=found.triage,
        hits=hits,
        sections=[Hit(**h) for h in found.sections],
        covered=found.covered,
        evidence=list(dict.fromkeys(evidence)),
        bug=bug,
        bug_ref=bug_ref,
        outage_note=found.outage_note,
        policy_note=found.policy_note,
        customer_name=str(contact).split()[0] if contact else None,
        account_label=_label(account),
        flags=list(message.flags),
    )
    reasons = escalation_reasons(reply_ctx)
    if not hits and not reasons:
        reasons = ["not_covered"]
    # The account in scope reaches the tools through the config, never through the model's arguments.
    tool_config: Any = {
        "configurable": {
            "services": services,
            "account_id": message.account_id,
            "ticket_id": message.ticket_id,
        }
    }
    expected = clear_language(message.text) if services.settings.llm_check_reply_language else None
    decision = brain.decide_with_tools(
        TicketReply,
        llm_messages(reply_ctx, reasons, message.history),
        REPLY_TOOLS,
        tool_config,
        offline=lambda: offline_reply(reply_ctx, reasons),
        max_tokens=services.settings.llm_max_tokens_reply,
        check=_language_check(expected),
        on_answer=None if preview is None else _previewing(preview, bool(reasons), expected),
    )
    reply = decision.output
    flags = list(message.flags)
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
        record_unanswered(services, message.ticket_id, message.text, found.triage.category, found.confidence)
        flags.append("kb_gap")
    return Response(reply, list(reasons), reply_ctx.evidence, flags, decision.usage)


def _label(account: dict[str, Any]) -> str:
    if not account:
        return "anonymous visitor"
    return f"{account.get('name', 'unknown account')} ({account['id']}, {account.get('plan', '?')} plan)"


def clear_language(text: str) -> str | None:
    """The offline detector's language for `text` when it is clear: it scored, and well ahead of the next
    (a name or a spaced-out word can tie two languages, and then nothing is judged)."""
    language = detect_language(text)
    scores = language_scores(text)
    top = scores.get(language, 0.0)
    runner_up = max((v for k, v in scores.items() if k != language), default=0.0)
    return language if top >= MIN_SCORE and top >= CLEAR_MARGIN * runner_up else None


def _previewing(preview: Callable[[str], None], escalation_due: bool, expected: str | None) -> OnAnswer:
    """The answer tool's partial arguments to `preview`, held back while this module would replace them:
    an escalation is due and the model has not said `escalate` (the resolution comes first in the schema),
    or the text so far is clearly not in the customer's language (the model will be asked again)."""

    judged = [""]

    def on_answer(args: dict[str, Any]) -> None:
        text = args.get("reply")
        if not isinstance(text, str) or (escalation_due and args.get("resolution") != "escalate"):
            return
        # Only whole sentences can be shown, so only a new one is worth judging (the language check costs
        # about a millisecond and the arguments grow a few characters at a time).
        done = complete_sentences(text)
        if not done or done == judged[0]:
            return
        judged[0] = done
        written = clear_language(done) if expected is not None else None
        if written is None or written == expected:
            preview(done)

    return on_answer


def _language_check(expected: str | None) -> Check:
    """The reply must be in the customer's language (`expected`, None when unclear or not checked), as the
    offline detector reads both texts; judged only when both are clear (the detector knows seven
    languages)."""

    def check(answer: TicketReply) -> tuple[str, str] | None:
        written = clear_language(answer.reply)
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
