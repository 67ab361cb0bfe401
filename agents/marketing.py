"""Marketing: onboarding and lifecycle content (welcome sequences, checklists, milestone and win-back
emails), always drafts for a person to approve.

SPEC section 5's onboarding campaign: emails on days 1 (access and a first quick win), 3 (complete the
first key action) and 7 (the next milestone, or the onboarding webinar), CSM check-in tasks on days 3, 10
and 25 for pro and enterprise plans, and a checklist of every activation milestone with its status. Each
message names the company, greets the contact, mentions the plan, lists the milestones still missing and
links the knowledge-base articles that help with them. No placeholder survives into a draft: a model's
draft that has one, or that bends the campaign's shape, is replaced by the offline draft.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, Protocol

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, Field

from agents.brain import Brain
from agents.observability import MILESTONES, AccountHealth
from agents.playbook import (
    NO_PROMISE,
    TIER_MILESTONES,
    Writer,
    account_facts,
    article_ref,
    describe_signal,
    find_date,
    find_number,
    milestone_guides,
    milestone_status,
    number,
    placeholders,
    promises,
)
from knowledge_base.search import Hit, SearchResult

Channel = Literal["email", "in_app", "csm_task"]
CampaignKind = Literal["onboarding", "win_back", "milestone"]
ONBOARDING_DAYS = 30  # SPEC: an account in its first 30 days gets the onboarding campaign
CSM_CHECK_IN_DAYS = (3, 10, 25)
MIN_ARTICLE_SIMILARITY = 0.4  # below it the best article is about something else: link none
WEBINAR_LINE = (
    "Prefer to see it done live? Reply to this email and we will send you the dates of our next "
    "onboarding webinar."
)


class DraftMessage(BaseModel):
    """One message of a campaign, written for one account."""

    day: int = Field(ge=0, description="days after signup (or after the trigger) when it goes out")
    channel: Channel = Field(description="how it reaches the customer or the CSM")
    subject: str = Field(description="the subject line, personal to the account")
    body: str = Field(description="the message, with no placeholder left")
    kb_links: list[str] = Field(description="ids of the knowledge-base articles it links")
    purpose: str = Field(default="", description="what the message is for, e.g. 'day 3: first key action'")


class ChecklistItem(BaseModel):
    """One activation milestone on the onboarding checklist."""

    milestone: str = Field(description="an activation milestone, e.g. profile_completed")
    label: str = Field(default="", description="the milestone in the customer's words")
    done: bool = Field(description="whether the account has reached it")
    help_article: str | None = Field(default=None, description="the article that helps with it")
    help_title: str | None = Field(default=None, description="that article's title")


class Campaign(BaseModel):
    """A drafted campaign awaiting review."""

    account_id: str = Field(description="the account it is written for")
    kind: CampaignKind = Field(description="what the campaign is for")
    messages: list[DraftMessage] = Field(description="the sequence, in send order")
    checklist: list[ChecklistItem] = Field(
        default_factory=list, description="onboarding milestones and status"
    )
    produced_by: Literal["llm", "offline"] = Field(default="offline", description="which brain wrote it")
    fallback_reason: str | None = Field(
        default=None, description="why the offline draft was used although a model is configured"
    )


class CampaignDraft(BaseModel):
    """The messages of a campaign, as the model writes them (the service adds the rest)."""

    messages: list[DraftMessage] = Field(description="exactly the messages asked for, in send order")


class SearchesKB(Protocol):
    def search(
        self, query: str, k: int = 5, doc_type: str | None = None, category: str | None = None
    ) -> SearchResult: ...


# -- help articles ------------------------------------------------------------------------------------


def milestone_articles(kb: SearchesKB, milestones_missing: Iterable[str]) -> dict[str, Hit | None]:
    """The help article for each milestone: the best-matching knowledge-base article for a generic
    description of the step (queries and SPEC categories in `agents/data/milestones.yaml`), None when
    nothing matches closely enough. The knowledge base keeps the answers for its current revision
    (`KnowledgeBase.per_revision`): they depend on its articles only, not on the account."""
    remember = getattr(kb, "per_revision", None)  # a stand-in without revisions (tests) searches each time
    found: dict[str, Hit | None] = remember("milestone_articles", dict) if remember is not None else {}
    wanted = [m for m in dict.fromkeys(milestones_missing) if m not in found]
    prime = getattr(kb, "prime", None)
    if wanted and prime is not None:
        guides = milestone_guides()
        prime([q for m in wanted for q in (guides[m].queries if m in guides else [m.replace("_", " ")])])
    result: dict[str, Hit | None] = {}
    for milestone in milestones_missing:
        if milestone not in found:
            found[milestone] = _best_article(kb, milestone)
        result[milestone] = found[milestone]
    return result


def _best_article(kb: SearchesKB, milestone: str) -> Hit | None:
    guide = milestone_guides().get(milestone)
    queries = guide.queries if guide else [milestone.replace("_", " ")]
    categories = guide.categories if guide else []
    best: Hit | None = None
    for query in queries:
        for category in (None, *categories):
            for hit in kb.search(query, k=3, doc_type="article", category=category).hits:
                if hit.similarity >= MIN_ARTICLE_SIMILARITY and (
                    best is None or hit.similarity > best.similarity
                ):
                    best = hit
    return best


# -- the pieces every message shares ------------------------------------------------------------------


def _email(w: Writer, day: int, purpose: str, subject: str, paragraphs: Sequence[str]) -> DraftMessage:
    body = w.compose(paragraphs)
    return DraftMessage(
        day=day, channel="email", subject=subject, body=body, kb_links=w.links(body), purpose=purpose
    )


def checklist(health: AccountHealth, articles: Mapping[str, Hit | None]) -> list[ChecklistItem]:
    """Every activation milestone with its status, and the help article for the ones still missing."""
    guides = milestone_guides()
    items = []
    for m in MILESTONES:
        done = bool(health.milestones.get(m, False))
        hit = None if done else articles.get(m)
        items.append(
            ChecklistItem(
                milestone=m,
                label=guides[m].label,
                done=done,
                help_article=hit.id if hit else None,
                help_title=hit.title if hit else None,
            )
        )
    return items


# -- onboarding ---------------------------------------------------------------------------------------


def needs_onboarding(health: AccountHealth) -> bool:
    """SPEC: the onboarding campaign is for an account in its first 30 days."""
    return 0 <= health.age_days < ONBOARDING_DAYS


def offline_onboarding_campaign(
    account: Mapping[str, Any], health: AccountHealth, articles: Mapping[str, Hit | None]
) -> Campaign:
    """SPEC's onboarding campaign for one account, written from its facts and milestones: emails on days
    1, 3 and 7, CSM check-in tasks on days 3, 10 and 25 (pro and enterprise only), the checklist."""
    w = Writer(account, health, articles)
    messages = [_day_1(w), _day_3(w), _day_7(w)]
    if w.facts.has_csm:
        messages += [_check_in(w, day) for day in CSM_CHECK_IN_DAYS]
    order = {"email": 0, "in_app": 1, "csm_task": 2}
    messages.sort(key=lambda m: (m.day, order[m.channel]))
    return Campaign(
        account_id=w.facts.id, kind="onboarding", messages=messages, checklist=checklist(health, articles)
    )


# Steps a customer can take in one sitting, in the order day 1 suggests them (the weekly habit is not one).
QUICK_WINS = (
    "profile_completed",
    "basic_feature",
    "key_action",
    "integration_connected",
    "three_active_users",
    "two_core_features",
    "advanced_feature",
    "two_workspaces",
)


def _focus(w: Writer) -> tuple[str | None, str | None, str | None]:
    """The milestone each email of the welcome sequence is about: day 1 a quick win (a small step before
    the key action, which day 3 is about), day 7 the next one; no two the same while enough are missing."""
    day_1 = w.first_missing(QUICK_WINS)
    day_3 = "key_action" if "key_action" in w.missing else w.first_missing(skip=[day_1 or ""])
    day_7 = w.first_missing(skip=[m for m in (day_1, day_3) if m]) or (
        w.first_missing(skip=["key_action"]) if day_3 == "key_action" else None
    )
    return day_1, day_3, day_7


def _day_1(w: Writer) -> DraftMessage:
    f = w.facts
    access = (
        f"You sign in with {f.email}."
        if f.email
        else "You sign in with the email address you signed up with."
    ) + " Each teammate gets their own login from an invitation you send."
    quick = _focus(w)[0]
    nxt = w.first_missing()
    if quick:
        win = f"Your first quick win, about ten minutes: {w.step(quick)}"
    elif nxt:
        win = f"You have already taken every quick step. What comes next: {w.step(nxt)}"
    else:
        win = "You have already reached every activation milestone: a flying start."
    csm = (
        f"Over the coming weeks someone from our customer success team will check in with you, so that "
        f"{f.who} gets what it needs from the {f.plan_label}."
        if f.has_csm
        else ""
    )
    return _email(
        w,
        1,
        "day 1: access and a first quick win",
        w.subject("welcome aboard: your access and a first quick win"),
        [f"Welcome aboard! {w.plan_sentence()}", access, win, w.status(), csm],
    )


def _day_3(w: Writer) -> DraftMessage:
    focus = _focus(w)[1]
    if focus == "key_action":
        lead = f"The step that makes the biggest difference this week: {w.step('key_action')}"
        subject = w.subject("time to complete your first key action")
    else:
        lead = f"The first key action is done, so {w.facts.who} is up and running." + (
            f" The next step: {w.step(focus)}" if focus else ""
        )
        subject = w.subject("your first key action is done: here is what comes next")
    return _email(w, 3, "day 3: complete the first key action", subject, [lead, w.status()])


def _day_7(w: Writer) -> DraftMessage:
    nxt = _focus(w)[2]
    if nxt:
        lead = f"One week in, here is the next milestone for {w.facts.who}: {w.step(nxt)}"
        subject = w.subject(f"one week in: {w.guides[nxt].label.lower()}")
    else:
        where = (
            "is well on its way: only the steps below are left"
            if w.missing
            else "has reached every activation milestone"
        )
        lead = (
            f"One week in, {w.facts.who} {where}. To go further, join one of our live onboarding "
            "webinars: we show the advanced features and answer your questions."
        )
        subject = w.subject("one week in: join a live onboarding webinar")
    return _email(w, 7, "day 7: the next milestone or the webinar", subject, [lead, w.status(), WEBINAR_LINE])


_CHECK_IN_GOALS = {
    3: "make sure they can sign in and help them complete the first key action",
    10: "review adoption: two core features in use and an integration connected",
    25: "review the first month before it ends: milestones reached, what is missing, whether the plan and "
    "seats fit",
}
_CHECK_IN_FOCUS = {3: TIER_MILESTONES[1], 10: TIER_MILESTONES[2], 25: MILESTONES}


def _check_in(w: Writer, day: int) -> DraftMessage:
    """A CSM task: who to call, the goal of the call, the status and the articles that help."""
    f = w.facts
    open_steps = [m for m in _CHECK_IN_FOCUS[day] if m in w.missing] or w.missing
    lines = [
        f"Check in with {f.contact_label()} at {w.account_line()}.",
        f"Goal: {_CHECK_IN_GOALS[day]}.",
        w.health_line() + " Check the live status before the call.",
        w.done_sentence() or "No activation milestone reached yet.",
    ]
    if open_steps:
        lines.append("Help with:")
        for m in open_steps:
            hit = w.article(m)
            lines.append(f"- {w.guides[m].label}" + (f" ({article_ref(hit)})" if hit else ""))
    lines += [f"Risk: {describe_signal(s)}" for s in w.health.signals]
    lines.append(f"Log the outcome on the account. {NO_PROMISE}")
    body = "\n".join(lines)
    who = f.contact_name or f.company or f.id
    at = f" ({f.company})" if f.company and who != f.company else ""
    return DraftMessage(
        day=day,
        channel="csm_task",
        subject=f"Day {day} check-in with {who}{at}",
        body=body,
        kb_links=w.links(body),
        purpose=f"CSM check-in, day {day}",
    )


# -- lifecycle emails ---------------------------------------------------------------------------------

_TIER_NAMES = {1: "basic", 2: "core", 3: "advanced"}


def offline_milestone_celebration(
    account: Mapping[str, Any],
    health: AccountHealth,
    milestone: str,
    articles: Mapping[str, Hit | None],
) -> Campaign:
    """An email and an in-app note for a milestone just reached, pointing to the next one."""
    guides = milestone_guides()
    if milestone not in guides:
        raise ValueError(f"unknown milestone {milestone!r}; one of {', '.join(MILESTONES)}")
    w = Writer(
        account, health.model_copy(update={"milestones": {**health.milestones, milestone: True}}), articles
    )
    guide = guides[milestone]
    tier = next(t for t, ms in TIER_MILESTONES.items() if milestone in ms)
    unlocked = (
        f" That completes the {_TIER_NAMES[tier]} activation tier on the {w.facts.plan_label or 'plan'}."
        if all(m in w.reached for m in TIER_MILESTONES[tier])
        else ""
    )
    nxt = w.first_missing()
    email = _email(
        w,
        0,
        f"milestone reached: {milestone}",
        w.subject(f"congratulations, you have {guide.done}"),
        [
            f"Congratulations: {w.facts.who} has just {guide.done}. {guide.why}{unlocked}",
            f"Your next milestone: {w.step(nxt)}" if nxt else "That was the last activation milestone.",
            w.status(),
        ],
    )
    hit = w.article(nxt) if nxt else None
    note = f"Milestone reached for {w.facts.who}: {guide.label.lower()}. " + (
        f"Next: {guides[nxt].label.lower()}" + (f", see {article_ref(hit)}." if hit else ".")
        if nxt
        else "Every activation milestone is done."
    )
    f = w.facts
    in_app = DraftMessage(
        day=0,
        channel="in_app",
        subject=f"Well done, {f.first_name}!" if f.first_name else f"Well done, {f.who}!",
        body=note,
        kb_links=w.links(note),
        purpose=f"milestone reached: {milestone}",
    )
    return Campaign(account_id=f.id, kind="milestone", messages=[email, in_app])


def offline_win_back(
    account: Mapping[str, Any], health: AccountHealth, articles: Mapping[str, Hit | None]
) -> Campaign:
    """The win-back email of an intervention play: what the risk signals show, in the customer's terms,
    and concrete help (a session with our team, the articles for the milestones still missing). It makes
    no commercial offer: offers are proposals for approval in the play, never in the email."""
    w = Writer(account, health, articles)
    ordered = sorted(health.signals, key=lambda s: s.severity != "high")
    lines = [line for line in (win_back_line(w, s.name, s.evidence) for s in ordered) if line]
    observed = (
        " ".join(list(dict.fromkeys(lines))[:2])
        or f"We would love to hear how things are going at {w.facts.who}."
    )
    offer_help = (
        f"We would like to help {w.facts.who} get full value from the {w.facts.plan_label or 'product'}. "
        "Would a 30-minute session with our team help? We can walk your team through the features you "
        "need and set them up together with you."
    )
    nxt = w.first_missing()
    return Campaign(
        account_id=w.facts.id,
        kind="win_back",
        messages=[
            _email(
                w,
                0,
                "win-back: re-engage with concrete help",
                w.subject("can we help you get more out of your account?"),
                [
                    observed,
                    offer_help,
                    f"If you prefer to do it yourself, start here: {w.step(nxt)}" if nxt else "",
                    w.status(),
                ],
            )
        ],
    )


def win_back_line(w: Writer, name: str, ev: Mapping[str, Any]) -> str | None:
    """One risk signal in the customer's terms, with its numbers where the evidence has them."""
    who = w.facts.who
    if name == "dormant":
        last = find_date(ev, "last_event")
        days = (w.health.as_of - last).days if last else find_number(ev, "since")
        when = f"for {number(days)} days" if days else "in the last 30 days"
        return f"We have not seen anyone from {who} in the product {when}, and we miss you."
    if name in ("usage_decline", "feature_decline", "low_adoption"):
        unit = "day" if name == "usage_decline" else "feature"
        now, before = find_number(ev, unit, "l30"), find_number(ev, unit, "p30")
        used = "was active on" if unit == "day" else "used"
        if now is not None and before is not None:
            return (
                f"Your team {used} {number(now)} {unit}s in the last 30 days, "
                f"against {number(before)} the month before."
            )
        if now is not None:
            return f"Your team {used} {number(now)} {unit}s in the last 30 days."
        return "Your team has been using the product less than before."
    if name == "ticket_spike":
        n = find_number(ev, "ticket", "l30")
        count = f"{number(n)} times" if n else "several times"
        return (
            f"You have contacted support {count} this past month: we want every one of those issues solved."
        )
    if name == "negative_feedback":
        nps, csat = find_number(ev, "nps"), find_number(ev, "csat")
        score = (
            f" (you gave us {number(nps)} out of 10)"
            if nps is not None
            else (f" (you rated us {number(csat)} out of 5)" if csat is not None else "")
        )
        return (
            f"Thank you for your honest feedback{score}: it tells us we are falling short, "
            "and we want to fix that."
        )
    if name == "low_engagement":
        users = find_number(ev, "user")
        seats = w.facts.seats or find_number(ev, "seat")
        if users is not None and seats:
            used = (
                f"Your team used {number(users)} of its" if users else "Nobody on your team used any of the"
            )
            return f"{used} {number(seats)} seats in the last 30 days."
        return "Only a few of your teammates have used the product lately."
    if name == "missed_milestone":
        m = w.first_missing()
        return f"The next step for {who} is to {w.guides[m].todo}." if m else None
    return None


# -- the LLM path -------------------------------------------------------------------------------------

SYSTEM = """You are the lifecycle-marketing writer of a B2B SaaS company. You draft messages for one
customer account; a person reviews every draft before anything is sent.
Rules:
- Write exactly the messages listed under "write", same day, channel and purpose, in that order.
- Every email and in-app message greets the contact by first name (or the company's team when there is
  no name), names the company and its plan, says what the account has done and lists the milestones it
  still misses, linking the articles given as "Title [article-id]" and listing those ids in kb_links.
- csm_task messages are instructions to the customer success manager: who to contact, the goal, the
  account's status and the articles that help.
- Use only the facts given. Leave no placeholder of any kind ({name}, [Company], <NAME>, TODO): if a fact
  is missing, write the sentence without it.
- Never offer or promise discounts, credits, refunds or free months."""


def llm_messages(
    kind: CampaignKind,
    account: Mapping[str, Any],
    health: AccountHealth,
    articles: Mapping[str, Hit | None],
    reference: Campaign,
    note: str = "",
) -> list[BaseMessage]:
    """The prompt: the account's facts, its milestones, the articles and the messages to write."""
    facts = account_facts(account)
    reached, missing = milestone_status(health)
    guides = milestone_guides()
    brief = {
        "campaign": kind,
        "account": {
            "company": facts.company,
            "contact_first_name": facts.first_name,
            "plan": facts.plan,
            "seats": facts.seats,
            "days_since_signup": health.age_days,
        },
        "milestones_reached": [guides[m].label for m in reached],
        "milestones_missing": [guides[m].label for m in missing],
        "risk_signals": [describe_signal(s) for s in health.signals],
        "articles": {
            guides[m].label if m in guides else m: {"id": h.id, "title": h.title, "excerpt": h.text[:300]}
            for m, h in articles.items()
            if h is not None
        },
        "write": [{"day": m.day, "channel": m.channel, "purpose": m.purpose} for m in reference.messages],
    }
    human = json.dumps(brief, indent=1) + (f"\n\n{note}" if note else "")
    return [SystemMessage(SYSTEM), HumanMessage(human)]


def campaign_problems(campaign: Campaign, reference: Campaign, account: Mapping[str, Any]) -> list[str]:
    """Why a draft may not go to review: a placeholder, a promise, a message missing or added, a message
    that is not personal, a link to an article that was not given. The offline drafts never have one."""
    facts = account_facts(account)
    problems: list[str] = []
    shape = [(m.day, m.channel) for m in campaign.messages]
    if shape != [(m.day, m.channel) for m in reference.messages]:
        problems.append(f"messages {shape} instead of {[(m.day, m.channel) for m in reference.messages]}")
    known = {i for m in reference.messages for i in m.kb_links} | {
        c.help_article for c in reference.checklist if c.help_article
    }
    for m in campaign.messages:
        text = f"{m.subject}\n{m.body}"
        problems += [f"day {m.day} {m.channel}: placeholder {p!r}" for p in placeholders(text)]
        if m.channel != "csm_task":
            problems += [f"day {m.day} {m.channel}: promises {p!r}" for p in promises(text)]
            if facts.company and facts.company.lower() not in text.lower():
                problems.append(f"day {m.day} {m.channel}: does not name {facts.company}")
            if m.channel == "email" and facts.first_name and facts.first_name not in m.body:
                problems.append(f"day {m.day} email: does not greet {facts.first_name}")
        unknown = [i for i in m.kb_links if i not in known]
        if unknown:
            problems.append(f"day {m.day} {m.channel}: links unknown articles {unknown}")
    return problems


def _decide(
    brain: Brain,
    reference: Campaign,
    account: Mapping[str, Any],
    messages: list[BaseMessage],
) -> Campaign:
    """The model's messages when they pass every check, else the offline draft (with the reason)."""
    decision = brain.decide(
        CampaignDraft, messages, offline=lambda: CampaignDraft(messages=reference.messages)
    )
    if decision.usage.produced_by == "offline":
        return reference.model_copy(update={"fallback_reason": decision.usage.fallback_reason})
    drafted = reference.model_copy(update={"messages": decision.output.messages, "produced_by": "llm"})
    problems = campaign_problems(drafted, reference, account)
    if problems:
        reason = "model draft rejected: " + "; ".join(problems[:3])
        return reference.model_copy(update={"fallback_reason": reason})
    return drafted


def draft_onboarding(
    brain: Brain, kb: SearchesKB, account: Mapping[str, Any], health: AccountHealth
) -> Campaign:
    """The onboarding campaign for review: the model's draft when one is configured and it passes the
    checks, else the offline draft. The checklist is always the service's own."""
    articles = milestone_articles(kb, milestone_status(health)[1])
    reference = offline_onboarding_campaign(account, health, articles)
    return _decide(
        brain, reference, account, llm_messages("onboarding", account, health, articles, reference)
    )


def draft_win_back(
    brain: Brain, kb: SearchesKB, account: Mapping[str, Any], health: AccountHealth
) -> Campaign:
    articles = milestone_articles(kb, milestone_status(health)[1])
    reference = offline_win_back(account, health, articles)
    note = "Base the opening on the risk signals' evidence, in the customer's terms; offer a session."
    return _decide(
        brain, reference, account, llm_messages("win_back", account, health, articles, reference, note)
    )


def draft_milestone_celebration(
    brain: Brain, kb: SearchesKB, account: Mapping[str, Any], health: AccountHealth, milestone: str
) -> Campaign:
    reference_health = health.model_copy(update={"milestones": {**health.milestones, milestone: True}})
    articles = milestone_articles(kb, milestone_status(reference_health)[1])
    reference = offline_milestone_celebration(account, health, milestone, articles)
    note = (
        f"The milestone just reached: {milestone_guides()[milestone].label}. Celebrate it, then the next one."
    )
    return _decide(
        brain,
        reference,
        account,
        llm_messages("milestone", account, reference_health, articles, reference, note),
    )
