"""pass^k as τ-bench computes it, and what a passing trial is."""

import pytest

from cs_agents.models import Expected, Ticket
from evals.cases import CaseResult
from evals.metrics import CaseScore
from evals.trials import pass_hat_k, summarize_trials, trial_passed


def test_pass_hat_k_is_the_chance_that_k_trials_drawn_all_pass():
    # Three tickets, three trials: passed 3, 1 and 0 times.
    assert pass_hat_k([3, 1, 0], 3) == {1: round(4 / 9, 4), 2: round(1 / 3, 4), 3: round(1 / 3, 4)}
    assert pass_hat_k([2, 2], 2) == {1: 1.0, 2: 1.0}
    assert pass_hat_k([], 3) == {}
    with pytest.raises(ValueError, match="must lie in"):
        pass_hat_k([4], 3)


def test_a_trial_passes_on_the_task_not_on_style():
    style_only = CaseScore("T", category=True, priority=False, resolution=True, mentions_all=False)
    assert trial_passed(style_only, errored=False)
    assert not trial_passed(CaseScore("T", category=True, retrieval_hit=False), errored=False)
    assert not trial_passed(CaseScore("T", violation=True), errored=False)
    assert not trial_passed(CaseScore("T"), errored=True)


def test_an_error_in_one_trial_counts_against_its_ticket():
    ticket = Ticket(id="T-1", channel="chat", body="hello", expected=Expected(category="how_to"))
    errored = CaseResult(ticket=ticket, error="RuntimeError: boom")
    report = summarize_trials([[errored], [errored]])
    assert report["pass_hat_k"] == {"1": 0.0, "2": 0.0}
    assert report["per_ticket"][0]["failures"] == ["error: RuntimeError: boom"] * 2
    assert report["per_ticket"][0]["mean_tokens"] is None
