"""What Marketing and Growth share when they write for one account: the facts of the account in a form
fit to print, the activation milestones in customer words (`agents/data/milestones.yaml`), the risk and
growth signals with their evidence, and the placeholder check every draft must pass.

A draft is read by a person and then by a customer, so nothing here prints a raw None, an empty name or a
template marker: missing facts change the sentence instead ("Hi Brightside Dental team," when there is no
contact name, "Hello," when there is no company name either).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field

from agents.observability import MILESTONES, AccountHealth, Signal
from knowledge_base.search import Hit

DATA = Path(__file__).resolve().parent / "data"
PLANS = ("free", "starter", "pro", "enterprise")
CSM_PLANS = ("pro", "enterprise")  # SPEC: CSM check-in tasks for these plans only
# The milestones of each activation tier (SPEC section 5), in MILESTONES order.
TIER_MILESTONES: dict[int, tuple[str, ...]] = {1: MILESTONES[0:3], 2: MILESTONES[3:6], 3: MILESTONES[6:9]}
_HONORIFICS = {"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "sir", "madam"}

SIGNAL_MEANING = {
    "dormant": "no activity in the last 30 days",
    "ticket_spike": "support tickets at least doubled",
    "feature_decline": "using half as many features or fewer than the month before",
    "negative_feedback": "a low NPS or CSAT score",
    "usage_decline": "fewer active days than the month before",
    "missed_milestone": "behind on activation milestones",
    "low_adoption": "fewer than 3 features used in the last 30 days",
    "low_engagement": "few of the seats are active",
    "limit_reached": "hit a plan limit",
    "seat_utilization": "nearly every seat is active",
    "product_qualified": "key actions in the top quartile of all accounts on a small plan",
    "advocate": "a promoter for more than a year",
}


# -- placeholders -------------------------------------------------------------------------------------

_PLACEHOLDER_WORDS = {
    "name",
    "first name",
    "first_name",
    "firstname",
    "last name",
    "full name",
    "customer",
    "customer name",
    "contact",
    "contact name",
    "company",
    "company name",
    "company_name",
    "account",
    "account name",
    "product",
    "product name",
    "plan",
    "date",
    "link",
    "url",
    "email",
    "phone",
    "signature",
    "your name",
    "csm",
    "csm name",
    "sender",
}
_MARKERS = (
    re.compile(r"\{\{?[^{}\n]{0,60}\}?\}"),  # {name}, {{ name }}, {}
    re.compile(r"\[\[[^\[\]\n]{0,60}\]\]"),  # [[name]]
    re.compile(r"<\s*[A-Za-z_][\w .\-]{0,40}>"),  # <NAME>, <first name>
    re.compile(r"\$\{[^}\n]*\}|%\(\w+\)[sdf]|\b__[A-Z][A-Z0-9_]*__\b"),  # ${x}, %(x)s, __NAME__
    re.compile(r"\b(?:TODO|TBD|FIXME|XXX+)\b"),
    re.compile(r"lorem|ipsum", re.IGNORECASE),
    re.compile(r"\b(?:Hi|Hello|Dear|Hey)(?:\s+,|\s+(?:None|null|undefined|nan)\b)"),  # an empty fill
    re.compile(r"\b(?:null|undefined|NaN)\b"),
)
_SINGLE_BRACKET = re.compile(r"(?<!\[)\[([^\[\]\n]{1,60})\](?!\])(?!\()")  # not [[x]], not [text](url)
_ALL_CAPS_FIELD = re.compile(r"^[A-Z]+(?:_[A-Z]+)+$")  # FIRST_NAME


def placeholders(text: str) -> list[str]:
    """Template markers left in a draft: {name}, [[name]], <NAME>, [Company Name], TODO, lorem ipsum,
    an empty greeting ("Hi ,"). An empty list means the text is fit to send. Article references such as
    `[reset-password]` and Markdown links are not placeholders."""
    found: list[str] = []
    for pattern in _MARKERS:
        found += [m.group(0) for m in pattern.finditer(text)]
    for m in _SINGLE_BRACKET.finditer(text):
        inner = m.group(1).strip()
        if not inner:
            continue  # "[ ]" is an empty checkbox
        if (
            inner.lower() in _PLACEHOLDER_WORDS
            or _ALL_CAPS_FIELD.match(inner)
            or (" " in inner and not re.search(r"\d", inner))  # [Your Name], [insert link here]
        ):
            found.append(m.group(0))
    return found


_PROMISE = re.compile(
    r"\bdiscount|\brefund|\bcoupon|promo(?:tion)? code|free months?|\d+ ?% off|money back|account credit"
    r"|\bcredits? (?:on|to|towards) your|\bwaive",
    re.IGNORECASE,
)


def promises(text: str) -> list[str]:
    """Commercial offers in a text meant for the customer (a discount, a credit, a refund, free months).
    Offers are only ever proposals for a person to approve, inside the play, never in a draft message."""
    return [m.group(0) for m in _PROMISE.finditer(text)]


def clean(value: Any) -> str | None:
    """A customer-supplied value fit to print: template markers and brackets removed, spaces collapsed;
    None when nothing is left."""
    if value is None:
        return None
    text = str(value)
    for pattern in _MARKERS[:6]:  # the markers themselves; an empty fill needs the surrounding text
        text = pattern.sub(" ", text)
    text = re.sub(r"[{}\[\]<>]", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:-")
    return text or None


# -- the account --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AccountFacts:
    """One account's facts, cleaned for printing; missing ones are None."""

    id: str
    company: str | None
    contact_name: str | None
    first_name: str | None
    email: str | None
    plan: str | None
    seats: int | None
    mrr: float | None
    signup_date: date | None

    @property
    def who(self) -> str:
        """The company's name, or "your team" where a sentence needs a subject."""
        return self.company or "your team"

    @property
    def plan_label(self) -> str | None:
        return f"{self.plan.title()} plan" if self.plan else None

    @property
    def has_csm(self) -> bool:
        return self.plan in CSM_PLANS

    def greeting(self) -> str:
        if self.first_name:
            return f"Hi {self.first_name},"
        if self.company:
            return f"Hi {self.company} team,"
        return "Hello,"

    def contact_label(self) -> str:
        """For the CSM's and AE's tasks: who to reach and how."""
        person = self.contact_name or "the main contact (no name on file)"
        return f"{person} <{self.email}>" if self.email else f"{person} (no email on file)"

    def tenure_days(self, as_of: date) -> int | None:
        return (as_of - self.signup_date).days if self.signup_date else None


def first_name(contact_name: str | None) -> str | None:
    """The name to greet someone by: "Dr. Maya Ortiz" -> "Maya"; None for an email address or nothing."""
    name = clean(contact_name)
    if not name or "@" in name:
        return None
    tokens = [t for t in name.split() if t.rstrip(".").lower() not in _HONORIFICS]
    if not tokens:
        return None
    first = tokens[0]
    if len(first.rstrip(".")) <= 1:  # an initial ("J. Smith"): greet by the full name
        first = " ".join(tokens)
    return first[:1].upper() + first[1:] if first.islower() else first


def account_facts(account: Mapping[str, Any], default_id: str = "unknown") -> AccountFacts:
    """From an account record: the flat form (contact_name, contact_email) or SPEC's nested contact."""
    nested = account.get("contact")
    contact: Mapping[str, Any] = nested if isinstance(nested, Mapping) else {}
    contact_name = clean(account.get("contact_name") or contact.get("name"))
    email = clean(account.get("contact_email") or contact.get("email"))
    plan = clean(account.get("plan"))
    return AccountFacts(
        id=str(account.get("id") or default_id),
        company=clean(account.get("name")),
        contact_name=contact_name,
        first_name=first_name(contact_name),
        email=email if email and "@" in email else None,
        plan=plan.lower() if plan else None,
        seats=_int(account.get("seats")),
        mrr=_float(account.get("mrr")),
        signup_date=_date(account.get("signup_date")),
    )


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return float(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


# -- milestones ---------------------------------------------------------------------------------------


class MilestoneGuide(BaseModel):
    """An activation milestone in words a customer reads, and how to find the article that helps."""

    label: str = Field(description="the checklist line")
    todo: str = Field(description="the step still to take, lower case")
    done: str = Field(description="what the account has done, lower case")
    why: str = Field(description="one sentence on what the step gives the customer")
    queries: list[str] = Field(min_length=1, description="generic knowledge-base queries for the step")
    categories: list[str] = Field(default_factory=list, description="SPEC categories also searched")


@lru_cache(maxsize=1)
def milestone_guides() -> dict[str, MilestoneGuide]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser is ~10x faster when present
    raw = yaml.load((DATA / "milestones.yaml").read_text(encoding="utf-8"), Loader=loader)
    guides = {name: MilestoneGuide.model_validate(raw[name]) for name in MILESTONES if name in raw}
    missing = [m for m in MILESTONES if m not in guides]
    if missing:
        raise ValueError(f"agents/data/milestones.yaml lacks the milestones {missing}")
    return guides


def milestone_status(health: AccountHealth) -> tuple[list[str], list[str]]:
    """(reached, missing) milestones in MILESTONES order; one the health does not report is missing."""
    reached = [m for m in MILESTONES if health.milestones.get(m, False)]
    return reached, [m for m in MILESTONES if m not in reached]


def join_words(items: Iterable[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    words = list(items)
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def article_ref(hit: Hit) -> str:
    """How a draft links an article: its title and id, as in the ticket replies."""
    return f"{clean(hit.title) or hit.id} [{hit.id}]"


# -- signals ------------------------------------------------------------------------------------------

_KEY_WORDS = {
    "l30": "in the last 30 days",
    "p30": "in the 30 days before",
    "l90": "in the last 90 days",
    "90d": "in the last 90 days",
    "nps": "NPS",
    "csat": "CSAT",
    "pct": "%",
}


def humanize_key(key: str) -> str:
    return " ".join(_KEY_WORDS.get(part.lower(), part) for part in key.split("_") if part)


def format_value(value: float | int | str | None) -> str:
    if value is None:
        return "none"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    if isinstance(value, str):
        return clean(value) or "none"
    return str(value)


def evidence_text(evidence: Mapping[str, float | int | str | None]) -> str:
    """ "events in the last 30 days: 0, age days: 45": every number behind the rule (None left out)."""
    return ", ".join(f"{humanize_key(k)}: {format_value(v)}" for k, v in evidence.items() if v is not None)


def describe_signal(signal: Signal) -> str:
    """For the people who review a play: the rule, what it means and its numbers."""
    meaning = SIGNAL_MEANING.get(signal.name, signal.name.replace("_", " "))
    numbers = evidence_text(signal.evidence)
    return f"{signal.name} ({meaning})" + (f": {numbers}" if numbers else "")


def _is_date_key(key: str) -> bool:
    return key.lower().endswith(("_day", "_date"))


def find_number(evidence: Mapping[str, Any], *tokens: str) -> float | None:
    """The first number in the evidence whose key contains every token ("feature", "l30"), so the
    wording does not depend on exactly how the engine names its keys. Dates ("last_event_day") are not
    numbers, whatever their type."""
    for key, value in evidence.items():
        numeric = isinstance(value, int | float) and not isinstance(value, bool)
        if numeric and not _is_date_key(key) and all(t in key.lower() for t in tokens):
            return float(value)
    return None


def find_text(evidence: Mapping[str, Any], *tokens: str) -> str | None:
    """The first text value (not a date) in the evidence whose key contains every token."""
    for key, value in evidence.items():
        if not isinstance(value, str) or _is_date_key(key) or re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
            continue
        if all(t in key.lower() for t in tokens):
            return clean(value.replace("_", " "))
    return None


def find_date(evidence: Mapping[str, Any], *tokens: str) -> date | None:
    """The first date in the evidence whose key contains every token ("last_event")."""
    for key, value in evidence.items():
        if all(t in key.lower() for t in tokens):
            found = _date(value) if isinstance(value, str | date) else None
            if found is not None:
                return found
    return None


def number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


# -- the writer ---------------------------------------------------------------------------------------

SIGN_OFF = "The customer success team"
NO_PROMISE = (
    "Promise nothing that needs approval: prices and commercial terms go through an approved proposal."
)
REPLY_LINE = (
    "If anything gets in the way, just reply to this email: a person from our team reads every reply."
)


class Writer:
    """The facts of one account, its milestones and their help articles, and the sentences built from
    them that every draft shares (greeting, subject, plan, the next step, the checklist)."""

    def __init__(
        self, account: Mapping[str, Any], health: AccountHealth, articles: Mapping[str, Hit | None]
    ) -> None:
        self.account = account
        self.facts = account_facts(account, default_id=health.account_id)
        self.health = health
        self.articles = articles
        self.reached, self.missing = milestone_status(health)
        self.guides = milestone_guides()

    def article(self, milestone: str) -> Hit | None:
        return self.articles.get(milestone)

    def subject(self, text: str) -> str:
        """ "Maya, <text>", "Brightside Dental: <text>" or "<Text>"."""
        if self.facts.first_name:
            return f"{self.facts.first_name}, {text}"
        if self.facts.company:
            return f"{self.facts.company}: {text}"
        return text[:1].upper() + text[1:]

    def plan_sentence(self) -> str:
        f = self.facts
        seats = f" with {f.seats} seat{'s' if f.seats != 1 else ''}" if f.seats else ""
        account = f"{f.company}'s account" if f.company else "Your account"
        return f"{account} is ready on the {f.plan_label}{seats}." if f.plan_label else f"{account} is ready."

    def step(self, milestone: str) -> str:
        """ "<todo>. <why> This guide walks you through it: Title [id]." (lower case first word)."""
        guide = self.guides[milestone]
        hit = self.article(milestone)
        return f"{guide.todo}. {guide.why}" + (
            f" This guide walks you through it: {article_ref(hit)}." if hit else ""
        )

    def done_sentence(self) -> str:
        if not self.reached:
            return ""
        return f"So far {self.facts.who} has {join_words(self.guides[m].done for m in self.reached)}."

    def status(self) -> str:
        """What the account has done and the milestones it still misses, with their help articles."""
        f = self.facts
        head = f"{f.company}'s onboarding checklist" if f.company else "Your onboarding checklist"
        head += f" ({f.plan_label})" if f.plan_label else ""
        lines = [self.done_sentence()] if self.reached else []
        if not self.missing:
            return "\n".join([*lines, f"{head}: every activation milestone is reached."])
        lines.append(f"{head}, still to do:")
        for m in self.missing:
            hit = self.article(m)
            lines.append(f"- {self.guides[m].label}" + (f": {article_ref(hit)}" if hit else ""))
        return "\n".join(lines)

    def compose(self, paragraphs: Iterable[str], reply_line: bool = True) -> str:
        """A customer message: the greeting, the paragraphs that are not empty, the sign-off."""
        parts = [self.facts.greeting(), *[p[:1].upper() + p[1:] for p in paragraphs if p]]
        return "\n\n".join([*parts, *([REPLY_LINE] if reply_line else []), SIGN_OFF])

    def links(self, text: str) -> list[str]:
        """The ids of the articles a text links, in the order of the articles."""
        ids = [h.id for h in self.articles.values() if h is not None and f"[{h.id}]" in text]
        return list(dict.fromkeys(ids))

    def first_missing(self, among: Iterable[str] = MILESTONES, skip: Iterable[str] = ()) -> str | None:
        skipped = set(skip)
        return next((m for m in among if m in self.missing and m not in skipped), None)

    def account_line(self) -> str:
        """For a task: "Brightside Dental (acc_001; Pro plan, 10 seats)"."""
        f = self.facts
        seats = f", {f.seats} seats" if f.seats else ""
        return f"{f.company or 'the account'} ({f.id}; {f.plan_label or 'plan unknown'}{seats})"

    def health_line(self) -> str:
        h = self.health
        return (
            f"Status when drafted ({h.as_of.isoformat()}, day {h.age_days}): activation tier "
            f"{h.activation_tier}, health score {h.health_score}/100, {h.risk_tier} churn risk."
        )
