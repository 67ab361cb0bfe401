"""The README's per-product evaluation table, from the reports `cs-agents eval tickets` wrote.

    python scripts/product_table.py reports/tickets/sample_product reports/tickets/devapi ...

Each argument is an `--out` folder of `cs-agents eval tickets` (its report.json). Columns: the gated metrics
over all tickets, then category, resolution and hit@3 for English and for the other languages (the
language of a ticket is the offline detector's reading of its text), then the spread (highest minus
lowest) over the products. When the report came from `--history`, its without/with figures are shown too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from agents.language import detect_language

METRICS = (
    ("category_accuracy", "category"),
    ("priority_accuracy", "priority"),
    ("resolution_accuracy", "resolution"),
    ("escalation_recall", "esc. recall"),
    ("escalation_precision", "esc. precision"),
    ("retrieval_hit_at_3", "hit@3"),
    ("must_mention_rate", "must-mention"),
    ("latency_ms_p95", "p95 ms"),
)


def _tickets(report: dict[str, Any]) -> dict[str, str]:
    path = Path(report["dataset"]["path"])
    texts: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            texts[row["id"]] = "\n".join(p for p in (row.get("subject") or "", row["body"]) if p.strip())
    return texts


def _rate(cases: list[dict[str, Any]], check: str) -> float | None:
    values = [c["checks"][check] for c in cases if c["checks"].get(check) is not None]
    return sum(values) / len(values) if values else None


def _fmt(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def main(folders: list[str]) -> None:
    rows = []
    for folder in folders:
        report = json.loads((Path(folder) / "report.json").read_text(encoding="utf-8"))
        texts = _tickets(report)
        english = [c for c in report["cases"] if detect_language(texts.get(c["ticket_id"], "")) == "en"]
        other = [c for c in report["cases"] if c not in english]
        rows.append((Path(folder).name, report, english, other))
    header = ["product", "tickets", *(label for _, label in METRICS)]
    header += ["category en / other", "resolution en / other", "hit@3 en / other"]
    print("| " + " | ".join(header) + " |")
    print("|" + " --- |" * len(header))
    for name, report, english, other in rows:
        m = report["metrics"]
        cells = [name, str(report["n"])]
        cells += [_fmt(m.get(key), 0 if key.startswith("latency") else 3) for key, _ in METRICS]
        for check in ("category", "resolution", "retrieval_hit"):
            cells.append(f"{_fmt(_rate(english, check))} / {_fmt(_rate(other, check))} ({len(other)})")
        print("| " + " | ".join(cells) + " |")
    spread = ["spread", ""]
    for key, _ in METRICS:
        values = [r[1]["metrics"].get(key) for r in rows if r[1]["metrics"].get(key) is not None]
        spread.append(
            _fmt(max(values) - min(values), 0 if key.startswith("latency") else 3) if values else "—"
        )
    print("| " + " | ".join([*spread, "", "", ""]) + " |")
    for name, report, _, _ in rows:
        history = report["dataset"].get("history")
        if history:
            before, after = history["without_history"], history["with_history"]
            print(
                f"\n{name}: {history['history_tickets']} labelled history tickets, "
                f"{history['evaluated']} scored: "
                + ", ".join(
                    f"{label} {_fmt(before.get(key), 3)} -> {_fmt(after.get(key), 3)}"
                    for key, label in METRICS[:4]
                )
            )


if __name__ == "__main__":
    main(sys.argv[1:])
