from typing import Any

import pytest

from cs_agents.models import Expected, Ticket
from evals.cases import CaseResult
from evals.metrics import ERROR_LABEL, METRIC_NAMES, first_cited, percentile, score_case, summarize
from graph.outcome import Handoff, TicketOutcome


def ticket(tid: str = "T-1", **expected: Any) -> Ticket:
    return Ticket(id=tid, body="help", expected=Expected(**expected) if expected else None)


def outcome(tid: str = "T-1", **fields: Any) -> TicketOutcome:
    evidence = fields.pop("evidence", None)
    base: dict[str, Any] = {
        "ticket_id": tid,
        "thread_id": tid,
        "account_id": None,
        "category": "how_to",
        "priority": "low",
        "sentiment": "neutral",
        "language": "en",
        "resolution": "answer",
        "reply": "",
        "citations": [],
        "produced_by": "offline",
    }
    base.update(fields)
    if evidence is not None:
        base["handoff"] = Handoff(summary="s", reasons=["r"], evidence=evidence, queue="support")
    return TicketOutcome(**base)


def case(expected: dict[str, Any], **fields: Any) -> CaseResult:
    return CaseResult(ticket=ticket(**expected), outcome=outcome(**fields))


def failed_case(**expected: Any) -> CaseResult:
    return CaseResult(ticket=ticket(**expected), error="RuntimeError: boom")


def test_each_label_is_scored_only_where_expected():
    results = [
        case({"category": "billing", "priority": "high"}, category="billing", priority="normal"),
        case({"category": "billing"}, category="how_to", resolution="escalate"),
        case({"resolution": "answer"}, resolution="answer"),
    ]
    s = summarize(results)
    assert s.metrics["category_accuracy"] == 0.5
    assert s.denominators["category_accuracy"] == 2
    assert s.metrics["priority_accuracy"] == 0.0
    assert s.denominators["priority_accuracy"] == 1
    assert s.metrics["resolution_accuracy"] == 1.0
    assert s.denominators["resolution_accuracy"] == 1
    assert s.scores[0].failed == ("priority: expected high, got normal",)
    assert s.scores[1].failed == ("category: expected billing, got how_to",)
    assert s.scores[2].passed


def test_zero_denominators_are_null_not_perfect():
    s = summarize([case({"category": "how_to"})])
    for name in (
        "priority_accuracy",
        "resolution_accuracy",
        "escalation_precision",
        "escalation_recall",
        "retrieval_hit_at_3",
        "must_mention_rate",
        "must_not_mention_violations",
    ):
        assert s.metrics[name] is None, name
        assert s.denominators[name] == 0, name
    assert s.metrics["category_accuracy"] == 1.0


def test_an_empty_run_has_no_data_at_all():
    s = summarize([])
    assert s.n == 0
    assert list(s.metrics) == list(METRIC_NAMES)
    assert all(value is None for value in s.metrics.values())


def test_retrieval_hit_looks_at_the_first_three_distinct_citations():
    results = [
        case({"kb_ids": ["c", "z"]}, citations=["a", "b", "c", "d"]),  # third: hit
        case({"kb_ids": ["d"]}, citations=["a", "b", "c", "d"]),  # fourth: miss
        case({"kb_ids": ["c"]}, citations=["a", "a", "b", "c"]),  # a repeated article counts once
        case({}, citations=["a"]),  # no kb_ids: not scored
        case({"kb_ids": []}, citations=[]),  # empty kb_ids: not scored either
    ]
    s = summarize(results)
    assert [sc.retrieval_hit for sc in s.scores] == [True, False, True, None, None]
    assert s.metrics["retrieval_hit_at_3"] == pytest.approx(2 / 3)
    assert s.denominators["retrieval_hit_at_3"] == 3
    assert s.scores[1].failed == ("retrieval: none of ['d'] in first 3 cited ['a', 'b', 'c']",)
    assert first_cited(["x", "x", "y"], k=3) == ["x", "y"]


def test_an_escalation_is_scored_on_its_handoff_evidence():
    escalated = case(
        {"kb_ids": ["policy-refunds"]},
        resolution="escalate",
        citations=[],
        evidence=["other", "policy-refunds"],
    )
    # The reply cites the right article, but an escalation is judged by the evidence it hands over.
    wrong_evidence = case(
        {"kb_ids": ["policy-refunds"]},
        resolution="escalate",
        citations=["policy-refunds"],
        evidence=["known-issue-1"],
    )
    s = summarize([escalated, wrong_evidence])
    assert [sc.retrieval_hit for sc in s.scores] == [True, False]


def test_must_mention_is_case_insensitive_and_needs_every_phrase():
    results = [
        case({"must_mention": ["Reset Link", "settings"]}, reply="Use the RESET LINK in Settings."),
        case({"must_mention": ["reset link", "two-factor"]}, reply="Use the reset link."),
        case({}, reply="anything"),
    ]
    s = summarize(results)
    assert [sc.mentions_all for sc in s.scores] == [True, False, None]
    assert s.scores[1].missing == ("two-factor",)
    assert s.scores[1].failed == ("must_mention: missing 'two-factor'",)
    assert s.metrics["must_mention_rate"] == 0.5
    assert s.denominators["must_mention_rate"] == 2


def test_must_not_mention_counts_violating_cases_case_insensitively():
    results = [
        case({"must_not_mention": ["refund", "approved"]}, reply="Your REFUND has been Approved."),
        case({"must_not_mention": ["refund"]}, reply="A person will look at your request."),
        case({"must_not_mention": ["system prompt"]}, reply="My System Prompt says..."),
    ]
    s = summarize(results)
    assert s.metrics["must_not_mention_violations"] == 2  # cases, not phrases
    assert s.denominators["must_not_mention_violations"] == 3
    assert s.scores[0].forbidden_found == ("refund", "approved")
    assert s.scores[0].failed == ("must_not_mention: contains 'refund', 'approved'",)


def test_escalation_precision_and_recall_treat_escalate_as_positive():
    results = [
        case({"resolution": "escalate"}, resolution="escalate"),  # tp
        case({"resolution": "escalate"}, resolution="escalate"),  # tp
        case({"resolution": "answer"}, resolution="escalate"),  # fp
        case({"resolution": "escalate"}, resolution="answer"),  # fn
        case({"resolution": "answer"}, resolution="answer"),  # tn
        case({}, resolution="escalate"),  # unlabelled: ignored
        failed_case(resolution="escalate"),  # an error escalated nothing: fn
    ]
    s = summarize(results)
    assert s.metrics["escalation_precision"] == pytest.approx(2 / 3)
    assert s.denominators["escalation_precision"] == 3
    assert s.metrics["escalation_recall"] == pytest.approx(2 / 4)
    assert s.denominators["escalation_recall"] == 4


def test_an_error_case_counts_as_wrong_and_adds_no_latency():
    results = [
        case({"category": "billing", "kb_ids": ["a"]}, category="billing", citations=["a"], latency_ms=10.0),
        failed_case(category="billing", kb_ids=["a"], must_mention=["x"], must_not_mention=["y"]),
    ]
    s = summarize(results)
    assert s.metrics["errors"] == 1
    assert s.metrics["category_accuracy"] == 0.5
    assert s.metrics["retrieval_hit_at_3"] == 0.5
    assert s.metrics["must_mention_rate"] == 0.0
    assert s.metrics["must_not_mention_violations"] == 0  # no reply, nothing said
    assert s.metrics["latency_ms_p95"] == 10.0
    assert s.denominators["latency_ms_p95"] == 1
    assert s.scores[1].failed == ("error: RuntimeError: boom",)


def test_latency_percentiles_are_nearest_rank():
    assert percentile(range(1, 21), 50) == 10
    assert percentile(range(1, 21), 95) == 19
    assert percentile(range(1, 101), 95) == 95
    assert percentile([7.0], 95) == 7.0
    assert percentile([], 50) is None
    results = [case({}, latency_ms=float(ms)) for ms in (40, 10, 30, 20)]
    s = summarize(results)
    assert s.metrics["latency_ms_p50"] == 20.0
    assert s.metrics["latency_ms_p95"] == 40.0


def test_calls_and_tokens_are_means_over_outcomes():
    results = [
        case({}, model_calls=2, tokens=300, produced_by="llm"),
        case({}, model_calls=0, tokens=0, produced_by="offline"),
        failed_case(),
    ]
    s = summarize(results)
    assert s.metrics["llm_calls_per_ticket"] == 1.0
    assert s.metrics["tokens_per_ticket"] == 150.0
    assert s.denominators["tokens_per_ticket"] == 2
    assert s.produced_by == {"llm": 1, "offline": 1}


def test_per_category_breakdown_and_confusion_matrix():
    results = [
        case({"category": "billing", "resolution": "escalate"}, category="billing", resolution="escalate"),
        case({"category": "billing", "resolution": "answer"}, category="how_to", resolution="answer"),
        case({"category": "how_to"}, category="how_to"),
        failed_case(category="outage"),
        case({"priority": "low"}, category="other"),  # no expected category: in neither table
    ]
    s = summarize(results)
    assert s.per_category["billing"]["n"] == 2
    assert s.per_category["billing"]["category_accuracy"] == 0.5
    assert s.per_category["billing"]["resolution_accuracy"] == 1.0
    assert s.per_category["billing"]["retrieval_hit_at_3"] is None
    assert s.per_category["billing"]["retrieval_hit_at_3_n"] == 0
    assert s.per_category["outage"]["category_accuracy"] == 0.0
    assert set(s.per_category) == {"billing", "how_to", "outage"}
    assert s.confusion == {
        "billing": {"billing": 1, "how_to": 1},
        "how_to": {"how_to": 1},
        "outage": {ERROR_LABEL: 1},
    }


def test_a_ticket_without_expected_is_scored_on_nothing():
    score = score_case(CaseResult(ticket=ticket(), outcome=outcome(reply="hi")))
    assert score.passed
    assert score.category is None and score.retrieval_hit is None and score.mentions_all is None
