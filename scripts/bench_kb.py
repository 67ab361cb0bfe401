"""Knowledge-base benchmark: prints figures, asserts nothing.

    python scripts/bench_kb.py [--sizes 1000,10000,100000] [--queries 200] [--product DIR]
                               [--embed-pool N] [--out FILE.json]

1. Ingest throughput (chunks/s) of the product's knowledge base into a fresh embedded store (both
   vector spaces).
2. Embedding throughput of `--embed-sample` synthetic chunks in each space alone and in both at once (as
   ingest does).
3. Retrieval hit@3 and MRR of the product's labelled tickets (`expected.kb_ids`), subject + body as query.
4. At each corpus size (the product's chunks plus synthetic chunks built from its vocabulary): growing to
   it (embedding, store writes), the first search after that bulk change (every chunk read and indexed,
   as in a new process: `keyword_build_s`), the first search after one article is edited and ingested
   again (`keyword_index_s`), and query latency p50/p95 (query embedding + dense + keyword + fusion).

Embedding is the slow part. `--embed-pool N` embeds only N synthetic texts for real (both spaces) and
gives the other chunks a pooled vector with a little noise (their texts stay distinct, so the keyword index
is real): the store and query figures at 100,000 chunks then take minutes, and the full ingest time is
extrapolated from the measured rates (both spaces embedded at once, plus the store writes).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cs_agents.settings import Settings  # noqa: E402
from knowledge_base.ingest import ingest_folder  # noqa: E402
from knowledge_base.search import KnowledgeBase  # noqa: E402
from knowledge_base.store import KBStore  # noqa: E402

SAMPLE = ROOT / "cs_agents" / "sample_product"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def labelled_tickets(product: Path) -> list[dict]:
    path = product / "tickets.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if (r.get("expected") or {}).get("kb_ids")]


def retrieval_quality(kb: KnowledgeBase, tickets: list[dict]) -> tuple[float, float, int]:
    hits = 0
    reciprocal = 0.0
    for t in tickets:
        query = f"{t.get('subject') or ''}\n{t['body']}".strip()
        ranked = [h.id for h in kb.search(query, k=10).hits]
        wanted = set(t["expected"]["kb_ids"])
        if wanted & set(ranked[:3]):
            hits += 1
        rank = next((i for i, doc in enumerate(ranked, 1) if doc in wanted), None)
        reciprocal += 1 / rank if rank else 0.0
    n = len(tickets)
    return (hits / n if n else 0.0), (reciprocal / n if n else 0.0), n


def synthetic_texts(store: KBStore, count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    words = sorted({w for c in store.all_chunks() for w in c.text.split() if w.isalpha() and len(w) > 3})
    return [" ".join(rng.choice(words) for _ in range(rng.randint(40, 90))) for _ in range(count)]


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def embedding_rates(store: KBStore, texts: list[str]) -> dict[str, float]:
    """Chunks/s of each space alone and of both at once (`KBStore.embed_both`, what ingest runs)."""
    rates = {
        "english": len(texts) / timed(lambda: store.embed(texts)),
        "multilingual": len(texts) / timed(lambda: store.embed(texts, "multilingual")),
        "both": len(texts) / timed(lambda: store.embed_both(texts)),
    }
    for name, rate in rates.items():
        print(f"  embedding, {name}: {rate:.1f} chunks/s")
    return rates


def edit_one_article(folder: Path, round_no: int) -> None:
    """Append a sentence to the first article (what a writer's edit looks like to ingest)."""
    path = sorted(folder.rglob("*.md"))[0]
    path.write_text(path.read_text(encoding="utf-8") + f"\n\nEdited for the benchmark, round {round_no}.\n")


def query_latency(kb: KnowledgeBase, queries: list[str]) -> tuple[float, float]:
    times = []
    for q in queries:
        # KnowledgeBase caches query embeddings and the queries repeat: the figure is for a new question.
        kb._embeddings.clear()
        start = time.perf_counter()
        kb.search(q, k=5)
        times.append((time.perf_counter() - start) * 1000)
    return percentile(times, 0.5), percentile(times, 0.95)


def noisy(vectors: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    out = vectors + rng.normal(0, 0.02, vectors.shape).astype(vectors.dtype)
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", default="1000,10000", help="corpus sizes in chunks for the latency test, e.g. 1000,100000"
    )
    parser.add_argument(
        "--embed-pool",
        type=int,
        default=0,
        help="embed only this many synthetic chunks for real and reuse their vectors (0: embed all)",
    )
    parser.add_argument("--out", type=Path, help="write the size figures as JSON here")
    parser.add_argument(
        "--embed-sample", type=int, default=512, help="synthetic chunks embedded to measure throughput"
    )
    parser.add_argument("--queries", type=int, default=200, help="queries per latency measurement")
    parser.add_argument(
        "--product", type=Path, default=SAMPLE, help="product data folder (kb/ and tickets.jsonl)"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp) / "data")
        kb_folder = Path(tmp) / "kb"  # a copy: one article is edited at each size
        shutil.copytree(args.product / "kb", kb_folder)
        store = KBStore(settings)
        store.embed_both(["load the models before timing"])
        start = time.perf_counter()
        report = ingest_folder(store, kb_folder, settings.kb_chunk_words, settings.kb_max_file_bytes)
        seconds = time.perf_counter() - start
        print(
            f"ingest: {len(report.added)} articles, {report.chunks_written} chunks in {seconds:.1f} s "
            f"= {report.chunks_written / seconds:.1f} chunks/s"
        )

        rates = embedding_rates(store, synthetic_texts(store, args.embed_sample, seed=11))
        kb = KnowledgeBase(settings, store)
        tickets = labelled_tickets(args.product)
        hit3, mrr, n = retrieval_quality(kb, tickets)
        print(f"retrieval on {n} labelled tickets: hit@3 {hit3:.3f}, MRR {mrr:.3f}")
        answerable = [t for t in tickets if t["expected"].get("resolution") == "answer"]
        hit3, mrr, n = retrieval_quality(kb, answerable)
        print(f"  of which {n} answered from the knowledge base: hit@3 {hit3:.3f}, MRR {mrr:.3f}")

        queries = [f"{t.get('subject') or ''} {t['body']}"[:500] for t in tickets] or [
            "how do I reset my password"
        ]
        queries = [queries[i % len(queries)] for i in range(args.queries)]
        figures: dict[str, object] = {
            "ingest_sample_s": round(seconds, 2),
            "ingest_sample_chunks_per_s": round(report.chunks_written / seconds, 1),
            "embed_chunks_per_s": {name: round(rate, 1) for name, rate in rates.items()},
            "sizes": [],
        }
        rate = rates["both"]  # chunks/s of an ingest's embedding
        for round_no, size in enumerate(sorted(int(s) for s in args.sizes.split(","))):
            missing = size - store.count()
            embed_s = write_s = 0.0
            embedded = 0
            if missing > 0:
                texts = synthetic_texts(store, missing)
                pool = None
                if args.embed_pool and missing > args.embed_pool:
                    start = time.perf_counter()
                    pool = store.embed_both(texts[: args.embed_pool])
                    embed_s += time.perf_counter() - start
                    embedded += len(pool[0])
                rng = np.random.default_rng(size)
                for offset in range(0, len(texts), 256):
                    part = texts[offset : offset + 256]
                    start = time.perf_counter()
                    if pool is None:
                        vectors = store.embed_both(part)
                        embedded += len(part)
                    else:  # pooled vectors plus noise, renormalised: near neighbours, not duplicates
                        rows = (np.arange(len(part)) + offset) % len(pool[0])
                        vectors = tuple(noisy(space[rows], rng) for space in pool)
                    middle = time.perf_counter()
                    if pool is None:
                        embed_s += middle - start
                    ids = [f"synthetic-{size}-{offset + i}" for i in range(len(part))]
                    metas = [
                        {
                            "doc_id": f"synthetic-{size}-{(offset + i) // 8}",
                            "index": (offset + i) % 8,
                            "title": "synthetic",
                            "section": "",
                            "type": "article",
                            "path": "",
                            "origin": "bench",
                            "content_hash": "",
                        }
                        for i in range(len(part))
                    ]
                    store.add(ids, part, vectors[0], metas, multilingual=vectors[1])
                    write_s += time.perf_counter() - middle
                store.bump_revision()
                note = f" ({embedded} embedded for real, the rest pooled)" if pool is not None else ""
                print(
                    f"  added {missing} synthetic chunks{note}: embedding {embed_s:.1f} s "
                    f"({embedded / embed_s if embed_s else 0:.1f} chunks/s), store writes {write_s:.1f} s "
                    f"({missing / write_s if write_s else 0:.0f} chunks/s)"
                )
            grown_s = timed(lambda: kb.search("the first search after the synthetic chunks", k=5))
            # A new process (its own store client) reads and indexes every chunk on its first search.
            build_s = timed(lambda: KnowledgeBase(settings, KBStore(settings)).search("a new process", k=5))
            edit_one_article(kb_folder, round_no)
            edit_ingest_s = timed(
                lambda: ingest_folder(store, kb_folder, settings.kb_chunk_words, settings.kb_max_file_bytes)
            )
            index_s = timed(lambda: kb.search("the first search after an article edit", k=5))
            p50, p95 = query_latency(kb, queries)
            count = store.count()
            full = count / rate + write_s * count / missing if missing > 0 else None
            print(
                f"at {count} chunks: query p50 {p50:.1f} ms, p95 {p95:.1f} ms; first search after growing "
                f"{grown_s:.2f} s; a new process's first search (reads and indexes every chunk) "
                f"{build_s:.2f} s; one article edited: ingest {edit_ingest_s:.2f} s, first search after it "
                f"{index_s:.2f} s"
                + (
                    f"; full ingest of {count} chunks ≈ {full / 60:.1f} min at the measured rates"
                    if full
                    else ""
                )
            )
            sizes = figures["sizes"]
            assert isinstance(sizes, list)
            sizes.append(
                {
                    "chunks": count,
                    "added": max(missing, 0),
                    "embedded": embedded,
                    "embed_s": round(embed_s, 2),
                    "write_s": round(write_s, 2),
                    "first_search_after_growth_s": round(grown_s, 2),
                    "keyword_build_s": round(build_s, 2),
                    "edit_ingest_s": round(edit_ingest_s, 2),
                    "keyword_index_s": round(index_s, 2),
                    "query_p50_ms": round(p50, 1),
                    "query_p95_ms": round(p95, 1),
                    "full_ingest_estimate_s": round(full, 1) if full else None,
                }
            )
        if args.out:
            args.out.write_text(json.dumps(figures, indent=2) + "\n")
            print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
