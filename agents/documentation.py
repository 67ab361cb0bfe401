"""Documentation: knowledge gaps in, reviewed articles out.

1. The ticket flow records questions the knowledge base could not answer (`record_unanswered`).
2. `group_gaps` puts similar open questions together (embedding similarity to a group's centroid).
3. `draft_article` drafts an article for a group: with a model, a full answer; offline, a structured
   draft a reviewer completes (the questions, the closest existing material, what to write).
4. After approval, `publish_article` writes it into the published folder and ingests it, so the next
   similar ticket finds it, and the group's gaps are closed.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import yaml
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field
from sqlalchemy import select

from agents.brain import Brain
from agents.context import Services
from agents.guardrails import strip_markup
from agents.tools import record_gap
from cs_agents.db import KBGapRow
from cs_agents.models import Category
from knowledge_base.documents import ARTICLE_ID_PATTERN, file_in
from knowledge_base.ingest import IngestReport, ingest_folder
from knowledge_base.search import KnowledgeBase

GROUP_SIMILARITY = 0.55  # a question joins a group whose centroid it is at least this similar to
PUBLISHED_DIR = "published_kb"
# One write to the published folder at a time in this process (API article writes and approved drafts).
publish_lock = threading.Lock()


class ArticleRejected(ValueError):
    """The article's own file did not pass ingest; nothing of it was kept."""


def record_unanswered(
    services: Services, ticket_id: str, question: str, category: str, confidence: float
) -> str:
    """Store the gap; returns its id."""
    return record_gap(services, ticket_id, question, category, confidence)


@dataclass
class GapGroup:
    id: str
    gap_ids: list[str]
    questions: list[str]
    category: str
    vectors: list[np.ndarray] = field(default_factory=list, repr=False)


def group_gaps(services: Services, status: str = "open") -> list[GapGroup]:
    """Similar open questions together, largest groups first."""
    with services.db.session() as session:
        rows = list(
            session.scalars(select(KBGapRow).where(KBGapRow.status == status).order_by(KBGapRow.created_at))
        )
        gaps = [(r.id, r.question, r.category) for r in rows]
    if not gaps:
        return []
    vectors = services.kb.store.embed([q[:1000] for _, q, _ in gaps])
    groups: list[GapGroup] = []
    centroids: list[np.ndarray] = []
    for (gap_id, question, category), vector in zip(gaps, vectors, strict=True):
        sims = [float(c @ vector) for c in centroids]
        best = int(np.argmax(sims)) if sims else -1
        if best >= 0 and sims[best] >= GROUP_SIMILARITY:
            group = groups[best]
            group.gap_ids.append(gap_id)
            group.questions.append(question)
            group.vectors.append(vector)
            mean = np.mean(group.vectors, axis=0)
            centroids[best] = mean / max(float(np.linalg.norm(mean)), 1e-12)
        else:
            groups.append(GapGroup("", [gap_id], [question], category, [vector]))
            centroids.append(vector)
    for group in groups:
        group.id = "grp-" + hashlib.sha256(",".join(sorted(group.gap_ids)).encode()).hexdigest()[:10]
        categories = [c for g in gaps if g[0] in group.gap_ids for c in [g[2]]]
        group.category = max(set(categories), key=categories.count)
    return sorted(groups, key=lambda g: (-len(g.gap_ids), g.id))


class ArticleDraft(BaseModel):
    """A knowledge-base article proposed for review."""

    id: str = Field(
        pattern=ARTICLE_ID_PATTERN, description="a short lower-case slug, unique in the knowledge base"
    )
    title: str = Field(description="the article title, phrased the way customers ask")
    category: Category = Field(description="the ticket category it answers")
    tags: list[str] = Field(description="words customers use for this topic")
    body: str = Field(description="Markdown body starting with a '# ' title line, then '## ' sections")

    @staticmethod
    def unpublishable(args: dict[str, object]) -> str | None:
        """Why these args may not be published as they are: an offline draft still carries the customers'
        questions and the place where a person writes the answer, and approving it as drafted would put
        customers' words in front of every other customer as help-centre advice."""
        if ANSWER_PLACEHOLDER in str(args.get("body", "")):
            return (
                "the draft has no answer yet: an admin writes it in place of the placeholder, then approves"
            )
        return None


ANSWER_PLACEHOLDER = "Write the answer here before approving"


def slug(text: str, limit: int = 60) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words)[:limit].strip("-") or "article"


def offline_article_draft(group: GapGroup, kb: KnowledgeBase) -> ArticleDraft:
    """A draft a reviewer completes: what customers asked and the closest material we already have."""
    lead = strip_markup(min(group.questions, key=len))
    title = " ".join(lead.split())[:90].rstrip("?.!") + "?"
    related = kb.search(lead, k=3).hits if kb.store.count() else []
    asked = "\n".join(f"- {' '.join(strip_markup(q).split())[:300]}" for q in group.questions[:10])
    material = "\n".join(
        f"- [{h.title}]({h.id}) — {h.section or 'overview'}: {h.text[:240]}" for h in related
    )
    body = (
        f"# {title}\n\n"
        f"Customers asked this {len(group.questions)} time(s) and the help centre had no answer.\n\n"
        f"## What customers asked\n\n{asked}\n\n"
        "## Answer\n\n"
        f"{ANSWER_PLACEHOLDER}: the steps, the plan or setting it depends on, and what "
        "to do if it does not work.\n\n" + (f"## Related articles\n\n{material}\n" if material else "")
    )
    tags = sorted({w for w in re.findall(r"[a-z]{4,}", lead.lower())})[:8]
    return ArticleDraft(id=slug(title), title=title, category=group.category, tags=tags, body=body)  # type: ignore[arg-type]


SYSTEM = """You write help-centre articles for a B2B SaaS product. Given the questions customers asked
that the help centre could not answer, and the closest existing articles, write one article that answers
them: a '# ' title phrased as customers ask, a short intro, '## ' sections with numbered steps. Use only
facts from the material given; where a fact is missing, say what the reader should check instead of
inventing it."""


def draft_article(brain: Brain, kb: KnowledgeBase, group: GapGroup) -> ArticleDraft:
    related = kb.search(group.questions[0], k=3).hits if kb.store.count() else []
    material = "\n\n".join(f"[{h.id}] {h.title} — {h.section}\n{h.text}" for h in related)
    messages = [
        SystemMessage(SYSTEM),
        HumanMessage(
            "Questions:\n"
            + "\n".join(f"- {strip_markup(q)}" for q in group.questions)
            + f"\n\nMaterial:\n{material}"
        ),
    ]
    return brain.decide(ArticleDraft, messages, offline=lambda: offline_article_draft(group, kb)).output


def published_dir(services: Services) -> Path:
    return services.settings.data_dir / PUBLISHED_DIR


def publish_file(services: Services, article_id: str, raw: bytes) -> IngestReport:
    """Write `<article_id>.md` into the published folder and ingest the folder.

    Only this file's result decides: if ingest refuses it, the previous version is put back (or the new
    file removed) and `ArticleRejected` says why; another file's problem is reported, not this one's.
    """
    settings = services.settings
    folder = published_dir(services)
    folder.mkdir(parents=True, exist_ok=True)
    rel = f"{article_id}.md"
    target = file_in(folder, rel)  # ValueError for a name that would leave the folder
    with publish_lock:
        previous = target.read_bytes() if target.exists() else None
        _write(target, raw)
        report = ingest_folder(services.kb.store, folder, settings.kb_chunk_words, settings.kb_max_file_bytes)
        mine = [e for e in report.errors if e.path == rel]
        if mine:
            if previous is None:
                target.unlink()
            else:
                _write(target, previous)
            raise ArticleRejected(mine[0].message)
    return report


def _write(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)


def publish_article(services: Services, draft: ArticleDraft, gap_ids: list[str]) -> IngestReport:
    """Write the approved article as Markdown and ingest the published folder; close the gaps."""
    reason = ArticleDraft.unpublishable(draft.model_dump())
    if reason:
        raise ValueError(reason)
    target = file_in(published_dir(services), f"{draft.id}.md")
    if services.kb.exists(draft.id) and not target.exists():
        raise ValueError(f"article id {draft.id!r} is already used in the knowledge base; choose another id")
    front = {
        "id": draft.id,
        "title": draft.title,
        "type": "article",
        "category": draft.category,
        "tags": draft.tags,
        "updated": datetime.now(UTC).date().isoformat(),
    }
    text = f"---\n{yaml.safe_dump(front, sort_keys=False, allow_unicode=True)}---\n{draft.body.strip()}\n"
    try:
        report = publish_file(services, draft.id, text.encode("utf-8"))
    except ArticleRejected as exc:
        raise ValueError(f"the article could not be published: {exc}") from exc
    with services.db.session() as session:
        for row in session.scalars(select(KBGapRow).where(KBGapRow.id.in_(gap_ids))):
            row.status = "published"
    return report
