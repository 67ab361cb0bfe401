"""Marketing's drafts: SPEC section 5's onboarding campaign, milestone celebrations and win-back emails,
the help-article lookup and the placeholder check. AccountHealth objects are built by hand; the knowledge
base is a stub of KnowledgeBase.search."""

from __future__ import annotations

import random
import re
from datetime import date
from typing import Any

import pytest

from agents import marketing
from agents.brain import Brain
from agents.marketing import (
    Campaign,
    CampaignDraft,
    DraftMessage,
    campaign_problems,
    draft_onboarding,
    milestone_articles,
    offline_milestone_celebration,
    offline_onboarding_campaign,
    offline_win_back,
)
from agents.observability import MILESTONES, AccountHealth, Signal
from agents.playbook import (
    account_facts,
    clean,
    find_date,
    find_number,
    find_text,
    first_name,
    milestone_guides,
    placeholders,
)
from knowledge_base.search import Hit, SearchResult

ACCOUNT = {
    "id": "acc_001",
    "name": "Brightside Dental",
    "plan": "pro",
    "seats": 10,
    "mrr": 490.0,
    "signup_date": "2026-06-01",
    "contact_name": "Maya Ortiz",
    "contact_email": "maya@brightside.example",
}
# What the stub knowledge base holds: (id, title, a word of the generic milestone query, similarity).
ARTICLES = [
    ("invite-teammates", "Invite your teammates", "invite", 0.72),
    ("connect-integrations", "Connect your other tools", "integration", 0.66),
    ("first-steps", "Your first week", "getting started", 0.55),
    ("dashboard-tour", "A tour of the dashboard", "dashboard", 0.31),  # below the floor: not linked
]


def hit(doc_id: str, title: str, similarity: float = 0.6) -> Hit:
    return Hit(
        id=doc_id,
        title=title,
        section="",
        text="Steps ...",
        type="article",
        category=None,
        path=f"{doc_id}.md",
        chunk_id=f"{doc_id}:0",
        score=0.03,
        similarity=similarity,
    )


class StubKB:
    """KnowledgeBase.search over ARTICLES: an article matches a query that contains its word."""

    def __init__(self, articles: list[tuple[str, str, str, float]] = ARTICLES) -> None:
        self.articles = articles
        self.calls: list[tuple[str, str | None, str | None]] = []

    def search(
        self, query: str, k: int = 5, doc_type: str | None = None, category: str | None = None
    ) -> SearchResult:
        self.calls.append((query, doc_type, category))
        hits = [hit(i, t, s) for i, t, word, s in self.articles if word in query.lower()][:k]
        return SearchResult(query, hits, hits[0].similarity if hits else 0.0, bool(hits))


def make_health(
    reached: tuple[str, ...] = ("profile_completed",),
    *,
    play: str | None = None,
    risk: str = "low",
    signals: list[Signal] | None = None,
    growth: list[Signal] | None = None,
    age_days: int = 4,
    tier: int = 0,
    account_id: str = "acc_001",
) -> AccountHealth:
    return AccountHealth(
        account_id=account_id,
        as_of=date(2026, 6, 5),
        activation_tier=tier,  # type: ignore[arg-type]
        risk_tier=risk,  # type: ignore[arg-type]
        health_score=55,
        signals=signals or [],
        growth_signals=growth or [],
        play=play,  # type: ignore[arg-type]
        milestones={m: m in reached for m in MILESTONES},
        age_days=age_days,
    )


def campaign_for(account: dict[str, Any] = ACCOUNT, health: AccountHealth | None = None) -> Campaign:
    health = health or make_health()
    missing = [m for m in MILESTONES if not health.milestones.get(m)]
    return offline_onboarding_campaign(account, health, milestone_articles(StubKB(), missing))


def texts(campaign: Campaign) -> list[str]:
    return [f"{m.subject}\n{m.body}" for m in campaign.messages]


# -- placeholders -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hi {first_name}, welcome",
        "Hi {{ contact.name }},",
        "Welcome to {}",
        "Dear [[company]],",
        "Hi <NAME>,",
        "Hi <first name>,",
        "Thanks, [Your Name]",
        "Welcome, [Company Name]!",
        "Hi [FIRST_NAME],",
        "Hi [name],",
        "Click [insert link here]",
        "TODO: add the webinar date",
        "Lorem ipsum dolor sit amet",
        "Hi ,",
        "Hi None,",
        "Hello ${name}",
        "Hello %(name)s",
        "Hello __CONTACT__",
        "Your plan: undefined",
    ],
)
def test_placeholders_finds_template_markers(text):
    assert placeholders(text), text


@pytest.mark.parametrize(
    "text",
    [
        "This guide walks you through it: Reset your password [reset-password].",
        "See [Getting started](getting-started) for the steps.",
        "You sign in with maya@brightside.example.",
        "Write to <maya@brightside.example> or <https://status.example>.",
        "Hello,\n\nWelcome aboard!",
        "Active in 3 of 4 weeks; keep a to-do list.",
        "[ ] Connect an integration",
        "Step [2] of the export",
    ],
)
def test_placeholders_leaves_ordinary_text_alone(text):
    assert placeholders(text) == []


def test_clean_drops_markers_from_customer_data():
    assert clean("  {Acme}  ") is None
    assert clean("TODO Corp") == "Corp"
    assert clean("<NAME>") is None
    assert clean("Acme [EU]") == "Acme EU"
    assert clean(None) is None and clean("   ") is None


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        ("Maya Ortiz", "Maya"),
        ("Dr. Maya Ortiz", "Maya"),
        ("maya ortiz", "Maya"),
        ("J. Smith", "J. Smith"),
        ("maya@brightside.example", None),
        ("", None),
        (None, None),
        ("{first_name}", None),
    ],
)
def test_first_name(contact, expected):
    assert first_name(contact) == expected


def test_evidence_readers_skip_dates_and_tolerate_key_names():
    evidence = {
        "latest_nps_day": 20,
        "latest_nps_90d": 4,
        "last_limit_day": "2026-06-01",
        "limit": "api_calls",
    }
    assert find_number(evidence, "nps") == 4  # a day is not a score, whatever its type
    assert find_text(evidence, "limit") == "api calls"
    assert find_text({"last_limit_day": "2026-06-01"}, "limit") is None
    assert find_date({"last_event_day": "2026-05-03"}, "last_event") == date(2026, 5, 3)
    assert find_number({"days_since_last_event": 12}, "since") == 12


def test_account_facts_read_the_flat_and_the_nested_contact():
    nested = {"id": "a", "name": "X Co", "contact": {"name": "Ana Diaz", "email": "ana@x.example"}}
    flat = {"id": "a", "name": "X Co", "contact_name": "Ana Diaz", "contact_email": "ana@x.example"}
    assert account_facts(nested) == account_facts(flat)
    assert account_facts(nested).first_name == "Ana"
    assert account_facts({"id": "a", "contact_email": "not an email"}).email is None


# -- help articles ------------------------------------------------------------------------------------


def test_every_milestone_has_a_generic_guide():
    guides = milestone_guides()
    assert list(guides) == list(MILESTONES)
    product_words = re.compile(r"rosterly|shift|schedul|timesheet|invoice|clock", re.I)
    for guide in guides.values():
        for text in [guide.label, guide.todo, guide.done, guide.why, *guide.queries]:
            assert not product_words.search(text), text
            assert placeholders(text) == []


def test_milestone_articles_picks_the_best_article_above_the_floor():
    kb = StubKB()
    found = milestone_articles(kb, ["three_active_users", "integration_connected", "basic_feature"])
    assert list(found) == ["three_active_users", "integration_connected", "basic_feature"]
    assert found["three_active_users"] is not None and found["three_active_users"].id == "invite-teammates"
    assert found["integration_connected"] is not None
    assert found["integration_connected"].id == "connect-integrations"
    assert found["basic_feature"] is None or found["basic_feature"].id != "dashboard-tour"  # 0.31: too weak
    assert {doc_type for _, doc_type, _ in kb.calls} == {"article"}  # never a policy or known issue
    assert ("invite teammates and colleagues to join your account", "article", "account_access") in kb.calls


def test_milestone_articles_of_an_empty_knowledge_base_are_none():
    found = milestone_articles(StubKB([]), MILESTONES)
    assert found == dict.fromkeys(MILESTONES)
    campaign = offline_onboarding_campaign(ACCOUNT, make_health(), found)
    assert all(placeholders(t) == [] for t in texts(campaign))
    assert all(m.kb_links == [] for m in campaign.messages)


# -- the onboarding campaign --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "tasks"), [("free", []), ("starter", []), ("pro", [3, 10, 25]), ("enterprise", [3, 10, 25])]
)
def test_onboarding_emails_on_days_1_3_7_and_csm_tasks_for_pro_and_enterprise(plan, tasks):
    campaign = campaign_for({**ACCOUNT, "plan": plan})
    assert campaign.kind == "onboarding" and campaign.account_id == "acc_001"
    assert [m.day for m in campaign.messages if m.channel == "email"] == [1, 3, 7]
    assert [m.day for m in campaign.messages if m.channel == "csm_task"] == tasks
    assert {m.channel for m in campaign.messages} <= {"email", "csm_task"}
    days = [m.day for m in campaign.messages]
    assert days == sorted(days)  # send order


def test_the_welcome_sequence_follows_spec():
    day1, day3, day7 = (m for m in campaign_for().messages if m.channel == "email")
    assert "access" in day1.purpose and "sign in with maya@brightside.example" in day1.body
    assert "quick win" in day1.body.lower()
    assert "key action" in day3.subject.lower() and "first key action" in day3.body
    assert "milestone" in day7.body.lower() and "webinar" in day7.body.lower()


def test_each_email_of_the_sequence_moves_the_account_one_step_further():
    reached = ("profile_completed", "key_action", "basic_feature", "two_core_features")
    day1, day3, day7 = (m for m in campaign_for(health=make_health(reached)).messages if m.channel == "email")
    assert "quick win, about ten minutes: connect an integration" in day1.body
    assert "first key action is done" in day3.body and "The next step: make it a weekly habit" in day3.body
    assert "next milestone for Brightside Dental: try an advanced feature" in day7.body


def test_a_habit_is_never_a_quick_win():
    only_habit = tuple(m for m in MILESTONES if m != "active_3_of_4_weeks")
    day1 = campaign_for(health=make_health(only_habit)).messages[0]
    assert (
        "quick win" not in day1.body.split("\n\n")[3]
        and "What comes next: make it a weekly habit" in day1.body
    )


def test_day_7_offers_the_webinar_when_every_milestone_is_reached():
    campaign = campaign_for(health=make_health(MILESTONES))
    day7 = next(m for m in campaign.messages if m.day == 7)
    assert "webinar" in day7.subject.lower()
    assert "every activation milestone" in day7.body


def test_the_checklist_covers_every_milestone_with_its_status_and_help():
    reached = ("profile_completed", "key_action", "integration_connected")
    campaign = campaign_for(health=make_health(reached))
    assert [c.milestone for c in campaign.checklist] == list(MILESTONES)
    assert {c.milestone for c in campaign.checklist if c.done} == set(reached)
    help_ = {c.milestone: c.help_article for c in campaign.checklist}
    assert help_["three_active_users"] == "invite-teammates"
    assert help_["integration_connected"] is None  # reached: no help needed
    assert all(c.label for c in campaign.checklist)


def test_a_milestone_the_health_does_not_report_counts_as_missing():
    health = make_health()
    health.milestones.pop("two_workspaces")
    campaign = campaign_for(health=health)
    item = next(c for c in campaign.checklist if c.milestone == "two_workspaces")
    assert item.done is False


def test_every_email_is_personal_and_links_the_articles_for_what_is_missing():
    campaign = campaign_for(health=make_health(("profile_completed", "key_action")))
    guides = milestone_guides()
    for m in (m for m in campaign.messages if m.channel == "email"):
        assert m.body.startswith("Hi Maya,")
        assert "Brightside Dental" in m.body and "Pro plan" in m.body
        assert "completed the company profile" in m.body  # what they have done
        for missing in ("three_active_users", "integration_connected", "two_workspaces"):
            assert guides[missing].label in m.body
        assert "Invite your teammates [invite-teammates]" in m.body
        assert "Connect your other tools [connect-integrations]" in m.body
        helped = {c.help_article for c in campaign.checklist if c.help_article}
        assert set(m.kb_links) == helped == {"invite-teammates", "connect-integrations", "first-steps"}
        assert guides["key_action"].label not in m.body.split("still to do:")[1]  # reached: not listed


def test_csm_tasks_say_who_to_call_and_what_for():
    tasks = [m for m in campaign_for().messages if m.channel == "csm_task"]
    assert [t.subject for t in tasks] == [
        f"Day {d} check-in with Maya Ortiz (Brightside Dental)" for d in (3, 10, 25)
    ]
    for t in tasks:
        assert "Maya Ortiz <maya@brightside.example>" in t.body
        assert "acc_001; Pro plan, 10 seats" in t.body
        assert "health score 55/100" in t.body
    assert "first key action" in tasks[0].body
    assert "integration" in tasks[1].body.lower()
    assert "plan and seats fit" in tasks[2].body


def test_a_missing_contact_name_greets_the_team():
    account = {**ACCOUNT, "contact_name": None, "contact_email": None}
    campaign = campaign_for(account)
    for m in campaign.messages:
        assert placeholders(f"{m.subject}\n{m.body}") == [] and "None" not in m.body
    emails = [m for m in campaign.messages if m.channel == "email"]
    assert all(m.body.startswith("Hi Brightside Dental team,") for m in emails)
    assert "the email address you signed up with" in emails[0].body
    assert "the main contact (no name on file) (no email on file)" in campaign.messages[2].body


def test_an_anonymous_account_still_gets_a_clean_campaign():
    campaign = campaign_for({"id": "acc_x"})
    emails = [m for m in campaign.messages if m.channel == "email"]
    assert [m.day for m in emails] == [1, 3, 7] and len(campaign.messages) == 3  # no plan, no CSM
    assert all(m.body.startswith("Hello,") for m in emails)
    assert all(placeholders(t) == [] for t in texts(campaign))
    assert emails[0].subject[0].isupper()


FIRST_NAMES = [
    "Maya Ortiz",
    "dr. ana diaz",
    "J. Smith",
    "",
    "   ",
    None,
    "ops@acme.example",
    "{first_name}",
    "李 小龙",
]
COMPANIES = [
    "Brightside Dental",
    "O'Neil & Sons",
    "",
    None,
    "{company}",
    "TODO Corp",
    "<NAME>",
    "[[x]]",
    "Ünïcode GmbH",
]
PLANS = ["free", "starter", "pro", "enterprise", "PRO", None, "growth"]
SIGNALS = [
    Signal(
        name="dormant",
        severity="high",
        evidence={"age_days": 45, "events_l30": 0, "last_event_day": "2026-05-03"},
    ),
    Signal(name="ticket_spike", severity="high", evidence={"tickets_l30": 4, "tickets_p30": 1}),
    Signal(name="feature_decline", severity="high", evidence={"features_p30": 5, "features_l30": 2}),
    Signal(
        name="negative_feedback",
        severity="high",
        evidence={
            "latest_nps_90d": 3,
            "latest_nps_day": "2026-06-01",
            "latest_csat_90d": None,
            "latest_csat_day": None,
        },
    ),
    Signal(name="usage_decline", severity="medium", evidence={"active_days_p30": 12, "active_days_l30": 4}),
    Signal(
        name="missed_milestone",
        severity="medium",
        evidence={
            "age_days": 45,
            "activation_tier": 0,
            "missing_for_next_tier": "profile_completed, key_action",
        },
    ),
    Signal(name="low_adoption", severity="medium", evidence={"age_days": 45, "features_l30": 1}),
    Signal(name="low_engagement", severity="medium", evidence={"active_users_l30": 1, "seats": 10}),
    Signal(name="odd_new_rule", severity="medium", evidence={"weird_key": "{x}", "n": None}),
]


def random_account(rng: random.Random, i: int) -> tuple[dict[str, Any], AccountHealth]:
    account: dict[str, Any] = {"id": f"acc_{i:03d}", "name": rng.choice(COMPANIES), "plan": rng.choice(PLANS)}
    if rng.random() < 0.5:
        account["contact"] = {"name": rng.choice(FIRST_NAMES), "email": rng.choice(["a@b.example", None, ""])}
    else:
        account["contact_name"] = rng.choice(FIRST_NAMES)
    account["seats"] = rng.choice([None, 0, 1, 3, 50, "many"])
    account["mrr"] = rng.choice([None, 0, 49.0, 1200.5])
    reached = tuple(m for m in MILESTONES if rng.random() < 0.4)
    signals = rng.sample(SIGNALS, rng.randint(0, 3))
    health = make_health(
        reached, signals=signals, risk="high" if signals else "low", age_days=rng.randint(0, 29)
    )
    return account, health


def test_no_placeholder_survives_in_any_draft_for_many_accounts():
    rng = random.Random(7)
    for i in range(300):
        account, health = random_account(rng, i)
        kb = StubKB(rng.sample(ARTICLES, rng.randint(0, len(ARTICLES))))
        articles = milestone_articles(kb, MILESTONES)
        drafts = [
            offline_onboarding_campaign(account, health, articles),
            offline_win_back(account, health, articles),
            offline_milestone_celebration(account, health, rng.choice(MILESTONES), articles),
        ]
        for campaign in drafts:
            assert campaign_problems(campaign, campaign, account) == [], (account, campaign.kind)
            for m in campaign.messages:
                text = f"{m.subject}\n{m.body}"
                assert placeholders(text) == [], (account, text)
                assert "None" not in text and "{" not in text and "  " not in m.subject, (account, text)
                assert m.subject.strip() and m.body.strip()
                assert all(f"[{link}]" in m.body for link in m.kb_links)


# -- lifecycle emails ---------------------------------------------------------------------------------


def test_milestone_celebration_is_personal_and_points_to_the_next_step():
    health = make_health(("profile_completed", "key_action", "basic_feature"), tier=1)
    articles = milestone_articles(StubKB(), MILESTONES)
    campaign = offline_milestone_celebration(ACCOUNT, health, "basic_feature", articles)
    email, note = campaign.messages
    assert campaign.kind == "milestone" and (email.channel, note.channel) == ("email", "in_app")
    assert (
        email.body.startswith("Hi Maya,")
        and "Brightside Dental has just explored the basic features" in email.body
    )
    assert "completes the basic activation tier on the Pro plan" in email.body
    assert "Your next milestone: put two of the core features to work" in email.body
    assert "Maya" in note.subject and "Brightside Dental" in note.body
    assert "invite-teammates" in email.kb_links


def test_celebrating_the_last_milestone_says_so():
    campaign = offline_milestone_celebration(ACCOUNT, make_health(MILESTONES), "three_active_users", {})
    assert "last activation milestone" in campaign.messages[0].body
    with pytest.raises(ValueError, match="unknown milestone"):
        offline_milestone_celebration(ACCOUNT, make_health(), "became_famous", {})


def test_win_back_speaks_from_the_risk_evidence_and_offers_help_not_money():
    signals = [SIGNALS[4], SIGNALS[0], SIGNALS[3]]  # usage decline (medium), dormant and low NPS (high)
    health = make_health(("profile_completed",), risk="high", signals=signals, age_days=45)
    campaign = offline_win_back(ACCOUNT, health, milestone_articles(StubKB(), MILESTONES))
    (email,) = campaign.messages
    assert campaign.kind == "win_back" and email.channel == "email"
    assert email.body.startswith("Hi Maya,") and "Brightside Dental" in email.body
    assert "for 33 days" in email.body  # dormant: days since the last event (2026-05-03 to 2026-06-05)
    assert "you gave us 3 out of 10" in email.body  # negative feedback: the NPS
    assert "30-minute session" in email.body
    assert "invite-teammates" in email.kb_links
    assert not re.search(r"discount|credit|refund|free month|% off", email.body, re.I)


def test_win_back_without_signals_still_reads_well():
    campaign = offline_win_back({"id": "x", "name": "Acme"}, make_health(), {})
    assert "how things are going at Acme" in campaign.messages[0].body


# -- checks on a model's draft ------------------------------------------------------------------------


def test_campaign_problems_catch_what_a_model_may_get_wrong():
    reference = campaign_for()
    first = reference.messages[0]

    def with_first(**update: Any) -> Campaign:
        return reference.model_copy(
            update={"messages": [first.model_copy(update=update), *reference.messages[1:]]}
        )

    assert campaign_problems(reference, reference, ACCOUNT) == []
    assert (
        "placeholder"
        in campaign_problems(with_first(body="Hi {first_name}, Brightside Dental"), reference, ACCOUNT)[0]
    )
    assert "does not name" in " ".join(
        campaign_problems(with_first(body="Hi Maya, welcome"), reference, ACCOUNT)
    )
    assert "does not greet" in " ".join(
        campaign_problems(with_first(body="Hello Brightside Dental"), reference, ACCOUNT)
    )
    promised = with_first(body=first.body + "\nEnjoy a 20% off discount!")
    assert "promises" in " ".join(campaign_problems(promised, reference, ACCOUNT))
    assert "unknown articles" in " ".join(
        campaign_problems(with_first(kb_links=["made-up"]), reference, ACCOUNT)
    )
    shorter = reference.model_copy(update={"messages": reference.messages[:-1]})
    assert "instead of" in campaign_problems(shorter, reference, ACCOUNT)[0]


class FakeStructuredModel:
    """Stands in for a chat model: with_structured_output(...).invoke returns a scripted draft."""

    def __init__(self, draft: Any) -> None:
        self.draft = draft
        self.prompts: list[Any] = []

    def with_structured_output(self, schema: Any, **_: Any) -> FakeStructuredModel:
        return self

    def invoke(self, messages: Any) -> dict[str, Any]:
        self.prompts.append(messages)
        return {"raw": None, "parsed": self.draft, "parsing_error": None}


def test_draft_onboarding_offline_is_the_offline_campaign():
    health = make_health()
    campaign = draft_onboarding(Brain(), StubKB(), ACCOUNT, health)
    assert campaign.produced_by == "offline" and campaign.fallback_reason is None
    assert campaign.messages == campaign_for().messages


def test_a_clean_model_draft_is_used_and_the_checklist_stays_the_services():
    reference = campaign_for()
    messages = [
        m.model_copy(update={"body": m.body.replace("Welcome aboard!", "A warm welcome!")})
        for m in reference.messages
    ]
    model = FakeStructuredModel(CampaignDraft(messages=messages))
    campaign = draft_onboarding(Brain(model=model), StubKB(), ACCOUNT, make_health())  # type: ignore[arg-type]
    assert campaign.produced_by == "llm"
    assert "A warm welcome!" in campaign.messages[0].body
    assert campaign.checklist == reference.checklist
    prompt = model.prompts[0][1].content
    assert "Brightside Dental" in prompt and "invite-teammates" in prompt and '"day": 25' in prompt


@pytest.mark.parametrize(
    "spoil",
    [
        lambda m: m.model_copy(update={"body": "Hi [First Name], welcome to Brightside Dental"}),
        lambda m: m.model_copy(update={"subject": "Welcome, {company}"}),
        lambda m: m.model_copy(update={"day": 2}),
    ],
)
def test_a_model_draft_with_a_placeholder_or_the_wrong_shape_falls_back_to_offline(spoil):
    reference = campaign_for()
    messages = [spoil(reference.messages[0]), *reference.messages[1:]]
    model = FakeStructuredModel(CampaignDraft(messages=messages))
    campaign = draft_onboarding(Brain(model=model), StubKB(), ACCOUNT, make_health())  # type: ignore[arg-type]
    assert campaign.produced_by == "offline"
    assert campaign.fallback_reason is not None and campaign.fallback_reason.startswith(
        "model draft rejected"
    )
    assert campaign.messages == reference.messages


def test_other_lifecycle_drafts_run_offline_too():
    health = make_health(signals=[SIGNALS[0]], risk="high", age_days=45)
    assert marketing.draft_win_back(Brain(), StubKB(), ACCOUNT, health).kind == "win_back"
    celebration = marketing.draft_milestone_celebration(Brain(), StubKB(), ACCOUNT, health, "key_action")
    assert celebration.kind == "milestone" and celebration.produced_by == "offline"


def test_draft_message_schema_describes_every_field():
    for model in (DraftMessage, marketing.ChecklistItem, Campaign, CampaignDraft):
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name}"
