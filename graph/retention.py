"""Retention scan: Observability scores every account as of a date → Growth proposes a play for each
account that needs one (fan-out with Send) → each play waits for its own review (interrupt) → approved
actions go to the outbox."""

from __future__ import annotations

import operator
from datetime import date
from typing import Annotated, Any, TypedDict, cast

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Send

from agents import growth, lifecycle
from agents.context import Services
from agents.observability import AccountHealth, Signal
from graph.delivery import account_record, enqueue_items
from graph.review import Graph, define_workflow, review_interrupt

WORKFLOW = "retention"
RISK_ORDER = {"high": 0, "medium": 1, "low": 2}


class RetentionState(TypedDict, total=False):
    as_of: str
    account_ids: list[str] | None  # None: every account
    limit: int | None  # at most this many plays, most at risk first
    needing: list[AccountHealth]
    proposals: Annotated[list[growth.PlayProposal], operator.add]
    outcomes: Annotated[list[dict[str, Any]], operator.add]


class PlayItem(TypedDict):
    health: AccountHealth


class ReviewItem(TypedDict):
    proposal: growth.PlayProposal


def scan(state: RetentionState, runtime: Runtime[Services]) -> dict[str, Any]:
    healths = lifecycle.scan(runtime.context.db, date.fromisoformat(state["as_of"]), state.get("account_ids"))
    needing = sorted(
        (h for h in healths if h.play), key=lambda h: (RISK_ORDER[h.risk_tier], h.health_score, h.account_id)
    )
    limit = state.get("limit")
    return {"needing": needing[:limit] if limit else needing}


def to_proposals(state: RetentionState) -> list[Send]:
    return [Send("propose", PlayItem(health=h)) for h in state["needing"]]


def propose(item: PlayItem, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    health = item["health"]
    account = account_record(services.db, health.account_id)
    return {"proposals": [growth.draft_play(services.brain.fresh(), services.kb, account, health)]}


def collect(state: RetentionState) -> dict[str, Any]:
    """Runs once, after every proposal of the fan-out is in: the join before the reviews fan out."""
    return {}


def to_reviews(state: RetentionState) -> list[Send]:
    return [Send("review", ReviewItem(proposal=p)) for p in state.get("proposals", [])]


def review(item: ReviewItem, runtime: Runtime[Services]) -> dict[str, Any]:
    proposal = item["proposal"]
    account = account_record(runtime.context.db, proposal.account_id)
    why = "\n".join(f"- {w}" for w in proposal.why)
    actions = "\n".join(f"{i}. [{a.channel}, {a.owner}] {a.title}" for i, a in enumerate(proposal.actions))
    decision = review_interrupt(
        "run_retention_play",
        {
            "account_id": proposal.account_id,
            "play": proposal.play,
            "actions": [a.model_dump() for a in proposal.actions],
        },
        f"## {proposal.play} play for {account['name']} ({proposal.account_id})\n\n**Why**\n{why}\n\n"
        f"**Actions** (edit `actions[i]` title, subject or body before approving)\n{actions}",
        kind="play",
        title=f"{proposal.play} play for {account['name']}",
        account_id=proposal.account_id,
        # the words; the account, the play, channels, owners, offers and the number of actions stay
        editable=["actions[].title", "actions[].subject", "actions[].body"],
    )
    if decision["type"] == "reject":
        return {
            "outcomes": [
                {"account_id": proposal.account_id, "status": "rejected", "reason": decision["message"]}
            ]
        }
    added = enqueue_items(
        runtime.context.db, decision["review_id"], WORKFLOW, account, decision["args"]["actions"]
    )
    return {"outcomes": [{"account_id": proposal.account_id, "status": decision["type"], "queued": added}]}


def build(checkpointer: BaseCheckpointSaver[Any]) -> Graph:
    graph = StateGraph(RetentionState, context_schema=Services)
    graph.add_node("scan", scan)
    graph.add_node("propose", cast(Any, propose))  # a Send target takes its own input type
    graph.add_node("collect", collect)
    graph.add_node("review", cast(Any, review))  # a Send target takes its own input type
    graph.add_edge(START, "scan")
    graph.add_conditional_edges("scan", to_proposals, ["propose"])
    graph.add_edge("propose", "collect")
    graph.add_conditional_edges("collect", to_reviews, ["review"])
    graph.add_edge("review", END)
    return graph.compile(checkpointer=checkpointer)


workflow = define_workflow(
    WORKFLOW,
    build,
    kind="play",
    context=Services.build,
    checkpoint_types=[AccountHealth, Signal, growth.PlayProposal, growth.PlayAction],
)
