"""Issue 13, item 4: with a model, the chat's `token` events carry the reply as the model writes it, through
the output screen (whole sentences only), and the tokens after the last `reset` always make the reply that
is stored. The app runs under a real uvicorn on loopback (the test client would buffer the whole stream),
against the scripted model, whose streamed answer a test can hold or cut after some chunks."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from api.app import create_app
from cs_agents.db import TicketOutcomeRow, get_database
from cs_agents.settings import Settings
from tests.api.conftest import ADMIN, API_KEYS, OTHER_EMAIL, QUESTION_PASSWORD, sse_events
from tests.fakes.openai_server import ScriptedLLM
from tests.fakes.replies import triage_reply

TRIAGE = triage_reply("Forgot the password.")
FIRST = "You can reset it from the sign-in page."
REST = " Choose 'Forgot password' and follow the e-mail we send you within a minute."
# 2 chunks before the arguments (the role, the call's name), then 8 characters of arguments per chunk.
ARGS_BEFORE_REPLY = len('{"resolution": "answer", "reply": "')


def answer(reply: str) -> dict[str, Any]:
    return {"resolution": "answer", "reply": reply, "citations": [], "handoff_summary": None}


def chunks_through(text_end: int) -> int:
    """The chunks the scripted server sends up to the reply's character `text_end` (and a little past)."""
    return 2 + (ARGS_BEFORE_REPLY + text_end) // 8 + 2


@pytest.fixture
def app_url(data_dir: Path, scripted_llm: ScriptedLLM) -> Iterator[str]:
    settings = Settings(
        data_dir=data_dir,
        api_keys=API_KEYS,
        llm_provider="openai",
        openai_base_url=scripted_llm.base_url,
        openai_api_key="scripted",
        llm_max_retries=0,  # a failed answer falls back to the offline brain at once
        llm_max_tool_rounds=0,
        rate_limit_requests=0,
    )
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(settings), log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the app did not start"
        time.sleep(0.01)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def after_last_reset(events: list[tuple[str, dict[str, Any]]]) -> str:
    resets = [i for i, (name, _) in enumerate(events) if name == "reset"]
    start = resets[-1] + 1 if resets else 0
    return "".join(str(data["text"]) for name, data in events[start:] if name == "token")


def stored_reply(data_dir: Path, ticket_id: str) -> str:
    with get_database(Settings(data_dir=data_dir)).session() as session:
        row = session.get(TicketOutcomeRow, ticket_id)
        assert row is not None
        return str(row.outcome["reply"])


def chat(url: str) -> Any:
    body = {"message": QUESTION_PASSWORD, "account_id": "acc_a"}
    headers = {**ADMIN, "Accept": "text/event-stream"}
    return httpx.stream("POST", f"{url}/v1/chat", json=body, headers=headers, timeout=60)


def test_tokens_arrive_while_the_model_is_still_writing(
    app_url: str, scripted_llm: ScriptedLLM, data_dir: Path
) -> None:
    scripted_llm.reply_json(TRIAGE).reply_tool_call("TicketReply", answer(FIRST + REST))
    resume = scripted_llm.hold_stream(after_chunks=chunks_through(len(FIRST) + 1))
    events: list[tuple[str, dict[str, Any]]] = []
    with chat(app_url) as response:
        assert response.status_code == 200
        stream = sse_events(response.iter_lines())
        for event in stream:
            events.append(event)
            if event[0] == "token":
                break
        # The model's answer is not complete (the server holds the rest), and its first sentence is here.
        assert not resume.is_set()
        assert events[-1] == ("token", {"text": "You "})
        resume.set()
        events += list(stream)
    names = [name for name, _ in events]
    assert names.count("reply") == 1 and "reset" not in names and "error" not in names
    final = events[-1][1]
    assert final["produced_by"] == "llm" and final["reply"] == FIRST + REST
    assert after_last_reset(events) == final["reply"] == stored_reply(data_dir, final["ticket_id"])
    # The first sentence was sent while the reply step was still running (its progress event comes after).
    first_token, reply_step = names.index("token"), events.index(("progress", {"step": "compose_reply"}))
    assert first_token < reply_step


def test_the_screen_holds_back_another_accounts_email_split_across_chunks(
    app_url: str, scripted_llm: ScriptedLLM, data_dir: Path
) -> None:
    leaky = f"{FIRST} Write to {OTHER_EMAIL} if it does not arrive. Then sign in again."
    scripted_llm.reply_json(TRIAGE).reply_tool_call("TicketReply", answer(leaky))
    # Held with the e-mail half written: only the sentence before it may have been sent.
    middle = leaky.index(OTHER_EMAIL) + len(OTHER_EMAIL) // 2
    resume = scripted_llm.hold_stream(after_chunks=chunks_through(middle) - 2)
    events: list[tuple[str, dict[str, Any]]] = []
    with chat(app_url) as response:
        stream = sse_events(response.iter_lines())
        for event in stream:
            events.append(event)
            if event[0] == "token":
                break
        time.sleep(0.3)  # whatever else the service would send while the e-mail is half written
        assert not resume.is_set()
        resume.set()
        events += list(stream)
    tokens = [str(data["text"]) for name, data in events if name == "token"]
    sent = "".join(tokens)
    assert "quillon" not in sent.lower() and "zephyr" not in sent.lower()
    assert all("quillon" not in t.lower() and "@" not in t for t in tokens)
    final = events[-1][1]
    assert final["produced_by"] == "llm" and "[another account]" in final["reply"]
    assert "other_account_removed" in final["staff"]["flags"]
    assert sent == final["reply"] == stored_reply(data_dir, final["ticket_id"])


def test_a_stream_cut_midway_falls_back_offline_with_nothing_lost(
    app_url: str, scripted_llm: ScriptedLLM, data_dir: Path
) -> None:
    scripted_llm.reply_json(TRIAGE).reply_tool_call("TicketReply", answer(FIRST + REST))
    scripted_llm.cut_stream(after_chunks=chunks_through(len(FIRST) + 12))
    with chat(app_url) as response:
        events = list(sse_events(response.iter_lines()))
    names = [name for name, _ in events]
    final = events[-1][1]
    assert names[-1] == "reply" and "error" not in names
    # The first sentence went out, then the model's answer broke off: the offline answer replaces it.
    assert names.index("token") < names.index("reset")
    assert final["produced_by"] == "offline" and final["reply"] and FIRST not in final["reply"]
    assert after_last_reset(events) == final["reply"] == stored_reply(data_dir, final["ticket_id"])
    metrics = httpx.get(f"{app_url}/metrics", headers=ADMIN).text
    # The client reports a connection dropped mid-stream as a connection error, as any other.
    assert 'cs_agents_llm_fallback_reasons_total{reason="connection"} 1' in metrics
    assert "cs_agents_chat_stream_resets_total 1" in metrics
