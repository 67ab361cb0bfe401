"""report.md: the report dict (see evals/report.py) rendered for a person reading a CI artifact."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from evals.gate import fmt
from evals.metrics import ERROR_LABEL

REPLY_CHARS = 200


def render_markdown(report: Mapping[str, Any]) -> str:
    parts = [_header(report), _metrics(report), _gate(report), _per_category(report), _confusion(report)]
    parts.append(_failed_cases(report["cases"]))
    return "\n\n".join(p for p in parts if p) + "\n"


def _header(report: Mapping[str, Any]) -> str:
    lines = ["# Ticket evaluation", ""]
    lines.append(f"- mode: {report['mode']}")
    lines.append(f"- cases: {report['n']} ({report.get('failed_cases', 0)} with a failed check)")
    if "started_at" in report:
        lines.append(f"- started: {report['started_at']}")
    dataset = report.get("dataset")
    if dataset:
        lines.append(f"- dataset: `{dataset.get('path', '?')}`")
        if dataset.get("skipped_unlabelled"):
            lines.append(f"- skipped: {dataset['skipped_unlabelled']} tickets without `expected`")
        for rejection in dataset.get("rejected", []):
            lines.append(f"- rejected line {rejection['line']}: {rejection['reason']}")
    if "gate" in report:
        gate = report["gate"]
        verdict = "PASSED" if gate["passed"] else f"FAILED ({len(gate['failures'])} thresholds not met)"
        lines.append(f"- gate: **{verdict}**")
    return "\n".join(lines)


def _metrics(report: Mapping[str, Any]) -> str:
    thresholds: Mapping[str, Mapping[str, float]] = report.get("thresholds", {})
    failing = {f["metric"] for f in report.get("gate", {}).get("failures", [])}
    rows = []
    for name, value in report["metrics"].items():
        bounds = thresholds.get(name, {})
        limit = ", ".join(f"{bound} {fmt(v)}" for bound, v in bounds.items())
        status = ("FAIL" if name in failing else "ok") if bounds and "gate" in report else ""
        rows.append([name, _value(value), str(report["denominators"].get(name, "")), limit, status])
    return "## Metrics\n\n" + _table(["metric", "value", "n", "threshold", "gate"], rows)


def _gate(report: Mapping[str, Any]) -> str:
    failures = report.get("gate", {}).get("failures", [])
    if not failures:
        return ""
    return "## Gate failures\n\n" + "\n".join(f"- {f['message']}" for f in failures)


def _per_category(report: Mapping[str, Any]) -> str:
    rows = [
        [
            category,
            str(row["n"]),
            _rate(row, "category_accuracy"),
            _rate(row, "resolution_accuracy"),
            _rate(row, "retrieval_hit_at_3"),
        ]
        for category, row in report["per_category"].items()
    ]
    if not rows:
        return ""
    head = ["expected category", "n", "category accuracy", "resolution accuracy", "retrieval hit@3"]
    return "## Per category\n\n" + _table(head, rows)


def _confusion(report: Mapping[str, Any]) -> str:
    matrix: Mapping[str, Mapping[str, int]] = report["category_confusion"]
    if not matrix:
        return ""
    # the error column last, so the categories line up with the rows above it
    predicted = sorted({p for row in matrix.values() for p in row}, key=lambda p: (p == ERROR_LABEL, p))
    rows = [[want, *(str(row.get(p, "")) for p in predicted)] for want, row in matrix.items()]
    title = "## Category confusion\n\nRows: expected category; columns: predicted.\n\n"
    return title + _table(["expected \\ predicted", *predicted], rows)


def _failed_cases(cases: Iterable[Mapping[str, Any]]) -> str:
    failed = [c for c in cases if not c["passed"]]
    if not failed:
        return "## Failed cases\n\nNone."
    blocks = [f"## Failed cases ({len(failed)})"]
    for case in failed:
        lines = [f"### {case['ticket_id']}", ""]
        lines += [f"- failed: {item}" for item in case["failed"]]
        lines.append(f"- expected: {_fields(case['expected'])}")
        predicted = case["predicted"]
        if predicted is not None:
            shown = {k: predicted[k] for k in ("category", "priority", "resolution")}
            shown["cited"] = predicted["cited"][:3]
            lines.append(f"- predicted: {_fields(shown)}")
        if case["reply"] is not None:
            lines.append(f"- reply: {_excerpt(case['reply'])}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _fields(values: Mapping[str, Any] | None) -> str:
    if not values:
        return "(none)"
    return ", ".join(
        f"{k}={'[' + ', '.join(v) + ']' if isinstance(v, list) else v}" for k, v in values.items()
    )


def _excerpt(reply: str) -> str:
    flat = " ".join(reply.split())  # one line, so the list item stays one item
    short = flat[:REPLY_CHARS] + ("…" if len(flat) > REPLY_CHARS else "")
    return f"“{short}”"


def _value(value: Any) -> str:
    if value is None:
        return "n/a (no data)"
    return fmt(value)


def _rate(row: Mapping[str, Any], name: str) -> str:
    value = row.get(name)
    return "n/a" if value is None else f"{fmt(value)} ({row.get(f'{name}_n')})"


def _table(head: list[str], rows: list[list[str]]) -> str:
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    return "\n".join([line(head), "|" + "---|" * len(head), *(line(r) for r in rows)])
