"""Knowledge-base benchmark: prints figures, asserts nothing.

    python scripts/bench_kb.py [--sizes 1000,10000,100000] [--queries 200] [--product DIR]
                               [--embed-pool N] [--out FILE.json]

1. Ingest throughput (chunks/s) of the product's knowledge base into a fresh embedded store.
2. Query latency p50/p95 (query embedding + dense + keyword + fusion) at each corpus size; the corpus is
   the product's chunks plus synthetic chunks built from its vocabulary, all embedded for real. Growing
   to each size is timed too: embedding, store writes, and the keyword index rebuild of the first query.
3. Retrieval hit@3 and MRR of the product's labelled tickets (`expected.kb_ids`), subject + body as query.

Embedding is the slow part (about 50 chunks/s on 2 cores: 100,000 chunks take over half an hour).
`--embed-pool N` embeds only N synthetic texts for real and gives the other chunks a pooled vector with a
little noise (their texts stay distinct, so the keyword index is real): the store and query figures at
100,000 chunks then take minutes, and the full ingest time is extrapolated from the measured embedding rate.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
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


def query_latency(kb: KnowledgeBase, queries: list[str]) -> tuple[float, float]:
    times = []
    for q in queries:
        # KnowledgeBase caches query embeddings and the queries repeat: the figure is for a new question.
        kb._embeddings.clear()
        start = time.perf_counter()
        kb.search(q, k=5)
        times.append((time.perf_counter() - start) * 1000)
    return percentile(times, 0.5), percentile(times, 0.95)


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
    parser.add_argument("--queries", type=int, default=200, help="queries per latency measurement")
    parser.add_argument(
        "--product", type=Path, default=SAMPLE, help="product data folder (kb/ and tickets.jsonl)"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        store = KBStore(settings)
        store.embed(["load the model before timing"])
        start = time.perf_counter()
        report = ingest_folder(
            store, args.product / "kb", settings.kb_chunk_words, settings.kb_max_file_bytes
        )
        seconds = time.perf_counter() - start
        print(
            f"ingest: {len(report.added)} articles, {report.chunks_written} chunks in {seconds:.1f} s "
            f"= {report.chunks_written / seconds:.1f} chunks/s"
        )

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
        figures: dict[str, object] = {"ingest_sample_s": round(seconds, 2), "sizes": []}
        rate: float | None = None  # measured embedding rate, chunks/s
        for size in sorted(int(s) for s in args.sizes.split(",")):
            missing = size - store.count()
            embed_s = write_s = 0.0
            embedded = 0
            if missing > 0:
                texts = synthetic_texts(store, missing)
                pool = None
                if args.embed_pool and missing > args.embed_pool:
                    start = time.perf_counter()
                    pool = store.embed(texts[: args.embed_pool])
                    embed_s += time.perf_counter() - start
                    embedded += len(pool)
                rng = np.random.default_rng(size)
                for offset in range(0, len(texts), 256):
                    part = texts[offset : offset + 256]
                    start = time.perf_counter()
                    if pool is None:
                        vectors = store.embed(part)
                        embedded += len(part)
                    else:  # a pooled vector plus noise, renormalised: near neighbours, not duplicates
                        picked = pool[(np.arange(len(part)) + offset) % len(pool)]
                        vectors = picked + rng.normal(0, 0.02, picked.shape).astype(picked.dtype)
                        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
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
                    store.add(ids, part, vectors, metas)
                    write_s += time.perf_counter() - middle
                store.bump_revision()
                rate = embedded / embed_s if embed_s else rate
                note = f" ({embedded} embedded for real, the rest pooled)" if pool is not None else ""
                print(
                    f"  added {missing} synthetic chunks{note}: embedding {embed_s:.1f} s "
                    f"({embedded / embed_s if embed_s else 0:.1f} chunks/s), store writes {write_s:.1f} s "
                    f"({missing / write_s if write_s else 0:.0f} chunks/s)"
                )
            start = time.perf_counter()
            kb.search("warm up the keyword index", k=5)  # rebuilds BM25 for the new revision
            index_s = time.perf_counter() - start
            p50, p95 = query_latency(kb, queries)
            count = store.count()
            full = count / rate + write_s * count / missing if rate and missing > 0 else None
            print(
                f"query latency at {count} chunks: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
                f"(first query, keyword index rebuild: {index_s:.1f} s)"
                + (
                    f"; full ingest of {count} chunks ≈ {full / 60:.0f} min at the measured rates"
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
