"""Milestone celebration: Observability reads the account's milestones → Marketing drafts the email and
in-app note for the milestone just reached, pointing to the next one → a person reviews it (interrupt) →
the approved messages go to the outbox. The worker starts it when new events complete a milestone."""

from __future__ import annotations

from datetime import date
from typing import Any, TypedDict

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.runtime import Runtime

from agents import lifecycle, marketing
from agents.context import Services
from agents.observability import AccountHealth
from agents.playbook import milestone_guides
from graph.delivery import CAMPAIGN_CHECKPOINT_TYPES, account_record, deliver_messages
from graph.review import Graph, define_workflow, observe_draft_review, review_interrupt

WORKFLOW = "milestone"


class CelebrationState(TypedDict, total=False):
    account_id: str
    milestone: str  # one of agents.observability.MILESTONES
    as_of: str
    account: dict[str, Any]
    health: AccountHealth
    campaign: marketing.Campaign
    outcome: dict[str, Any]


def observe(state: CelebrationState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    [health] = lifecycle.scan(services.db, date.fromisoformat(state["as_of"]), [state["account_id"]])
    return {"account": account_record(services.db, state["account_id"]), "health": health}


def draft(state: CelebrationState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    campaign = marketing.draft_milestone_celebration(
        services.brain.fresh(), services.kb, state["account"], state["health"], state["milestone"]
    )
    return {"campaign": campaign}


def review(state: CelebrationState, runtime: Runtime[Services]) -> dict[str, Any]:
    campaign, account, health = state["campaign"], state["account"], state["health"]
    guide = milestone_guides()[state["milestone"]]
    description = (
        f"## Milestone reached by {account['name']} ({account['id']}, {account['plan']} plan)\n\n"
        f"It has {guide.done} (as of {health.as_of.isoformat()}, day {health.age_days} since signup, "
        f"activation tier {health.activation_tier}).\n\n"
        f"{len(campaign.messages)} messages; edit `messages[i].subject` / `messages[i].body` "
        "before approving."
    )
    decision = review_interrupt(
        "send_milestone_campaign",
        {
            "account_id": account["id"],
            "milestone": state["milestone"],
            "messages": [m.model_dump() for m in campaign.messages],
        },
        description,
        kind="campaign",
        title=f"Milestone celebration for {account['name']}: {guide.done}",
        account_id=account["id"],
        editable=["messages[].subject", "messages[].body"],  # the words; not who, when or how many
    )
    return {"outcome": deliver_messages(runtime.context.db, decision, WORKFLOW, account)}


def build(checkpointer: BaseCheckpointSaver[Any]) -> Graph:
    return observe_draft_review(CelebrationState, observe, draft, review, checkpointer)


workflow = define_workflow(
    WORKFLOW,
    build,
    kind="campaign",
    context=Services.build,
    checkpoint_types=list(CAMPAIGN_CHECKPOINT_TYPES),
)
