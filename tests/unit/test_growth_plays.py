"""Growth's plays per SPEC section 5's Plays table: actions, channels and owners, the reasons with their
evidence numbers, offers only as flagged proposals, and the checks on a model's proposal."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from agents.brain import Brain
from agents.growth import (
    PLAY_CHANNELS,
    PlayAction,
    PlayDraft,
    PlayProposal,
    draft_play,
    offline_play,
    offline_save_proposal,
    play_problems,
)
from agents.marketing import offline_win_back
from agents.observability import MILESTONES, Signal
from agents.playbook import placeholders, promises
from tests.unit.test_marketing import (
    ACCOUNT,
    ARTICLES,
    SIGNALS,
    FakeStructuredModel,
    StubKB,
    make_health,
    random_account,
)

KNOWN = {a[0] for a in ARTICLES}
REACHED = ("profile_completed", "key_action", "basic_feature", "two_core_features")
DORMANT, TICKETS, _, LOW_NPS, USAGE, _, _, LOW_ENGAGEMENT, _ = SIGNALS
SEATS_FULL = Signal(
    name="seat_utilization", severity="growth", evidence={"active_users_l30": 10, "seats": 10}
)
LIMIT = Signal(
    name="limit_reached",
    severity="growth",
    evidence={"limits_reached_l30": 3, "last_limit_day": "2026-06-01"},
)
PQL = Signal(
    name="product_qualified",
    severity="growth",
    evidence={"key_actions_l30": 57, "key_actions_l30_top_quartile": 41, "seats": 3},
)
ADVOCATE = Signal(
    name="advocate",
    severity="growth",
    evidence={"age_days": 800, "latest_nps_90d": 10, "latest_nps_day": "2026-05-20"},
)
HEALTHS = {
    "intervention": make_health(
        REACHED, play="intervention", risk="high", signals=[DORMANT, LOW_ENGAGEMENT], age_days=400
    ),
    "engagement": make_health(REACHED, play="engagement", risk="medium", signals=[USAGE], age_days=200),
    "expansion": make_health(REACHED, play="expansion", growth=[SEATS_FULL, LIMIT], age_days=300),
    "advocacy": make_health(MILESTONES, play="advocacy", growth=[ADVOCATE], age_days=800),
}


def play(name: str, account: dict[str, Any] = ACCOUNT) -> PlayProposal:
    return offline_play(account, HEALTHS[name], StubKB())


def customer_texts(proposal: PlayProposal) -> list[str]:
    return [f"{a.subject or ''}\n{a.body}" for a in proposal.actions if a.channel in ("email", "in_app")]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "intervention",
            [
                ("csm_task", "csm", 1),
                ("email", "marketing", 2),
                ("csm_task", "csm", 3),
                ("csm_task", "csm", 7),
            ],
        ),
        ("engagement", [("email", "csm", 1), ("in_app", "marketing", 2), ("email", "marketing", 5)]),
        ("expansion", [("ae_task", "ae", 2), ("email", "ae", 3)]),
        ("advocacy", [("email", "csm", 3)]),  # pro, MRR 490, two years: high touch, personal
    ],
)
def test_each_play_has_the_actions_channels_and_owners_of_the_plays_table(name, expected):
    proposal = play(name)
    assert proposal.play == name and proposal.account_id == "acc_001"
    assert proposal.requires_approval is True
    assert [(a.channel, a.owner, a.due_in_days) for a in proposal.actions] == expected
    assert {a.channel for a in proposal.actions} <= set(PLAY_CHANNELS[name])
    assert play_problems(proposal, HEALTHS[name], KNOWN) == []
    for text in customer_texts(proposal):
        assert "Brightside Dental" in text
        assert placeholders(text) == [] and promises(text) == []
    assert all(a.body.startswith("Hi Maya,") for a in proposal.actions if a.channel == "email")


def test_why_gives_the_reasons_with_the_evidence_numbers():
    why = " ".join(play("intervention").why)
    assert "High churn risk" in why and "Health score 55/100" in why
    assert "dormant" in why and "last event day: 2026-05-03" in why
    assert "low_engagement" in why and "active users in the last 30 days: 1, seats: 10" in why


def test_intervention_reaches_out_personally_writes_the_win_back_and_trains():
    proposal = play("intervention")
    outreach, email, offer, training = proposal.actions
    assert "Personal outreach to Maya Ortiz" in outreach.title
    assert (
        "Maya Ortiz <maya@brightside.example>" in outreach.body
        and "events in the last 30 days: 0" in outreach.body
    )
    win_back = offline_win_back(ACCOUNT, HEALTHS["intervention"], {}).messages[0]
    assert email.subject == win_back.subject and "for 33 days" in email.body  # written with Marketing
    assert (
        "training" in training.title.lower()
        and "Connect your other tools [connect-integrations]" in training.body
    )
    assert offer.offer and offer.requires_approval and offer.channel == "csm_task"
    assert "Proposal for approval" in offer.title and "Never mention it to the customer" in offer.body
    assert [a for a in proposal.actions if a.offer] == [offer]


def test_a_free_account_gets_no_offer_at_all():
    proposal = play("intervention", {**ACCOUNT, "plan": "free", "mrr": 0})
    assert not any(a.offer or promises(a.body) for a in proposal.actions)


def test_intervention_prepares_the_call_for_tickets_and_bad_feedback():
    health = make_health(REACHED, play="intervention", risk="high", signals=[TICKETS, LOW_NPS], age_days=90)
    outreach = offline_play(ACCOUNT, health, StubKB()).actions[0]
    assert "Review their open tickets" in outreach.body and "Thank them for their feedback" in outreach.body
    assert (
        "tickets in the last 30 days: 4" in outreach.body
        and "latest NPS in the last 90 days: 3" in outreach.body
    )


def test_engagement_checks_in_shares_best_practices_and_guides_to_the_next_milestone():
    check_in, tips, guidance = play("engagement").actions
    assert "check in" in check_in.body and "active on 4 days in the last 30 days, against 12" in check_in.body
    assert "Best practices for Brightside Dental" in tips.body
    assert "Connect your other tools [connect-integrations]" in tips.body  # an unused core capability
    assert tips.kb_links == ["connect-integrations"]
    assert "connect an integration" in guidance.subject and "connect-integrations" in guidance.kb_links


def test_engagement_when_every_milestone_is_reached_skips_the_milestone_guidance():
    health = make_health(MILESTONES, play="engagement", risk="medium", signals=[USAGE], age_days=200)
    actions = offline_play(ACCOUNT, health, StubKB()).actions
    assert [a.channel for a in actions] == ["email", "in_app"]
    assert "core features part of every week" in actions[1].body


def test_expansion_is_a_value_first_conversation_with_the_usage_evidence():
    task, email = play("expansion").actions
    assert task.title.startswith("Value-first upgrade conversation")
    assert "active users in the last 30 days: 10, seats: 10" in task.body
    assert "limits reached in the last 30 days: 3, last limit day: 2026-06-01" in task.body
    assert "Enterprise plan" in task.body  # the plan after pro
    assert (
        "All 10 seats of your plan were in use" in email.body
        and "reached a limit of its plan 3 times" in email.body
    )
    assert not re.search(r"\$|price|discount", email.body, re.I)


def test_an_enterprise_account_expands_with_seats_or_add_ons():
    proposal = play("expansion", {**ACCOUNT, "plan": "enterprise"})
    task, email = proposal.actions
    assert "whether more seats or add-ons would fit" in task.body
    assert "what more seats or add-ons would open up" in email.body


def test_a_product_qualified_account_goes_to_the_ae_with_its_numbers():
    health = make_health(REACHED, play="expansion", growth=[PQL], age_days=60)
    proposal = offline_play({**ACCOUNT, "plan": "starter", "seats": 3}, health, StubKB())
    task, email = proposal.actions
    assert (task.channel, task.owner) == ("ae_task", "ae")
    assert (
        "key actions in the last 30 days: 57" in task.body
        and "key actions in the last 30 days top quartile: 41" in task.body
    )
    assert "Pro plan" in task.body
    assert "57" in " ".join(proposal.why)
    assert "completed 57 key actions in the last 30 days" in email.body
    assert play_problems(proposal, health, KNOWN) == []


@pytest.mark.parametrize(
    ("plan", "mrr", "age", "touch", "ask", "owner"),
    [
        ("enterprise", 1500.0, 800, "high", "case study", "csm"),
        ("pro", 490.0, 400, "medium", "two or three sentences", "marketing"),
        ("starter", 40.0, 380, "low", "introduction", "marketing"),
        ("free", 0.0, 400, "low", "introduction", "marketing"),
    ],
)
def test_advocacy_asks_as_much_as_the_account_is_worth(plan, mrr, age, touch, ask, owner):
    health = make_health(MILESTONES, play="advocacy", growth=[ADVOCATE], age_days=age)
    proposal = offline_play({**ACCOUNT, "plan": plan, "mrr": mrr}, health, StubKB())
    (email,) = proposal.actions
    assert email.channel == "email" and email.owner == owner
    assert f"({touch} touch)" in email.title and ask in email.body
    assert "your recent score of 10 out of 10" in email.body
    assert any(f"{touch.title()} touch" in w for w in proposal.why)
    assert "latest NPS in the last 90 days: 10" in " ".join(proposal.why)


def test_no_play_keeps_monitoring():
    proposal = offline_play(ACCOUNT, make_health(REACHED, play=None), StubKB())
    assert proposal.play is None and proposal.actions == [] and proposal.requires_approval is True
    assert "keep monitoring" in proposal.why[0]


def test_plays_are_clean_for_many_accounts():
    rng = random.Random(11)
    for i in range(200):
        account, health = random_account(rng, i)
        name = rng.choice(["intervention", "engagement", "expansion", "advocacy"])
        growth = {"expansion": [rng.choice([SEATS_FULL, LIMIT, PQL])], "advocacy": [ADVOCATE]}.get(name, [])
        signals = health.signals or ([] if name in ("expansion", "advocacy") else [USAGE])
        health = health.model_copy(update={"play": name, "growth_signals": growth, "signals": signals})
        kb = StubKB(rng.sample(ARTICLES, rng.randint(0, len(ARTICLES))))
        proposal = offline_play(account, health, kb)
        assert play_problems(proposal, health, KNOWN) == [], (account, name)
        for a in proposal.actions:
            text = f"{a.title}\n{a.subject or ''}\n{a.body}"
            assert placeholders(text) == [] and "None" not in text, (account, text)


# -- checks on a model's proposal ---------------------------------------------------------------------


def spoil(name: str, index: int, **update: Any) -> PlayProposal:
    proposal = play(name)
    actions = list(proposal.actions)
    actions[index] = actions[index].model_copy(update=update)
    return proposal.model_copy(update={"actions": actions})


@pytest.mark.parametrize(
    ("name", "index", "update", "problem"),
    [
        (
            "intervention",
            1,
            {"body": "Hi Maya, take 30% off your renewal!"},
            "customer message with an offer",
        ),
        ("intervention", 2, {"offer": False, "requires_approval": False}, "not flagged for approval"),
        ("intervention", 0, {"owner": "ae"}, "owned by ae"),
        ("engagement", 1, {"channel": "csm_task", "owner": "csm"}, "channel not in the engagement play"),
        ("expansion", 0, {"channel": "email", "owner": "ae"}, "needs a ae_task action"),
        ("expansion", 0, {"body": "Call them about an upgrade."}, "no usage evidence"),
        ("advocacy", 0, {"body": "Hi [First Name], would you write a review?"}, "placeholder"),
        ("advocacy", 0, {"kb_links": ["made-up"]}, "unknown articles"),
    ],
)
def test_play_problems_catch_what_a_model_may_get_wrong(name, index, update, problem):
    assert problem in " ".join(play_problems(spoil(name, index, **update), HEALTHS[name], KNOWN))


def test_draft_play_offline_is_the_offline_play():
    proposal = draft_play(Brain(), StubKB(), ACCOUNT, HEALTHS["expansion"])
    assert proposal == play("expansion")


def test_a_clean_model_play_is_used_with_the_services_account_and_approval():
    reference = play("engagement")
    actions = [
        reference.actions[0].model_copy(update={"body": reference.actions[0].body + "\n\nP.S. Warmly."})
    ]
    model = FakeStructuredModel(PlayDraft(why=["usage halved: 4 active days vs 12"], actions=actions))
    proposal = draft_play(Brain(model=model), StubKB(), ACCOUNT, HEALTHS["engagement"])  # type: ignore[arg-type]
    assert proposal.produced_by == "llm" and proposal.actions == actions
    assert (proposal.account_id, proposal.play, proposal.requires_approval) == ("acc_001", "engagement", True)
    assert '"play": "engagement"' in model.prompts[0][1].content


def test_a_model_play_promising_a_discount_falls_back_to_offline():
    reference = play("intervention")
    bad = PlayAction(
        channel="email",
        owner="csm",
        title="Win-back",
        subject="We miss you",
        body="Hi Maya, here is 3 free months!",
        due_in_days=1,
    )
    model = FakeStructuredModel(PlayDraft(why=["dormant"], actions=[reference.actions[0], bad]))
    proposal = draft_play(Brain(model=model), StubKB(), ACCOUNT, HEALTHS["intervention"])  # type: ignore[arg-type]
    assert proposal.produced_by == "offline" and proposal.actions == reference.actions
    assert proposal.fallback_reason is not None and "offer" in proposal.fallback_reason


def test_no_play_asks_no_model():
    model = FakeStructuredModel(None)
    proposal = draft_play(Brain(model=model), StubKB(), ACCOUNT, make_health(play=None))  # type: ignore[arg-type]
    assert proposal.play is None and model.prompts == []


def test_the_cancellation_save_proposal_is_still_there():
    proposal = offline_save_proposal("Too expensive for us, we want to cancel", {"plan": "pro", "seats": 5})
    assert proposal.reason == "price" and proposal.offer_requires_approval


def test_play_schemas_describe_every_field():
    for model in (PlayAction, PlayProposal, PlayDraft):
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name}"
