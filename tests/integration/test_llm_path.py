"""The LLM path for real over HTTP: the real ChatOpenAI client against the scripted local server,
through the whole ticket graph (tool calls executed, structured outputs parsed, retries, fallback)."""

import json
import uuid

import pytest

from agents.context import Services
from cs_agents.models import Ticket
from graph.run import TicketRunner
from tests.fakes.replies import triage_reply

TRIAGE_HOW_TO = triage_reply("Wants to stop staff clocking in from home.")
REPLY = {
    "resolution": "answer",
    "reply": "Hi Priya, turn on geofencing under Settings > Locations and set a radius.",
    "citations": ["geofencing-clock-in"],
    "handoff_summary": None,
}
QUESTION = "How do I stop staff clocking in from home?"


def make_runner(settings, server, **over):
    llm = settings.model_copy(
        update={
            "llm_provider": "openai",
            "openai_base_url": server.base_url,
            "llm_model": "scripted",
            "llm_retry_wait_s": 0.0,
            "llm_timeout_s": 2.0,
            "llm_max_retries": 3,
            **over,
        }
    )
    return TicketRunner(Services.build(llm))


@pytest.fixture
def llm_runner(sample_settings, scripted_llm):
    r = make_runner(sample_settings, scripted_llm)
    yield r
    r.close()


def run(runner, text=QUESTION, account="acc_003"):
    ticket = Ticket(id=f"L-{uuid.uuid4().hex[:8]}", account_id=account, channel="chat", body=text)
    return runner.run(ticket, thread_id=f"llm-{ticket.id}")


def tool_messages(request):
    return [m for m in request["messages"] if m["role"] == "tool"]


def test_answer_from_the_kb_takes_two_model_calls(llm_runner, scripted_llm):
    scripted_llm.reply_json(TRIAGE_HOW_TO).reply_tool_call("TicketReply", REPLY)
    out = run(llm_runner)
    assert (out.produced_by, out.resolution, out.model_calls) == ("llm", "answer", 2)
    assert out.citations == ["geofencing-clock-in"]
    assert out.reply.startswith("Hi Priya, turn on geofencing")
    assert out.tokens > 0
    assert scripted_llm.calls == 2
    reply_request = scripted_llm.requests[1]
    assert {t["function"]["name"] for t in reply_request["tools"]} >= {
        "search_kb",
        "get_account",
        "TicketReply",
    }
    assert "geofencing-clock-in" in json.dumps(reply_request["messages"])  # retrieved articles in the prompt


def test_tool_calls_are_executed_with_the_account_in_scope(llm_runner, scripted_llm):
    scripted_llm.reply_json(TRIAGE_HOW_TO).reply_tool_call("get_account", {}).reply_tool_call(
        "TicketReply", REPLY
    )
    out = run(llm_runner)
    assert (out.produced_by, out.model_calls) == ("llm", 3)
    [result] = tool_messages(scripted_llm.requests[2])
    assert json.loads(result["content"])["id"] == "acc_003"


def test_a_tool_asked_about_another_account_refuses(llm_runner, scripted_llm):
    other = next(t for t in _tickets(llm_runner) if t[1] not in (None, "acc_003"))[0]
    scripted_llm.reply_json(TRIAGE_HOW_TO)
    scripted_llm.reply_tool_call("get_ticket_history", {"ticket_id": other})
    scripted_llm.reply_tool_call("TicketReply", REPLY)
    out = run(llm_runner)
    [result] = tool_messages(scripted_llm.requests[2])
    assert result["content"].startswith("refused:")
    assert out.produced_by == "llm"


def test_rules_win_over_the_model(llm_runner, scripted_llm):
    triage = TRIAGE_HOW_TO | {"category": "billing"}  # the model misses the money request
    scripted_llm.reply_json(triage).reply_tool_call(
        "TicketReply", REPLY | {"reply": "Done! Your refund has been approved."}
    )
    out = run(llm_runner, "I was charged twice, refund me now")
    assert out.resolution == "escalate"
    assert "money" in out.handoff.reasons
    assert "refund has been approved" not in out.reply.lower()


def test_a_promise_in_the_model_reply_is_removed(llm_runner, scripted_llm):
    scripted_llm.reply_json(TRIAGE_HOW_TO).reply_tool_call(
        "TicketReply", REPLY | {"reply": "Set a geofence. We have refunded your last invoice."}
    )
    out = run(llm_runner)
    assert "refunded" not in out.reply
    assert "promise_removed" in out.flags


def test_server_errors_are_retried_then_the_offline_brain_answers(llm_runner, scripted_llm):
    scripted_llm.fail_next(500, times=4)
    out = run(llm_runner)
    assert out.produced_by == "offline"
    assert scripted_llm.calls == 4  # one try and three retries, then no more calls in this run
    assert out.resolution == "answer"
    assert "geofencing-clock-in" in out.citations


def test_rate_limit_is_retried_after_the_server_says(llm_runner, scripted_llm):
    scripted_llm.fail_next(429, retry_after=0.05)
    scripted_llm.reply_json(TRIAGE_HOW_TO).reply_tool_call("TicketReply", REPLY)
    out = run(llm_runner)
    assert (out.produced_by, out.model_calls, scripted_llm.calls) == ("llm", 3, 3)


def test_invalid_json_is_retried(llm_runner, scripted_llm):
    scripted_llm.reply_invalid_json().reply_json(TRIAGE_HOW_TO).reply_tool_call("TicketReply", REPLY)
    out = run(llm_runner)
    assert (out.produced_by, out.model_calls) == ("llm", 3)


def test_malformed_tool_call_is_retried(llm_runner, scripted_llm):
    scripted_llm.reply_json(TRIAGE_HOW_TO).reply_malformed_tool_call().reply_tool_call("TicketReply", REPLY)
    out = run(llm_runner)
    assert (out.produced_by, out.model_calls) == ("llm", 3)


def test_timeouts_fall_back_to_offline(sample_settings, scripted_llm):
    runner = make_runner(sample_settings, scripted_llm, llm_timeout_s=0.3, llm_max_retries=1)
    scripted_llm.hang_next(1.5, times=2)
    out = run(runner)
    runner.close()
    assert out.produced_by == "offline"
    assert scripted_llm.calls == 2


def test_function_calling_structured_output(sample_settings, scripted_llm):
    runner = make_runner(sample_settings, scripted_llm, llm_structured_output_method="function_calling")
    scripted_llm.reply_structured(TRIAGE_HOW_TO).reply_tool_call("TicketReply", REPLY)
    out = run(runner)
    runner.close()
    assert (out.produced_by, out.model_calls) == ("llm", 2)
    assert scripted_llm.requests[0]["tools"][0]["function"]["name"] == "Triage"


def _tickets(runner):
    from sqlalchemy import select

    from cs_agents.db import TicketRow

    with runner.services.db.session() as s:
        return list(s.execute(select(TicketRow.id, TicketRow.account_id)))


# A model that gets the category wrong for each rule's ticket, and says "answer": the detectors still
# make the ticket reach a person, with the category corrected (the decisions issue's acceptance check).
WRONG_CATEGORY = [
    ("Please cancel our subscription at the end of the month.", "billing", "cancellation", "cancellation"),
    ("The service is down for all of us, every page shows a 503.", "how_to", "outage", "outage"),
    ("We want our money back for last month, it never worked.", "how_to", None, "money"),
    ("Put me through to a real person, not a bot.", "how_to", None, "human"),
    ("Delete all our personal data under GDPR, please.", "how_to", "data_privacy", "privacy"),
    (
        "Someone logged into our account from another country last night.",
        "how_to",
        "account_access",
        "security",
    ),
]


@pytest.mark.parametrize(("text", "wrong", "category", "reason"), WRONG_CATEGORY)
def test_a_wrong_model_category_never_removes_an_escalation(
    llm_runner, scripted_llm, text, wrong, category, reason
):
    scripted_llm.reply_json(triage_reply("Something.", category=wrong)).reply_tool_call("TicketReply", REPLY)
    out = run(llm_runner, text=text)
    assert out.resolution == "escalate"
    assert out.handoff is not None and reason in out.handoff.reasons
    if category:
        assert out.category == category
