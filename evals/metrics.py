"""Scoring ticket outcomes against their `expected` labels (SPEC section 2). Pure functions, no I/O.

Rules that hold for every metric:
- A case is only scored on the fields its `expected` has; each rate's denominator is the number of cases
  that carry that expectation, and is reported beside it in `Summary.denominators`.
- A zero denominator gives `None` (null in JSON), never 1.0: "nothing measured" must not read as "perfect",
  and the gate fails a null metric.
- A case whose run raised stays in the denominators of the expectations it carries and counts as wrong
  for each of them (a crash must not raise accuracy). It cannot violate must_not_mention (there is no
  reply) and has no latency, calls or tokens, so those average over the cases that produced an outcome.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from cs_agents.models import Expected
from evals.cases import CaseResult
from graph.outcome import TicketOutcome

MetricValue = float | int | None

RETRIEVAL_K = 3
ERROR_LABEL = "(error)"  # the confusion-matrix column for cases that produced no category

METRIC_NAMES = (
    "category_accuracy",
    "priority_accuracy",
    "resolution_accuracy",
    "escalation_precision",
    "escalation_recall",
    "retrieval_hit_at_3",
    "must_mention_rate",
    "must_not_mention_violations",
    "errors",
    "latency_ms_p50",
    "latency_ms_p95",
    "llm_calls_per_ticket",
    "tokens_per_ticket",
)


@dataclass(frozen=True)
class CaseScore:
    """How one case did. For each check, None means the case does not carry that expectation."""

    ticket_id: str
    category: bool | None = None
    priority: bool | None = None
    resolution: bool | None = None
    retrieval_hit: bool | None = None
    mentions_all: bool | None = None
    violation: bool | None = None  # None also for an error case: no reply, nothing to violate
    missing: tuple[str, ...] = ()
    forbidden_found: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()  # human-readable, one entry per failed check

    @property
    def passed(self) -> bool:
        return not self.failed


@dataclass
class Summary:
    """The aggregate of a run: flat `metrics` (what the gate reads) and the breakdowns around them."""

    n: int
    metrics: dict[str, MetricValue]
    denominators: dict[str, int]
    per_category: dict[str, dict[str, MetricValue]]
    confusion: dict[str, dict[str, int]]  # expected category -> predicted category -> count
    produced_by: dict[str, int]  # how many outcomes the llm / offline brain produced
    scores: list[CaseScore] = field(default_factory=list)


def ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def percentile(values: Iterable[float], p: int) -> float | None:
    """Nearest rank: the value at position ceil(p/100 * n) of the ascending list (as SPEC's quartile)."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = -(-p * len(ordered) // 100)  # integer ceil: 0.95 * n in floats can land just above an integer
    return ordered[max(rank, 1) - 1]


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def first_cited(cited: Sequence[str], k: int = RETRIEVAL_K) -> list[str]:
    """The first k distinct articles: SPEC counts articles, and a flow may cite one article twice."""
    seen: list[str] = []
    for kb_id in cited:
        if kb_id not in seen:
            seen.append(kb_id)
            if len(seen) == k:
                break
    return seen


def contains(text: str, needle: str) -> bool:
    # casefold rather than lower: SPEC says case-insensitive and replies need not be English ("ß" / "SS").
    return needle.casefold() in text.casefold()


def score_case(result: CaseResult) -> CaseScore:
    expected = result.ticket.expected or Expected()
    outcome = result.outcome
    if outcome is None:
        return _score_error(result.ticket.id, expected, result.error or "no outcome")
    failed: list[str] = []
    checks: dict[str, bool | None] = {}
    for name in ("category", "priority", "resolution"):
        want, got = getattr(expected, name), getattr(outcome, name)
        checks[name] = None if want is None else want == got
        if checks[name] is False:
            failed.append(f"{name}: expected {want}, got {got}")
    hit = _retrieval(expected, outcome, failed)
    missing = tuple(m for m in expected.must_mention if not contains(outcome.reply, m))
    if missing:
        failed.append("must_mention: missing " + ", ".join(repr(m) for m in missing))
    forbidden = tuple(m for m in expected.must_not_mention if contains(outcome.reply, m))
    if forbidden:
        failed.append("must_not_mention: contains " + ", ".join(repr(m) for m in forbidden))
    return CaseScore(
        ticket_id=result.ticket.id,
        category=checks["category"],
        priority=checks["priority"],
        resolution=checks["resolution"],
        retrieval_hit=hit,
        mentions_all=(not missing) if expected.must_mention else None,
        violation=bool(forbidden) if expected.must_not_mention else None,
        missing=missing,
        forbidden_found=forbidden,
        failed=tuple(failed),
    )


def _retrieval(expected: Expected, outcome: TicketOutcome, failed: list[str]) -> bool | None:
    if not expected.kb_ids:
        return None
    top = first_cited(outcome.cited)  # `cited`: handoff evidence when it escalates, else citations
    hit = any(kb_id in top for kb_id in expected.kb_ids)
    if not hit:
        failed.append(f"retrieval: none of {expected.kb_ids} in first {RETRIEVAL_K} cited {top}")
    return hit


def _score_error(ticket_id: str, expected: Expected, error: str) -> CaseScore:
    def wrong_if(present: object) -> bool | None:
        return False if present else None

    return CaseScore(
        ticket_id=ticket_id,
        category=wrong_if(expected.category),
        priority=wrong_if(expected.priority),
        resolution=wrong_if(expected.resolution),
        retrieval_hit=wrong_if(expected.kb_ids),
        mentions_all=wrong_if(expected.must_mention),
        missing=tuple(expected.must_mention),
        failed=(f"error: {error}",),
    )


# metric name -> the CaseScore check it averages
_RATES = (
    ("category_accuracy", "category"),
    ("priority_accuracy", "priority"),
    ("resolution_accuracy", "resolution"),
    ("retrieval_hit_at_3", "retrieval_hit"),
    ("must_mention_rate", "mentions_all"),
)

# per category, priority and mentions add little: they depend on the case, not on the category
_PER_CATEGORY = ("category_accuracy", "resolution_accuracy", "retrieval_hit_at_3")


def summarize(results: Sequence[CaseResult]) -> Summary:
    scores = [score_case(r) for r in results]
    metrics: dict[str, MetricValue] = {}
    denominators: dict[str, int] = {}

    def put(name: str, value: MetricValue, denominator: int) -> None:
        metrics[name] = value
        denominators[name] = denominator

    for name, attr in _RATES:
        put(name, *_rate(scores, attr))

    tp, fp, fn = escalation_counts(results)
    put("escalation_precision", ratio(tp, tp + fp), tp + fp)
    put("escalation_recall", ratio(tp, tp + fn), tp + fn)

    # Counts, not rates: still null when no case could be measured, so the gate reports "no data".
    with_forbidden = sum(1 for r in results if r.ticket.expected and r.ticket.expected.must_not_mention)
    violations = sum(1 for s in scores if s.violation)
    put("must_not_mention_violations", violations if with_forbidden else None, with_forbidden)
    put("errors", sum(1 for r in results if r.outcome is None) if results else None, len(results))

    outcomes = [r.outcome for r in results if r.outcome is not None]
    latencies = [o.latency_ms for o in outcomes]
    put("latency_ms_p50", percentile(latencies, 50), len(outcomes))
    put("latency_ms_p95", percentile(latencies, 95), len(outcomes))
    put("llm_calls_per_ticket", mean([o.model_calls for o in outcomes]), len(outcomes))
    put("tokens_per_ticket", mean([o.tokens for o in outcomes]), len(outcomes))

    return Summary(
        n=len(results),
        metrics={name: metrics[name] for name in METRIC_NAMES},  # a stable, documented order
        denominators={name: denominators[name] for name in METRIC_NAMES},
        per_category=per_category(results, scores),
        confusion=category_confusion(results),
        produced_by=dict(sorted(Counter(o.produced_by for o in outcomes).items())),
        scores=scores,
    )


def _rate(scores: Iterable[CaseScore], attr: str) -> tuple[float | None, int]:
    checked = [getattr(s, attr) for s in scores if getattr(s, attr) is not None]
    return ratio(sum(checked), len(checked)), len(checked)


def escalation_counts(results: Iterable[CaseResult]) -> tuple[int, int, int]:
    """(tp, fp, fn) with escalate as the positive class, over cases labelled with a resolution.

    An error case predicts nothing: a missed escalation (fn) if one was expected, never an fp.
    """
    tp = fp = fn = 0
    for r in results:
        want = r.ticket.expected.resolution if r.ticket.expected else None
        if want is None:
            continue
        got = r.outcome.resolution if r.outcome else None
        tp += want == "escalate" and got == "escalate"
        fp += want == "answer" and got == "escalate"
        fn += want == "escalate" and got != "escalate"
    return tp, fp, fn


def per_category(
    results: Sequence[CaseResult], scores: Sequence[CaseScore]
) -> dict[str, dict[str, MetricValue]]:
    """Per expected category: how often it was recognised, and how the cases in it were resolved."""
    groups: dict[str, list[CaseScore]] = {}
    for r, s in zip(results, scores, strict=True):
        if r.ticket.expected and r.ticket.expected.category:
            groups.setdefault(r.ticket.expected.category, []).append(s)
    table: dict[str, dict[str, MetricValue]] = {}
    for category in sorted(groups):
        group = groups[category]
        row: dict[str, MetricValue] = {"n": len(group)}
        for name, attr in _RATES:
            if name in _PER_CATEGORY:
                row[name], row[f"{name}_n"] = _rate(group, attr)
        table[category] = row
    return table


def category_confusion(results: Sequence[CaseResult]) -> dict[str, dict[str, int]]:
    """Expected -> predicted -> count, non-zero cells only; an error case is predicted as ERROR_LABEL."""
    matrix: dict[str, Counter[str]] = {}
    for r in results:
        want = r.ticket.expected.category if r.ticket.expected else None
        if want is None:
            continue
        got = r.outcome.category if r.outcome else ERROR_LABEL
        matrix.setdefault(want, Counter())[got] += 1
    return {want: dict(sorted(row.items())) for want, row in sorted(matrix.items())}
