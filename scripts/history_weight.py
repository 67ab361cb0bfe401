"""How much a product's labelled history should count: the trained triage's own category and priority
accuracy (before the detectors and the knowledge base's vote) on a product's labelled tickets, after
learning from its labelled history at several weights (`classifier.HISTORY_WEIGHT`, how many shipped
examples one history ticket is worth; 0 is the shipped model).

- `shipped`: the folder's own history tickets (top-level labels) are the history, every labelled ticket is
  scored;
- `half`: as `cs-agents eval tickets --history 0.5`, half of the labelled tickets (the same split by id)
  are added to the history and the other half is scored.

Usage: python scripts/history_weight.py [--mode shipped|half] [--weights 0,5,10,20] FOLDER ...
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from agents.customer_success import classifier
from agents.customer_success.triage import TriageEngine
from cs_agents.settings import Settings
from evals.runner import load_dataset
from evals.tickets import split_history


def labelled_history(path: Path) -> list[tuple[str, str, str | None]]:
    """The folder's past tickets with their support team's labels (SPEC section 2), as triage learns them."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        (text(row), row["category"], row.get("priority"))
        for row in rows
        if "expected" not in row and row.get("category")
    ]


def text(row: dict) -> str:
    return "\n".join(p for p in (row.get("subject") or "", row["body"]) if p.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--mode", choices=("shipped", "half"), default="shipped")
    parser.add_argument("--weights", default="0,5,10,20")
    args = parser.parse_args()
    weights = [float(w) for w in args.weights.split(",")]
    engine = TriageEngine()
    cache = Settings().cache_dir
    for folder in args.folders:
        history = labelled_history(folder / "tickets.jsonl")
        scored = [t for t in load_dataset(folder).tickets if t.expected is not None and t.expected.category]
        if args.mode == "half":
            extra, scored = split_history(scored, 0.5)
            history += [
                (t.text, str(t.expected.category), t.expected.priority)
                for t in extra
                if t.expected and t.expected.category
            ]
        truth = [(t.expected.category, t.expected.priority) if t.expected else ("", None) for t in scored]
        vectors = engine.encoder.encode([t.text for t in scored])
        cells = []
        for weight in weights:
            engine.forget_labels()
            classifier.HISTORY_WEIGHT = weight
            if weight > 0:
                engine.adapt(history, cache)
            guesses = [engine.model.predict(v, t.text) for v, t in zip(vectors, scored, strict=True)]
            category = sum(g.best_category == c for g, (c, _) in zip(guesses, truth, strict=True))
            priority = sum(g.best_priority == p for g, (_, p) in zip(guesses, truth, strict=True))
            n = len(scored)
            cells.append(f"w={weight:g} category {category / n:.3f} priority {priority / n:.3f}")
        print(
            f"{folder.name} ({args.mode}: {len(history)} history, {len(scored)} scored): " + " | ".join(cells)
        )


if __name__ == "__main__":
    main()
