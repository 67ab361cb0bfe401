"""The review payload (LangChain HITL shape), the resume values it accepts, and the field-level diff."""

import pytest

from graph.review import (
    InvalidDecision,
    ReviewRegistry,
    UnknownWorkflow,
    args_diff,
    define_workflow,
    parse_decision,
    resume_value,
    review_payload,
)

ARGS = {"to": "maya@brightside.example", "subject": "Welcome", "steps": [{"day": 1, "text": "Invite staff"}]}


def payload(**kwargs):
    return review_payload("send_campaign", ARGS, "## Why\n- 3 days, no schedule", **kwargs)


def test_payload_is_the_hitl_shape_agent_inbox_clients_render():
    p = payload(kind="campaign", account_id="acc_001")
    assert p["action_requests"] == [
        {"name": "send_campaign", "args": ARGS, "description": "## Why\n- 3 days, no schedule"}
    ]
    assert p["review_configs"] == [
        {"action_name": "send_campaign", "allowed_decisions": ["approve", "edit", "reject"]}
    ]
    assert p["metadata"] == {"kind": "campaign", "account_id": "acc_001"}


def test_payload_refuses_args_that_cannot_be_stored_as_json():
    with pytest.raises(ValueError, match="JSON-serialisable"):
        review_payload("x", {"when": object()}, "d")
    with pytest.raises(ValueError, match="subset"):
        review_payload("x", {}, "d", allowed=["approve", "publish"])  # type: ignore[list-item]


def test_each_decision_type_normalises():
    p = payload()
    approve = parse_decision(p, resume_value("approve", "send_campaign", review_id=7, decided_by="ana"))
    assert approve == {"type": "approve", "args": ARGS, "message": None, "review_id": 7, "decided_by": "ana"}
    edited = {**ARGS, "subject": "Welcome to Shiftly"}
    edit = parse_decision(
        p, {"decisions": [{"type": "edit", "edited_action": {"name": "send_campaign", "args": edited}}]}
    )
    assert (edit["type"], edit["args"], edit["review_id"]) == ("edit", edited, None)
    reject = parse_decision(p, {"decisions": [{"type": "reject", "message": "wrong account"}]})
    assert (reject["type"], reject["message"], reject["args"]) == ("reject", "wrong account", ARGS)


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ("yes", "resume with"),
        ({"decisions": []}, "one action; got 0"),
        ({"decisions": [{"type": "approve"}, {"type": "approve"}]}, "one action; got 2"),
        ({"decisions": [{"type": "publish"}]}, "must be one of approve, edit, reject"),
        ({"decisions": [{"type": "edit"}]}, "edited_action"),
        (
            {"decisions": [{"type": "edit", "edited_action": {"name": "delete_account", "args": {}}}]},
            "not the action",
        ),
        ({"decisions": [{"type": "reject", "message": 3}]}, "must be text"),
    ],
)
def test_anything_else_is_refused_with_a_clear_error(value, error):
    with pytest.raises(InvalidDecision, match=error):
        parse_decision(payload(), value)


def test_a_decision_the_review_does_not_allow_is_refused():
    with pytest.raises(InvalidDecision, match="'edit' is not allowed for 'send_campaign'"):
        parse_decision(
            payload(allowed=["approve", "reject"]),
            {"decisions": [{"type": "edit", "edited_action": {"name": "send_campaign", "args": ARGS}}]},
        )


def test_diff_names_each_changed_field_down_to_list_items():
    after = {"to": ARGS["to"], "subject": "Hi", "steps": [{"day": 2, "text": "Invite staff"}], "cc": "csm@x"}
    assert args_diff(ARGS, after) == [
        {"field": "subject", "op": "changed", "before": "Welcome", "after": "Hi"},
        {"field": "steps[0].day", "op": "changed", "before": 1, "after": 2},
        {"field": "cc", "op": "added", "after": "csm@x"},
    ]
    assert args_diff({"a": 1, "b": [1, 2]}, {"b": [1]}) == [
        {"field": "a", "op": "removed", "before": 1},
        {"field": "b", "op": "changed", "before": [1, 2], "after": [1]},
    ]
    assert args_diff(ARGS, dict(ARGS)) == []


def test_registry_refuses_a_second_builder_under_the_same_name_and_names_the_known_ones():
    def build_a(checkpointer):
        raise AssertionError

    def build_b(checkpointer):
        raise AssertionError

    reg = ReviewRegistry([define_workflow("onboarding", build_a, kind="campaign")])
    reg.add(define_workflow("onboarding", build_a, kind="campaign"))  # the same definition again is fine
    with pytest.raises(ValueError, match="already registered"):
        reg.add(define_workflow("onboarding", build_b, kind="campaign"))
    with pytest.raises(UnknownWorkflow, match=r"'retention' is not registered .*registered: onboarding"):
        reg.get("retention")
