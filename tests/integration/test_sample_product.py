"""The shipped sample product: generated files match the generator, and the folder loads cleanly."""

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cs_agents.db import AccountRow, EventRow, TicketRow
from cs_agents.loader import load_folder
from knowledge_base.search import KnowledgeBase
from tests.conftest import SAMPLE_PRODUCT

ROOT = SAMPLE_PRODUCT.parent.parent


def test_generator_reproduces_the_committed_files(tmp_path: Path):
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_sample_product.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for name in ("accounts.jsonl", "events.jsonl", "tickets.jsonl", "features.yaml"):
        assert (tmp_path / name).read_bytes() == (SAMPLE_PRODUCT / name).read_bytes(), name


@pytest.mark.slow
def test_sample_product_loads_without_a_single_rejection(settings, db):
    summary = load_folder(SAMPLE_PRODUCT, settings, db)
    assert summary.problems == 0, summary.to_dict()
    files = {f.file: f for f in summary.files}
    assert files["kb/"].loaded >= 40
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AccountRow)) >= 60
        assert s.scalar(select(func.count()).select_from(EventRow)) == files["events.jsonl"].loaded
        labelled = s.scalar(
            select(func.count()).select_from(TicketRow).where(TicketRow.expected.is_not(None))
        )
        assert labelled >= 150
        first, last = s.execute(select(func.min(EventRow.day), func.max(EventRow.day))).one()
    assert (last - first).days >= 120

    kb = KnowledgeBase(settings)
    types = {c.metadata["type"] for c in kb.store.all_chunks()}
    assert types == {"article", "known_issue", "policy"}
    assert kb.search("employees clock in from home", k=3).hits[0].id == "geofencing-clock-in"
    issues = kb.search("iphone says location unavailable when clocking in", k=3, doc_type="known_issue")
    assert issues.hits[0].id == "ki-ios-clock-in-location"
