"""Repeated trials of the same tickets and pass^k, as τ-bench measures agents: a model that answers a ticket
right once in three tries is not an agent to trust with it, and pass@1 alone hides that.

A trial of a ticket passes when its category, resolution and retrieval are right and no forbidden phrase
appears (priority and must_mention are style, not the task done). For a ticket with `c` passes in `n`
trials, pass^k is C(c, k) / C(n, k): the chance that k trials drawn from the n all pass; averaged over the
tickets, for k = 1..n.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from math import comb
from typing import Any

from evals.cases import CaseResult
from evals.metrics import CaseScore, mean, score_case

TRIALS_JSON = "trials.json"


def trial_passed(score: CaseScore, errored: bool) -> bool:
    return (
        not errored
        and score.category is not False
        and score.resolution is not False
        and score.retrieval_hit is not False
        and not score.violation
    )


def pass_hat_k(passes: Sequence[int], trials: int) -> dict[int, float]:
    """pass^k for k = 1..trials, averaged over tickets with `passes[i]` passing trials each."""
    if trials < 1 or not passes:
        return {}
    if any(not 0 <= c <= trials for c in passes):
        raise ValueError(f"passes must lie in 0..{trials}: {list(passes)}")
    return {
        k: round(sum(comb(c, k) for c in passes) / (comb(trials, k) * len(passes)), 4)
        for k in range(1, trials + 1)
    }


@dataclass
class TicketTrials:
    ticket_id: str
    passes: int = 0
    trials: int = 0
    tokens: list[int] = field(default_factory=list)
    calls: list[int] = field(default_factory=list)
    latency_ms: list[float] = field(default_factory=list)
    produced_by: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)  # why each failed trial failed, first reason

    def to_dict(self) -> dict[str, Any]:
        return {
            "ticket_id": self.ticket_id,
            "passes": self.passes,
            "trials": self.trials,
            "mean_tokens": _round(mean(self.tokens)),
            "mean_model_calls": _round(mean(self.calls)),
            "mean_latency_ms": _round(mean(self.latency_ms)),
            "produced_by": dict(self.produced_by),
            "failures": list(self.failures),
        }


def summarize_trials(runs: Sequence[Sequence[CaseResult]]) -> dict[str, Any]:
    """`runs[t]` is trial t's results for the same tickets in the same order."""
    trials = len(runs)
    per_ticket: dict[str, TicketTrials] = {}
    for results in runs:
        for result in results:
            entry = per_ticket.setdefault(result.ticket.id, TicketTrials(result.ticket.id))
            score = score_case(result)
            entry.trials += 1
            if trial_passed(score, result.outcome is None):
                entry.passes += 1
            else:
                entry.failures.append(score.failed[0] if score.failed else "forbidden phrase")
            if result.outcome is not None:
                entry.tokens.append(result.outcome.tokens)
                entry.calls.append(result.outcome.model_calls)
                entry.latency_ms.append(result.outcome.latency_ms)
                by = result.outcome.produced_by
                entry.produced_by[by] = entry.produced_by.get(by, 0) + 1
    tickets = list(per_ticket.values())
    return {
        "trials": trials,
        "tickets": len(tickets),
        "pass_hat_k": {str(k): v for k, v in pass_hat_k([t.passes for t in tickets], trials).items()},
        "per_ticket": [t.to_dict() for t in tickets],
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
