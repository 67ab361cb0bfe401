"""Knowledge-base search."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query

from api.deps import KnowledgeBaseDep
from cs_agents.models import Category

router = APIRouter(prefix="/v1/kb", tags=["knowledge base"])


@router.get("/search")
def search(
    kb: KnowledgeBaseDep,
    q: Annotated[str, Query(min_length=1, max_length=2000, description="the question or keywords")],
    k: Annotated[int, Query(ge=1, le=50)] = 5,
    type: Annotated[Literal["article", "known_issue", "policy"] | None, Query()] = None,
    category: Annotated[Category | None, Query()] = None,
) -> dict[str, Any]:
    """Hybrid search; `confidence` says how well the best article covers the question."""
    try:
        result = kb.search(q, k=k, doc_type=type, category=category)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    return {
        "query": result.query,
        "confidence": result.confidence,
        "covered": result.covered,
        "hits": [h.to_dict() for h in result.hits],
    }
