"""Ticket labels on SQLite and PostgreSQL: the import's rules, and reviewers labelling at the same moment."""

from __future__ import annotations

import threading

from cs_agents.labels import get_label, labelled_examples, labels_version, set_label
from tests.integration.test_labels import HISTORY, labels, product, ticket, tickets_summary


def test_history_labels_and_a_reviewers_label_on_each_backend(tmp_path, settings, db):
    folder = product(tmp_path, HISTORY)
    tickets_summary(folder, settings, db)
    set_label(db, "H-1", by="maya", category="cancellation")
    version = labels_version(db)
    again = tickets_summary(folder, settings, db)
    assert "labels: 1 kept as a reviewer set them" in again["notes"]
    assert labels_version(db) == version
    assert labels(db)["H-1"] == ("cancellation", "high", "escalate", "reviewer", "maya")
    tickets_summary(product(tmp_path, [ticket("H-2", category="billing"), ticket("H-3")], "v2"), settings, db)
    assert labels(db)["H-2"] == ("billing", None, None, "history", "import")
    assert "H-3" not in labels(db)
    assert [e.ticket_id for e in labelled_examples(db)] == ["H-1", "H-2", "H-5"]
    assert labels_version(db) != version


def test_reviewers_labelling_a_new_ticket_at_once_both_succeed(tmp_path, settings, db):
    tickets_summary(product(tmp_path, HISTORY), settings, db)
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def reviewer(name: str, field: str, value: str) -> None:
        start.wait()
        try:
            set_label(db, "H-4", by=name, **{field: value})
        except BaseException as exc:  # noqa: BLE001  # reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=reviewer, args=("maya", "category", "billing")),
        threading.Thread(target=reviewer, args=("sam", "priority", "high")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    label = get_label(db, "H-4")
    assert label is not None
    assert (label.category, label.priority, label.source) == ("billing", "high", "reviewer")
    assert label.labelled_by in ("maya", "sam")
