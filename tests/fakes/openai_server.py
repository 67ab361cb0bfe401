"""A scripted OpenAI-compatible chat server for tests.

It is real HTTP on loopback, so the real ``ChatOpenAI`` client (retries, timeouts, parsing, streaming)
runs unchanged; only the model is scripted. Replies come from a FIFO queue, then from an optional
responder; faults (errors, hangs) take priority over both because they apply to the *next* request.
An optional latency (``set_latency``) delays every answer, as a real model would, for load measurements;
a streamed answer spends it between its chunks, as a model writing token by token does. A streamed answer
can be held after some chunks until the test lets it go on (``hold_stream``), or cut off there with the
connection dropped (``cut_stream``).
``refuse_shapes`` makes it refuse request shapes the way other servers do (llama.cpp's function-calling
format: a bare 500 for ``tool_choice: "required"``, a 422 for a ``json_schema`` response format, a 500
saying so for ``stream`` with ``tool_choice: "auto"``), before any script is used.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, Literal, Self

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel

ReplyKind = Literal["text", "json", "tool_call", "structured", "invalid_json", "malformed_tool_call"]
INVALID_JSON = "Sure! Here is the answer: {not valid json"
MALFORMED_ARGS = '{"query": "unterminated'


@dataclass(frozen=True)
class Reply:
    """One scripted answer. ``structured`` and the malformed kinds are resolved against the request."""

    kind: ReplyKind
    value: Any = None  # text for "text", the object for "json"/"structured", the args for "tool_call"
    name: str | None = None  # tool name for "tool_call"
    finish: str | None = None  # the finish_reason to report instead of "stop" / "tool_calls" ("length")
    refusal: str | None = None  # OpenAI's refusal field: the model declined, no content, no tool call


# What a responder may return: a Reply, a str (text), a dict or model (structured), or None (no answer).
ReplySpec = Reply | str | dict[str, Any] | BaseModel | None
Responder = Callable[[dict[str, Any]], ReplySpec]


@dataclass(frozen=True)
class _StreamPlan:
    """What the next streamed answer does after `after` chunks: wait for `resume`, or drop the connection."""

    after: int
    resume: threading.Event | None = None  # None: cut


class StreamCut(Exception):
    """Raised inside a streamed answer to drop the connection mid-way, as a crashed server does."""


@dataclass(frozen=True)
class _Fault:
    status: int | None = None
    retry_after: float | None = None
    hang: float = 0.0


def _jsonable(obj: Any) -> Any:
    return obj.model_dump(mode="json") if isinstance(obj, BaseModel) else obj


def _coerce(spec: ReplySpec) -> Reply | None:
    if spec is None or isinstance(spec, Reply):
        return spec
    if isinstance(spec, str):
        return Reply("text", spec)
    return Reply("structured", spec)


def _words(text: str) -> int:
    return len(text.split())


def _prompt_tokens(body: dict[str, Any]) -> int:
    # A word count is plausible enough: tests assert the numbers flow through, not their accuracy.
    total = 0
    for message in body["messages"]:
        content = message.get("content") or ""
        parts = [content] if isinstance(content, str) else [str(p.get("text", "")) for p in content]
        parts += [str(call["function"]["arguments"]) for call in message.get("tool_calls") or []]
        total += sum(_words(part) for part in parts)
    return max(total, 1)


def _tool_names(body: dict[str, Any]) -> list[str]:
    return [t["function"]["name"] for t in body.get("tools") or [] if t.get("type") == "function"]


def _forced_tool(body: dict[str, Any]) -> str | None:
    """The one function the request forces (how function-calling structured output asks), if any."""
    names, choice = _tool_names(body), body.get("tool_choice")
    picked = choice.get("function", {}).get("name") if isinstance(choice, dict) else choice
    return names[0] if len(names) == 1 and picked in ("required", names[0]) else None


def _resolve(reply: Reply, body: dict[str, Any]) -> tuple[str | None, list[tuple[str, str]]]:
    """Turn a reply into (content, [(tool name, raw arguments)])."""
    if reply.kind == "text":
        return str(reply.value), []
    if reply.kind == "json":
        return json.dumps(_jsonable(reply.value)), []
    if reply.kind == "tool_call":
        return None, [(reply.name or "unknown_tool", json.dumps(_jsonable(reply.value)))]
    if reply.kind == "invalid_json":
        return INVALID_JSON, []
    if reply.kind == "malformed_tool_call":
        names = _tool_names(body)
        return None, [(_forced_tool(body) or (names[0] if names else "unknown_tool"), MALFORMED_ARGS)]
    forced = _forced_tool(body)  # "structured"
    if forced is not None:
        return None, [(forced, json.dumps(_jsonable(reply.value)))]
    return json.dumps(_jsonable(reply.value)), []


def _error(status: int, message: str, retry_after: float | None = None) -> JSONResponse:
    # OpenAI's error shape, so the client builds its typed exceptions with a readable message.
    kind = {400: "invalid_request_error", 401: "authentication_error", 429: "rate_limit_exceeded"}
    error = {"message": message, "type": kind.get(status, "server_error"), "code": kind.get(status)}
    headers = {"retry-after": f"{retry_after:g}"} if retry_after is not None else None
    return JSONResponse({"error": error}, status_code=status, headers=headers)


class ScriptedLLM:
    """A local ``/v1/chat/completions`` server with scripted replies, fault injection and recording."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self._lock = threading.Lock()
        self._replies: deque[Reply] = deque()
        self._faults: deque[_Fault] = deque()
        self._responder: Responder | None = None
        self._requests: list[dict[str, Any]] = []
        self._calls = 0
        self._generation = 0  # bumped by reset(), so a request hung across it cannot eat new replies
        self._latency_s = 0.0
        self._refused: dict[str, set[str]] = {}  # what refuse_shapes() set: request field -> refused values
        self._stream_plans: deque[_StreamPlan] = deque()
        self._stopping = threading.Event()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._port: int | None = None
        self.app = FastAPI()
        self.app.add_api_route("/v1/chat/completions", self._chat, methods=["POST"])
        self.app.add_api_route("/v1/models", self._models, methods=["GET"])

    # -- lifecycle ---------------------------------------------------------------------------------
    def start(self) -> Self:
        if self._thread is not None:
            return self
        # Bind here rather than let uvicorn pick: the port is known at once and cannot race.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((self.host, 0))
        self._port = sock.getsockname()[1]
        options: dict[str, Any] = {"log_level": "warning", "access_log": False, "lifespan": "off"}
        self._server = uvicorn.Server(
            uvicorn.Config(self.app, loop="asyncio", timeout_graceful_shutdown=1, **options)
        )
        self._stopping.clear()
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="scripted-llm", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 5
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                sock.close()
                self._server = self._thread = None
                raise RuntimeError("ScriptedLLM server failed to start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        if self._server is None or self._thread is None:
            return
        self._stopping.set()  # ends any hang early
        self._server.should_exit = True
        self._thread.join(timeout=3)
        if self._thread.is_alive():  # a stuck stream: skip the graceful wait
            self._server.force_exit = True
            self._thread.join(timeout=3)
        self._server = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._port is None or self._thread is None:
            raise RuntimeError("ScriptedLLM is not started")
        return f"http://{self.host}:{self._port}/v1"

    # -- scripting ---------------------------------------------------------------------------------
    def _queue(self, reply: Reply, times: int = 1) -> Self:
        with self._lock:
            self._replies.extend([reply] * times)
        return self

    def reply_text(self, text: str) -> Self:
        return self._queue(Reply("text", text))

    def reply_json(self, obj: Any) -> Self:
        """JSON as message content: what json_schema and json_mode structured output parse."""
        return self._queue(Reply("json", obj))

    def reply_tool_call(self, name: str, args: dict[str, Any] | BaseModel) -> Self:
        return self._queue(Reply("tool_call", args, name))

    def reply_structured(self, obj: dict[str, Any] | BaseModel) -> Self:
        """A forced tool call if the request forces one function, else JSON content."""
        return self._queue(Reply("structured", obj))

    def reply_truncated(self, spec: ReplySpec) -> Self:
        """A reply the model stopped at max_tokens: finish_reason "length" (the content as scripted)."""
        reply = _coerce(spec)
        if reply is None:
            raise ValueError("a truncated reply needs something to truncate")
        return self._queue(Reply(reply.kind, reply.value, reply.name, finish="length"))

    def reply_refusal(self, text: str = "I'm sorry, I can't help with that.") -> Self:
        """A refusal as OpenAI reports one: `refusal` set, no content and no tool call."""
        return self._queue(Reply("text", None, refusal=text))

    def reply_invalid_json(self, times: int = 1) -> Self:
        return self._queue(Reply("invalid_json"), times)

    def reply_malformed_tool_call(self, times: int = 1) -> Self:
        return self._queue(Reply("malformed_tool_call"), times)

    def set_responder(self, responder: Responder | None) -> Self:
        """Answers from the request body when the queue is empty; return None for "no answer"."""
        with self._lock:
            self._responder = responder
        return self

    def set_latency(self, seconds: float) -> Self:
        """Delay every answer (replies and scripted errors, not hangs) by this much; 0 turns it off."""
        if seconds < 0:
            raise ValueError("latency must be >= 0 seconds")
        with self._lock:
            self._latency_s = seconds
        return self

    def refuse_shapes(
        self,
        tool_choice: tuple[str, ...] = (),
        response_format: tuple[str, ...] = (),
        parallel_tool_calls: bool = False,
        stream_with_auto: bool = False,
    ) -> Self:
        """Refuse requests of these shapes until reset(), answering as the servers that refuse them do:
        ``tool_choice`` values ("required", "auto", "named") with llama.cpp's bare 500, ``response_format``
        types ("json_schema", "json_object") with FastAPI's 422, any ``parallel_tool_calls`` with a 400, and
        (``stream_with_auto``) a streamed request with tools and ``tool_choice: "auto"`` with llama.cpp's 500."""
        with self._lock:
            self._refused = {
                "tool_choice": set(tool_choice),
                "response_format": set(response_format),
                "parallel_tool_calls": {"any"} if parallel_tool_calls else set(),
                "stream_with_auto": {"any"} if stream_with_auto else set(),
            }
        return self

    def hold_stream(self, after_chunks: int) -> threading.Event:
        """The next streamed answer stops after this many chunks until the returned event is set (or the
        server stops), so a test can see what arrived before the model finished."""
        resume = threading.Event()
        with self._lock:
            self._stream_plans.append(_StreamPlan(after_chunks, resume))
        return resume

    def cut_stream(self, after_chunks: int) -> Self:
        """The next streamed answer drops the connection after this many chunks, without finishing."""
        with self._lock:
            self._stream_plans.append(_StreamPlan(after_chunks))
        return self

    def fail_next(self, status: int, times: int = 1, retry_after: float | None = None) -> Self:
        with self._lock:
            self._faults.extend([_Fault(status=status, retry_after=retry_after)] * times)
        return self

    def hang_next(self, seconds: float, times: int = 1) -> Self:
        with self._lock:
            self._faults.extend([_Fault(hang=seconds)] * times)
        return self

    # -- recording ---------------------------------------------------------------------------------
    @property
    def requests(self) -> list[dict[str, Any]]:
        """Parsed bodies of every chat request, failed ones included (a copy)."""
        with self._lock:
            return list(self._requests)

    @property
    def calls(self) -> int:
        with self._lock:
            return self._calls

    @property
    def pending(self) -> int:
        """Scripted replies and faults not yet used; a test can assert it is 0."""
        with self._lock:
            return len(self._replies) + len(self._faults)

    def reset(self) -> None:
        with self._lock:
            self._replies.clear()
            self._faults.clear()
            self._responder = None
            self._requests.clear()
            self._calls = 0
            self._latency_s = 0.0
            self._refused = {}
            self._stream_plans.clear()
            self._generation += 1

    # -- HTTP ----------------------------------------------------------------------------------------
    async def _models(self) -> dict[str, Any]:
        return {"object": "list", "data": [{"id": "scripted", "object": "model", "owned_by": "tests"}]}

    async def _chat(self, request: Request) -> Response:
        try:
            body = await request.json()
        except ValueError:
            return _error(400, "request body is not valid JSON")
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return _error(400, "request body must be a JSON object with a 'messages' list")
        with self._lock:
            self._calls += 1
            self._requests.append(body)
            refusal = _refusal(body, self._refused)
            fault = None if refusal is not None or not self._faults else self._faults.popleft()
            generation = self._generation
            latency = self._latency_s
            streamed = bool(body.get("stream")) and refusal is None and fault is None
            plan = self._stream_plans.popleft() if streamed and self._stream_plans else None
        if latency and not streamed:
            await asyncio.sleep(latency)  # async: concurrent requests overlap, as with a real model server
        if refusal is not None:
            return refusal
        if fault is not None and fault.hang:
            deadline = time.monotonic() + fault.hang
            while time.monotonic() < deadline and not self._stopping.is_set():
                await asyncio.sleep(0.02)  # async, so other requests are served meanwhile
            # A client that gave up (or a reset, or stop) must not consume the reply scripted for the retry.
            if generation != self._generation or self._stopping.is_set() or await request.is_disconnected():
                return Response(status_code=499)
        if fault is not None and fault.status is not None:
            return _error(fault.status, f"scripted failure ({fault.status})", fault.retry_after)
        with self._lock:
            reply = self._replies.popleft() if self._replies else None
            responder = self._responder
        if reply is None and responder is not None:
            try:
                reply = _coerce(responder(body))
            except Exception as exc:  # noqa: BLE001 - surfaced to the test as a 500 naming the error
                return _error(500, f"scripted responder raised {exc!r}")
        if reply is None:
            return _error(500, "no scripted reply: the queue is empty and no responder answered")
        return _completion(body, reply, _Pacing(latency, plan, self._stopping))


@dataclass(frozen=True)
class _Pacing:
    """How a streamed answer is sent: its latency spread over the chunks, and the test's plan, if any."""

    latency_s: float
    plan: _StreamPlan | None
    stopping: threading.Event

    async def paced(self, events: list[str]) -> AsyncIterator[str]:
        pause = self.latency_s / max(len(events), 1)
        for index, event in enumerate(events):
            if self.plan is not None and index == self.plan.after:
                if self.plan.resume is None:
                    raise StreamCut(f"scripted cut after {index} chunks")
                while not self.plan.resume.is_set() and not self.stopping.is_set():
                    await asyncio.sleep(0.01)
            if pause:
                await asyncio.sleep(pause)
            yield event


def _refusal(body: dict[str, Any], refused: dict[str, set[str]]) -> Response | None:
    """The answer of a server that does not take this request's shape, or None if it takes it."""
    choice = body.get("tool_choice")
    if body.get("tools") and choice is not None:
        shape = "named" if isinstance(choice, dict) else str(choice)
        if shape in refused.get("tool_choice", set()):
            return _error(
                500, ""
            )  # llama.cpp: `assert tool_choice == "auto"`, an AssertionError with no text
    kind = (body.get("response_format") or {}).get("type")
    if kind in refused.get("response_format", set()):
        detail = {
            "type": "literal_error",
            "loc": ["body", "response_format", "type"],
            "msg": "Input should be 'text' or 'json_object'",
            "input": kind,
        }
        return JSONResponse({"detail": [detail]}, status_code=422)  # FastAPI validating llama.cpp's request
    if "parallel_tool_calls" in body and refused.get("parallel_tool_calls"):
        return _error(400, "parallel_tool_calls is not supported by this server")
    if body.get("stream") and body.get("tools") and choice == "auto" and refused.get("stream_with_auto"):
        return _error(500, "Automatic streaming tool choice is not supported")  # llama.cpp's words
    return None


def _completion(body: dict[str, Any], reply: Reply, pacing: _Pacing) -> Response:
    """The chat.completion (or its SSE stream) for a reply, with usage and the request's model name."""
    content, tool_calls = (None, []) if reply.refusal is not None else _resolve(reply, body)
    calls = [
        {"id": f"call_{uuid.uuid4().hex[:12]}", "type": "function", "function": {"name": n, "arguments": a}}
        for n, a in tool_calls
    ]
    prompt = _prompt_tokens(body)
    completion = _words(content or "") + sum(_words(args) + 1 for _, args in tool_calls)
    usage = {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}
    finish = reply.finish or ("tool_calls" if calls else "stop")
    model = str(body.get("model") or "scripted")  # echoed, as OpenAI does
    head = {"id": f"chatcmpl-{uuid.uuid4().hex[:16]}", "created": int(time.time()), "model": model}
    if body.get("stream"):
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        chunks = _chunks(head, content, calls, finish, usage if include_usage else None)
        return StreamingResponse(pacing.paced(chunks), media_type="text/event-stream")
    message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": reply.refusal}
    if calls:
        message["tool_calls"] = calls
    choice = {"index": 0, "message": message, "finish_reason": finish, "logprobs": None}
    return JSONResponse({**head, "object": "chat.completion", "choices": [choice], "usage": usage})


def _chunks(
    head: dict[str, Any],
    content: str | None,
    calls: list[dict[str, Any]],
    finish: str,
    usage: dict[str, int] | None,
) -> list[str]:
    """SSE in OpenAI's order: role, content pieces, tool-call pieces, finish, usage (if asked), [DONE]."""
    head = {**head, "object": "chat.completion.chunk"}
    events: list[str] = []

    def event(delta: dict[str, Any], finish_reason: str | None = None) -> str:
        choice = {"index": 0, "delta": delta, "finish_reason": finish_reason, "logprobs": None}
        return f"data: {json.dumps({**head, 'choices': [choice]})}\n\n"

    events.append(event({"role": "assistant", "content": "" if content is not None else None}))
    for piece in re.findall(r"\S+\s*|\s+", content or ""):
        events.append(event({"content": piece}))
    for index, call in enumerate(calls):
        args = call["function"]["arguments"]
        first = {**call, "index": index, "function": {"name": call["function"]["name"], "arguments": ""}}
        events.append(event({"tool_calls": [first]}))
        for piece in (args[i : i + 8] for i in range(0, len(args), 8)):  # a real model streams them in bits
            events.append(event({"tool_calls": [{"index": index, "function": {"arguments": piece}}]}))
    events.append(event({}, finish))
    if usage is not None:
        events.append(f"data: {json.dumps({**head, 'choices': [], 'usage': usage})}\n\n")
    events.append("data: [DONE]\n\n")
    return events
