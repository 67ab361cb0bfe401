"""`cs-agents ask` and `cs-agents eval tickets` end to end through the CLI."""

import json
import shutil

from typer.testing import CliRunner

from cs_agents.cli import app

TICKETS = [
    {
        "id": "E-1",
        "account_id": None,
        "channel": "chat",
        "subject": "",
        "body": "I forgot my password and cannot sign in",
        "created_at": "2026-11-01T09:30:00Z",
        "expected": {
            "category": "account_access",
            "resolution": "answer",
            "kb_ids": ["reset-password"],
            "must_mention": ["reset link"],
        },
    },
    {
        "id": "E-2",
        "account_id": None,
        "channel": "email",
        "subject": "Refund",
        "body": "You charged us twice. Refund the second payment.",
        "created_at": "2026-11-01T09:30:00Z",
        "expected": {
            "category": "billing",
            "resolution": "escalate",
            "kb_ids": ["policy-refunds"],
            "must_not_mention": ["refund has been approved"],
        },
    },
    {"id": "E-3", "account_id": None, "channel": "email", "subject": "", "body": "no expectations here"},
]


def invoke(*args):
    return CliRunner().invoke(app, list(args))


def test_ask_prints_json_with_the_contract_fields(tmp_path, kb_folder):
    data = str(tmp_path / "data")
    assert invoke("--data-dir", data, "kb", "ingest", str(kb_folder)).exit_code == 0
    result = invoke("--data-dir", data, "ask", "I forgot my password, how do I reset it?", "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert {"category", "priority", "resolution", "reply", "citations", "produced_by", "latency_ms"} <= set(
        out
    )
    assert out["resolution"] == "answer"
    assert out["citations"][0] == "reset-password"
    assert out["produced_by"] == "offline"
    refund = json.loads(
        invoke("--data-dir", data, "ask", "You charged me twice, refund me now", "--json").stdout
    )
    assert refund["resolution"] == "escalate"
    assert refund["handoff"]["summary"]
    assert invoke("--data-dir", data, "ask", "   ").exit_code == 2


def test_eval_tickets_on_a_folder_writes_reports_and_gates(tmp_path, kb_folder):
    folder = tmp_path / "product"
    shutil.copytree(kb_folder, folder / "kb")
    lines = [json.dumps(t) for t in TICKETS] + ["{not json"]
    (folder / "tickets.jsonl").write_text("\n".join(lines) + "\n")
    out_dir = tmp_path / "out"
    thresholds = tmp_path / "thresholds.yaml"
    thresholds.write_text("resolution_accuracy: {min: 0.5}\nerrors: {max: 0}\n")
    result = invoke(
        "--data-dir",
        str(tmp_path / "unused"),
        "eval",
        "tickets",
        str(folder),
        "--out",
        str(out_dir),
        "--thresholds",
        str(thresholds),
        "--gate",
    )
    assert result.exit_code == 0, result.output
    report = json.loads((out_dir / "report.json").read_text())
    assert report["n"] == 2 and report["mode"] == "offline"
    assert report["metrics"]["resolution_accuracy"] == 1.0
    assert report["metrics"]["retrieval_hit_at_3"] == 1.0
    assert report["metrics"]["must_not_mention_violations"] == 0
    assert [c["ticket_id"] for c in report["cases"]] == ["E-1", "E-2"]
    assert report["dataset"]["rejected"][0]["line"] == 4
    assert (out_dir / "report.md").read_text().startswith("#")
    assert not (tmp_path / "unused").exists()  # a folder is evaluated in its own temporary data directory

    thresholds.write_text("resolution_accuracy: {min: 1.01}\n")
    failing = invoke(
        "eval", "tickets", str(folder), "--out", str(out_dir), "--thresholds", str(thresholds), "--gate"
    )
    assert failing.exit_code == 1
    assert "resolution_accuracy" in failing.output


def test_eval_reports_a_missing_source(tmp_path):
    result = invoke("eval", "tickets", str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 2
    assert "not found" in result.output


def test_eval_tickets_with_trials_reports_pass_hat_k(tmp_path, kb_folder):
    folder = tmp_path / "product"
    shutil.copytree(kb_folder, folder / "kb")
    (folder / "tickets.jsonl").write_text("\n".join(json.dumps(t) for t in TICKETS) + "\n")
    out_dir = tmp_path / "out"
    result = invoke("eval", "tickets", str(folder), "--out", str(out_dir), "--trials", "2")
    assert result.exit_code == 0, result.output
    assert "pass^k" in result.output and "4/4" in result.output  # one progress bar over both trials
    trials = json.loads((out_dir / "trials.json").read_text())
    # Offline the flow is deterministic: what passes once passes every time.
    assert (trials["trials"], trials["tickets"], trials["mode"]) == (2, 2, "offline")
    assert trials["pass_hat_k"] == {"1": 1.0, "2": 1.0}
    e1 = trials["per_ticket"][0]
    assert (e1["ticket_id"], e1["passes"], e1["trials"], e1["produced_by"]) == ("E-1", 2, 2, {"offline": 2})
    assert e1["mean_model_calls"] == 0 and e1["mean_latency_ms"] > 0
    assert json.loads((out_dir / "report.json").read_text())["n"] == 2  # the report reads one trial
