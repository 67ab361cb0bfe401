"""The answerability score: its text head, the stacked regression over it, and the shipped file's shape."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from agents.customer_success import answerability
from evals import coverage


def _samples(products: list[str], n: int = 60, seed: int = 7) -> list[coverage.Sample]:
    """Answerable questions lie along one embedding direction, uncovered ones along the opposite; the
    lexical features carry a weaker signal of the same label."""
    rng = np.random.default_rng(seed)
    direction = np.zeros(16)
    direction[3] = 1.0
    out = []
    for product in products:
        for i in range(n):
            label = i % 2
            vector = rng.normal(0, 0.3, 16) + (1 if label else -1) * direction
            vector /= np.linalg.norm(vector)
            values = dict.fromkeys(answerability.FEATURES, 0.0)
            values["bias"] = 1.0
            values["term_coverage"] = float(
                np.clip(0.5 + (0.15 if label else -0.15) + rng.normal(0, 0.2), 0, 1)
            )
            out.append(coverage.Sample(product, f"T-{i}", values, label, vector))
    return out


def test_text_head_learns_the_direction_that_separates_answerable_questions() -> None:
    samples = _samples(["a"])
    head = answerability.fit_text_head(np.stack([s.vector for s in samples]), [s.label for s in samples])
    fits = [head.fit_value(s.vector) for s in samples]
    right = sum((f > 0) == bool(s.label) for f, s in zip(fits, samples, strict=True))
    assert right / len(samples) > 0.95
    assert int(np.argmax(np.abs(head.weights))) == 3


def test_text_head_without_a_vector_or_with_another_size_adds_nothing() -> None:
    head = answerability.TextHead(np.ones(4, dtype=np.float32), 0.5)
    assert head.fit_value(None) == 0.0
    assert head.fit_value(np.ones(3)) == 0.0
    assert head.fit_value(np.ones(4)) == 4.5


def test_trained_model_weighs_the_text_head_and_reports_each_product_held_out() -> None:
    samples = _samples(["a", "b", "c"])
    model, report = coverage.train(samples)
    assert model.text is not None
    assert model.weights["text_fit"] > 0  # the stacked regression trusts the head's out-of-fold scores
    assert set(report["cross_product"]) == {"a", "b", "c"}
    for figures in report["cross_product"].values():
        assert figures["accuracy"] > 0.9


def test_model_file_round_trips_with_its_text_head(tmp_path: Path) -> None:
    samples = _samples(["a", "b"])
    model, _ = coverage.train(samples)
    path = tmp_path / "answerability.json"
    model.save(path)
    loaded = answerability.AnswerabilityModel.load(path)
    for s in samples[:10]:
        assert abs(loaded.score(s.values, s.vector) - model.score(s.values, s.vector)) < 1e-3


def test_shipped_model_has_a_text_head_of_the_triage_embedding_size() -> None:
    from knowledge_base.multilingual import shared_encoder

    model = answerability.AnswerabilityModel.load()
    assert model.text is not None
    assert len(model.text.weights) == shared_encoder().embed("where do I change my password").shape[0]
    assert set(model.weights) == set(answerability.FEATURES)


def test_shipped_text_head_reads_how_to_wording_as_answerable_and_capability_wording_as_not() -> None:
    """What the head was added for, in phrasings of no shipped product: "how do I / where do I" against
    "does it support / can you add", in English and other languages."""
    from knowledge_base.multilingual import shared_encoder

    model = answerability.AnswerabilityModel.load()
    assert model.text is not None
    encoder = shared_encoder()
    how = [
        "How do I change my password?",
        "Where do I download last month's invoice?",
        "¿Cómo cambio mi contraseña?",
    ]
    can = [
        "Does your platform support single sign-on with a blockchain wallet?",
        "Can you add a dark mode?",
        "Est-ce que vous proposez une intégration avec notre logiciel de caisse ?",
    ]
    lowest_how = min(model.text.fit_value(encoder.embed(q)) for q in how)
    highest_can = max(model.text.fit_value(encoder.embed(q)) for q in can)
    assert lowest_how > highest_can
    values = dict.fromkeys(answerability.FEATURES, 0.0) | {"bias": 1.0, "confidence": 0.6}
    assert (
        model.score(values, encoder.embed(how[0]))
        > model.score(values)
        > model.score(values, encoder.embed(can[0]))
    )
