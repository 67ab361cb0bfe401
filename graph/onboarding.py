"""Onboarding: Observability reads the account's milestones → Marketing drafts the sequence and
checklist → a person reviews it (interrupt) → the approved messages go to the outbox."""

from __future__ import annotations

from datetime import date
from typing import Any, TypedDict

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.runtime import Runtime

from agents import lifecycle, marketing
from agents.context import Services
from agents.observability import AccountHealth
from graph.delivery import CAMPAIGN_CHECKPOINT_TYPES, account_record, deliver_messages
from graph.review import Graph, define_workflow, observe_draft_review, review_interrupt

WORKFLOW = "onboarding"


class OnboardingState(TypedDict, total=False):
    account_id: str
    as_of: str
    account: dict[str, Any]
    health: AccountHealth
    campaign: marketing.Campaign
    outcome: dict[str, Any]


def observe(state: OnboardingState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    [health] = lifecycle.scan(services.db, date.fromisoformat(state["as_of"]), [state["account_id"]])
    return {"account": account_record(services.db, state["account_id"]), "health": health}


def draft(state: OnboardingState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    campaign = marketing.draft_onboarding(
        services.brain.fresh(), services.kb, state["account"], state["health"]
    )
    return {"campaign": campaign}


def review(state: OnboardingState, runtime: Runtime[Services]) -> dict[str, Any]:
    campaign, account, health = state["campaign"], state["account"], state["health"]
    missing = [item.label or item.milestone for item in campaign.checklist if not item.done]
    description = (
        f"## Onboarding campaign for {account['name']} ({account['id']}, {account['plan']} plan)\n\n"
        f"Day {health.age_days} since signup, activation tier {health.activation_tier}.\n\n"
        f"**Milestones still missing:** {', '.join(missing) or 'none'}\n\n"
        f"{len(campaign.messages)} messages; edit `messages[i].subject` / `messages[i].body` "
        "before approving."
    )
    decision = review_interrupt(
        "send_onboarding_campaign",
        {"account_id": account["id"], "messages": [m.model_dump() for m in campaign.messages]},
        description,
        kind="campaign",
        title=f"Onboarding campaign for {account['name']}",
        account_id=account["id"],
        editable=["messages[].subject", "messages[].body"],  # the words; not who, when or how many
    )
    return {"outcome": deliver_messages(runtime.context.db, decision, WORKFLOW, account)}


def build(checkpointer: BaseCheckpointSaver[Any]) -> Graph:
    return observe_draft_review(OnboardingState, observe, draft, review, checkpointer)


workflow = define_workflow(
    WORKFLOW,
    build,
    kind="campaign",
    context=Services.build,
    checkpoint_types=list(CAMPAIGN_CHECKPOINT_TYPES),
)
