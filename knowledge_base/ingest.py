"""Incremental ingestion of a folder of articles into the store (SPEC section 1).

- An article is re-embedded only when its content hash changed (the hash covers the file's bytes and the
  chunker settings).
- A changed article's new chunks are written under new ids before its old chunks are deleted, and a
  failed write removes what it added: search never sees half an article.
- Articles that were ingested from this folder and whose files are gone are deleted. A file that fails
  to parse keeps its previous version in search and is reported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from knowledge_base.chunking import CHUNKER_VERSION, Chunk, chunk_article
from knowledge_base.documents import Article, ArticleError, read_folder
from knowledge_base.store import KBStore

GROUP = 32  # articles embedded together: big enough for batching, small enough for steady progress

Progress = Callable[[int], None]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    errors: list[ArticleError] = field(default_factory=list)
    chunks_written: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": len(self.unchanged),
            "removed": self.removed,
            "chunks_written": self.chunks_written,
            "errors": [{"path": e.path, "message": e.message} for e in self.errors],
        }


def stored_hash(article: Article, chunk_words: int) -> str:
    return hashlib.sha256(f"{article.content_hash}:{CHUNKER_VERSION}:{chunk_words}".encode()).hexdigest()


def _metadata(article: Article, chunk: Chunk, origin: str, digest: str) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "doc_id": article.id,
        "index": chunk.index,
        "title": article.title,
        "section": chunk.section,
        "type": article.type,
        "path": article.path,
        "origin": origin,
        "content_hash": digest,
    }
    # Chroma metadata takes no None values
    optional = {"category": article.category, "status": article.status, "updated": article.updated}
    meta.update({k: v for k, v in optional.items() if v})
    if article.tags:
        meta["tags"] = ",".join(article.tags)
    return meta


def ingest_folder(
    store: KBStore, folder: Path, chunk_words: int, max_bytes: int, progress: Progress | None = None
) -> IngestReport:
    if not folder.is_dir():
        raise FileNotFoundError(f"knowledge-base folder not found: {folder}")
    origin = str(folder.resolve())
    parsed = read_folder(folder, max_bytes)
    report = IngestReport(errors=list(parsed.errors))
    if progress and parsed.errors:
        progress(len(parsed.errors))
    existing = store.documents()

    todo: list[tuple[Article, str]] = []
    for article in parsed.articles:
        digest = stored_hash(article, chunk_words)
        old = existing.get(article.id)
        if old and old.content_hash == digest and old.path == article.path and old.origin == origin:
            report.unchanged.append(article.id)
            if progress:
                progress(1)
        else:
            todo.append((article, digest))

    for start in range(0, len(todo), GROUP):
        group = todo[start : start + GROUP]
        chunked = [(a, d, chunk_article(a, chunk_words)) for a, d in group]
        vectors = _vectors(
            store, [c.indexed_text for _, _, chunks in chunked for c in chunks], group, existing
        )
        for article, digest, chunks in chunked:
            english = np.stack([vectors[c.indexed_text][0] for c in chunks])
            multilingual = np.stack([vectors[c.indexed_text][1] for c in chunks])
            _replace(store, article, digest, chunks, (english, multilingual), origin, existing, report)
            if progress:
                progress(1)

    present = {a.id for a in parsed.articles}
    failed_paths = {e.path for e in parsed.errors}
    for doc in existing.values():
        if doc.origin == origin and doc.doc_id not in present and doc.path not in failed_paths:
            store.delete(doc.chunk_ids)
            report.removed.append(doc.doc_id)

    if report.changed:
        store.bump_revision()
    return report


def _vectors(
    store: KBStore, texts: list[str], group: list[tuple[Article, str]], existing: dict[str, Any]
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Both spaces' vectors of each text: the stored ones of sections an edit left as they were, the
    others embedded in both spaces at once."""
    old_ids = [
        cid for article, _ in group if article.id in existing for cid in existing[article.id].chunk_ids
    ]
    vectors = store.stored_vectors(old_ids) if old_ids else {}
    missing = list(dict.fromkeys(t for t in texts if t not in vectors))
    if missing:
        english, multilingual = store.embed_both(missing)
        vectors.update(zip(missing, zip(english, multilingual, strict=True), strict=True))
    return vectors


def _replace(
    store: KBStore,
    article: Article,
    digest: str,
    chunks: list[Chunk],
    vectors: tuple[np.ndarray, np.ndarray],
    origin: str,
    existing: dict[str, Any],
    report: IngestReport,
) -> None:
    ids = [f"{article.id}:{digest[:12]}:{c.index}" for c in chunks]
    old = existing.get(article.id)
    try:
        store.add(
            ids,
            [c.indexed_text for c in chunks],
            vectors[0],
            [_metadata(article, c, origin, digest) for c in chunks],
            multilingual=vectors[1],
        )
    except Exception as exc:  # noqa: BLE001 - any store failure: undo, report, go on with the next file
        try:
            store.delete(ids)
        finally:
            report.errors.append(
                ArticleError(article.path, f"could not be stored ({exc}); previous version kept")
            )
        return
    if old:
        stale = [cid for cid in old.chunk_ids if cid not in set(ids)]
        store.delete(stale)
        report.updated.append(article.id)
    else:
        report.added.append(article.id)
    report.chunks_written += len(chunks)
