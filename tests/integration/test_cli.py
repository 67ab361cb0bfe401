"""`cs-agents load` and `cs-agents kb ...` end to end, on data folders written to SPEC."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cs_agents.cli import app

ACCOUNT = '{"id": "acc_001", "name": "Brightside Dental", "plan": "pro", "seats": 10, "mrr": 490.0, "signup_date": "2026-06-01", "industry": "healthcare", "contact": {"name": "Maya Ortiz", "email": "maya@brightside.example"}}'
EVENT = '{"event_id": "e-1", "account_id": "acc_001", "user_id": "u_17", "name": "feature_used", "timestamp": "2026-11-01T09:30:00Z", "properties": {"feature": "reports"}}'
TICKET = '{"id": "T-0001", "account_id": "acc_001", "channel": "email", "subject": "Can\'t log in", "body": "Since this morning ...", "created_at": "2026-11-01T09:30:00Z", "expected": {"category": "account_access", "priority": "high", "resolution": "answer", "kb_ids": ["reset-password"], "must_mention": ["reset link"], "must_not_mention": ["refund"]}}'


@pytest.fixture
def product(tmp_path: Path, kb_folder: Path) -> Path:
    folder = tmp_path / "product"
    shutil.copytree(kb_folder, folder / "kb")
    (folder / "features.yaml").write_text("basic: [dashboard]\ncore: [reports]\nadvanced: [api_access]\n")
    (folder / "accounts.jsonl").write_text(ACCOUNT + "\n{\n")
    (folder / "events.jsonl").write_text(
        "\n".join([EVENT, EVENT, EVENT.replace("acc_001", "acc_999").replace("e-1", "e-2")]) + "\n"
    )
    (folder / "tickets.jsonl").write_text(TICKET + "\n\n" + TICKET.replace('"email"', '"fax"') + "\n")
    (folder / "kb" / "broken.md").write_bytes(b"\xff\xfe\x00")
    return folder


def run(data_dir: Path, *args: str):
    result = CliRunner().invoke(app, ["--data-dir", str(data_dir), *args])
    return result


def test_load_reports_per_file_with_line_numbers_and_is_idempotent(product, tmp_path):
    data = tmp_path / "data"
    first = run(data, "load", str(product), "--json")
    assert first.exit_code == 0, first.output
    files = {f["file"]: f for f in json.loads(first.stdout)["files"]}
    assert files["kb/"]["loaded"] == 6
    assert [r["path"] for r in files["kb/"]["rejected"]] == ["broken.md"]
    assert files["features.yaml"]["loaded"] == 3
    assert files["accounts.jsonl"]["loaded"] == 1
    assert [r["line"] for r in files["accounts.jsonl"]["rejected"]] == [2]
    assert (files["events.jsonl"]["loaded"], files["events.jsonl"]["skipped"]) == (1, 1)
    assert files["events.jsonl"]["rejected"] == [
        {"line": 3, "path": None, "reason": "unknown account 'acc_999'"}
    ]
    assert files["tickets.jsonl"]["loaded"] == 1
    assert files["tickets.jsonl"]["rejected"][0]["line"] == 3
    assert "channel" in files["tickets.jsonl"]["rejected"][0]["reason"]

    second = run(data, "load", str(product), "--json")
    again = {f["file"]: f for f in json.loads(second.stdout)["files"]}
    assert all(f["loaded"] == 0 and f["updated"] == 0 for f in again.values())
    assert again["kb/"]["unchanged"] == 6
    assert again["events.jsonl"]["skipped"] == 2


def test_load_strict_fails_on_rejections_and_missing_folder_is_clear(product, tmp_path):
    assert run(tmp_path / "d", "load", str(product), "--strict").exit_code == 1
    missing = run(tmp_path / "d", "load", str(tmp_path / "nope"))
    assert missing.exit_code == 2
    assert "not found" in missing.output
    assert run(tmp_path / "d", "load").exit_code == 2  # neither folder nor --sample


def test_kb_ingest_then_search_json(kb_folder, tmp_path):
    data = tmp_path / "data"
    ingest = run(data, "kb", "ingest", str(kb_folder), "--json")
    assert ingest.exit_code == 0, ingest.output
    assert len(json.loads(ingest.stdout)["added"]) == 6
    found = run(data, "kb", "search", "my password reset email never came", "--k", "2", "--json")
    hits = json.loads(found.stdout)
    assert len(hits) == 2
    assert hits[0]["id"] == "reset-password"
    assert {"id", "title", "section", "score"} <= set(hits[0])
    only = run(data, "kb", "search", "export", "--type", "known_issue", "--json")
    assert {h["id"] for h in json.loads(only.stdout)} <= {"ki-export-timezone", "ki-sms-delays"}
    bad = run(data, "kb", "search", "export", "--type", "faq")
    assert bad.exit_code == 2
    assert "--type must be" in bad.output


def test_installed_command_loads_a_folder_and_finds_articles(product, tmp_path):
    """The real entry point in a subprocess, as a user runs it."""
    exe = Path(sys.executable).parent / "cs-agents"
    data = tmp_path / "cli-data"
    env_cmd = [str(exe), "--data-dir", str(data)]
    loaded = subprocess.run([*env_cmd, "load", str(product)], capture_output=True, text=True, timeout=300)
    assert loaded.returncode == 0, loaded.stderr
    assert "accounts.jsonl:2 rejected: invalid JSON" in loaded.stdout
    searched = subprocess.run(
        [*env_cmd, "kb", "search", "people clock in from home, can I stop that?", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert searched.returncode == 0, searched.stderr
    assert json.loads(searched.stdout)[0]["id"] == "geofencing-clock-in"
