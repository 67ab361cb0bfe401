"""Does the knowledge base answer this question? (SPEC rule 6: escalate when it does not.)

One calibrated score from what says whether the best article answers the question, instead of one
similarity cut-off tuned on one product:

- the question's key terms found in the article (its title and text, stemmed; other languages through the
  English glosses the retrieval query carries);
- the dense similarity of the best section, and its margin over the next article;
- whether the dense and the keyword rankings each put the same article first;
- whether the article belongs to the triaged category, and its type;
- the question's language and length (the English embedding scores other languages lower).

A logistic regression over these (`agents/data/answerability.json`) is trained across products by
`cs-agents triage train-coverage`, each product's figure measured by a model trained without it.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from knowledge_base.keyword import tokenize
from knowledge_base.search import KnowledgeBase, SearchResult

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "answerability.json"
FEATURES: tuple[str, ...] = (
    "bias",
    "confidence",
    "margin",
    "dense_agrees",
    "keyword_agrees",
    "term_coverage",
    "rare_term_coverage",
    "title_coverage",
    "category_match",
    "non_english",
    "log_words",
    "known_issue",
    "policy",
)
# Chosen on the four tuning sets through the whole ticket flow: from 0.40 to 0.45 the recall of required
# handoffs rose 0.7-4.3 points on each and precision fell about 2 (a missed handoff is the dangerous error).
THRESHOLD = 0.45


def features(
    kb: KnowledgeBase, result: SearchResult, query: str, category: str, language: str
) -> dict[str, float]:
    values = dict.fromkeys(FEATURES, 0.0)
    values["bias"] = 1.0
    values["non_english"] = float(language != "en")
    values["log_words"] = math.log1p(len(query.split()))
    if not result.hits:
        return values
    top = result.hits[0]
    terms = set(tokenize(query))
    every_article, df = kb.article_terms()
    article_terms = every_article.get(top.id, frozenset())
    title_terms = set(tokenize(top.title))
    # A question's rare words (in few articles) say what it is about; "account" or "help" say little.
    n = max(len(every_article), 1)
    idf = {t: math.log((n + 1) / (df[t] + 1)) for t in terms}
    weight = sum(idf.values())
    values["rare_term_coverage"] = sum(idf[t] for t in terms & article_terms) / weight if weight > 0 else 0.0
    values["confidence"] = result.confidence
    values["margin"] = result.confidence - result.runner_up_similarity
    values["dense_agrees"] = float(result.dense_top == top.id)
    values["keyword_agrees"] = float(result.keyword_top == top.id)
    values["term_coverage"] = len(terms & article_terms) / len(terms) if terms else 0.0
    values["title_coverage"] = len(terms & title_terms) / len(title_terms) if title_terms else 0.0
    values["category_match"] = float(top.category == category)
    values["known_issue"] = float(top.type == "known_issue")
    values["policy"] = float(top.type == "policy")
    return values


@dataclass(frozen=True)
class AnswerabilityModel:
    weights: dict[str, float]
    meta: dict[str, Any]

    def score(self, values: dict[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * values.get(name, 0.0) for name in FEATURES)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> AnswerabilityModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls({k: float(v) for k, v in data["weights"].items()}, data.get("meta", {}))

    def save(self, path: Path = MODEL_PATH) -> None:
        path.write_text(
            json.dumps({"weights": self.weights, "meta": self.meta}, indent=2, sort_keys=True) + "\n",
            encoding="utf-8",
        )


class Scorer:
    """The shipped model, loaded on first use (the training command builds services before it exists)."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        self.path = path
        self._model: AnswerabilityModel | None = None

    def score(self, values: dict[str, float]) -> float:
        if self._model is None:
            self._model = AnswerabilityModel.load(self.path)
        return self._model.score(values)


def fit(
    rows: list[dict[str, float]], labels: list[int], l2: float = 1e-2, epochs: int = 3000
) -> dict[str, float]:
    """Logistic regression by gradient descent (a dozen features: no library needed); classes balanced."""
    x = np.asarray([[r[name] for name in FEATURES] for r in rows], dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    positives = max(y.sum(), 1.0)
    negatives = max(len(y) - y.sum(), 1.0)
    weight = np.where(y == 1, len(y) / (2 * positives), len(y) / (2 * negatives))
    w = np.zeros(len(FEATURES))
    for _ in range(epochs):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ ((p - y) * weight) / len(y) + l2 * np.r_[0.0, w[1:]]
        w -= 0.5 * grad
    return {name: round(float(v), 5) for name, v in zip(FEATURES, w, strict=True)}
