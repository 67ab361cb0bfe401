"""Does the knowledge base answer this question? (SPEC rule 6: escalate when it does not.)

One calibrated score from what says whether the best article answers the question, instead of one
similarity cut-off tuned on one product:

- the question's key terms found in the article (its title and text, stemmed; other languages through the
  English glosses the retrieval query carries);
- the dense similarity of the best section, and its margin over the next article;
- whether the dense and the keyword rankings each put the same article first;
- whether the article belongs to the triaged category, and its type;
- the question's language and length (the English embedding scores other languages lower);
- the share of an English question's words that no article uses at all (a question about a thing the help
  centre never names);
- what the question's own wording says, whatever the articles: "does it support X?" and "can we X?" go
  uncovered far more often than "how do I X?" or "where is X?". A linear head over the question's
  multilingual sentence embedding (the one triage already computed) gives its log-odds (`text_fit`).

A logistic regression over these (`agents/data/answerability.json`) is trained across products by
`cs-agents triage train-coverage`: the text head first, then the regression on text scores each product got
from a head trained without it (stacking), so the regression does not trust a head that memorised its
training tickets. Each product's figure is measured by models trained without it.
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
    "unknown_terms",
    "text_fit",
)
# Chosen through the whole ticket flow on the eight tuning sets, each scored by a model trained without it
# (mean resolution / escalation recall / precision): 0.45 gave 0.843 / 0.903 / 0.782, 0.50 0.831 / 0.918 /
# 0.757, 0.55 0.819 / 0.934 / 0.736. 0.50 is better on all three than the previous score at 0.45 (0.815 /
# 0.890 / 0.747); a missed handoff is the dangerous error, so recall decided between the two.
THRESHOLD = 0.50


def features(
    kb: KnowledgeBase, result: SearchResult, query: str, category: str, language: str
) -> dict[str, float]:
    values = dict.fromkeys(FEATURES, 0.0)
    values["bias"] = 1.0
    values["non_english"] = float(language != "en")
    values["log_words"] = math.log1p(len(query.split()))
    terms = set(tokenize(query))
    every_article, df = kb.article_terms()
    if language == "en":  # other languages' own words are in no (English) article anyway
        words = {t for t in terms if len(t) >= 4 and t.isalpha()}
        values["unknown_terms"] = min(sum(1 for t in words if t not in df), 3) / 3
    if not result.hits:
        return values
    top = result.hits[0]
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
class TextHead:
    """Log-odds that a question is answerable, from its sentence embedding alone."""

    weights: np.ndarray
    bias: float

    def fit_value(self, vector: np.ndarray | None) -> float:
        if vector is None or len(vector) != len(self.weights):
            return 0.0
        return float(np.dot(self.weights, vector)) + self.bias


@dataclass(frozen=True)
class AnswerabilityModel:
    weights: dict[str, float]
    meta: dict[str, Any]
    text: TextHead | None = None

    def score(self, values: dict[str, float], vector: np.ndarray | None = None) -> float:
        """`values` from `features`; `vector` the question's multilingual embedding (the text head's)."""
        if self.text is not None:
            values = {**values, "text_fit": self.text.fit_value(vector)}
        z = sum(self.weights.get(name, 0.0) * values.get(name, 0.0) for name in FEATURES)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> AnswerabilityModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        head = data.get("text_head")
        text = TextHead(np.asarray(head["weights"], dtype=np.float32), float(head["bias"])) if head else None
        return cls({k: float(v) for k, v in data["weights"].items()}, data.get("meta", {}), text)

    def save(self, path: Path = MODEL_PATH) -> None:
        data: dict[str, Any] = {"weights": self.weights, "meta": self.meta}
        if self.text is not None:
            data["text_head"] = {
                "bias": round(self.text.bias, 5),
                "weights": [round(float(w), 5) for w in self.text.weights],
            }
        path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


class Scorer:
    """The shipped model, loaded on first use (the training command builds services before it exists)."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        self.path = path
        self._model: AnswerabilityModel | None = None

    def score(self, values: dict[str, float], vector: np.ndarray | None = None) -> float:
        if self._model is None:
            self._model = AnswerabilityModel.load(self.path)
        return self._model.score(values, vector)


def _logistic(x: np.ndarray, labels: list[int], l2: float, epochs: int) -> np.ndarray:
    """Logistic regression by gradient descent, classes balanced; column 0 of `x` is the bias (not
    penalised)."""
    y = np.asarray(labels, dtype=np.float64)
    positives = max(y.sum(), 1.0)
    negatives = max(len(y) - y.sum(), 1.0)
    weight = np.where(y == 1, len(y) / (2 * positives), len(y) / (2 * negatives))
    w = np.zeros(x.shape[1])
    for _ in range(epochs):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ ((p - y) * weight) / len(y) + l2 * np.r_[0.0, w[1:]]
        w -= 0.5 * grad
    return w


def fit(
    rows: list[dict[str, float]], labels: list[int], l2: float = 1e-2, epochs: int = 3000
) -> dict[str, float]:
    """The regression over `FEATURES` (a dozen: no library needed)."""
    x = np.asarray([[r.get(name, 0.0) for name in FEATURES] for r in rows], dtype=np.float64)
    w = _logistic(x, labels, l2, epochs)
    return {name: round(float(v), 5) for name, v in zip(FEATURES, w, strict=True)}


def fit_text_head(vectors: np.ndarray, labels: list[int], l2: float = 1e-2, epochs: int = 600) -> TextHead:
    """The text head over sentence embeddings (l2 and epochs chosen by cross-product AUC on the tuning
    products: 1e-2 and 600 scored 0.83 alone, stronger penalties lower)."""
    x = np.hstack([np.ones((len(vectors), 1)), np.asarray(vectors, dtype=np.float64)])
    w = _logistic(x, labels, l2, epochs)
    return TextHead(w[1:].astype(np.float32), float(w[0]))
