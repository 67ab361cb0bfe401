"""Growth: retention and expansion plays. In the ticket flow: a save proposal for a cancellation.

The proposal is for the person who owns the save attempt; nothing in it reaches the customer unapproved,
and any offer is only ever a proposal.

In the retention scan: the play of SPEC section 5's Plays table for an account (`offline_play`,
`draft_play`), with the reasons and their evidence numbers and the actions, each with its channel, owner,
due day and, for emails and in-app messages, the drafted message. A play always waits for a person's
approval; a commercial offer is only ever an internal action flagged `offer` and `requires_approval`,
never a sentence in a customer message.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, Literal

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, Field

from agents import marketing
from agents.brain import Brain
from agents.observability import AccountHealth, PlayName, Signal
from agents.playbook import (
    NO_PROMISE,
    Writer,
    article_ref,
    describe_signal,
    find_number,
    find_text,
    milestone_guides,
    milestone_status,
    number,
    placeholders,
    promises,
)
from knowledge_base.search import Hit

_PRICE = re.compile(r"pric|expensive|cost|budget|cheaper|caro|cher|teuer|barato|costoso|duur", re.I)
_FEATURE = re.compile(r"missing|doesn'?t (?:have|support)|lack|need a feature|no (?:tiene|a pas)|fehlt", re.I)
_USAGE = re.compile(
    r"not using|don'?t use|barely use|no (?:lo )?usamos|n'utilisons|nutzen (?:es )?nicht|too complicated",
    re.I,
)
_COMPETITOR = re.compile(
    r"switch|competitor|another (?:tool|provider|scheduler|app)|otra herramienta|concurrent|anderen anbieter",
    re.I,
)


class SaveProposal(BaseModel):
    """A proposed save attempt for a customer who wants to cancel."""

    reason: str = Field(description="why the customer is leaving, as far as the message says")
    actions: list[str] = Field(description="what the account owner should do, in order")
    offer_requires_approval: bool = Field(description="true when an action is a commercial offer")


def offline_save_proposal(text: str, account: dict[str, Any]) -> SaveProposal:
    plan = account.get("plan", "unknown plan")
    seats = account.get("seats")
    actions = ["Call the main contact within one business day; listen first, confirm the reason."]
    offer = False
    if _PRICE.search(text):
        reason = "price"
        actions.append(f"Review their {plan} plan and seats ({seats}) for a right-sized option.")
        actions.append("Propose a retention discount for approval only if right-sizing is not enough.")
        offer = True
    elif _FEATURE.search(text):
        reason = "missing capability"
        actions.append("Check the roadmap and known workarounds for what they need; involve product.")
    elif _USAGE.search(text):
        reason = "low adoption"
        actions.append("Offer a free training session on the core features they have not adopted.")
    elif _COMPETITOR.search(text):
        reason = "switching to a competitor"
        actions.append("Prepare a value summary from their usage; offer an executive conversation.")
    else:
        reason = "not stated"
        actions.append("Ask what would have to change for them to stay.")
    actions.append("Confirm the cancellation terms in writing if they still want to leave.")
    return SaveProposal(reason=reason, actions=actions, offer_requires_approval=offer)


def describe(proposal: SaveProposal) -> str:
    approval = " (any offer needs approval)" if proposal.offer_requires_approval else ""
    return f"Save attempt, reason: {proposal.reason}{approval}. " + " ".join(
        f"{i}. {a}" for i, a in enumerate(proposal.actions, 1)
    )


# -- plays --------------------------------------------------------------------------------------------

ActionChannel = Literal["csm_task", "ae_task", "email", "in_app"]
Owner = Literal["csm", "ae", "marketing"]
# SPEC's Plays table: the channels of each play, the first one required.
PLAY_CHANNELS: dict[str, tuple[ActionChannel, ...]] = {
    "intervention": ("csm_task", "email"),
    "engagement": ("email", "in_app"),
    "expansion": ("ae_task", "email"),
    "advocacy": ("email",),
}
TASK_OWNER: dict[str, Owner] = {"csm_task": "csm", "ae_task": "ae"}
EXPANSION_SIGNALS = ("limit_reached", "seat_utilization", "product_qualified")
NEXT_PLAN = {"free": "the Starter plan", "starter": "the Pro plan", "pro": "the Enterprise plan"}


class PlayAction(BaseModel):
    """One step of a play, for a person to approve before anything reaches the customer."""

    channel: ActionChannel = Field(
        description="csm_task / ae_task for a person, email / in_app to the customer"
    )
    owner: Owner = Field(description="who carries it out: csm, ae (account executive) or marketing")
    title: str = Field(description="what the action is, in a few words, for the reviewer")
    subject: str | None = Field(default=None, description="the email subject (email only)")
    body: str = Field(description="the message to the customer (email, in_app) or the task's instructions")
    due_in_days: int = Field(ge=0, description="days after approval by which it should be done")
    kb_links: list[str] = Field(default_factory=list, description="ids of the knowledge-base articles linked")
    offer: bool = Field(
        default=False, description="a commercial offer (discount, credit): only ever an internal proposal"
    )
    requires_approval: bool = Field(
        default=False, description="needs its own sign-off by whoever may approve commercial terms"
    )


class PlayProposal(BaseModel):
    """The play proposed for one account, waiting for review."""

    account_id: str = Field(description="the account")
    play: PlayName | None = Field(description="the play of SPEC's Plays table; None keeps monitoring")
    why: list[str] = Field(description="the reasons, with the evidence numbers of the signals")
    actions: list[PlayAction] = Field(description="the actions, in the order to carry them out")
    requires_approval: Literal[True] = Field(default=True, description="a person approves every play")
    produced_by: Literal["llm", "offline"] = Field(default="offline", description="which brain wrote it")
    fallback_reason: str | None = Field(
        default=None, description="why the offline proposal was used although a model is configured"
    )


class PlayDraft(BaseModel):
    """The reasons and actions of a play, as the model writes them (the service adds the rest)."""

    why: list[str] = Field(description="the reasons, quoting the evidence numbers of the signals")
    actions: list[PlayAction] = Field(description="the actions, in the order to carry them out")


def play_articles(kb: marketing.SearchesKB, health: AccountHealth) -> dict[str, Hit | None]:
    """Help articles for the missing milestones, and for the core features (best-practice content)."""
    missing = milestone_status(health)[1]
    return marketing.milestone_articles(
        kb, dict.fromkeys([*missing, "two_core_features", "advanced_feature"])
    )


def offline_play(account: Mapping[str, Any], health: AccountHealth, kb: marketing.SearchesKB) -> PlayProposal:
    """The play `health.play` names, per SPEC's Plays table, written for this account."""
    w = Writer(account, health, play_articles(kb, health))
    if health.play is None:
        why = [
            f"Low churn risk (health score {health.health_score}/100) and no growth signal: keep monitoring."
        ]
        return PlayProposal(account_id=w.facts.id, play=None, why=why, actions=[])
    build = {
        "intervention": _intervention,
        "engagement": _engagement,
        "expansion": _expansion,
        "advocacy": _advocacy,
    }[health.play]
    why, actions = build(w)
    actions.sort(key=lambda a: a.due_in_days)  # stable: the order to carry them out
    return PlayProposal(account_id=w.facts.id, play=health.play, why=why, actions=actions)


def _why(w: Writer, headline: str, signals: list[Signal]) -> list[str]:
    h = w.health
    return [
        f"{headline} Health score {h.health_score}/100, activation tier {h.activation_tier}, "
        f"day {h.age_days} since signup (as of {h.as_of.isoformat()}).",
        *[describe_signal(s) for s in signals],
    ]


def _task(
    w: Writer, channel: ActionChannel, title: str, lines: list[str], due: int, offer: bool = False
) -> PlayAction:
    """An action for a person; an offer is always flagged for its own approval."""
    body = "\n".join(line for line in lines if line)
    return PlayAction(
        channel=channel,
        owner=TASK_OWNER[channel],
        title=title,
        body=body,
        due_in_days=due,
        kb_links=w.links(body),
        offer=offer,
        requires_approval=offer,
    )


def _message(
    w: Writer, channel: ActionChannel, owner: Owner, title: str, subject: str | None, body: str, due: int
) -> PlayAction:
    return PlayAction(
        channel=channel,
        owner=owner,
        title=title,
        subject=subject,
        body=body,
        due_in_days=due,
        kb_links=w.links(f"{subject or ''}\n{body}"),
    )


def _help_lines(w: Writer, milestones: list[str]) -> list[str]:
    lines = []
    for m in milestones:
        hit = w.article(m)
        lines.append(f"- {w.guides[m].label}" + (f" ({article_ref(hit)})" if hit else ""))
    return lines


def _intervention(w: Writer) -> tuple[list[str], list[PlayAction]]:
    f, h = w.facts, w.health
    evidence = [f"- {describe_signal(s)}" for s in h.signals]
    focus = w.missing[:3]
    actions = [
        _task(
            w,
            "csm_task",
            f"Personal outreach to {f.contact_name or 'the main contact'} at {f.company or f.id}",
            [
                f"Reach {f.contact_label()} at {w.account_line()} personally (a call, then a note) within "
                "one business day. Listen first: what changed, what is in the way.",
                "What the data shows:",
                *evidence,
                "Review their open tickets before the call." if _has(h, "ticket_spike") else "",
                "Thank them for their feedback and ask what went wrong."
                if _has(h, "negative_feedback")
                else "",
                "Goal: agree on one concrete next step (a training session, a fix, a contact to work with).",
                NO_PROMISE,
            ],
            1,
        ),
    ]
    win_back = marketing.offline_win_back(w.account, h, w.articles).messages[0]
    actions.append(_message(w, "email", "marketing", "Win-back email", win_back.subject, win_back.body, 2))
    actions.append(
        _task(
            w,
            "csm_task",
            f"Feature training for {f.company or f.id}",
            [
                f"Offer {f.first_name or 'the contact'} and their team a 30-minute training session on the "
                "features they have not adopted, and run it with their own data.",
                *(
                    ["Cover:", *_help_lines(w, focus)]
                    if focus
                    else ["Cover the advanced features they have not tried."]
                ),
            ],
            7,
        )
    )
    if f.plan and f.plan != "free":
        actions.append(
            _task(
                w,
                "csm_task",
                "Proposal for approval: a retention offer",
                [
                    "Only if the outreach shows that price or value is what stands in the way: propose a "
                    "time-limited goodwill offer (a discount on the next renewal or an account credit; "
                    "amount and terms set by the approver).",
                    f"Current plan: {f.plan_label}" + (f", MRR {number(f.mrr)}." if f.mrr else "."),
                    "Never mention it to the customer before it is approved.",
                ],
                3,
                offer=True,
            )
        )
    return _why(w, "High churn risk.", h.signals), actions


def _engagement(w: Writer) -> tuple[list[str], list[PlayAction]]:
    f, h = w.facts, w.health
    observed = [line for s in h.signals if (line := marketing.win_back_line(w, s.name, s.evidence))][:1]
    check_in = w.compose(
        [
            f"I wanted to check in on how things are going at {f.who}"
            + (f" with the {f.plan_label}." if f.plan_label else "."),
            *observed,
            "Is anything getting in the way? If it helps, we can set up a short call and go through your "
            "setup together.",
            w.status(),
        ]
    )
    actions = [
        _message(w, "email", "csm", "Check-in email", w.subject("how are things going?"), check_in, 1),
    ]
    unused = [m for m in ("two_core_features", "integration_connected", "advanced_feature") if m in w.missing]
    tips = [f"Best practices for {f.who}:"]
    for m in unused[:2]:
        hit = w.article(m)
        todo = w.guides[m].todo
        tips.append(
            f"- {todo[:1].upper()}{todo[1:]}. {w.guides[m].why}"
            + (f" Read {article_ref(hit)}." if hit else "")
        )
    if not unused:
        hit = w.article("two_core_features")
        tips.append(
            "- Make the core features part of every week: that is where teams save the most time."
            + (f" Read {article_ref(hit)}." if hit else "")
        )
    actions.append(
        _message(w, "in_app", "marketing", "Best practices for the core features", None, "\n".join(tips), 2)
    )
    nxt = w.first_missing()
    if nxt:
        guidance = w.compose([f"Here is the next milestone for {f.who}: {w.step(nxt)}", w.status()])
        subject = w.subject(f"your next step: {w.guides[nxt].label.lower()}")
        actions.append(_message(w, "email", "marketing", "Milestone guidance", subject, guidance, 5))
    return _why(w, "Medium churn risk.", h.signals), actions


def _expansion(w: Writer) -> tuple[list[str], list[PlayAction]]:
    f, h = w.facts, w.health
    signals = [s for s in h.growth_signals if s.name in EXPANSION_SIGNALS] or h.growth_signals
    upgrade = NEXT_PLAN.get(f.plan or "")
    task = _task(
        w,
        "ae_task",
        f"Value-first upgrade conversation with {f.company or f.id}",
        [
            f"Talk with {f.contact_label()} at {w.account_line()}: lead with the value they get today, "
            f"then whether {upgrade or 'more seats or add-ons'} would fit where they are going.",
            "Usage evidence:",
            *[f"- {describe_signal(s)}" for s in signals],
            f"Milestones reached: {len(w.reached)} of {len(w.reached) + len(w.missing)}.",
            "Ask about their plans (more people, sites, workflows) before proposing anything.",
            NO_PROMISE,
        ],
        2,
    )
    value = [line for s in signals if (line := _growth_line(w, s))]
    email = w.compose(
        [
            f"{f.who} is getting a lot out of the {f.plan_label or 'product'}. " + " ".join(value),
            f"I would love to hear where {f.who} is headed and show you "
            + (f"what {upgrade} adds. " if upgrade else "what more seats or add-ons would open up. ")
            + "Would a 20-minute call next week work?",
        ],
        reply_line=False,
    )
    subject = w.subject("a look at how your team is using the product")
    return _why(w, "Low churn risk with growth signals.", signals), [
        task,
        _message(w, "email", "ae", "Value recap and call invitation", subject, email, 3),
    ]


def _growth_line(w: Writer, s: Signal) -> str | None:
    ev = s.evidence
    if s.name == "limit_reached":
        limit, times = find_text(ev, "limit"), find_number(ev, "limit")
        what = f"the {limit} limit" if limit else "a limit"
        count = f" {number(times)} times" if times and times > 1 else ""
        return f"Your team reached {what} of its plan{count} in the last 30 days."
    if s.name == "seat_utilization":
        users = find_number(ev, "user")
        seats = w.facts.seats or find_number(ev, "seat")
        if users is not None and seats:
            if users >= seats:
                return f"All {number(seats)} seats of your plan were in use in the last 30 days."
            return f"{number(users)} of your {number(seats)} seats were in use in the last 30 days."
        return "Nearly every seat of your plan is in use."
    if s.name == "product_qualified":
        n = find_number(ev, "key")
        done = f"{number(n)} key actions" if n else "more key actions than most teams"
        return f"Your team completed {done} in the last 30 days, among the most of any account."
    return None


def advocacy_touch(w: Writer) -> Literal["low", "medium", "high"]:
    """How much to ask of an advocate, from the account's value: plan, MRR and tenure."""
    f = w.facts
    score = {"enterprise": 2, "pro": 1}.get(f.plan or "", 0)
    score += 2 if (f.mrr or 0) >= 1000 else 1 if (f.mrr or 0) >= 300 else 0
    score += 1 if w.health.age_days >= 730 else 0
    return "high" if score >= 3 else "medium" if score >= 1 else "low"


_ADVOCACY_ASK = {
    "high": (
        "Case study",
        "Would {who} be open to a short case study? It takes a 30-minute interview with our team, and you "
        "review and approve every word before anything is published.",
    ),
    "medium": (
        "Testimonial",
        "Would you share two or three sentences on what the {plan} has changed for {who}? We will send you "
        "the quote to approve before we use it anywhere.",
    ),
    "low": (
        "Referral ask",
        "If you know another team who could use it, simply reply with an introduction: we will take good "
        "care of them.",
    ),
}


def _advocacy(w: Writer) -> tuple[list[str], list[PlayAction]]:
    f, h = w.facts, w.health
    touch = advocacy_touch(w)
    kind, ask = _ADVOCACY_ASK[touch]
    years = h.age_days // 365
    tenure = f"for more than {years} years" if years > 1 else "for over a year" if years == 1 else "this year"
    nps = next((find_number(s.evidence, "nps") for s in h.growth_signals if s.name == "advocate"), None)
    thanks = f"Thank you for being with us {tenure}" + (
        f", and for your recent score of {number(nps)} out of 10." if nps is not None else "."
    )
    body = w.compose([thanks, ask.format(who=f.who, plan=f.plan_label or "product")], reply_line=False)
    subject = w.subject("a thank-you, and a small favour")
    why = _why(w, "Low churn risk, advocate.", [s for s in h.growth_signals if s.name == "advocate"])
    why.append(
        f"{touch.title()} touch ({kind.lower()}): {f.plan_label or 'plan unknown'}, "
        f"MRR {number(f.mrr or 0)}, {h.age_days} days since signup."
    )
    owner: Owner = "csm" if touch == "high" else "marketing"
    return why, [_message(w, "email", owner, f"{kind} ask ({touch} touch)", subject, body, 3)]


def _has(health: AccountHealth, name: str) -> bool:
    return any(s.name == name for s in health.signals)


# -- the LLM path -------------------------------------------------------------------------------------

PLAY_SYSTEM = """You are the growth agent of a B2B SaaS company. You propose the play for one customer
account; a person approves it before anything reaches the customer.
Rules:
- Use only the channels listed for the play, and always the first of them. csm_task is owned by the csm,
  ae_task by the ae; email and in_app messages are written in full, for the contact, with no placeholder
  of any kind ({name}, [Company], <NAME>, TODO).
- "why" gives the reasons with the numbers of the signals' evidence. For expansion, the ae_task quotes the
  usage evidence numbers.
- A discount, credit or any special offer is never in an email or in-app message. At most it is a
  csm_task with offer=true and requires_approval=true, phrased as a proposal for approval.
- Link help articles as "Title [article-id]" and list their ids in kb_links; use only the articles given."""


def llm_messages(
    account: Mapping[str, Any], health: AccountHealth, articles: Mapping[str, Hit | None]
) -> list[BaseMessage]:
    w = Writer(account, health, articles)
    guides = milestone_guides()
    brief = {
        "play": health.play,
        "channels": list(PLAY_CHANNELS.get(health.play or "", ())),
        "account": {
            "id": w.facts.id,
            "company": w.facts.company,
            "contact_first_name": w.facts.first_name,
            "plan": w.facts.plan,
            "seats": w.facts.seats,
            "mrr": w.facts.mrr,
            "days_since_signup": health.age_days,
        },
        "health": {"score": health.health_score, "risk": health.risk_tier, "tier": health.activation_tier},
        "risk_signals": [s.model_dump() for s in health.signals],
        "growth_signals": [s.model_dump() for s in health.growth_signals],
        "milestones_reached": [guides[m].label for m in w.reached],
        "milestones_missing": [guides[m].label for m in w.missing],
        "articles": {m: {"id": h.id, "title": h.title} for m, h in articles.items() if h is not None},
    }
    return [SystemMessage(PLAY_SYSTEM), HumanMessage(json.dumps(brief, indent=1, default=str))]


def play_problems(proposal: PlayProposal, health: AccountHealth, known_articles: set[str]) -> list[str]:
    """Why a proposal may not go to review: a channel or owner the Plays table does not allow, a missing
    required action, a placeholder, an offer in a customer message or not flagged for approval, an
    expansion task without the usage evidence. The offline proposals never have one."""
    problems: list[str] = []
    allowed = PLAY_CHANNELS.get(proposal.play or "", ())
    if proposal.play is not None and allowed[0] not in [a.channel for a in proposal.actions]:
        problems.append(f"{proposal.play} needs a {allowed[0]} action")
    for i, a in enumerate(proposal.actions, 1):
        where = f"action {i} ({a.channel})"
        if a.channel not in allowed:
            problems.append(f"{where}: channel not in the {proposal.play} play")
        if a.channel in TASK_OWNER and a.owner != TASK_OWNER[a.channel]:
            problems.append(f"{where}: owned by {a.owner}")
        text = f"{a.title}\n{a.subject or ''}\n{a.body}"
        problems += [f"{where}: placeholder {p!r}" for p in placeholders(text)]
        if not a.body.strip():
            problems.append(f"{where}: empty body")
        if a.channel == "email" and not (a.subject or "").strip():
            problems.append(f"{where}: an email without a subject")
        if a.channel in ("email", "in_app") and (promises(text) or a.offer):
            problems.append(f"{where}: a customer message with an offer")
        if (a.offer or promises(text)) and not (a.offer and a.requires_approval):
            problems.append(f"{where}: an offer not flagged for approval")
        unknown = [k for k in a.kb_links if k not in known_articles]
        if unknown:
            problems.append(f"{where}: links unknown articles {unknown}")
    if proposal.play == "expansion":
        tasks = "\n".join(a.body for a in proposal.actions if a.channel == "ae_task")
        for s in health.growth_signals:
            values = [format_number(v) for v in s.evidence.values() if isinstance(v, int | float)]
            if s.name in EXPANSION_SIGNALS and values and not any(v in tasks for v in values):
                problems.append(f"ae_task: no usage evidence for {s.name}")
    return problems


def format_number(value: float) -> str:
    return number(float(value))


def draft_play(
    brain: Brain, kb: marketing.SearchesKB, account: Mapping[str, Any], health: AccountHealth
) -> PlayProposal:
    """The play for review: the model's proposal when one is configured and it passes the checks, else
    the offline proposal. Account, play and approval are always the service's own."""
    reference = offline_play(account, health, kb)
    if health.play is None:
        return reference
    articles = play_articles(kb, health)
    decision = brain.decide(
        PlayDraft,
        llm_messages(account, health, articles),
        offline=lambda: PlayDraft(why=reference.why, actions=reference.actions),
    )
    if decision.usage.produced_by == "offline":
        return reference.model_copy(update={"fallback_reason": decision.usage.fallback_reason})
    drafted = reference.model_copy(
        update={"why": decision.output.why, "actions": decision.output.actions, "produced_by": "llm"}
    )
    problems = play_problems(drafted, health, {h.id for h in articles.values() if h is not None})
    if problems:
        return reference.model_copy(
            update={"fallback_reason": "model draft rejected: " + "; ".join(problems[:3])}
        )
    return drafted
