"""Hybrid retrieval: dense (Chroma) and keyword (BM25) rankings fused by reciprocal rank.

Confidence (what the agents use to decide "the knowledge base does not cover this"): the cosine
similarity between the question and the best-matching chunk of the top-ranked article, in [0, 1]
(0 when none of that article's chunks is among the dense candidates). RRF scores only order results;
they say nothing about how well a question is covered, the cosine does. A result is `covered` when the
confidence reaches `retrieval_min_confidence` (default 0.30). The ticket flow does not use this flag: it
decides coverage with a calibrated answerability score (`agents.customer_success.answerability`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

from cs_agents.settings import Settings
from knowledge_base import store as kb_store
from knowledge_base.keyword import KeywordIndex, tokenize
from knowledge_base.store import KBStore, Space, StoredChunk

log = logging.getLogger(__name__)

T = TypeVar("T")
CANDIDATES = 50  # per ranking, before fusion
REVISION_CHECK_S = 1.0  # how stale another process's article changes may be here (ours are seen at once)
FULL_RANKING_MAX = 5000  # chunks: up to this many, one store query ranks them all and filters apply here
EMBEDDING_CACHE = 512  # a ticket searches the same text several ways (any type, a category, policies)
RANKING_CACHE = 64  # full rankings of the latest texts (each up to FULL_RANKING_MAX pairs)


@dataclass(frozen=True)
class Hit:
    """One retrieved section of an article."""

    id: str
    title: str
    section: str
    text: str
    type: str
    category: str | None
    path: str
    chunk_id: str
    score: float
    similarity: float
    space: str = "english"  # the vector space `similarity` was measured in (their scales differ)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)  # every field is a plain value: no need for asdict's deep copy


@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: list[Hit]
    confidence: float
    covered: bool
    # What the answerability score weighs beside the confidence: whether each ranking alone puts the same
    # article first, and how far the next article is behind.
    dense_top: str | None = None
    keyword_top: str | None = None
    runner_up_similarity: float = 0.0


def rrf_fuse(rankings: list[list[str]], k: int) -> dict[str, float]:
    """Reciprocal rank fusion: sum over rankings of 1 / (k + rank), ranks from 1."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return scores


def _log_progress(done: int, total: int) -> None:
    if done == total or done % 2048 < 256:
        log.info("multilingual search space: %d of %d chunks embedded", done, total)


def _filters(doc_type: str | None, category: str | None) -> dict[str, str]:
    return {k: v for k, v in (("type", doc_type), ("category", category)) if v}


def _where(filters: dict[str, str]) -> dict[str, Any] | None:
    if not filters:
        return None
    clauses: list[dict[str, Any]] = [{k: v} for k, v in filters.items()]
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _keep(filters: dict[str, str]) -> Callable[[dict[str, Any]], bool] | None:
    if not filters:
        return None
    return lambda meta: all(meta.get(k) == v for k, v in filters.items())


class KnowledgeBase:
    """Search over the shared store; the keyword index follows the store's revision."""

    def __init__(self, settings: Settings, store: KBStore | None = None) -> None:
        self.settings = settings
        self.store = store or KBStore(settings)
        self._lock = threading.Lock()
        self._revision = -1
        self._checked_at = -REVISION_CHECK_S
        self._seen_writes = -1
        self._chunks: dict[str, StoredChunk] = {}
        self._by_doc: dict[str, list[StoredChunk]] = {}
        self._keyword = KeywordIndex([], [], [])
        self._embeddings: OrderedDict[tuple[Space, str], np.ndarray] = OrderedDict()
        self._rankings: OrderedDict[tuple[Space, str, int], list[tuple[str, float]]] = OrderedDict()
        # Per filter (type, category): the keyword mask and the chunk ids it keeps; reset on refresh.
        self._subsets: dict[tuple[tuple[str, str], ...], tuple[np.ndarray, frozenset[str]]] = {}
        self._article_terms: dict[str, frozenset[str]] = {}
        self._article_df: Counter[str] = Counter()
        self._stale_terms: set[str] | None = None  # articles whose terms changed since; None: all of them
        self._per_revision: dict[str, Any] = {}  # callers' caches (`per_revision`); reset on refresh

    def _refresh(self) -> None:
        # Asking the store for its revision costs about as much as a query: ask at most once a second,
        # unless this process changed the knowledge base since.
        now = time.monotonic()
        if self._seen_writes == kb_store.local_writes and now - self._checked_at < REVISION_CHECK_S:
            return
        seen_writes = kb_store.local_writes
        state = self.store.state()
        with self._lock:
            self._checked_at, self._seen_writes = now, seen_writes
            if state.revision == self._revision:
                return
            if self._revision == -1:
                # First look at this store: a knowledge base written before the multilingual space existed
                # (or by another model) is embedded there once; ingest keeps both spaces level after that.
                self.store.sync_multilingual(_log_progress)
            changed = state.changed_since(self._revision) if 0 <= self._revision < state.revision else None
            if changed is None or not self._apply(changed):
                self._load_all()
            self._subsets = {}
            self._per_revision = {}
            self._revision = state.revision

    def _load_all(self) -> None:
        """Read every chunk and index it (a process's first look, or when the change log does not reach back
        to what this process last saw)."""
        chunks = self.store.all_chunks()
        self._chunks = {c.id: c for c in chunks}
        self._by_doc = {}
        self._group(chunks)
        self._keyword = KeywordIndex(
            [c.id for c in chunks], [c.text for c in chunks], [c.metadata for c in chunks]
        )
        self._stale_terms = None

    def _apply(self, changed: set[str]) -> bool:
        """Replace the chunks of the articles `changed` with what the store holds for them now. False when
        the result does not add up to the store's chunk count (a change this process missed): the caller
        then reads everything."""
        fresh = self.store.chunks_of(changed)
        removed = [c.id for doc in changed for c in self._by_doc.pop(doc, [])]
        for cid in removed:
            self._chunks.pop(cid, None)
        self._chunks.update((c.id, c) for c in fresh)
        self._group(fresh)
        self._keyword = self._keyword.updated(
            removed, [c.id for c in fresh], [c.text for c in fresh], [c.metadata for c in fresh]
        )
        if self._stale_terms is not None:
            self._stale_terms |= changed
        return len(self._chunks) == len(self._keyword) == self.store.count()

    def _group(self, chunks: list[StoredChunk]) -> None:
        """File chunks under their articles, in reading order."""
        touched: set[str] = set()
        for c in chunks:
            doc = str(c.metadata.get("doc_id"))
            self._by_doc.setdefault(doc, []).append(c)
            touched.add(doc)
        for doc in touched:
            self._by_doc[doc].sort(key=lambda c: int(c.metadata.get("index", 0)))

    def _subset(self, filters: dict[str, str]) -> tuple[np.ndarray, frozenset[str]] | None:
        """The chunks a filter keeps (None: no filter), computed once per filter and revision."""
        keep = _keep(filters)
        if keep is None:
            return None
        key = tuple(sorted(filters.items()))
        with self._lock:
            found = self._subsets.get(key)
            if found is None:
                mask = self._keyword.mask(keep)
                found = (
                    mask,
                    frozenset(str(cid) for cid, kept in zip(self._keyword.ids, mask, strict=True) if kept),
                )
                self._subsets[key] = found
            return found

    def search(
        self,
        query: str,
        k: int = 5,
        doc_type: str | None = None,
        category: str | None = None,
        per_article: bool = True,
        native: str | None = None,
    ) -> SearchResult:
        """The k best sections (with per_article, the best section of each of the k best articles).

        `native`: the customer's own words when they are not English. The English model ranks them poorly
        (and `query` then carries English glosses for the keywords), so the dense ranking reads `native`
        in the multilingual space instead."""
        if not query.strip():
            raise ValueError("the search query is empty")
        if k < 1:
            raise ValueError("k must be at least 1")
        self._refresh()
        filters = _filters(doc_type, category)
        space: Space = "multilingual" if native and native.strip() else "english"
        dense_text = native if native and space == "multilingual" else query
        embedding = self.embed(dense_text, space)
        subset = self._subset(filters)
        dense = self._dense(dense_text, embedding, filters, subset[1] if subset else None, space)
        keyword = self._keyword.search(query, CANDIDATES, subset[0] if subset else None)
        similarity = dict(dense)
        fused = rrf_fuse([[c for c, _ in dense], [c for c, _ in keyword]], self.settings.retrieval_rrf_k)
        ranked = sorted(fused, key=lambda c: (-fused[c], c))

        hits: list[Hit] = []
        seen_docs: set[str] = set()
        best_similarity: dict[str, float] = {}
        for chunk_id in ranked:
            chunk = self._chunks.get(chunk_id)
            if chunk is None:  # written by another process after our refresh
                continue
            doc_id = str(chunk.metadata.get("doc_id"))
            best_similarity[doc_id] = max(best_similarity.get(doc_id, 0.0), similarity.get(chunk_id, 0.0))
            if per_article and doc_id in seen_docs:
                continue
            if len(hits) < k:
                hits.append(self._hit(chunk, fused[chunk_id], similarity.get(chunk_id, 0.0), space))
                seen_docs.add(doc_id)
        confidence = round(max(0.0, best_similarity.get(hits[0].id, 0.0)), 4) if hits else 0.0
        runner_up = max((v for d, v in best_similarity.items() if hits and d != hits[0].id), default=0.0)

        def top_doc(ranking: list[tuple[str, float]]) -> str | None:
            chunk = self._chunks.get(ranking[0][0]) if ranking else None
            return str(chunk.metadata.get("doc_id")) if chunk is not None else None

        return SearchResult(
            query,
            hits,
            confidence,
            confidence >= self.settings.retrieval_min_confidence,
            dense_top=top_doc(dense),
            keyword_top=top_doc(keyword),
            runner_up_similarity=round(max(0.0, runner_up), 4),
        )

    def _dense(
        self,
        query: str,
        embedding: np.ndarray,
        filters: dict[str, str],
        allowed: frozenset[str] | None,
        space: Space = "english",
    ) -> list[tuple[str, float]]:
        """The CANDIDATES most similar chunks that pass the filters. A ticket searches one text several
        ways (any type, its category, policies): on a knowledge base of up to FULL_RANKING_MAX chunks the
        store ranks every chunk once per text and revision, and each way filters that ranking here."""
        total = len(self._chunks)
        if total > FULL_RANKING_MAX:
            return self.store.dense(embedding, CANDIDATES, _where(filters), total=total, space=space)
        key = (space, query, self._revision)
        with self._lock:
            ranking = self._rankings.get(key)
        if ranking is None:
            ranking = self.store.dense(embedding, total, None, total=total, space=space)
            with self._lock:
                self._rankings[key] = ranking
                while len(self._rankings) > RANKING_CACHE:
                    self._rankings.popitem(last=False)
        kept = self._chunks if allowed is None else allowed
        found: list[tuple[str, float]] = []
        for cid, sim in ranking:  # best first: stop once there are enough
            if cid in kept:
                found.append((cid, sim))
                if len(found) == CANDIDATES:
                    break
        return found

    def prime(self, queries: list[str]) -> None:
        """Embed English queries that are about to be searched in one batch (much faster than one by one)."""
        with self._lock:
            missing = list(dict.fromkeys(q for q in queries if ("english", q) not in self._embeddings))
        if not missing:
            return
        vectors = self.store.embed(missing)
        with self._lock:
            for query, vector in zip(missing, vectors, strict=True):
                self._embeddings["english", query] = vector
            while len(self._embeddings) > EMBEDDING_CACHE:
                self._embeddings.popitem(last=False)

    def embed(self, query: str, space: Space = "english") -> np.ndarray:
        """The query's vector, from the cache of recent queries when it is there."""
        key = (space, query)
        with self._lock:
            cached = self._embeddings.get(key)
            if cached is not None:
                self._embeddings.move_to_end(key)
                return cached
        vector = self.store.embed([query], space)[0]
        with self._lock:
            self._embeddings[key] = vector
            if len(self._embeddings) > EMBEDDING_CACHE:
                self._embeddings.popitem(last=False)
        return vector

    def _hit(self, chunk: StoredChunk, score: float, similarity: float, space: Space = "english") -> Hit:
        m = chunk.metadata
        return Hit(
            id=str(m.get("doc_id")),
            title=str(m.get("title", "")),
            section=str(m.get("section", "")),
            text=chunk.text.split("\n\n", 1)[-1],  # stored text starts with its headings
            type=str(m.get("type", "article")),
            category=m.get("category"),
            path=str(m.get("path", "")),
            chunk_id=chunk.id,
            score=round(score, 6),
            similarity=round(similarity, 4),
            space=space,
        )

    def article_status(self, doc_id: str) -> str | None:
        """A known issue's status (open or fixed); None for other articles."""
        self._refresh()
        chunks = self._by_doc.get(doc_id)
        status = chunks[0].metadata.get("status") if chunks else None
        return str(status) if status else None

    def exists(self, doc_id: str) -> bool:
        self._refresh()
        return doc_id in self._by_doc

    def article_terms(self) -> tuple[dict[str, frozenset[str]], Counter[str]]:
        """Each article's keyword terms (stemmed, as the keyword index reads them) and in how many articles
        each term appears, computed once per revision: what the answerability score compares a question
        with, and how rare its words are here."""
        self._refresh()
        with self._lock:
            if self._stale_terms is None:
                self._article_terms = {doc: self._terms_of(parts) for doc, parts in self._by_doc.items()}
                self._article_df = Counter(t for terms in self._article_terms.values() for t in terms)
            elif self._stale_terms:  # only the articles changed since: a copy, callers may hold the old ones
                terms, df = dict(self._article_terms), Counter(self._article_df)
                for doc in self._stale_terms:
                    df.subtract(terms.pop(doc, frozenset()))
                    if doc in self._by_doc:
                        terms[doc] = self._terms_of(self._by_doc[doc])
                        df.update(terms[doc])
                self._article_terms, self._article_df = terms, +df  # `+` drops the terms now in no article
            self._stale_terms = set()
            return self._article_terms, self._article_df

    @staticmethod
    def _terms_of(parts: list[StoredChunk]) -> frozenset[str]:
        return frozenset(tokenize(" ".join(str(c.metadata.get("title", "")) + " " + c.text for c in parts)))

    def per_revision(self, key: str, make: Callable[[], T]) -> T:
        """The value kept under `key` for the current revision, made by `make` on first use: the cache of a
        caller whose answers depend on the articles only (Marketing's help article per milestone), owned
        here so that it is dropped when the knowledge base changes."""
        self._refresh()
        with self._lock:
            if key not in self._per_revision:
                self._per_revision[key] = make()
            value: T = self._per_revision[key]
            return value

    def article_sections(self, doc_id: str) -> list[Hit]:
        """All sections of one article in reading order (for composing replies and showing sources)."""
        self._refresh()
        return [self._hit(c, 0.0, 0.0) for c in self._by_doc.get(doc_id, [])]
