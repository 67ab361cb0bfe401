"""The triage learns from a product's labelled tickets (SPEC section 2) and can be put back to the shipped
model, which is what an evaluation's no-history baseline uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from agents.customer_success.triage import TriageEngine

# Made-up product words: the shipped examples cannot know them, so only this product's labels can teach them.
HISTORY = [
    (f"The quibbloft {thing} on our vorpal board {what}", "integration", "normal")
    for thing in ("mirror", "relay", "bridge", "feed", "tunnel", "link")
    for what in ("stopped pulling rows", "shows a red dot", "is stuck on pending")
]
PROBE = "quibbloft relay on the vorpal board is stuck again"


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("triage-cache")


def test_labelled_history_teaches_the_products_own_words_and_forgetting_restores_the_shipped_model(
    cache: Path,
) -> None:
    engine = TriageEngine()
    shipped = engine.predict(PROBE).category["integration"]

    assert engine.adapt(HISTORY, cache) == len(HISTORY)
    learned = engine.predict(PROBE)
    assert learned.best_category == "integration"
    assert learned.category["integration"] > shipped + 0.2
    assert engine.model.meta["history"] == len(HISTORY)

    engine.forget_labels()
    assert engine.predict(PROBE).category["integration"] == pytest.approx(shipped)
    assert "history" not in engine.model.meta


def test_unlabelled_or_empty_history_leaves_the_shipped_model(cache: Path) -> None:
    engine = TriageEngine()
    shipped = engine.model
    assert engine.adapt([("  ", "integration", None), ("no label", "", None)], cache) == 0
    assert engine.model is shipped
