"""The scripted server drives the real ChatOpenAI client: replies, structured output, tools, faults."""

from __future__ import annotations

import threading
import time
from typing import Any, Literal

import httpx
import openai
import pydantic
import pytest
from langchain_core.exceptions import OutputParserException
from langchain_core.language_models import LanguageModelInput
from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage, SystemMessage, ToolMessage
from langchain_core.messages.ai import add_ai_message_chunks
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI
from pydantic import BaseModel, Field

from tests.fakes.openai_server import Reply, ScriptedLLM

# Registered by assignment rather than `from ... import`: ruff reads a test's fixture argument as
# shadowing an imported name (F811), but not an assigned one.

Method = Literal["json_schema", "function_calling", "json_mode"]
METHODS: list[Method] = ["json_schema", "function_calling", "json_mode"]


class Verdict(BaseModel):
    """Whether a ticket needs a person."""

    escalate: bool = Field(description="true if a person must take over")
    reason: str = Field(description="one sentence, for the reviewer")


@tool
def lookup_order(order_id: str) -> str:
    """Status of a customer's order, by its id (like "A-1")."""
    return f"order {order_id} shipped"


def chat(server: ScriptedLLM, **kwargs: Any) -> ChatOpenAI:
    options: dict[str, Any] = {"api_key": "test", "model": "scripted", "max_retries": 0, **kwargs}
    return ChatOpenAI(base_url=server.base_url, **options)


def test_plain_text_reply_and_request_is_recorded(scripted_llm: ScriptedLLM) -> None:
    scripted_llm.reply_text("Hello, how can I help?")

    message = chat(scripted_llm, model="gpt-echo").invoke([SystemMessage("Be brief."), HumanMessage("hi")])

    assert isinstance(message, AIMessage)
    assert message.content == "Hello, how can I help?"
    assert message.response_metadata["model_name"] == "gpt-echo"
    assert message.response_metadata["finish_reason"] == "stop"
    [request] = scripted_llm.requests
    assert request["model"] == "gpt-echo"
    assert [m["role"] for m in request["messages"]] == ["system", "user"]


@pytest.mark.parametrize("method", METHODS)
def test_structured_output_adapts_to_each_method(scripted_llm: ScriptedLLM, method: Method) -> None:
    scripted_llm.reply_structured(Verdict(escalate=True, reason="refund over limit"))

    out = (
        chat(scripted_llm).with_structured_output(Verdict, method=method, include_raw=True).invoke("refund?")
    )

    assert out["parsed"] == Verdict(escalate=True, reason="refund over limit")
    assert out["parsing_error"] is None
    request = scripted_llm.requests[0]
    if method == "function_calling":  # asked with a forced tool, answered with a call to it
        assert request["tool_choice"]["function"]["name"] == "Verdict"
        assert out["raw"].tool_calls[0]["name"] == "Verdict"
    else:  # asked with response_format, answered with JSON content
        assert request["response_format"]["type"] == (
            "json_schema" if method == "json_schema" else "json_object"
        )
        assert out["raw"].tool_calls == []


@pytest.mark.parametrize("method", METHODS)
def test_explicit_reply_kinds_feed_structured_output(scripted_llm: ScriptedLLM, method: Method) -> None:
    if method == "function_calling":
        scripted_llm.reply_tool_call("Verdict", {"escalate": False, "reason": "documented"})
    else:
        scripted_llm.reply_json({"escalate": False, "reason": "documented"})

    out = chat(scripted_llm).with_structured_output(Verdict, method=method).invoke("how do I reset?")

    assert out == Verdict(escalate=False, reason="documented")


def test_tool_call_then_final_answer_after_tool_message(scripted_llm: ScriptedLLM) -> None:
    scripted_llm.reply_tool_call("lookup_order", {"order_id": "A-1"}).reply_text(
        "Your order A-1 has shipped."
    )
    model = chat(scripted_llm).bind_tools([lookup_order])
    history: list[Any] = [HumanMessage("Where is order A-1?")]

    first = model.invoke(history)
    assert isinstance(first, AIMessage)
    [call] = first.tool_calls
    assert (call["name"], call["args"]) == ("lookup_order", {"order_id": "A-1"})
    assert first.response_metadata["finish_reason"] == "tool_calls"
    history += [first, ToolMessage(lookup_order.invoke(call["args"]), tool_call_id=call["id"])]
    final = model.invoke(history)

    assert final.content == "Your order A-1 has shipped."
    assert final.tool_calls == []
    first_request, second_request = scripted_llm.requests
    assert [t["function"]["name"] for t in first_request["tools"]] == ["lookup_order"]
    assert second_request["messages"][-1] == {
        "role": "tool",
        "tool_call_id": call["id"],
        "content": "order A-1 shipped",
    }


def test_streaming_yields_chunks_with_usage(scripted_llm: ScriptedLLM) -> None:
    scripted_llm.reply_text("one two three four")

    chunks = list(chat(scripted_llm, stream_usage=True).stream("count"))

    assert len([c for c in chunks if c.content]) == 4
    total = add_ai_message_chunks(*chunks)
    assert total.content == "one two three four"
    assert total.usage_metadata is not None
    assert total.usage_metadata["output_tokens"] == 4
    assert scripted_llm.requests[0]["stream"] is True


def test_streaming_tool_call_arrives_in_pieces_and_parses(scripted_llm: ScriptedLLM) -> None:
    scripted_llm.reply_tool_call("lookup_order", {"order_id": "A-12345"})

    stream = chat(scripted_llm).bind_tools([lookup_order]).stream("where is A-12345?")
    chunks = [chunk for chunk in stream if isinstance(chunk, AIMessageChunk)]

    assert len(chunks) > 3  # role, name, argument pieces, finish
    total = add_ai_message_chunks(*chunks)
    assert [(c["name"], c["args"]) for c in total.tool_calls] == [("lookup_order", {"order_id": "A-12345"})]


@pytest.mark.parametrize(
    ("status", "error"),
    [(429, openai.RateLimitError), (500, openai.InternalServerError), (503, openai.InternalServerError)],
)
def test_injected_status_surfaces_as_openai_error(
    scripted_llm: ScriptedLLM, status: int, error: type[openai.APIStatusError]
) -> None:
    scripted_llm.fail_next(status, retry_after=7)

    with pytest.raises(error) as caught:
        chat(scripted_llm).invoke("hi")

    assert caught.value.status_code == status
    assert caught.value.response.headers["retry-after"] == "7"
    assert f"scripted failure ({status})" in str(caught.value)


def test_client_retries_through_failures_honouring_retry_after(scripted_llm: ScriptedLLM) -> None:
    scripted_llm.fail_next(429, times=2, retry_after=0.01).reply_text("made it")
    started = time.monotonic()

    message = chat(scripted_llm, max_retries=2).invoke("hi")

    assert message.content == "made it"
    assert scripted_llm.calls == 3
    assert time.monotonic() - started < 0.7  # the SDK's own backoff would take over a second


def test_hang_makes_the_client_time_out(scripted_llm: ScriptedLLM) -> None:
    scripted_llm.hang_next(2)
    started = time.monotonic()

    with pytest.raises(openai.APITimeoutError):
        chat(scripted_llm, timeout=0.5).invoke("hi")

    assert time.monotonic() - started < 1.5


def test_abandoned_hang_does_not_eat_the_reply_for_the_retry(scripted_llm: ScriptedLLM) -> None:
    scripted_llm.hang_next(0.6).reply_text("answer for the retry")
    with pytest.raises(openai.APITimeoutError):
        chat(scripted_llm, timeout=0.2).invoke("hi")

    time.sleep(0.6)  # the hung request has now finished on the server, with its client gone

    assert scripted_llm.pending == 1
    assert chat(scripted_llm).invoke("again").content == "answer for the retry"


def test_invalid_json_raises_per_method(scripted_llm: ScriptedLLM) -> None:
    model = chat(scripted_llm)
    scripted_llm.reply_invalid_json(times=3)

    # json_schema: the openai SDK parses the content into the model, so pydantic's error escapes.
    with pytest.raises(pydantic.ValidationError, match="json_invalid"):
        model.with_structured_output(Verdict, method="json_schema").invoke("q")
    # json_mode: LangChain's PydanticOutputParser parses it.
    with pytest.raises(OutputParserException, match="Invalid json output"):
        model.with_structured_output(Verdict, method="json_mode").invoke("q")
    # function_calling: no tool call came back, so the parser returns None rather than raising.
    out = model.with_structured_output(Verdict, method="function_calling", include_raw=True).invoke("q")
    assert out["parsed"] is None
    assert out["raw"].tool_calls == []


def test_malformed_tool_call_lands_in_invalid_tool_calls(scripted_llm: ScriptedLLM) -> None:
    scripted_llm.reply_malformed_tool_call(times=2)

    message = chat(scripted_llm).bind_tools([lookup_order]).invoke("where is A-1?")
    structured = chat(scripted_llm).with_structured_output(
        Verdict, method="function_calling", include_raw=True
    )
    out = structured.invoke("q")

    assert isinstance(message, AIMessage)
    assert message.tool_calls == []
    assert message.invalid_tool_calls[0]["name"] == "lookup_order"
    assert out["parsed"] is None  # silently None: callers must treat it as malformed output
    assert out["raw"].invalid_tool_calls[0]["name"] == "Verdict"


def test_usage_metadata_carries_word_counts(scripted_llm: ScriptedLLM) -> None:
    scripted_llm.reply_text("four words right here")

    message = chat(scripted_llm).invoke([SystemMessage("be kind"), HumanMessage("one two three")])

    assert isinstance(message, AIMessage)
    assert message.usage_metadata is not None
    assert message.usage_metadata["input_tokens"] == 5
    assert message.usage_metadata["output_tokens"] == 4
    assert message.usage_metadata["total_tokens"] == 9


def test_calls_counts_every_request_including_failures(scripted_llm: ScriptedLLM) -> None:
    scripted_llm.fail_next(500).fail_next(503).reply_text("ok")
    model = chat(scripted_llm)

    for _ in range(2):
        with pytest.raises(openai.InternalServerError):
            model.invoke("hi")
    model.invoke("hi")

    assert scripted_llm.calls == 3
    assert len(scripted_llm.requests) == 3
    assert scripted_llm.pending == 0


def test_empty_script_fails_loudly(scripted_llm: ScriptedLLM) -> None:
    with pytest.raises(openai.InternalServerError, match="no scripted reply"):
        chat(scripted_llm).invoke("hi")


def test_responder_answers_from_the_prompt_after_the_queue(scripted_llm: ScriptedLLM) -> None:
    def responder(body: dict[str, Any]) -> Reply | str | None:
        prompt = body["messages"][-1]["content"]
        if "refund" in prompt:
            return Reply("structured", {"escalate": True, "reason": "refund"})
        return "pong" if prompt == "ping" else None

    scripted_llm.reply_text("queued first").set_responder(responder)
    model = chat(scripted_llm)

    assert model.invoke("ping").content == "queued first"
    assert model.invoke("ping").content == "pong"
    verdict = model.with_structured_output(Verdict, method="function_calling").invoke("refund me")
    assert verdict == Verdict(escalate=True, reason="refund")
    with pytest.raises(openai.InternalServerError, match="no scripted reply"):
        model.invoke("something else")


def test_concurrent_requests_each_get_their_own_answer(scripted_llm: ScriptedLLM) -> None:
    scripted_llm.set_responder(lambda body: f"echo {body['messages'][-1]['content']}")
    prompts: list[LanguageModelInput] = [f"q{i}" for i in range(16)]

    replies = chat(scripted_llm).batch(prompts, config={"max_concurrency": 8})

    assert [r.content for r in replies] == [f"echo {p}" for p in prompts]
    assert scripted_llm.calls == 16


def test_models_endpoint_lists_a_model(scripted_llm: ScriptedLLM) -> None:
    client = openai.OpenAI(base_url=scripted_llm.base_url, api_key="test")

    assert [m.id for m in client.models.list()] == ["scripted"]


def test_reset_forgets_script_and_recording(scripted_llm: ScriptedLLM) -> None:
    scripted_llm.reply_text("unused").fail_next(500)
    scripted_llm.set_responder(lambda body: "unused")
    httpx.post(f"{scripted_llm.base_url}/chat/completions", json={"model": "m", "messages": []})

    scripted_llm.reset()

    assert (scripted_llm.calls, scripted_llm.requests, scripted_llm.pending) == (0, [], 0)
    with pytest.raises(openai.InternalServerError, match="no scripted reply"):
        chat(scripted_llm).invoke("hi")


def test_starts_fast_and_stops_without_waiting_for_a_hung_request() -> None:
    started = time.monotonic()
    with ScriptedLLM() as server:
        assert time.monotonic() - started < 1
        server.hang_next(30).reply_text("never sent")
        url = f"{server.base_url}/chat/completions"
        body = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
        worker = threading.Thread(target=lambda: httpx.post(url, json=body, timeout=10), daemon=True)
        worker.start()
        while server.calls == 0:
            time.sleep(0.01)
        stopping = time.monotonic()
    assert time.monotonic() - stopping < 1
    worker.join(timeout=1)
    assert not worker.is_alive()
    with pytest.raises(RuntimeError, match="not started"):
        _ = server.base_url
