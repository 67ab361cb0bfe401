"""Keyword retrieval with BM25 (bm25s) over the same chunks the dense index holds."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import bm25s
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


class _Unscored:
    """Marks a query not scored yet (None means scored, and no word of it is indexed)."""


_UNSCORED = _Unscored()


def tokenize(text: str) -> list[str]:
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    return _stemmer.stemWords([w for w in words if w not in STOPWORDS])


class KeywordIndex:
    """BM25 over a fixed list of chunks; rebuilt (in well under a second per 10k chunks) when they change."""

    def __init__(self, ids: Sequence[str], texts: Sequence[str], metadatas: Sequence[dict[str, Any]]) -> None:
        self.ids = list(ids)
        self.metadatas = list(metadatas)
        # A ticket searches one text several ways (filters): score it once. The index is rebuilt when
        # the chunks change, and this cache with it.
        self._scores: dict[str, np.ndarray | None] = {}
        self._bm25: bm25s.BM25 | None = None
        if self.ids:
            self._bm25 = bm25s.BM25()
            # An empty token list would break the sparse matrix: keep a neutral token instead.
            self._bm25.index([tokenize(t) or ["_"] for t in texts], show_progress=False)

    def mask(self, keep: Callable[[dict[str, Any]], bool]) -> np.ndarray:
        """Which chunks `keep` accepts, in index order (for `search`)."""
        return np.fromiter((keep(m) for m in self.metadatas), dtype=bool, count=len(self.ids))

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
        top = np.argsort(-scores, kind="stable")[:n]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def _score(self, query: str) -> np.ndarray | None:
        """BM25 of every chunk for `query`; None when no word of it is in the index."""
        if self._bm25 is None:
            return None
        tokens = [t for t in tokenize(query) if t in self._bm25.vocab_dict]
        if not tokens:
            return None
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float64)
