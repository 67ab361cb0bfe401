"""Bad files for every loader and every CLI command that reads one: each problem is reported naming the
file (and line), the good records around it load, nothing half-stored, and never a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from cs_agents.cli import app
from cs_agents.db import get_database
from cs_agents.jsonl import read_jsonl
from cs_agents.models import Account
from cs_agents.records import Rejection
from cs_agents.settings import Settings
from tests.api.conftest import ADMIN
from tests.security.conftest import row_counts

CLI = CliRunner()
GOOD = {
    "id": "acc_ok",
    "name": "Okay Corp",
    "plan": "pro",
    "seats": 3,
    "mrr": 10.0,
    "signup_date": "2026-01-01",
    "contact": {"name": "Ann Ok", "email": "ann@ok.example"},
}


def cli(*args: str) -> Any:
    result = CLI.invoke(app, list(args))
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


# Each bad line, and the words its rejection must use.
BAD_LINES: dict[str, tuple[bytes, str]] = {
    "malformed-json": (b'{"id": "x", "name": ', "invalid JSON"),
    "not-an-object": (b"[1, 2, 3]", "expected a JSON object"),
    "invalid-utf8": (b'{"id": "caf\xe9"}', "not valid UTF-8"),
    "binary": (bytes(range(1, 10)) + b"\xff\xfe\x00\x01", "not valid UTF-8"),
    "nul-escape": (json.dumps(GOOD | {"id": "acc_nul", "name": "Nul\u0000Corp"}).encode(), "NUL"),
    "lone-surrogate": (json.dumps(GOOD | {"id": "acc_sur", "industry": "x\ud800"}).encode(), "surrogate"),
    "wrong-field": (json.dumps(GOOD | {"id": "acc_seats", "seats": 0}).encode(), "seats"),
    "huge-line": (
        json.dumps(GOOD | {"id": "acc_big", "name": "x" * 2_000_000, "plan": "nope"}).encode(),
        "plan",
    ),
    "deeply-nested": (
        b'{"id": "acc_deep", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "nested too deeply",
    ),
}


@pytest.mark.parametrize("kind", list(BAD_LINES))
def test_read_jsonl_reports_each_bad_line_and_keeps_the_rest(tmp_path: Path, kind: str) -> None:
    raw, words = BAD_LINES[kind]
    path = tmp_path / "accounts.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf"
        + json.dumps(GOOD).encode()
        + b"\n\n"
        + raw
        + b"\n"
        + json.dumps(GOOD | {"id": "acc_ok2"}).encode()
        + b"\n"
    )
    results = list(read_jsonl(path, Account))
    assert [n for n, _ in results] == [1, 3, 4]  # blank line skipped, numbers are file lines
    assert isinstance(results[0][1], Account) and isinstance(results[2][1], Account)
    rejection = results[1][1]
    assert isinstance(rejection, Rejection), rejection
    assert words.lower() in rejection.reason.lower(), rejection.reason


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "product"
    target.mkdir()
    lines = [json.dumps(GOOD).encode()] + [raw for raw, _ in BAD_LINES.values()]
    (target / "accounts.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    event = {
        "event_id": "e1",
        "account_id": "acc_ok",
        "user_id": "u1",
        "name": "login",
        "timestamp": "2026-11-01T09:00:00Z",
    }
    events = [
        json.dumps(event),
        json.dumps(event | {"event_id": "e2", "timestamp": "2026-11-01T09:00:00"}),  # no timezone
        json.dumps(event | {"event_id": "e3", "properties": {"feature": "a\u0000b"}}),
        json.dumps(event | {"event_id": "e4", "account_id": "acc_nobody"}),
        "\x00\x01\x02 binary",
    ]
    (target / "events.jsonl").write_text("\n".join(events) + "\n", encoding="utf-8")
    (target / "tickets.jsonl").write_bytes(b"")  # empty: nothing to load, not an error
    (target / "features.yaml").write_bytes(b"\x00\x01binary\xff")
    return target


def test_cli_load_reports_every_bad_line_by_file_and_number(tmp_path: Path, folder: Path) -> None:
    data = tmp_path / "data"
    result = cli("--data-dir", str(data), "load", str(folder), "--json")
    assert result.exit_code == 0, result.output
    files = {f["file"]: f for f in json.loads(result.stdout)["files"]}
    accounts = files["accounts.jsonl"]
    assert accounts["loaded"] == 1
    assert sorted(r["line"] for r in accounts["rejected"]) == list(range(2, 2 + len(BAD_LINES)))
    assert all(r["reason"] for r in accounts["rejected"])
    events = files["events.jsonl"]
    assert events["loaded"] == 1
    reasons = {r["line"]: r["reason"] for r in events["rejected"]}
    assert set(reasons) == {2, 3, 4, 5}
    assert "timezone" in reasons[2] and "NUL" in reasons[3] and "acc_nobody" in reasons[4]
    assert files["tickets.jsonl"]["loaded"] == 0 and not files["tickets.jsonl"]["rejected"]
    assert "features.yaml" in files and "previous catalog is kept" in files["features.yaml"]["error"]
    counts = row_counts(get_database(Settings(data_dir=data)))
    assert (counts["accounts"], counts["events"], counts["feature_catalog"]) == (1, 1, 0)
    # --strict turns the rejections into exit 1; the same folder again changes nothing
    again = cli("--data-dir", str(data), "load", str(folder), "--json", "--strict")
    assert again.exit_code == 1
    assert row_counts(get_database(Settings(data_dir=data))) == counts


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"basic: [a\ncore: [b]\n", "previous catalog is kept"),
        (b"- a\n- b\n", "mapping"),
        (b"basic: a\n", "list"),
        (b"basic: [a]\ncore: [a]\n", "both"),
        (b"basic: !!python/object/apply:os.system ['true']\n", "previous catalog is kept"),
        (b"\xff\xfe b\x00a\x00s\x00i\x00c\x00", "previous catalog is kept"),
    ],
    ids=["unclosed", "list", "scalar", "duplicate", "python-tag", "utf16"],
)
def test_bad_feature_catalog_keeps_the_previous_one(tmp_path: Path, content: bytes, words: str) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "features.yaml").write_text("basic: [dashboard]\n")
    data = tmp_path / "data"
    assert cli("--data-dir", str(data), "load", str(folder)).exit_code == 0
    (folder / "features.yaml").write_bytes(content)
    result = cli("--data-dir", str(data), "load", str(folder), "--json", "--strict")
    assert result.exit_code == 1
    [summary] = json.loads(result.stdout)["files"]
    assert words in summary["error"]
    assert row_counts(get_database(Settings(data_dir=data)))["feature_catalog"] == 1


def test_cli_load_missing_or_empty_folder_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    for target in (tmp_path / "nope", tmp_path / "empty"):
        result = cli("--data-dir", str(tmp_path / "d"), "load", str(target))
        assert result.exit_code == 2
        assert str(target) in result.output.replace("\n", "")


ARTICLE_FILES: dict[str, tuple[bytes, str]] = {
    "empty.md": (b"", "no text"),
    "blank.md": (b"  \n\n\t\n", "no text"),
    "binary.md": (bytes(range(256)), "UTF-8"),
    "nul.md": (b"# Title\n\nhello\x00world", "NUL"),
    "latin1.md": ("# Café\n\ncrème".encode("latin-1"), "UTF-8"),
    "unclosed.md": (b"---\nid: x\n# T\n\nbody", "never closed"),
    "malformed.md": (b"---\ntags: [a\n---\n# T\n\nbody", "malformed front matter"),
    "list-front.md": (b"---\n- a\n---\n# T\n\nbody", "mapping"),
    "bad-category.md": (b"---\ncategory: nope\n---\n# T\n\nbody", "category must be one of"),
    "bad-id.md": (b"---\nid: ../../etc/passwd\n---\n# T\n\nbody", "invalid id"),
    "huge.md": (b"# Big\n\n" + b"word " * 300_000, "limit"),
    "dup-a.md": (b"---\nid: twin\n---\n# A\n\nfirst twin", ""),
    "dup-b.md": (b"---\nid: twin\n---\n# B\n\nsecond twin", "dup-a.md"),
    "good.md": (
        ("# Unicode ok\n\nRTL \u202bمرحبا\u202c, e\u0301, 😀, 混合 scripts, " + "long" * 500).encode(),
        "",
    ),
}


def test_cli_kb_ingest_reports_each_bad_file_and_loads_the_rest(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    kb.mkdir()
    for name, (raw, _) in ARTICLE_FILES.items():
        (kb / name).write_bytes(raw)
    result = cli("--data-dir", str(tmp_path / "data"), "kb", "ingest", str(kb), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    errors = {e["path"]: e["message"] for e in report["errors"]}
    expected = {n: w for n, (_, w) in ARTICLE_FILES.items() if w}
    assert set(errors) == set(expected)
    for name, words in expected.items():
        assert words.lower() in errors[name].lower(), (name, errors[name])
    assert sorted(report["added"]) == ["good", "twin"]


def test_cli_kb_ingest_missing_folder(tmp_path: Path) -> None:
    result = cli("--data-dir", str(tmp_path / "d"), "kb", "ingest", str(tmp_path / "nope"))
    assert result.exit_code == 2 and "not found" in result.output


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "not valid JSON"),
        (b"\x00\xff\xfe", "not valid JSON"),
        (b"[1, 2]", "JSON object"),
        (b"{bad", "not valid JSON"),
    ],
    ids=["empty", "binary", "array", "malformed"],
)
def test_reviews_approve_bad_edit_file_decides_nothing(
    tmp_path: Path, sec_api: TestClient, sample_settings: Settings, content: bytes, words: str
) -> None:
    started = sec_api.post("/v1/accounts/acc_005/onboarding", json={"as_of": "2025-08-05"}, headers=ADMIN)
    assert started.status_code == 201, started.text
    review_id = started.json()["review_ids"][0]
    edit = tmp_path / "edit.json"
    edit.write_bytes(content)
    result = cli(
        "--data-dir",
        str(sample_settings.data_dir),
        "reviews",
        "approve",
        str(review_id),
        "--edit-file",
        str(edit),
    )
    assert result.exit_code == 2
    assert words in result.output and "edit.json" in result.output.replace("\n", "")
    assert sec_api.get(f"/v1/reviews/{review_id}", headers=ADMIN).json()["status"] == "pending"


def test_cli_ask_with_nothing_visible_is_a_clear_error(tmp_path: Path, sample_settings: Settings) -> None:
    result = cli("--data-dir", str(sample_settings.data_dir), "ask", "\u200b\u200f\u0007")
    assert result.exit_code == 2 and "no visible text" in result.output


@pytest.mark.parametrize(
    "content",
    [b"", bytes(range(256)), b'{"account_id": "acc_001"\n[1]\n{"x": "\\ud800"}\n'],
    ids=["empty", "binary", "malformed"],
)
def test_cli_eval_lifecycle_bad_expectations(
    tmp_path: Path, sample_settings: Settings, content: bytes
) -> None:
    expected = tmp_path / "expected.jsonl"
    expected.write_bytes(content)
    result = cli(
        "--data-dir",
        str(sample_settings.data_dir),
        "eval",
        "lifecycle",
        "--expected",
        str(expected),
        "--out",
        str(tmp_path / "out"),
    )
    assert result.exit_code in (0, 2), result.output
    if content:
        assert "expected.jsonl:1" in result.output.replace("\n", "") and "rejected" in result.output
