"""Servers that refuse request shapes (as llama.cpp's function-calling format does): the brain tries the
next shape once, keeps it for the process when the server takes it, and says so in /readyz and /metrics;
a pinned shape is never changed. Real ChatOpenAI against the scripted server, through the whole graph."""

import json

import pytest
from fastapi.testclient import TestClient

from agents.brain import Brain, RequestShapes, refused_shape
from api.app import create_app
from cs_agents.models import Ticket
from tests.faults.conftest import metric
from tests.integration.test_llm_path import QUESTION, REPLY, TRIAGE_HOW_TO, make_runner, run

LLAMA_CPP = {"tool_choice": ("required",), "response_format": ("json_schema",)}


@pytest.fixture
def runner(sample_settings, scripted_llm):
    r = make_runner(sample_settings, scripted_llm)
    yield r
    r.close()


def shapes_of(runner) -> dict[str, str]:
    return runner.services.brain.request_shapes.report()["shapes"]


def test_a_llama_cpp_like_server_is_adapted_to_once_and_remembered(runner, scripted_llm):
    scripted_llm.refuse_shapes(**LLAMA_CPP)
    scripted_llm.reply_structured(TRIAGE_HOW_TO).reply_tool_call("TicketReply", REPLY)

    out = run(runner)

    assert (out.produced_by, out.resolution, out.citations) == ("llm", "answer", ["geofencing-clock-in"])
    sent = scripted_llm.requests
    assert [r.get("response_format", {}).get("type") for r in sent[:2]] == ["json_schema", None]
    assert sent[1]["tool_choice"] == {"type": "function", "function": {"name": "Triage"}}
    assert [r["tool_choice"] for r in sent[2:]] == ["required", "auto"]
    assert {t["function"]["name"] for t in sent[3]["tools"]} >= {"search_kb", "TicketReply"}
    assert shapes_of(runner) == {
        "tool_choice": "auto",
        "structured_output": "function_calling",
        "parallel_tool_calls": "send",
        "streaming": "stream",  # nothing asked for a streamed answer
    }
    adapted = runner.services.brain.request_shapes.report()["adapted"]
    assert [(a["setting"], a["old"], a["new"]) for a in adapted] == [
        ("structured_output", "json_schema", "function_calling"),
        ("tool_choice", "required", "auto"),
    ]
    assert adapted[0]["reason"].startswith("status 422:") and "json_object" in adapted[0]["reason"]
    assert adapted[1]["reason"] == "status 500: (no message)"

    # The next ticket goes straight to the shapes that work: two calls, none refused.
    scripted_llm.reset()
    scripted_llm.refuse_shapes(**LLAMA_CPP)
    scripted_llm.reply_structured(TRIAGE_HOW_TO).reply_tool_call("TicketReply", REPLY)
    again = run(runner)
    assert (again.produced_by, again.model_calls, scripted_llm.calls) == ("llm", 2, 2)
    assert len(runner.services.brain.request_shapes.adaptations()) == 2


def test_auto_gets_one_repair_turn_that_names_the_answer_tool(sample_settings, scripted_llm):
    runner = make_runner(sample_settings, scripted_llm, llm_tool_choice="auto")
    scripted_llm.reply_json(TRIAGE_HOW_TO)
    scripted_llm.reply_text("You can turn on geofencing.")  # prose, not the answer tool
    scripted_llm.reply_tool_call("TicketReply", REPLY)
    before = runner.services.brain.stats.report()["repairs"]

    out = run(runner)
    runner.close()

    assert (out.produced_by, out.model_calls) == ("llm", 3)
    repair = scripted_llm.requests[2]
    assert repair["tool_choice"] == {"type": "function", "function": {"name": "TicketReply"}}
    assert [t["function"]["name"] for t in repair["tools"]] == ["TicketReply"]
    assert "by calling TicketReply" in repair["messages"][-1]["content"]
    assert runner.services.brain.stats.report()["repairs"] == before + 1


def test_a_refused_parallel_tool_calls_parameter_is_dropped(sample_settings, scripted_llm):
    runner = make_runner(sample_settings, scripted_llm, llm_structured_output_method="function_calling")
    scripted_llm.refuse_shapes(parallel_tool_calls=True)
    scripted_llm.reply_structured(TRIAGE_HOW_TO).reply_tool_call("TicketReply", REPLY)

    out = run(runner)
    runner.close()

    assert out.produced_by == "llm"
    first, second = scripted_llm.requests[:2]
    assert first["parallel_tool_calls"] is False and "parallel_tool_calls" not in second
    assert second["tool_choice"]["function"]["name"] == "Triage"  # still function calling
    assert shapes_of(runner)["parallel_tool_calls"] == "omit"
    assert shapes_of(runner)["structured_output"] == "function_calling"


def test_a_pinned_shape_is_not_changed_and_the_fallback_says_why(sample_settings, scripted_llm):
    llm = {
        "llm_provider": "openai",
        "openai_base_url": scripted_llm.base_url,
        "llm_model": "scripted",
        "llm_retry_wait_s": 0.0,
        "llm_max_retries": 1,
        "llm_adapt_request_shapes": False,
    }
    settings = sample_settings.model_copy(update=llm)
    scripted_llm.refuse_shapes(tool_choice=("required",))
    scripted_llm.reply_json(TRIAGE_HOW_TO)
    with TestClient(create_app(settings)) as api:
        answer = api.post("/v1/chat", json={"account_id": "acc_003", "message": QUESTION})
        ready = api.get("/readyz").json()
        text = api.get("/metrics").text

    assert answer.status_code == 200 and answer.json()["citations"][0] == "geofencing-clock-in"
    assert [r["tool_choice"] for r in scripted_llm.requests[1:]] == ["required", "required"]  # no "auto"
    model = ready["model"]
    assert model["pinned"] is True and model["adapted"] == []
    assert model["shapes"]["tool_choice"] == "required"
    assert model["fallback_reasons"] == {"server_error": 1}
    assert "Error code: 500" in model["last_fallback"]["reason"]
    assert metric(text, "cs_agents_llm_fallback_reasons_total", reason="server_error") == 1
    assert metric(text, "cs_agents_llm_request_shape", setting="tool_choice", shape="required") == 1


def test_readyz_and_metrics_show_an_adaptation(sample_settings, scripted_llm):
    llm = {
        "llm_provider": "openai",
        "openai_base_url": scripted_llm.base_url,
        "llm_model": "scripted",
        "llm_retry_wait_s": 0.0,
    }
    scripted_llm.refuse_shapes(**LLAMA_CPP)
    scripted_llm.reply_structured(TRIAGE_HOW_TO).reply_tool_call("TicketReply", REPLY)
    with TestClient(create_app(sample_settings.model_copy(update=llm))) as api:
        answer = api.post("/v1/chat", json={"account_id": "acc_003", "message": QUESTION})
        ready = api.get("/readyz").json()
        text = api.get("/metrics").text

    assert answer.status_code == 200, answer.text
    assert ready["model"]["shapes"]["tool_choice"] == "auto"
    assert {a["setting"] for a in ready["model"]["adapted"]} == {"tool_choice", "structured_output"}
    assert ready["model"]["fallbacks"] == 0
    labels = {"setting": "tool_choice", "from": "required", "to": "auto"}
    assert metric(text, "cs_agents_llm_shape_adaptations_total", **labels) == 1
    assert metric(text, "cs_agents_llm_attempts_total", result="shape_refused") == 2
    assert (
        metric(text, "cs_agents_llm_request_shape", setting="structured_output", shape="function_calling")
        == 1
    )


def test_a_transient_server_error_changes_no_shape(runner, scripted_llm):
    scripted_llm.fail_next(500)  # a message that names no request field: a failure, retried as before
    scripted_llm.reply_json(TRIAGE_HOW_TO).reply_tool_call("TicketReply", REPLY)
    out = run(runner)
    assert (out.produced_by, scripted_llm.calls) == ("llm", 3)
    assert runner.services.brain.request_shapes.adaptations() == []


def test_a_shape_the_next_one_fares_no_better_with_is_kept(runner, scripted_llm):
    # Both tool_choice shapes refused: the refusal was not about the shape, so nothing is adopted.
    scripted_llm.refuse_shapes(tool_choice=("required", "auto"))
    scripted_llm.reply_json(TRIAGE_HOW_TO)
    out = run(runner)
    assert out.produced_by == "offline" and out.resolution == "answer"
    assert shapes_of(runner)["tool_choice"] == "required"
    assert runner.services.brain.request_shapes.adaptations() == []


def test_what_counts_as_a_refused_shape():
    import httpx
    import openai

    def status(code: int, body: object) -> openai.APIStatusError:
        response = httpx.Response(code, request=httpx.Request("POST", "http://127.0.0.1/v1/chat/completions"))
        cls = openai.InternalServerError if code >= 500 else openai.BadRequestError
        return cls("x", response=response, body=body)

    assert refused_shape(status(400, {"message": "context too long"}))  # probed; kept only if the next works
    assert refused_shape(status(500, {"message": ""}))
    assert refused_shape(status(500, {"message": "tool_choice 'required' is not supported"}))
    assert not refused_shape(status(500, {"message": "CUDA out of memory"}))
    assert not refused_shape(status(429, {"message": "slow down"}))
    assert not refused_shape(ValueError("x"))


def test_a_brain_without_shapes_gets_its_own():
    brain = Brain(method="json_mode")
    assert brain.request_shapes.get("structured_output") == "json_mode"
    assert brain.fresh().request_shapes is brain.request_shapes  # shared by every run of the process
    assert json.dumps(RequestShapes(adapt=False).report())  # readyz serialises it


def outcome_of(runner, events) -> tuple[list[str], object]:
    previews = [value for kind, value in events if kind == "reply_preview"]
    [outcome] = [value for kind, value in events if kind == "outcome"]
    return previews, outcome


def test_a_server_that_refuses_to_stream_with_auto_is_adapted_to_once(runner, scripted_llm):
    # llama.cpp: a bare 500 for "required", and a 500 saying so for a stream with tool_choice "auto".
    scripted_llm.refuse_shapes(tool_choice=("required",), stream_with_auto=True)
    scripted_llm.reply_json(TRIAGE_HOW_TO).reply_tool_call("TicketReply", REPLY)
    ticket = Ticket(id="S-stream-1", account_id="acc_003", channel="chat", body=QUESTION)

    previews, out = outcome_of(runner, list(runner.stream(ticket, "t-stream-1", previews=True)))

    assert (out.produced_by, out.resolution) == ("llm", "answer")
    assert previews == []  # answered in one piece: nothing could be shown before it was done
    sent = scripted_llm.requests[1:]
    assert [(r["tool_choice"], bool(r.get("stream"))) for r in sent] == [
        ("required", True),
        ("auto", True),
        ("auto", False),
    ]
    assert shapes_of(runner)["streaming"] == "no_stream"
    adapted = runner.services.brain.request_shapes.report()["adapted"]
    assert [(a["setting"], a["old"], a["new"]) for a in adapted] == [
        ("streaming", "stream", "no_stream"),
        ("tool_choice", "required", "auto"),
    ]
    assert "Automatic streaming tool choice is not supported" in adapted[0]["reason"]

    # Remembered: the next streamed chat asks once, unstreamed.
    scripted_llm.reset()
    scripted_llm.refuse_shapes(tool_choice=("required",), stream_with_auto=True)
    scripted_llm.reply_json(TRIAGE_HOW_TO).reply_tool_call("TicketReply", REPLY)
    ticket = Ticket(id="S-stream-2", account_id="acc_003", channel="chat", body=QUESTION)
    _, again = outcome_of(runner, list(runner.stream(ticket, "t-stream-2", previews=True)))
    assert (again.produced_by, scripted_llm.calls) == ("llm", 2)


def test_a_streamed_reply_is_previewed_in_screened_sentences(runner, scripted_llm):
    text = "Turn on geofencing under Settings. I have refunded your last invoice. Then set a radius."
    scripted_llm.reply_json(TRIAGE_HOW_TO).reply_tool_call("TicketReply", {**REPLY, "reply": text})
    ticket = Ticket(id="S-stream-3", account_id="acc_003", channel="chat", body=QUESTION)

    previews, out = outcome_of(runner, list(runner.stream(ticket, "t-stream-3", previews=True)))

    assert scripted_llm.requests[1]["stream"] is True
    assert previews[0] == "Turn on geofencing under Settings."
    assert all(out.reply.startswith(p) for p in previews)  # each preview is a prefix of the final reply
    assert not any("refunded" in p for p in previews)  # the promise never shows, even for a moment
    # The last sentence is judged only with the whole reply: the chat sends it after the final screen.
    assert "radius" not in previews[-1] and out.reply.endswith("Then set a radius.")
    assert "promise_removed" in out.flags


def test_a_reply_in_another_language_is_not_previewed(runner, scripted_llm):
    spanish = "Hola, active la geovalla en Ajustes. Luego defina un radio para cada local, por favor. "
    english = "Turn on geofencing under Settings. Then set a radius for each location, please. "
    scripted_llm.reply_json(TRIAGE_HOW_TO)
    scripted_llm.reply_tool_call("TicketReply", {**REPLY, "reply": spanish})
    scripted_llm.reply_tool_call("TicketReply", {**REPLY, "reply": english})
    ticket = Ticket(id="S-stream-4", account_id="acc_003", channel="chat", body=QUESTION)

    previews, out = outcome_of(runner, list(runner.stream(ticket, "t-stream-4", previews=True)))

    assert (out.produced_by, out.model_calls) == ("llm", 3)  # sent back once, answered in English
    assert previews and all(out.reply.startswith(p) for p in previews)
    assert not any("Hola" in p for p in previews)


def test_a_due_escalation_is_not_previewed_until_the_model_escalates(runner, scripted_llm):
    triage = TRIAGE_HOW_TO | {"category": "billing"}  # the model misses the money request; the rules do not
    scripted_llm.reply_json(triage)
    scripted_llm.reply_tool_call("TicketReply", {**REPLY, "reply": "Sure. Done, all sorted for you. "})
    ticket = Ticket(
        id="S-stream-5", account_id="acc_003", channel="chat", body="I was charged twice, refund me"
    )

    previews, out = outcome_of(runner, list(runner.stream(ticket, "t-stream-5", previews=True)))

    assert out.resolution == "escalate" and previews == []  # the offline handoff replaced the answer
