"""Training data for the answerability score (`agents.customer_success.answerability`), from product folders.

Each product is loaded into a fresh temporary data directory; each labelled ticket is triaged offline and
searched the way the ticket flow searches, and its features are paired with a label:

- 1 (answerable): the ticket's expected resolution is `answer`;
- 0 (not covered): it escalates, and nothing but rule 6 explains it (no detector fires, and its category
  is not one that escalates by itself: a bug, an outage, a cancellation, a privacy request);
- other escalations are left out: they say nothing about coverage.

The figure that matters is each product's accuracy under a model trained on the others (`cross_product`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from agents.context import Services
from agents.customer_success import answerability
from agents.customer_success import triage as triage_agent
from agents.translate import expand, native
from cs_agents.db import get_database
from cs_agents.loader import load_folder
from cs_agents.settings import Settings
from evals.runner import load_dataset

SELF_ESCALATING = frozenset({"bug_report", "outage", "cancellation", "data_privacy"})


@dataclass
class Sample:
    product: str
    ticket_id: str
    values: dict[str, float]
    label: int
    vector: np.ndarray  # the question's multilingual embedding, the text head's input


@dataclass
class CategorySample:
    """What the knowledge-base vote is fitted on: the model's category probabilities, the best articles'
    (category, similarity) and the expected category."""

    product: str
    probabilities: dict[str, float]
    kb_hits: list[tuple[str | None, float]]
    expected: str


def collect(
    folder: Path,
    settings: Settings,
    progress: Callable[[str], None] | None = None,
    categories: list[CategorySample] | None = None,
) -> list[Sample]:
    """Coverage samples of the folder's labelled tickets; with `categories`, also the knowledge-base vote's
    samples (appended to it)."""
    samples: list[Sample] = []
    dataset = load_dataset(folder)
    with tempfile.TemporaryDirectory(prefix="cs-agents-coverage-") as tmp:
        local = settings.model_copy(update={"data_dir": Path(tmp), "database_url": None})
        load_folder(folder, local, get_database(local))
        services = Services.build(local)
        for ticket in dataset.tickets:
            expected = ticket.expected
            if expected is None or expected.resolution is None:
                continue
            text = ticket.text
            prediction = services.triage.predict(text)
            vector = services.triage.encoder.embed(text)  # cached: the one triage just computed
            if categories is not None and expected.category:
                hits = services.kb.search(expand(text), k=5, native=native(text)).hits
                categories.append(
                    CategorySample(
                        folder.name,
                        prediction.category,
                        [(h.category, h.similarity) for h in hits],
                        expected.category,
                    )
                )
            t = triage_agent.offline_triage(text, prediction)
            rules = triage_agent.detectors.fired(text) | triage_agent.detectors.confirm(
                prediction.fired(), text
            )
            if expected.resolution == "answer":
                label = 1
            elif not rules and (expected.category or t.category) not in SELF_ESCALATING:
                label = 0
            else:
                continue
            query = expand(text)
            result = services.kb.search(query, k=5, native=native(text))
            values = answerability.features(services.kb, result, query, t.category, t.language)
            samples.append(Sample(folder.name, ticket.id, values, label, vector))
        if progress:
            progress(folder.name)
    return samples


def accuracy(model: answerability.AnswerabilityModel, samples: list[Sample]) -> dict[str, Any]:
    scores = [model.score(s.values, s.vector) for s in samples]
    predicted = [int(p >= answerability.THRESHOLD) for p in scores]
    positives = [s for s, p in zip(samples, predicted, strict=True) if s.label == 1]
    negatives = [s for s, p in zip(samples, predicted, strict=True) if s.label == 0]
    hit = [p == s.label for s, p in zip(samples, predicted, strict=True)]
    return {
        "samples": len(samples),
        "accuracy": round(sum(hit) / len(hit), 4) if hit else None,
        "answerable_kept": round(
            sum(p for s, p in zip(samples, predicted, strict=True) if s.label == 1) / len(positives), 4
        )
        if positives
        else None,
        "uncovered_caught": round(
            sum(1 - p for s, p in zip(samples, predicted, strict=True) if s.label == 0) / len(negatives), 4
        )
        if negatives
        else None,
    }


def _fit_model(samples: list[Sample]) -> answerability.AnswerabilityModel:
    """The text head on all `samples`, and the regression on the text scores each product's samples get
    from a head trained without that product: stacked that way, the regression weighs the head as it does
    on a product it never saw, not as it does on the tickets it memorised."""
    products = sorted({s.product for s in samples})
    out_of_fold: dict[int, float] = {}
    for product in products:
        rest = [s for s in samples if s.product != product]
        if not rest:
            continue
        head = answerability.fit_text_head(np.stack([s.vector for s in rest]), [s.label for s in rest])
        for i, s in enumerate(samples):
            if s.product == product:
                out_of_fold[i] = head.fit_value(s.vector)
    rows = [{**s.values, "text_fit": out_of_fold.get(i, 0.0)} for i, s in enumerate(samples)]
    weights = answerability.fit(rows, [s.label for s in samples])
    head = answerability.fit_text_head(np.stack([s.vector for s in samples]), [s.label for s in samples])
    return answerability.AnswerabilityModel(weights, {}, head)


def train(samples: list[Sample]) -> tuple[answerability.AnswerabilityModel, dict[str, Any]]:
    products = sorted({s.product for s in samples})
    report: dict[str, Any] = {"cross_product": {}}
    for product in products:
        train_rows = [s for s in samples if s.product != product]
        if not train_rows:
            continue
        held = _fit_model(train_rows)
        report["cross_product"][product] = accuracy(held, [s for s in samples if s.product == product])
    fitted = _fit_model(samples)
    model = answerability.AnswerabilityModel(fitted.weights, {"products": products, **report}, fitted.text)
    report["all"] = accuracy(model, samples)
    return model, report


WEIGHTS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0)


def _category_accuracy(samples: list[CategorySample], weight: float) -> float:
    hits = [
        triage_agent.category_with_kb(s.probabilities, triage_agent.kb_vote(s.kb_hits), weight) == s.expected
        for s in samples
    ]
    return sum(hits) / len(hits) if hits else 0.0


def fit_kb_weight(samples: list[CategorySample]) -> tuple[float, dict[str, Any]]:
    """The knowledge-base vote's weight that classifies the tuning products' tickets best; each product's
    figure under the weight chosen on the others."""
    report: dict[str, Any] = {"cross_product": {}}
    for product in sorted({s.product for s in samples}):
        rest = [s for s in samples if s.product != product]
        held = [s for s in samples if s.product == product]
        chosen = max(WEIGHTS, key=lambda w: _category_accuracy(rest, w))
        report["cross_product"][product] = {
            "weight": chosen,
            "category_accuracy": round(_category_accuracy(held, chosen), 4),
            "without_vote": round(_category_accuracy(held, 0.0), 4),
        }
    weight = max(WEIGHTS, key=lambda w: _category_accuracy(samples, w))
    return weight, report
