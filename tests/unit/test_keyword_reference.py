"""The keyword index ranks exactly as bm25s (the library it replaced) does on the same chunks, whether it
was built at once or updated after articles changed."""

import json
from pathlib import Path

import bm25s
import numpy as np

from knowledge_base.chunking import chunk_article
from knowledge_base.documents import read_folder
from knowledge_base.keyword import KeywordIndex, tokenize

SAMPLE = Path(__file__).resolve().parents[2] / "cs_agents" / "sample_product"


def reference(ids: list[str], texts: list[str], query: str, n: int) -> list[tuple[str, float]]:
    """What the keyword index returned when it was a bm25s index rebuilt on every change."""
    index = bm25s.BM25()
    index.index([tokenize(t) or ["_"] for t in texts], show_progress=False)
    tokens = [t for t in tokenize(query) if t in index.vocab_dict]
    if not tokens:
        return []
    scores = np.asarray(index.get_scores(tokens), dtype=np.float64)
    top = np.argsort(-scores, kind="stable")[:n]
    return [(ids[i], float(scores[i])) for i in top if scores[i] > 0]


def test_built_and_updated_indexes_rank_as_bm25s_on_the_sample():
    articles = read_folder(SAMPLE / "kb", 1_000_000).articles
    chunks = {f"{a.id}:{c.index}": c.indexed_text for a in articles for c in chunk_article(a, 180)}
    queries = [
        json.loads(line)["body"]
        for line in (SAMPLE / "tickets.jsonl").read_text(encoding="utf-8").splitlines()[:60]
    ]
    index = KeywordIndex(list(chunks), list(chunks.values()), [{} for _ in chunks])
    for query in queries:
        assert index.search(query, 50) == reference(list(chunks), list(chunks.values()), query, 50)

    # An edit: one article's chunks replaced, another article deleted, a new one added.
    first, second = articles[0].id, articles[1].id
    removed = [cid for cid in chunks if cid.startswith(f"{second}:")]
    changed = {f"{first}:0": "Reset a forgotten password from the sign-in page.", "new:0": "Payroll export"}
    updated = index.updated(removed, list(changed), list(changed.values()), [{} for _ in changed])
    for cid in removed + list(changed):
        chunks.pop(cid, None)
    chunks |= changed  # replaced and new chunks come last, as the store lists them
    for query in queries:
        assert updated.search(query, 50) == reference(list(chunks), list(chunks.values()), query, 50)
