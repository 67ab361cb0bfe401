"""The five flows compiled without a checkpointer, for `langgraph.json` (LangGraph Studio, `langgraph dev`)
and for drawing them (`docs/architecture.md`).

Importing this module opens no database, store, model or file: each graph is compiled from its builder
with no checkpointer (the LangGraph server brings its own persistence), and nothing registers itself on
import. Running them needs the runtime
context their nodes read (`agents.context.Services`, or `graph.state.RunContext` for the ticket flow); the
service and the CLI build it (`graph.run.TicketRunner`, `graph.reviews_service`).
"""

from __future__ import annotations

from typing import Any, cast

from graph import celebration, knowledge_gaps, onboarding, retention
from graph.review import Graph
from graph.ticket import build_ticket_graph

ticket: Graph = build_ticket_graph().compile(name="ticket")
onboarding_graph: Graph = onboarding.build(cast(Any, None))
milestone_graph: Graph = celebration.build(cast(Any, None))
retention_graph: Graph = retention.build(cast(Any, None))
knowledge_gaps_graph: Graph = knowledge_gaps.build(cast(Any, None))

# By the names `langgraph.json` gives them.
GRAPHS: dict[str, Graph] = {
    "ticket": ticket,
    "onboarding": onboarding_graph,
    "milestone": milestone_graph,
    "retention": retention_graph,
    "knowledge_gaps": knowledge_gaps_graph,
}
