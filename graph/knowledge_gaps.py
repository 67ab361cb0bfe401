"""Knowledge gaps: Documentation groups the unanswered questions and drafts an article per group → each
draft waits for review (interrupt) → approved articles are published into the knowledge base."""

from __future__ import annotations

import operator
from typing import Annotated, Any, TypedDict, cast

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Send

from agents import documentation
from agents.context import Services
from agents.guardrails import strip_markup
from graph.review import Graph, define_workflow, review_interrupt

WORKFLOW = "knowledge_gaps"


class GapDraft(TypedDict):
    group_id: str
    gap_ids: list[str]
    questions: list[str]
    draft: documentation.ArticleDraft


class GapsState(TypedDict, total=False):
    limit: int | None
    drafts: list[GapDraft]
    outcomes: Annotated[list[dict[str, Any]], operator.add]


def draft(state: GapsState, runtime: Runtime[Services]) -> dict[str, Any]:
    services = runtime.context
    groups = documentation.group_gaps(services)[: state.get("limit") or None]
    return {
        "drafts": [
            GapDraft(
                group_id=g.id,
                gap_ids=g.gap_ids,
                questions=g.questions,
                draft=documentation.draft_article(services.brain.fresh(), services.kb, g),
            )
            for g in groups
        ]
    }


def to_reviews(state: GapsState) -> list[Send]:
    return [Send("review", item) for item in state.get("drafts", [])]


def review(item: GapDraft, runtime: Runtime[Services]) -> dict[str, Any]:
    article = item["draft"]
    asked = "\n".join(f"- {strip_markup(q)[:200]}" for q in item["questions"][:8])
    decision = review_interrupt(
        "publish_article",
        article.model_dump(),
        f"## New article: {article.title}\n\nAsked {len(item['questions'])} time(s), unanswered:\n{asked}\n\n"
        "An admin edits `body` (and `id`, `title`, `tags`) before approving; "
        "approval publishes it to the knowledge base.",
        kind="article",
        title=f"Article: {article.title}",
        # What an approved article says reaches every customer: writing it is the admins' (as the
        # article API is); a reviewer approves the draft as it is or rejects it.
        editable=["id", "title", "tags", "body"],
        edit_role="admin",
    )
    if decision["type"] == "reject":
        return {
            "outcomes": [{"group_id": item["group_id"], "status": "rejected", "reason": decision["message"]}]
        }
    final = documentation.ArticleDraft.model_validate(decision["args"])
    documentation.publish_article(runtime.context, final, item["gap_ids"])
    return {"outcomes": [{"group_id": item["group_id"], "status": decision["type"], "article_id": final.id}]}


def build(checkpointer: BaseCheckpointSaver[Any]) -> Graph:
    graph = StateGraph(GapsState, context_schema=Services)
    graph.add_node("draft", draft)
    graph.add_node("review", cast(Any, review))  # a Send target takes its own input type
    graph.add_edge(START, "draft")
    graph.add_conditional_edges("draft", to_reviews, ["review"])
    graph.add_edge("review", END)
    return graph.compile(checkpointer=checkpointer)


workflow = define_workflow(
    WORKFLOW,
    build,
    kind="article",
    context=Services.build,
    checkpoint_types=[documentation.ArticleDraft],
    args_model=documentation.ArticleDraft,
)
