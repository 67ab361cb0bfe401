"""`evals/lifecycle.py` and `cs-agents eval lifecycle`: expectations, metrics, reports, the gate."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from agents.observability import AccountHealth, Signal
from cs_agents.commands.evals_lifecycle import lifecycle
from evals.lifecycle import LifecycleExpectation, evaluate_lifecycle, load_records, read_expectations, score
from tests.conftest import SAMPLE_PRODUCT

D = date(2026, 11, 15)
ACCOUNTS = [
    {"id": "acc_1", "name": "One", "plan": "pro", "seats": 10, "signup_date": "2026-01-01"},
    {"id": "acc_2", "name": "Two", "plan": "starter", "seats": 4, "signup_date": "2026-11-10"},
]
EVENTS = [
    {"account_id": "acc_1", "user_id": "u1", "name": "login", "timestamp": "2026-09-01T10:00:00Z"},
    {
        "account_id": "acc_2",
        "user_id": "u1",
        "name": "profile_completed",
        "timestamp": "2026-11-12T10:00:00Z",
    },
    {"account_id": "acc_2", "user_id": "u1", "name": "key_action", "timestamp": "2026-11-12T11:00:00Z"},
    {
        "account_id": "acc_2",
        "user_id": "u2",
        "name": "feature_used",
        "timestamp": "2026-11-13T10:00:00Z",
        "properties": {"feature": "dashboard"},
    },
    {"account_id": "acc_9", "user_id": "u1", "name": "login", "timestamp": "2026-11-13T10:00:00Z"},
]
# acc_1: dormant since September (high: dormant, missed_milestone, low_adoption, low_engagement)
# acc_2: tier 1 on day 5, 2 of 4 seats active, no signal; seats <= 5 with 1 key action = top quartile
GOOD = [
    {
        "account_id": "acc_1",
        "as_of": "2026-11-15",
        "activation_tier": 0,
        "risk_tier": "high",
        "signals": ["dormant", "low_adoption", "low_engagement", "missed_milestone"],
        "growth_signals": [],
        "play": "intervention",
    },
    {
        "account_id": "acc_2",
        "as_of": "2026-11-15",
        "activation_tier": 1,
        "risk_tier": "low",
        "signals": [],
        "growth_signals": ["product_qualified"],
        "play": "expansion",
    },
]


def jsonl(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r) + "\n" for r in rows)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "product"
    root.mkdir()
    (root / "features.yaml").write_text("basic: [dashboard]\ncore: [reports]\nadvanced: [api_access]\n")
    (root / "accounts.jsonl").write_text(jsonl(ACCOUNTS))
    (root / "events.jsonl").write_text(jsonl(EVENTS))
    (root / "tickets.jsonl").write_text(
        jsonl([{"id": "T-1", "account_id": "acc_1", "body": "hi", "created_at": "2026-11-01T10:00:00Z"}])
    )
    return root


def health(
    account_id: str, tier: int, risk: str, signals: list[str], growth: list[str], play: Any
) -> AccountHealth:
    return AccountHealth(
        account_id=account_id,
        as_of=D,
        activation_tier=tier,  # type: ignore[arg-type]
        risk_tier=risk,  # type: ignore[arg-type]
        health_score=50,
        signals=[Signal(name=s, severity="high", evidence={}) for s in signals],
        growth_signals=[Signal(name=s, severity="growth", evidence={}) for s in growth],
        play=play,
        milestones={},
        age_days=100,
    )


def expectation(**over: Any) -> LifecycleExpectation:
    return LifecycleExpectation.model_validate({**GOOD[0], **over})


# ---------------------------------------------------------------------------------------------------
# Reading expectations


def test_malformed_expectation_lines_are_reported_with_their_numbers(tmp_path):
    path = tmp_path / "expected.jsonl"
    lines = [
        json.dumps(GOOD[0]),
        "",
        "{not json",
        json.dumps({**GOOD[1], "signals": ["dormant", "sleepy"]}),
        json.dumps({**GOOD[1], "activation_tier": 4}),
        json.dumps({**GOOD[1], "risk_tier": "severe"}),
        json.dumps({k: v for k, v in GOOD[1].items() if k != "account_id"}),
        json.dumps({**GOOD[1], "play": "none"}),
        "[1, 2]",
    ]
    path.write_text("\n".join(lines) + "\n")
    good, bad = read_expectations(path)
    assert [line for line, _ in good] == [1, 8]
    assert good[1][1].play is None and good[1][1].gives("play")
    assert [r.line for r in bad] == [3, 4, 5, 6, 7, 9]
    assert "invalid JSON" in bad[0].reason
    assert bad[1].reason.startswith("signals.1")
    assert bad[4].reason.startswith("account_id")


def test_a_field_left_out_is_not_scored_but_a_null_play_is():
    line = LifecycleExpectation.model_validate({"account_id": "acc_1", "as_of": "2026-11-15"})
    assert not any(
        line.gives(f) for f in ("activation_tier", "risk_tier", "signals", "growth_signals", "play")
    )
    assert LifecycleExpectation.model_validate({"account_id": "a", "play": None}).gives("play")


# ---------------------------------------------------------------------------------------------------
# Metrics


def test_score_accuracies_micro_f1_and_mismatches():
    results = {
        ("acc_1", D): health("acc_1", 0, "high", ["dormant", "low_adoption"], [], "intervention"),
        ("acc_2", D): health("acc_2", 2, "low", [], ["advocate"], None),
    }
    expectations = [
        expectation(as_of=D, signals=["dormant", "missed_milestone"], growth_signals=[]),  # 1 tp, 1 fn, 1 fp
        expectation(
            account_id="acc_2",
            as_of=D,
            activation_tier=1,
            risk_tier="low",
            signals=[],
            growth_signals=["advocate"],
            play="advocacy",
        ),  # tier and play wrong; 1 tp
    ]
    metrics, denominators, mismatches = score(expectations, results)
    assert metrics == {
        "activation_tier_accuracy": 0.5,
        "risk_tier_accuracy": 1.0,
        "signal_f1": pytest.approx(2 * 2 / (2 * 2 + 1 + 1)),
        "play_accuracy": 0.5,
    }
    assert denominators["signal_f1"] == 4
    assert {(m["account_id"], m["field"]) for m in mismatches} == {
        ("acc_1", "signals"),
        ("acc_2", "activation_tier"),
        ("acc_2", "play"),
    }
    play = next(m for m in mismatches if m["field"] == "play")
    assert (play["expected"], play["got"]) == ("advocacy", None)


def test_an_account_missing_from_the_data_is_wrong_on_every_field():
    metrics, _, mismatches = score([expectation(as_of=D)], {})
    assert metrics == {
        "activation_tier_accuracy": 0.0,
        "risk_tier_accuracy": 0.0,
        "signal_f1": 0.0,
        "play_accuracy": 0.0,
    }
    assert mismatches[0]["field"] == "account"


def test_no_signal_expected_and_none_found_is_a_perfect_f1():
    results = {("acc_2", D): health("acc_2", 1, "low", [], [], None)}
    line = expectation(account_id="acc_2", as_of=D, activation_tier=1, risk_tier="low", signals=[], play=None)
    metrics, _, mismatches = score([line], results)
    assert metrics["signal_f1"] == 1.0 and metrics["play_accuracy"] == 1.0
    assert mismatches == []


# ---------------------------------------------------------------------------------------------------
# evaluate_lifecycle


def test_evaluate_a_folder_passes_and_writes_both_reports(folder, tmp_path, settings):
    expected = tmp_path / "expected.jsonl"
    expected.write_text(jsonl(GOOD))
    result = evaluate_lifecycle(folder, expected, None, settings, tmp_path / "out")
    assert result.passed, result.mismatches
    assert result.n == 2
    report = json.loads(result.report_json.read_text())
    assert report["metrics"] == {
        "activation_tier_accuracy": 1.0,
        "risk_tier_accuracy": 1.0,
        "signal_f1": 1.0,
        "play_accuracy": 1.0,
    }
    assert report["mismatches"] == [] and report["as_of"] == ["2026-11-15"]
    assert report["load_rejected"]["events.jsonl"] == [{"line": 5, "reason": "unknown account 'acc_9'"}]
    assert "# Lifecycle evaluation" in result.report_md.read_text()
    assert not (settings.data_dir / "cs_agents.db").exists()  # the user's data directory is untouched


def test_as_of_option_overrides_every_line_and_a_line_without_a_day_is_rejected(folder, tmp_path, settings):
    expected = tmp_path / "expected.jsonl"
    lines = [{**GOOD[0], "as_of": "2026-01-01"}, {k: v for k, v in GOOD[1].items() if k != "as_of"}]
    expected.write_text(jsonl(lines))
    forced = evaluate_lifecycle(folder, expected, D, settings, tmp_path / "a")
    assert forced.passed and forced.n == 2
    own = evaluate_lifecycle(folder, expected, None, settings, tmp_path / "b")
    assert [r.line for r in own.rejected] == [2]
    assert "as_of" in own.rejected[0].reason
    assert own.n == 1 and not own.passed  # on 2026-01-01 acc_1 has just signed up: nothing matches
    report = json.loads(own.report_json.read_text())
    assert report["rejected"] == [{"line": 2, "reason": "as_of: missing, and no --as-of was given"}]
    assert {m["field"] for m in report["mismatches"]} >= {"risk_tier", "signals"}
    assert "| acc_1 | 2026-01-01 | risk_tier | high | medium |" in own.report_md.read_text()


def test_evaluate_without_a_folder_scans_the_data_directory(folder, tmp_path, settings, db):
    load_records(folder, db)
    expected = tmp_path / "expected.jsonl"
    expected.write_text(jsonl(GOOD))
    result = evaluate_lifecycle(None, expected, None, settings, tmp_path / "out")
    assert result.passed


def test_evaluate_the_sample_product_against_its_expectations(tmp_path, settings):
    result = evaluate_lifecycle(
        SAMPLE_PRODUCT, SAMPLE_PRODUCT / "lifecycle_expected.jsonl", None, settings, tmp_path / "out"
    )
    assert result.n == 72
    assert result.mismatches == []
    assert result.passed


# ---------------------------------------------------------------------------------------------------
# `cs-agents eval lifecycle`


def invoke(settings: Any, *args: str) -> Any:
    app = typer.Typer()
    app.command("lifecycle")(lifecycle)

    @app.callback()
    def _root() -> None: ...

    return CliRunner().invoke(app, ["lifecycle", *args], obj=settings)


def test_cli_gate_passes_and_fails(folder, tmp_path, settings):
    good = tmp_path / "good.jsonl"
    good.write_text(jsonl(GOOD))
    out = tmp_path / "out"
    passed = invoke(settings, str(folder), "--expected", str(good), "--out", str(out), "--gate")
    assert passed.exit_code == 0, passed.output
    assert "gate passed" in passed.stdout
    assert (out / "report.json").exists() and (out / "report.md").exists()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(jsonl([GOOD[0], {**GOOD[1], "play": None}]))
    failed = invoke(settings, str(folder), "--expected", str(bad), "--out", str(out), "--gate")
    assert failed.exit_code == 1
    assert "play" in failed.output
    without_gate = invoke(settings, str(folder), "--expected", str(bad), "--out", str(out))
    assert without_gate.exit_code == 0


@pytest.mark.parametrize(
    "args",
    [
        ["--expected", "missing.jsonl"],
        ["no-such-folder", "--expected", "{expected}"],
        ["--expected", "{expected}", "--as-of", "15/11/2026"],
    ],
)
def test_cli_bad_input_exits_2(tmp_path, settings, args):
    expected = tmp_path / "expected.jsonl"
    expected.write_text(jsonl(GOOD))
    result = invoke(settings, *(a.format(expected=expected) for a in args), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "error" in result.output
