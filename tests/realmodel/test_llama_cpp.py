"""The LLM path against a real llama.cpp server (see conftest.py): the request shapes it refuses are adapted
to, structured output and tool calls go through, a ticket answered end to end says `produced_by: llm`,
the chat streams, and a server killed mid-run leaves the ticket answered offline and stored."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx
import pytest
from langchain_core.messages import HumanMessage, SystemMessage

from agents.brain import Brain, RequestShapes
from agents.context import Services
from agents.customer_success import triage as triage_agent
from agents.customer_success.reply import TicketReply
from agents.tools import get_account
from cs_agents.db import TicketOutcomeRow, TicketRow
from cs_agents.llm import make_chat_model
from cs_agents.models import Ticket
from graph.run import TicketRunner
from tests.api.conftest import parse_sse
from tests.net import free_port, uvicorn_command, wait_until_ok
from tests.realmodel.conftest import LlamaServer, model_env, model_settings, start_llama_server

QUESTION = "How do I reset my password? I forgot it."


def brain_for(settings) -> Brain:
    return Services.build(settings).brain.fresh()


def test_triage_is_structured_output_after_adapting_to_the_server(
    model_data: Path, llama_server: LlamaServer
):
    brain = brain_for(model_settings(model_data, llama_server.base_url))

    decision = brain.decide(
        triage_agent.Triage,
        triage_agent.llm_messages(QUESTION),
        offline=lambda: pytest.fail("the model's triage fell back to the offline brain"),
        max_tokens=300,
    )

    assert decision.usage.produced_by == "llm"
    assert isinstance(decision.output, triage_agent.Triage)  # parsed and validated against the schema
    assert decision.usage.tokens > 0
    # llama.cpp refuses the json_schema response format; the named-function form is what it took.
    adapted = brain.request_shapes.report()["adapted"]
    assert [(a["setting"], a["new"]) for a in adapted] == [("structured_output", "function_calling")]
    assert "response_format" in adapted[0]["reason"]


def test_a_reply_calls_a_tool_with_the_account_in_scope(model_data: Path, llama_server: LlamaServer):
    settings = model_settings(model_data, llama_server.base_url, llm_max_tool_rounds=1)
    services = Services.build(settings)
    brain = services.brain.fresh()
    config = {"configurable": {"services": services, "account_id": "acc_a", "ticket_id": "T-real"}}
    messages = [
        SystemMessage(
            "You are a support agent. Before answering, call get_account to see the customer's plan."
        ),
        HumanMessage("Which plan am I on?"),
    ]

    decision = brain.decide_with_tools(
        TicketReply,
        messages,
        [get_account],
        config,  # type: ignore[arg-type]
        offline=lambda: pytest.fail("the model's reply fell back to the offline brain"),
        max_tokens=300,
    )

    assert decision.usage.produced_by == "llm"
    assert isinstance(decision.output, TicketReply)
    # The account came from the request's scope: get_account takes no account argument from the model.
    assert {"id": "acc_a", "name": "Brightside Dental"}.items() <= decision.tool_outputs[0].items()
    # llama.cpp answers tool_choice "required" with a bare 500; "auto" is what it took.
    assert brain.request_shapes.get("tool_choice") == "auto"


def test_a_ticket_through_cs_agents_ask_is_answered_by_the_model(model_data: Path, llama_server: LlamaServer):
    before = llama_server.requests()
    answer = subprocess.run(
        [sys.executable, "-m", "cs_agents.cli", "ask", QUESTION, "--account", "acc_a", "--json"],
        env=model_env(model_data, llama_server.base_url),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )

    assert answer.returncode == 0, answer.stderr[-2000:]
    outcome = json.loads(answer.stdout)
    assert outcome["produced_by"] == "llm", outcome
    assert outcome["category"] and outcome["resolution"] in ("answer", "escalate")
    assert outcome["reply"].strip()
    assert outcome["tokens"] > 0
    # Triage and reply each took at least one call, plus the refused shapes probed once in this process.
    assert outcome["model_calls"] >= 2
    assert llama_server.requests() - before == outcome["model_calls"]


def test_the_chat_streams_a_reply_from_the_model(model_data: Path, llama_server: LlamaServer, tmp_path: Path):
    port = free_port()
    with (tmp_path / "service.log").open("wb") as log:
        service = subprocess.Popen(
            uvicorn_command(port), env=model_env(model_data, llama_server.base_url), stdout=log, stderr=log
        )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_ok(f"{base}/readyz", service)
        body = {"account_id": "acc_a", "message": QUESTION}
        headers = {"Accept": "text/event-stream"}
        with httpx.Client(base_url=base, timeout=600) as http:
            answer = http.post("/v1/chat", json=body, headers=headers)
            ready = http.get("/readyz").json()
    finally:
        service.terminate()
        service.wait(timeout=30)

    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/event-stream")
    events = parse_sse(answer.text)
    kinds = [kind for kind, _ in events]
    assert kinds[0] == "progress" and kinds[-1] == "reply"
    assert "token" in kinds
    reply = events[-1][1]
    assert reply["produced_by"] == "llm", (ready["model"]["last_fallback"], ready["model"]["shapes"])
    # The reply streams as the model writes it (the answer tool named: llama.cpp streams that); a reply cut
    # at the token limit is asked again shorter, and a `reset` then starts the tokens over.
    resets = [i for i, (kind, _) in enumerate(events) if kind == "reset"]
    after = events[resets[-1] + 1 :] if resets else events
    streamed = "".join(str(data["text"]) for kind, data in after if kind == "token")
    assert streamed == reply["reply"]
    assert ready["model"]["shapes"]["structured_output"] == "function_calling"
    assert ready["model"]["fallbacks"] == 0


def test_a_server_killed_mid_run_leaves_the_ticket_answered_offline_and_stored(
    model_data: Path, gguf: Path, tmp_path: Path
):
    server = start_llama_server(gguf, tmp_path / "server.log")
    runner = TicketRunner(Services.build(model_settings(model_data, server.base_url)))
    ticket = Ticket(id=f"K-{uuid.uuid4().hex[:8]}", account_id="acc_a", channel="chat", body=QUESTION)
    outcome: list[object] = []
    worker = threading.Thread(
        target=lambda: outcome.append(runner.run(ticket, thread_id=f"kill-{ticket.id}"))
    )
    try:
        worker.start()
        deadline = time.monotonic() + 300
        while server.requests() < 1:  # the model has answered once: the run is under way
            assert time.monotonic() < deadline, "the server never answered"
            time.sleep(0.05)
        server.kill()
        worker.join(timeout=300)
    finally:
        server.stop()
    assert not worker.is_alive()

    [out] = outcome
    assert out.produced_by == "offline"  # type: ignore[attr-defined]
    assert out.reply.strip() and out.citations  # type: ignore[attr-defined]
    report = runner.services.brain.stats.report()
    assert report["fallback_reasons"].get("connection", 0) >= 1, report
    with runner.services.db.session() as session:  # nothing lost: the ticket and its outcome are stored
        assert session.get(TicketRow, ticket.id) is not None
        assert session.get(TicketOutcomeRow, ticket.id) is not None
    runner.close()


def test_a_pinned_required_tool_choice_fails_over_to_offline_with_its_reason(
    model_data: Path, llama_server: LlamaServer
):
    """What the issue found, kept visible: pinned to 'required', llama.cpp refuses every reply request."""
    settings = model_settings(model_data, llama_server.base_url, llm_adapt_request_shapes=False)
    brain = Brain(
        make_chat_model(settings),
        max_retries=0,
        shapes=RequestShapes("required", "function_calling", adapt=False),
        legacy_max_tokens=True,
    )
    decision = brain.decide_with_tools(
        TicketReply,
        [HumanMessage(QUESTION)],
        [],
        {},
        offline=lambda: TicketReply(resolution="escalate", reply="offline", citations=[]),
        max_tokens=50,
    )
    assert decision.usage.produced_by == "offline"
    assert decision.usage.fallback_reason is not None and "500" in decision.usage.fallback_reason
    assert brain.stats.report()["fallback_reasons"] == {"server_error": 1}
