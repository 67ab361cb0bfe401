import json
from datetime import UTC, datetime

import pytest

from evals.cases import CaseResult
from evals.gate import Threshold, check
from evals.metrics import METRIC_NAMES, summarize
from evals.report import build_report, write_report
from tests.unit.test_eval_metrics import outcome, ticket

LONG_REPLY = "Sorry about that. " + "x" * 300


def results() -> list[CaseResult]:
    return [
        CaseResult(
            ticket=ticket("T-1", category="billing", kb_ids=["refunds"]),
            outcome=outcome("T-1", category="billing", citations=["refunds"], reply="ok"),
        ),
        CaseResult(
            ticket=ticket("T-2", category="outage", resolution="escalate"),
            outcome=outcome("T-2", category="bug_report", resolution="answer", reply=LONG_REPLY),
        ),
        CaseResult(ticket=ticket("T-3", category="billing"), error="RuntimeError: boom", traceback="tb"),
    ]


def test_report_files_are_written_and_parse(tmp_path):
    res = results()
    summary = summarize(res)
    thresholds = {"category_accuracy": Threshold(min=0.85), "errors": Threshold(max=0)}
    gate = check(summary.metrics, thresholds)
    started = datetime(2026, 11, 1, 9, 30, tzinfo=UTC)
    dataset = {"path": "x/tickets.jsonl", "tickets": 3, "skipped_unlabelled": 2, "rejected": []}

    json_path, md_path = write_report(
        tmp_path / "out",
        res,
        summary,
        mode="offline",
        dataset=dataset,
        started_at=started,
        thresholds=thresholds,
        gate=gate,
    )

    report = json.loads(json_path.read_text(encoding="utf-8"))
    assert report["n"] == 3
    assert report["mode"] == "offline"
    assert report["dataset"] == dataset
    assert report["started_at"] == "2026-11-01T09:30:00+00:00"
    assert list(report["metrics"]) == list(METRIC_NAMES)
    assert report["metrics"]["category_accuracy"] == pytest.approx(1 / 3)
    assert report["denominators"]["category_accuracy"] == 3
    assert report["thresholds"] == {"category_accuracy": {"min": 0.85}, "errors": {"max": 0}}
    assert report["gate"]["passed"] is False
    assert [f["metric"] for f in report["gate"]["failures"]] == ["category_accuracy", "errors"]
    assert report["category_confusion"]["outage"] == {"bug_report": 1}
    assert report["failed_cases"] == 2
    assert [c["ticket_id"] for c in report["cases"]] == ["T-1", "T-2", "T-3"]
    first, second, third = report["cases"]
    assert first["passed"] is True
    assert first["expected"] == {"category": "billing", "kb_ids": ["refunds"]}
    assert first["predicted"]["cited"] == ["refunds"]
    assert second["failed"] == [
        "category: expected outage, got bug_report",
        "resolution: expected escalate, got answer",
    ]
    assert third["predicted"] is None
    assert third["error"] == "RuntimeError: boom"

    md = md_path.read_text(encoding="utf-8")
    assert "gate: **FAILED (2 thresholds not met)**" in md
    assert "| category_accuracy | 0.3333 | 3 | min 0.85 | FAIL |" in md
    assert "| billing | 2 | 0.5 (2) |" in md
    assert "### T-1\n" not in md  # passed cases are not listed
    assert "### T-2" in md
    assert "- failed: resolution: expected escalate, got answer" in md
    assert "- expected: category=outage, resolution=escalate" in md
    assert "- predicted: category=bug_report, priority=low, resolution=answer, cited=[]" in md
    assert f"- reply: “{LONG_REPLY[:200]}…”" in md
    assert LONG_REPLY[:201] not in md
    assert "- failed: error: RuntimeError: boom" in md


def test_optional_keys_appear_only_when_given():
    res = results()
    report = build_report(res, summarize(res), mode="llm")
    assert set(report) >= {"n", "mode", "metrics", "cases"}
    assert not set(report) & {"dataset", "started_at", "thresholds", "gate"}
    json.dumps(report, allow_nan=False)  # plain JSON types only


def test_a_passing_gate_and_no_data_render_plainly(tmp_path):
    res = [CaseResult(ticket=ticket("T-1", category="how_to"), outcome=outcome("T-1"))]
    summary = summarize(res)
    _, md_path = write_report(tmp_path, res, summary, mode="offline", gate=[])
    md = md_path.read_text(encoding="utf-8")
    assert "gate: **PASSED**" in md
    assert "| retrieval_hit_at_3 | n/a (no data) | 0 |" in md
    assert "## Failed cases\n\nNone." in md


def test_started_at_needs_a_timezone():
    res = results()
    with pytest.raises(ValueError, match="timezone"):
        build_report(res, summarize(res), mode="offline", started_at=datetime(2026, 11, 1))  # noqa: DTZ001
