"""Knowledge base: search; upsert and delete single articles (admin)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from agents.context import Services
from agents.documentation import ArticleRejected, publish_file, publish_lock, published_dir
from agents.translate import expand, native
from api.deps import AdminDep, KnowledgeBaseDep, PrincipalDep, RateLimited, ServicesDep
from api.problems import COMMON_ERRORS, Problem, problem
from cs_agents.models import Category
from knowledge_base.documents import ARTICLE_ID_PATTERN, file_in, parse_article

router = APIRouter(
    prefix="/v1/kb", tags=["knowledge base"], dependencies=[RateLimited], responses=COMMON_ERRORS
)

ARTICLE_ID = ARTICLE_ID_PATTERN  # the rule ingest applies to every article id


class HitOut(BaseModel):
    id: str = Field(description="the article id (what citations name)")
    title: str
    section: str = Field(description="the section of the article this hit is")
    text: str
    type: str = Field(description="article, known_issue or policy")
    category: str | None
    path: str
    chunk_id: str
    score: float = Field(description="fused rank score (orders hits only)")
    similarity: float = Field(description="cosine similarity of the section to the question")
    space: str = Field(
        description="the vector space the similarity is measured in: english, or multilingual for questions "
        "in other languages (their scales differ)"
    )


class SearchOut(BaseModel):
    query: str
    confidence: float = Field(description="0-1: how well the best article covers the question")
    covered: bool = Field(description="confidence reaches the coverage threshold")
    hits: list[HitOut]


@router.get("/search", response_model=SearchOut)
def search(
    kb: KnowledgeBaseDep,
    _principal: PrincipalDep,
    q: Annotated[str, Query(min_length=1, max_length=2000, description="the question or keywords")],
    k: Annotated[int, Query(ge=1, le=50)] = 5,
    type: Annotated[Literal["article", "known_issue", "policy"] | None, Query()] = None,
    category: Annotated[Category | None, Query()] = None,
) -> SearchOut:
    """Hybrid search; `confidence` says how well the best article covers the question. A question in
    another language is ranked in the multilingual space, its keywords with English glosses."""
    result = kb.search(expand(q), k=k, doc_type=type, category=category, native=native(q))  # ValueError: 422
    return SearchOut(
        query=q,
        confidence=result.confidence,
        covered=result.covered,
        hits=[HitOut(**h.to_dict()) for h in result.hits],
    )


class ArticleOut(BaseModel):
    id: str
    title: str
    type: str
    category: str | None
    result: Literal["created", "updated", "unchanged"]
    chunks_written: int = Field(description="sections embedded by this request")


def upsert_article(services: Services, article_id: str, raw: bytes) -> ArticleOut:
    """Write the article into the published folder and ingest that folder (as approved articles are)."""
    settings = services.settings
    rel = f"{article_id}.md"
    article = parse_article(raw, rel, article_id, settings.kb_max_file_bytes)  # ValueError: 422
    if article.id != article_id:
        raise Problem(
            422,
            f"the front matter says id {article.id!r} but the URL says {article_id!r}; make them the same "
            "or drop the id line",
            type="article-id-mismatch",
        )
    try:
        report = publish_file(services, article_id, raw)
    except ArticleRejected as exc:
        raise Problem(422, f"the article was not stored: {exc}", type="article-rejected") from None
    result: Literal["created", "updated", "unchanged"] = (
        "created"
        if article_id in report.added
        else "updated"
        if article_id in report.updated
        else "unchanged"
    )
    return ArticleOut(
        id=article.id,
        title=article.title,
        type=article.type,
        category=article.category,
        result=result,
        chunks_written=report.chunks_written,
    )


def delete_article(services: Services, article_id: str) -> None:
    store = services.kb.store
    folder = published_dir(services)
    with publish_lock:
        doc = store.documents().get(article_id)
        published = file_in(folder, f"{article_id}.md")
        if doc is not None and doc.origin == str(folder.resolve()):
            published = file_in(folder, doc.path)
        if doc is None and not published.exists():
            raise Problem(404, f"no article {article_id!r} in the knowledge base", type="unknown-article")
        if published.exists():
            published.unlink()
        if doc is not None:
            store.delete(doc.chunk_ids)
            store.bump_revision()


@router.put(
    "/articles/{article_id}",
    response_model=ArticleOut,
    responses={
        201: {"model": ArticleOut, "description": "created"},
        422: problem("the Markdown or its front matter is not valid (SPEC section 1)"),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "the article as Markdown, optionally with YAML front matter (SPEC section 1)",
            "content": {"text/markdown": {"schema": {"type": "string"}}},
        }
    },
)
async def put_article(
    request: Request,
    response: Response,
    _admin: AdminDep,
    services: ServicesDep,
    article_id: Annotated[str, PathParam(pattern=ARTICLE_ID)],
) -> ArticleOut:
    """Create or replace one article; it is searchable when this returns (admin keys only)."""
    raw = await request.body()
    if not raw.strip():
        raise Problem(422, "the body is empty; send the article as Markdown", type="validation-error")
    out = await run_in_threadpool(upsert_article, services, article_id, raw)
    if out.result == "created":
        response.status_code = 201
    return out


@router.delete("/articles/{article_id}", status_code=204, responses={404: problem("no such article")})
def remove_article(
    _admin: AdminDep, services: ServicesDep, article_id: Annotated[str, PathParam(pattern=ARTICLE_ID)]
) -> Response:
    """Remove one article from search (and from the published folder; an article of a product folder
    comes back if that folder is loaded again)."""
    delete_article(services, article_id)
    return Response(status_code=204)
