"""Keyword retrieval with BM25 over the same chunks the dense index holds, updated in place of a rebuild.

The scores are bm25s's "lucene" BM25 (k1 1.5, b 0.75), computed the way bm25s computes them (float32 per
term and chunk, summed in float32 in the query's word order), so a search ranks chunks exactly as a bm25s
index of the same chunks did. What differs is when the work is done: bm25s stores every chunk's score
per term, which depends on the corpus size, each term's document frequency and the average chunk length,
so any change meant re-indexing every chunk (17.6 s at 100,000 chunks). Here the index keeps term
frequencies and lengths only and applies idf and length normalisation at query time, so a change costs
the changed chunks (`updated`), not the corpus.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np
import Stemmer

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
# A small English list: BM25's idf already discounts common words; these only add noise.
STOPWORDS = frozenset(
    """a an and are as at be been but by can could do does did for from had has have how i if in into is it
    its me my of on or our so that the their them then there these they this to was we were what when where
    which who why will with would you your yours i'm it's can't don't""".split()  # noqa: SIM905
)
_stemmer = Stemmer.Stemmer("english")
SCORE_CACHE = 256  # queries whose scores are kept
K1 = 1.5
B = 0.75
EMPTY = "_"  # the token of a chunk with no indexable word (bm25s needs one; kept for identical scores)
# New chunks go to a small segment beside the main one; once it (or the removed chunks) outgrows this
# share of the index, both are merged into a new main segment from the term counts kept in memory.
MERGE_SHARE = 0.1
MERGE_MIN = 2000


class _Unscored:
    """Marks a query not scored yet (None means scored, and no word of it is indexed)."""


_UNSCORED = _Unscored()


def tokenize(text: str) -> list[str]:
    words = _WORD.findall(text)
    if "’" in text:
        words = [w.replace("’", "'") for w in words]
    return _stemmer.stemWords([w for w in map(str.lower, words) if w not in STOPWORDS])


@dataclass(frozen=True)
class _Segment:
    """Postings of a run of slots, grouped by term: for term t, `slots[start[t]:start[t + 1]]` and their
    term frequencies. Never changed once made: indexes that share it may be read from other threads."""

    start: np.ndarray
    slots: np.ndarray
    tf: np.ndarray

    @staticmethod
    def of(docs: Sequence[tuple[np.ndarray, np.ndarray]], first_slot: int, vocab_size: int) -> _Segment:
        terms = np.concatenate([d[0] for d in docs]) if docs else np.zeros(0, np.int32)
        tfs = np.concatenate([d[1] for d in docs]) if docs else np.zeros(0, np.float32)
        slots = np.repeat(
            np.arange(first_slot, first_slot + len(docs), dtype=np.int32), [len(d[0]) for d in docs]
        )
        order = np.argsort(terms, kind="stable")  # stable: each term's slots stay in slot order
        start = np.zeros(vocab_size + 1, dtype=np.int64)
        np.cumsum(np.bincount(terms, minlength=vocab_size), out=start[1:])
        return _Segment(start, slots[order], tfs[order])

    def postings(self, term: int) -> tuple[np.ndarray, np.ndarray]:
        if term + 1 >= len(self.start):  # a term newer than this segment
            return self.slots[:0], self.tf[:0]
        lo, hi = self.start[term], self.start[term + 1]
        return self.slots[lo:hi], self.tf[lo:hi]


def _counts(
    texts: Sequence[str], vocab: dict[str, int]
) -> tuple[list[tuple[np.ndarray, np.ndarray]], np.ndarray]:
    """Each text's distinct term ids with their frequencies, and its length in tokens (new terms join
    `vocab`)."""
    if not texts:
        return [], np.zeros(0, dtype=np.int64)
    tokens = [tokenize(text) or [EMPTY] for text in texts]
    lengths = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
    flat = list(chain.from_iterable(tokens))
    for word in dict.fromkeys(flat):  # new terms get the next ids
        if word not in vocab:
            vocab[word] = len(vocab)
    term_ids = np.fromiter(map(vocab.__getitem__, flat), np.int64, len(flat))
    # One sort of (chunk, term) keys counts every chunk's terms at once.
    keys, tf = np.unique(
        np.repeat(np.arange(len(texts), dtype=np.int64), lengths) * len(vocab) + term_ids, return_counts=True
    )
    bounds = np.searchsorted(keys, np.arange(1, len(texts), dtype=np.int64) * len(vocab))
    terms = (keys % len(vocab)).astype(np.int32)
    tfs = tf.astype(np.float32)
    docs = list(zip(np.split(terms, bounds), np.split(tfs, bounds), strict=True))
    return docs, lengths


class KeywordIndex:
    """BM25 over a list of chunks. `updated` returns a new index with some chunks removed and others added,
    sharing this one's arrays; an index is never changed after it is made, so searches in other threads
    may go on reading the previous one."""

    def __init__(self, ids: Sequence[str], texts: Sequence[str], metadatas: Sequence[dict[str, Any]]) -> None:
        self._vocab: dict[str, int] = {}
        docs, lengths = _counts(texts, self._vocab)
        self._init(list(ids), list(metadatas), docs, lengths)

    def _init(
        self,
        ids: list[str | None],
        metas: list[dict[str, Any]],
        docs: list[tuple[np.ndarray, np.ndarray]],
        lengths: np.ndarray,
    ) -> None:
        """Everything in one main segment: slots are the chunks in order, none removed."""
        self.ids = ids  # per slot; None where a chunk was removed
        self.metadatas = metas
        self._docs = docs  # per slot: (term ids, frequencies); kept to update df and to merge
        self._lengths = lengths
        self._alive = np.ones(len(docs), dtype=bool)
        self._df = np.bincount(
            np.concatenate([d[0] for d in docs]) if docs else np.zeros(0, np.int32),
            minlength=len(self._vocab),
        ).astype(np.int64)
        self._main = _Segment.of(docs, 0, len(self._vocab))
        self._extra = _Segment.of([], len(docs), len(self._vocab))
        self._main_size = len(docs)
        self._live = len(docs)
        self._total_length = int(self._lengths.sum())
        self._slot = {cid: i for i, cid in enumerate(ids) if cid is not None}
        # A ticket searches one text several ways (filters): score it once per index.
        self._scores: dict[str, np.ndarray | None] = {}

    def __len__(self) -> int:
        return self._live

    def updated(
        self,
        removed: Iterable[str],
        ids: Sequence[str],
        texts: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
    ) -> KeywordIndex:
        """A new index without the chunks `removed` and with the chunks `ids` added (an id already here is
        replaced). Costs the changed chunks, plus now and then a merge of everything (see MERGE_SHARE)."""
        new = object.__new__(KeywordIndex)
        new._vocab = dict(self._vocab)
        gone = sorted({self._slot[c] for c in [*removed, *ids] if c in self._slot})
        added, added_lengths = _counts(texts, new._vocab)
        alive = self._alive.copy()
        alive[gone] = False
        df = np.zeros(len(new._vocab), dtype=np.int64)
        df[: len(self._df)] = self._df
        for slot in gone:
            df[self._docs[slot][0]] -= 1
        for terms, _ in added:
            df[terms] += 1
        slot_ids: list[str | None] = list(self.ids)
        for slot in gone:
            slot_ids[slot] = None
        slot_ids += list(ids)
        metas = self.metadatas + list(metadatas)
        docs = self._docs + added
        lengths = np.concatenate([self._lengths, added_lengths])
        removed_total = len(alive) - int(alive.sum())
        extra_size = len(docs) - self._main_size
        if max(removed_total, extra_size) > max(MERGE_MIN, MERGE_SHARE * len(docs)):
            keep = [i for i in range(len(alive)) if alive[i]] + list(range(len(alive), len(docs)))
            new._init(
                [slot_ids[i] for i in keep], [metas[i] for i in keep], [docs[i] for i in keep], lengths[keep]
            )
            return new
        new.ids, new.metadatas, new._docs = slot_ids, metas, docs
        new._lengths = lengths
        new._alive = np.concatenate([alive, np.ones(len(added), dtype=bool)])
        new._df = df
        new._main, new._main_size = self._main, self._main_size
        new._extra = _Segment.of(docs[self._main_size :], self._main_size, len(new._vocab))
        new._live = self._live - len(gone) + len(added)
        new._total_length = self._total_length - int(self._lengths[gone].sum()) + int(added_lengths.sum())
        new._slot = {cid: i for i, cid in enumerate(slot_ids) if cid is not None}
        new._scores = {}
        return new

    def mask(self, keep: Callable[[dict[str, Any]], bool]) -> np.ndarray:
        """Which slots hold a chunk `keep` accepts, in slot order (for `search`)."""
        accepted = np.fromiter((keep(m) for m in self.metadatas), dtype=bool, count=len(self.metadatas))
        return accepted & self._alive

    def search(self, query: str, n: int, mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        """(chunk id, BM25 score), best first; only chunks with a positive score (and in `mask`)."""
        found = self._scores.get(query, _UNSCORED)  # one lookup: other threads may add or clear meanwhile
        if isinstance(found, _Unscored):
            scores = self._score(query)
            if len(self._scores) >= SCORE_CACHE:
                self._scores.clear()
            self._scores[query] = scores
        else:
            scores = found
        if scores is None:
            return []
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        positive = np.flatnonzero(scores > 0)  # in slot order, so ties keep it (a stable sort)
        top = positive[np.argsort(-scores[positive], kind="stable")[:n]]
        return [(str(self.ids[i]), float(scores[i])) for i in top]

    def _score(self, query: str) -> np.ndarray | None:
        """BM25 of every slot for `query` (0 for removed ones); None when no word of it is indexed."""
        terms = [self._vocab[t] for t in tokenize(query) if t in self._vocab]
        terms = [t for t in terms if self._df[t] > 0]
        if not terms or not self._live:
            return None
        average = np.float64(self._total_length) / self._live
        scores = np.zeros(len(self._alive), dtype=np.float32)
        for term in terms:  # repeated words count again, as in bm25s
            df = int(self._df[term])
            idf = np.float32(math.log(1 + (self._live - df + 0.5) / (df + 0.5)))
            for segment in (self._main, self._extra):
                slots, tf = segment.postings(term)
                norm = K1 * ((1 - B) + B * self._lengths[slots] / average)
                scores[slots] += (idf * (tf / (norm + tf))).astype(np.float32)
        scores[~self._alive] = 0
        return scores.astype(np.float64)
