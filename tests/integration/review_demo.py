"""A tiny reviewable workflow for the review tests: draft -> review (interrupt) -> outbox or rejection.

One draft per account, each reviewed on its own (fan-out with `Send`, so one thread can wait on several
reviews). `review_demo_proc.py` runs it in the processes the durability tests kill.
"""

from __future__ import annotations

import operator
import time
from dataclasses import dataclass
from typing import Annotated, Any, TypedDict

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Send
from pydantic import BaseModel

from cs_agents.db import Database, get_database
from cs_agents.outbox import enqueue
from cs_agents.settings import Settings
from graph.review import Graph, define_workflow, review_interrupt
from graph.workflows import registry

WORKFLOW = "demo"
# Test hooks: what the review node does right after it enqueued the approved message.
AFTER_ENQUEUE: dict[str, Any] = {"hang": False, "fail": False, "delay_s": 0.0}


class DemoDraft(BaseModel):
    """A pydantic type kept in the state, so the checkpoint allowlist matters."""

    key: str
    account_id: str
    recipient: str
    subject: str
    body: str
    evidence: list[str]


class DemoState(TypedDict, total=False):
    batch: str
    accounts: list[str]
    drafts: list[DemoDraft]
    sent: Annotated[list[str], operator.add]
    rejected: Annotated[list[dict[str, Any]], operator.add]


class ReviewItem(TypedDict):
    batch: str
    draft: DemoDraft


@dataclass
class DemoContext:
    db: Database


def draft(state: DemoState) -> dict[str, Any]:
    drafts = [
        DemoDraft(
            key=f"welcome-{account}",
            account_id=account,
            recipient=f"owner@{account}.example",
            subject=f"Welcome aboard, {account}",
            body=f"Hi {account}, here is your first-week checklist.",
            evidence=[f"{account} signed up 3 days ago", "no schedule published yet"],
        )
        for account in state["accounts"]
    ]
    return {"drafts": drafts}


def fan_out(state: DemoState) -> list[Send]:
    return [Send("review", ReviewItem(batch=state["batch"], draft=d)) for d in state["drafts"]]


def review(item: ReviewItem, runtime: Runtime[DemoContext]) -> dict[str, Any]:
    d = item["draft"]
    evidence = "\n".join(f"- {e}" for e in d.evidence)
    decision = review_interrupt(
        "send_email",
        {"to": d.recipient, "subject": d.subject, "body": d.body, "account_id": d.account_id},
        f"## Welcome email for {d.account_id}\n\n**Why now**\n{evidence}",
        kind="campaign",
        title=f"Welcome email to {d.account_id}",
        account_id=d.account_id,
    )
    if decision["type"] == "reject":
        return {"rejected": [{"key": d.key, "reason": decision["message"], "by": decision["decided_by"]}]}
    args = decision["args"]
    with runtime.context.db.session() as session:
        enqueue(
            session,
            f"demo:{item['batch']}:{d.key}",
            "email",
            args["to"],
            args["subject"],
            args["body"],
            {"account_id": d.account_id},
            review_id=decision["review_id"],
        )
    time.sleep(AFTER_ENQUEUE["delay_s"])
    if AFTER_ENQUEUE["hang"]:
        print("ENQUEUED", flush=True)
        time.sleep(3600)
    if AFTER_ENQUEUE["fail"]:
        raise RuntimeError("the demo node failed after enqueueing")
    return {"sent": [d.key]}


def build(checkpointer: BaseCheckpointSaver[Any]) -> Graph:
    graph = StateGraph(DemoState, context_schema=DemoContext)
    graph.add_node("draft", draft)
    graph.add_node("review", review)
    graph.add_edge(START, "draft")
    graph.add_conditional_edges("draft", fan_out, ["review"])
    graph.add_edge("review", END)
    return graph.compile(checkpointer=checkpointer)


def context(settings: Settings) -> DemoContext:
    return DemoContext(get_database(settings))


# The tests' workflow joins this process's registry (production workflows are listed in graph/workflows.py).
registry.add(define_workflow(WORKFLOW, build, kind="campaign", context=context, checkpoint_types=[DemoDraft]))


def demo_input(batch: str, *accounts: str) -> dict[str, Any]:
    return {"batch": batch, "accounts": list(accounts)}
