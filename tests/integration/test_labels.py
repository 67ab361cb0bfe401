"""Support-team labels on tickets: the loader's history labels, reviewers' labels, what triage reads."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from cs_agents.cli import app
from cs_agents.db import AuditLogRow, Database, TicketLabelRow, TicketRow, get_database
from cs_agents.labels import (
    InvalidLabel,
    LabelledExample,
    UnknownTicket,
    get_label,
    labelled_examples,
    labels_version,
    set_label,
)
from cs_agents.loader import load_folder
from cs_agents.settings import Settings


def ticket(ticket_id: str, **over: object) -> str:
    data: dict[str, object] = {
        "id": ticket_id,
        "account_id": "acc_001",
        "channel": "email",
        "subject": f"Subject of {ticket_id}",
        "body": f"Body of {ticket_id}",
        "created_at": "2026-11-01T09:30:00Z",
    }
    return json.dumps(data | over)


HISTORY = [
    ticket("H-1", category="billing", priority="high", resolution="escalate"),
    ticket("H-2", category="how_to"),
    ticket("H-3", priority="urgent"),  # a label without a category: stored, not an example
    ticket("H-4"),  # no labels
    ticket("H-5", subject="", category="outage", priority="urgent", resolution="escalate"),
]


def product(tmp_path: Path, lines: list[str], name: str = "product") -> Path:
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    (folder / "tickets.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def tickets_summary(folder: Path, settings: Settings, db: Database) -> dict[str, object]:
    files = {f["file"]: f for f in load_folder(folder, settings, db).to_dict()["files"]}
    return files["tickets.jsonl"]


def labels(db: Database) -> dict[str, tuple[object, ...]]:
    with db.session() as session:
        return {
            r.ticket_id: (r.category, r.priority, r.resolution, r.source, r.labelled_by)
            for r in session.scalars(select(TicketLabelRow))
        }


def test_loader_stores_history_labels_when_any_is_present(tmp_path, settings, db):
    summary = tickets_summary(product(tmp_path, HISTORY), settings, db)
    assert summary["loaded"] == 5
    assert summary["rejected"] == []
    assert "labels: 4 stored" in summary["notes"]
    assert labels(db) == {
        "H-1": ("billing", "high", "escalate", "history", "import"),
        "H-2": ("how_to", None, None, "history", "import"),
        "H-3": (None, "urgent", None, "history", "import"),
        "H-5": ("outage", "urgent", "escalate", "history", "import"),
    }
    stored = get_label(db, "H-1")
    assert stored is not None and stored.labelled_at.tzinfo is not None


def test_loader_rejects_unknown_label_values_with_their_line_numbers(tmp_path, settings, db):
    lines = [
        ticket("H-1", category="billing"),
        ticket("H-2", category="complaint"),
        ticket("H-3", priority="critical"),
        ticket("H-4", resolution="ignore"),
    ]
    summary = tickets_summary(product(tmp_path, lines), settings, db)
    rejected = {r["line"]: r["reason"] for r in summary["rejected"]}  # type: ignore[union-attr]
    assert sorted(rejected) == [2, 3, 4]
    assert rejected[2].startswith("category:") and "'billing'" in rejected[2]
    assert rejected[3].startswith("priority:") and "'urgent'" in rejected[3]
    assert rejected[4].startswith("resolution:") and "'escalate'" in rejected[4]
    assert set(labels(db)) == {"H-1"}
    with db.session() as session:
        assert set(session.scalars(select(TicketRow.id))) == {"H-1"}


def test_reloading_the_same_file_changes_nothing(tmp_path, settings, db):
    folder = product(tmp_path, HISTORY)
    tickets_summary(folder, settings, db)
    before = labels(db)
    version = labels_version(db)
    with db.session() as session:
        times = dict(session.execute(select(TicketLabelRow.ticket_id, TicketLabelRow.labelled_at)).all())
    again = tickets_summary(folder, settings, db)
    assert (again["loaded"], again["updated"], again["unchanged"]) == (0, 0, 5)
    assert not any(note.startswith("labels") for note in again["notes"])  # type: ignore[union-attr]
    assert labels(db) == before
    assert labels_version(db) == version
    with db.session() as session:
        assert (
            dict(session.execute(select(TicketLabelRow.ticket_id, TicketLabelRow.labelled_at)).all()) == times
        )


def test_tickets_stored_before_labels_existed_stay_unchanged(tmp_path, settings, db):
    """The labels are not part of the ticket's record hash: older databases do not see every ticket
    as updated, and a label change alone does not rewrite the ticket."""
    tickets_summary(product(tmp_path, [ticket("H-1")]), settings, db)
    relabelled = tickets_summary(product(tmp_path, [ticket("H-1", category="billing")], "v2"), settings, db)
    assert relabelled["unchanged"] == 1
    assert "labels: 1 stored" in relabelled["notes"]


def test_a_changed_file_updates_or_removes_history_labels(tmp_path, settings, db):
    tickets_summary(product(tmp_path, HISTORY), settings, db)
    version = labels_version(db)
    changed = [
        ticket("H-1", category="billing", priority="normal", resolution="escalate"),
        ticket("H-2"),  # its labels taken away
    ]
    summary = tickets_summary(product(tmp_path, changed, "v2"), settings, db)
    assert "labels: 1 updated, 1 removed (the ticket has none now)" in summary["notes"]
    assert labels(db)["H-1"] == ("billing", "normal", "escalate", "history", "import")
    assert "H-2" not in labels(db)
    assert labels_version(db) != version


def test_labels_on_evaluation_tickets_are_not_stored(tmp_path, settings, db):
    expected = {"category": "billing", "resolution": "escalate"}
    lines = [ticket("E-1", category="billing", expected=expected), ticket("E-2", expected=expected)]
    summary = tickets_summary(product(tmp_path, lines), settings, db)
    assert summary["loaded"] == 2
    assert (
        "labels: 1 ignored on tickets with `expected` (evaluation tickets teach nothing)" in summary["notes"]
    )
    assert labels(db) == {}
    assert labelled_examples(db) == []


def test_a_reviewers_label_survives_a_reload(tmp_path, settings, db):
    folder = product(tmp_path, HISTORY)
    tickets_summary(folder, settings, db)
    set_label(db, "H-1", by="maya", category="cancellation")
    set_label(db, "H-4", by="maya", priority="low")
    summary = tickets_summary(folder, settings, db)
    assert "labels: 1 kept as a reviewer set them" in summary["notes"]
    assert labels(db)["H-1"] == ("cancellation", "high", "escalate", "reviewer", "maya")
    assert labels(db)["H-4"] == (None, "low", None, "reviewer", "maya")
    # a changed file neither overwrites nor removes them
    changed = [ticket("H-1", category="other"), ticket("H-4")]
    tickets_summary(product(tmp_path, changed, "v2"), settings, db)
    assert labels(db)["H-1"] == ("cancellation", "high", "escalate", "reviewer", "maya")
    assert labels(db)["H-4"] == (None, "low", None, "reviewer", "maya")


def test_a_reviewer_label_merges_with_the_stored_one_and_is_audited(tmp_path, settings, db):
    tickets_summary(product(tmp_path, HISTORY), settings, db)
    at = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    label = set_label(db, "H-2", by="  sam ", priority="low", resolution="answer", now=at)
    assert (label.category, label.priority, label.resolution) == ("how_to", "low", "answer")
    assert (label.source, label.labelled_by, label.labelled_at) == ("reviewer", "sam", at)
    assert get_label(db, "H-2") == label
    with db.session() as session:
        entry = session.scalars(select(AuditLogRow).where(AuditLogRow.action == "label_ticket")).one()
    assert entry.actor == "sam"
    assert entry.details["ticket_id"] == "H-2"
    assert entry.details["label"] == {"category": "how_to", "priority": "low", "resolution": "answer"}
    assert entry.details["previous"]["source"] == "history"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({}, "at least one of category, priority, resolution"),
        ({"category": "complaint"}, "category 'complaint' is not one of how_to, "),
        ({"priority": "p1"}, "priority 'p1' is not one of low, normal, high, urgent"),
        ({"resolution": "close"}, "resolution 'close' is not one of answer, escalate"),
    ],
)
def test_set_label_refuses_bad_values(tmp_path, settings, db, values, message):
    tickets_summary(product(tmp_path, HISTORY), settings, db)
    with pytest.raises(InvalidLabel, match=message):
        set_label(db, "H-4", by="maya", **values)
    assert "H-4" not in labels(db)


def test_set_label_refuses_an_unknown_ticket(db):
    with pytest.raises(UnknownTicket, match="no ticket 'nope'"):
        set_label(db, "nope", by="maya", category="billing")
    assert labels(db) == {}


def test_labelled_examples_are_the_tickets_with_a_category(tmp_path, settings, db):
    assert labelled_examples(db) == []
    tickets_summary(product(tmp_path, HISTORY), settings, db)
    set_label(db, "H-4", by="maya", category="integration")
    examples = labelled_examples(db)
    assert examples == [
        LabelledExample("H-1", "Subject of H-1\nBody of H-1", "billing", "high", "escalate"),
        LabelledExample("H-2", "Subject of H-2\nBody of H-2", "how_to", None, None),
        LabelledExample("H-4", "Subject of H-4\nBody of H-4", "integration", None, None),
        LabelledExample("H-5", "Body of H-5", "outage", "urgent", "escalate"),  # empty subject skipped
    ]
    with pytest.raises(AttributeError):
        examples[0].category = "other"  # type: ignore[misc]  # frozen


def test_labels_version_changes_with_every_label_change(tmp_path, settings, db):
    empty = labels_version(db)
    assert len(empty) == 16
    tickets_summary(product(tmp_path, HISTORY), settings, db)
    loaded = labels_version(db)
    assert loaded != empty
    assert labels_version(db) == loaded
    set_label(db, "H-1", by="maya", priority="urgent")
    assert labels_version(db) != loaded


def run(data_dir: Path, *args: str):
    return CliRunner().invoke(app, ["--data-dir", str(data_dir), *args])


def test_cli_labels_a_ticket(tmp_path):
    data = tmp_path / "data"
    loaded = run(data, "load", str(product(tmp_path, HISTORY)))
    assert loaded.exit_code == 0, loaded.output
    result = run(
        data, "tickets", "label", "H-4", "--category", "billing", "--priority", "high", "--by", "maya"
    )
    assert result.exit_code == 0, result.output
    assert "H-4" in result.stdout and "billing" in result.stdout and "maya" in result.stdout
    db = get_database(Settings(data_dir=data))
    assert labels(db)["H-4"] == ("billing", "high", None, "reviewer", "maya")
    as_json = run(data, "tickets", "label", "H-4", "--resolution", "escalate", "--by", "sam", "--json")
    assert as_json.exit_code == 0, as_json.output
    body = json.loads(as_json.stdout)
    assert body["category"] == "billing" and body["resolution"] == "escalate"
    assert (body["source"], body["labelled_by"]) == ("reviewer", "sam")


def test_cli_refuses_an_unknown_ticket_and_bad_values(tmp_path):
    data = tmp_path / "data"
    assert run(data, "load", str(product(tmp_path, HISTORY))).exit_code == 0
    unknown = run(data, "tickets", "label", "T-404", "--category", "billing")
    assert unknown.exit_code == 1
    assert "no ticket 'T-404'" in unknown.stderr
    bad = run(data, "tickets", "label", "H-4", "--priority", "p1")
    assert bad.exit_code == 2
    assert "priority 'p1' is not one of low, normal, high, urgent" in bad.stderr
    nothing = run(data, "tickets", "label", "H-4")
    assert nothing.exit_code == 2
    assert "at least one of" in nothing.stderr
    db = get_database(Settings(data_dir=data))
    assert "H-4" not in labels(db)
