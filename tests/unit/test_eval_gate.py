import pytest

from evals.gate import DEFAULT_THRESHOLDS, Threshold, ThresholdError, check, load_thresholds, parse_thresholds
from evals.metrics import METRIC_NAMES


def test_the_project_thresholds_load_and_name_real_metrics():
    thresholds = load_thresholds(DEFAULT_THRESHOLDS)
    assert set(thresholds) <= set(METRIC_NAMES)
    # Every shipped product is gated on the decisions that matter, not only on the old metrics.
    assert {"escalation_recall", "priority_accuracy", "resolution_accuracy", "category_accuracy"} <= set(
        thresholds
    )
    assert thresholds["errors"] == Threshold(max=0)
    assert thresholds["must_not_mention_violations"] == Threshold(max=0)


def test_metrics_inside_their_bounds_pass():
    thresholds = {"retrieval_hit_at_3": Threshold(min=0.85), "errors": Threshold(max=0)}
    assert check({"retrieval_hit_at_3": 0.85, "errors": 0}, thresholds) == []


def test_failures_say_value_bound_and_limit():
    thresholds = {
        "retrieval_hit_at_3": Threshold(min=0.85),
        "latency_ms_p95": Threshold(max=300),
        "category_accuracy": Threshold(min=0.85),
    }
    failures = check(
        {"retrieval_hit_at_3": 0.81, "latency_ms_p95": 312.5, "category_accuracy": 0.9}, thresholds
    )
    assert [f.message for f in failures] == [
        "retrieval_hit_at_3 0.81 < min 0.85",
        "latency_ms_p95 312.5 > max 300",
    ]
    assert (failures[0].metric, failures[0].value, failures[0].bound, failures[0].limit) == (
        "retrieval_hit_at_3",
        0.81,
        "min",
        0.85,
    )


def test_a_value_just_under_the_limit_is_not_printed_as_the_limit():
    [failure] = check({"category_accuracy": 0.84999}, {"category_accuracy": Threshold(min=0.85)})
    assert failure.message == "category_accuracy 0.84999 < min 0.85"


def test_null_and_unknown_metrics_fail_with_no_data():
    thresholds = {
        "must_mention_rate": Threshold(min=0.75),
        "errors": Threshold(max=0),
        "typo": Threshold(min=1),
    }
    failures = check({"must_mention_rate": None, "errors": None}, thresholds)
    assert [f.message for f in failures] == [
        "must_mention_rate has no data: no case measured it (needs min 0.75)",
        "errors has no data: no case measured it (needs max 0)",
        "typo is not a metric of this evaluation (needs min 1)",
    ]


def test_both_bounds_are_checked():
    failures = check({"tokens_per_ticket": 5.0}, {"tokens_per_ticket": Threshold(min=10, max=100)})
    assert [f.message for f in failures] == ["tokens_per_ticket 5 < min 10"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- errors\n", "expected a mapping"),
        ("errors: 0\n", "expected {min: x} or {max: y}"),
        ("errors: {}\n", "expected {min: x} or {max: y}"),
        ("errors: {maximum: 0}\n", "unknown keys ['maximum']"),
        ("errors: {max: yes}\n", "errors.max: expected a number"),
        ("errors: {max: .nan}\n", "expected a number"),
        ("errors: {min: 2, max: 1}\n", "min 2.0 is above max 1.0"),
        ("errors: {max: [0\n", "not valid YAML"),
    ],
)
def test_a_badly_shaped_thresholds_file_says_where(write, text, message):
    path = write("thresholds.yaml", text)
    with pytest.raises(ThresholdError, match=r"thresholds\.yaml") as info:
        load_thresholds(path)
    assert message in str(info.value)


def test_an_empty_thresholds_file_gates_nothing():
    assert parse_thresholds(None) == {}
