"""report.json (for machines and CI) and report.md (for people), both from one dict so they never disagree."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from evals.cases import CaseResult
from evals.gate import GateFailure, Threshold
from evals.metrics import CaseScore, Summary
from evals.report_md import render_markdown

REPORT_JSON = "report.json"
REPORT_MD = "report.md"


def build_report(
    results: Sequence[CaseResult],
    summary: Summary,
    *,
    mode: str,
    dataset: Mapping[str, Any] | None = None,
    started_at: datetime | None = None,
    thresholds: Mapping[str, Threshold] | None = None,
    gate: Sequence[GateFailure] | None = None,
) -> dict[str, Any]:
    """The report as plain JSON types; optional keys appear only when given."""
    report: dict[str, Any] = {"n": summary.n, "mode": mode}
    if dataset is not None:
        report["dataset"] = dict(dataset)
    if started_at is not None:
        if started_at.tzinfo is None:
            raise ValueError("started_at needs a timezone, e.g. datetime.now(UTC)")
        report["started_at"] = started_at.isoformat()
    report.update(
        {
            "metrics": summary.metrics,
            "denominators": summary.denominators,
            "per_category": summary.per_category,
            "category_confusion": summary.confusion,
            "produced_by": summary.produced_by,
            "failed_cases": sum(1 for s in summary.scores if not s.passed),
        }
    )
    if thresholds is not None:
        report["thresholds"] = {name: t.to_dict() for name, t in thresholds.items()}
    if gate is not None:
        report["gate"] = {"passed": not gate, "failures": [f.to_dict() for f in gate]}
    report["cases"] = [case_record(r, s) for r, s in zip(results, summary.scores, strict=True)]
    return report


def case_record(result: CaseResult, score: CaseScore) -> dict[str, Any]:
    outcome = result.outcome
    expected = result.ticket.expected
    return {
        "ticket_id": result.ticket.id,
        "passed": score.passed,
        "failed": list(score.failed),
        # only the labels the dataset gave, so "expected" reads like the tickets.jsonl line
        "expected": expected.model_dump(mode="json", exclude_defaults=True) if expected else None,
        "predicted": None
        if outcome is None
        else {
            "category": outcome.category,
            "priority": outcome.priority,
            "resolution": outcome.resolution,
            "cited": list(outcome.cited),
            "produced_by": outcome.produced_by,
            "model_calls": outcome.model_calls,
            "tokens": outcome.tokens,
            "latency_ms": outcome.latency_ms,
            "flags": list(outcome.flags),
            # why it went to a person, and the answerability score: what a threshold sweep needs
            "reasons": list(outcome.handoff.reasons) if outcome.handoff else [],
            "confidence": outcome.confidence,
        },
        "reply": outcome.reply if outcome else None,
        "checks": {
            "category": score.category,
            "priority": score.priority,
            "resolution": score.resolution,
            "retrieval_hit": score.retrieval_hit,
            "must_mention": score.mentions_all,
            "must_not_mention_violation": score.violation,
        },
        "error": result.error,
        "traceback": result.traceback,
        "wall_ms": round(result.wall_ms, 3),
    }


def write_report(
    out_dir: Path | str,
    results: Sequence[CaseResult],
    summary: Summary,
    *,
    mode: str,
    dataset: Mapping[str, Any] | None = None,
    started_at: datetime | None = None,
    thresholds: Mapping[str, Threshold] | None = None,
    gate: Sequence[GateFailure] | None = None,
) -> tuple[Path, Path]:
    """Write report.json and report.md into out_dir (created if needed); returns both paths."""
    report = build_report(
        results,
        summary,
        mode=mode,
        dataset=dataset,
        started_at=started_at,
        thresholds=thresholds,
        gate=gate,
    )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out / REPORT_JSON, out / REPORT_MD
    # allow_nan=False: a NaN would make the file unreadable to strict JSON parsers; fail here instead.
    json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False, allow_nan=False) + "\n", "utf-8")
    md_path.write_text(render_markdown(report), encoding="utf-8")
    return json_path, md_path
