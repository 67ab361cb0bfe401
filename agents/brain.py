"""The LLM-or-offline runner: the only place that knows whether a model is configured.

`Brain.decide` asks the model for a structured output, retrying (tenacity) on rate limits, timeouts,
connection errors, 5xx and output that fails validation; after the retries, or on an error no retry can
fix, it falls back to the offline implementation. Once the model has failed in a run, the rest of that run
stays offline (no point paying retries again for every step of the same ticket). Every decision records
who produced it, the model calls, tokens and latency; `ModelStats`, shared by a brain and its fresh copies,
counts attempts by result, retries and fallbacks for the whole process (`GET /metrics`).

Servers other than OpenAI refuse some request shapes (llama.cpp's function-calling format accepts
`tool_choice` "auto" or a named function only, and no `json_schema` response format). `RequestShapes`,
shared like `ModelStats`, holds the shape each setting uses: when a server refuses one, the next is tried
once and, if the server takes it, kept for the process and reported (`GET /readyz`, `GET /metrics`).
Answers cut off at `max_tokens` or refused by the model are asked again once, shorter, then left to the
offline brain. `decide_with_tools` can stream the answer tool's arguments to a caller as the model writes
them (`on_answer`); a server that refuses to stream (llama.cpp with `tool_choice` "auto") is another
request shape, `streaming`, adapted to like the others. docs/llm.md has the details.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any, Generic, Literal, TypeVar

import httpx
import openai
from langchain_core.exceptions import OutputParserException
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    ToolMessage,
    message_chunk_to_message,
)
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool
from pydantic import BaseModel, ValidationError
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

from cs_agents import tracing

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")
StructuredMethod = Literal["json_schema", "function_calling", "json_mode"]

MAX_RETRY_AFTER_S = 20.0
MAX_TOOL_ROUNDS = 3  # model turns that may call tools; the turn after them may only answer

Setting = Literal["tool_choice", "structured_output", "parallel_tool_calls", "streaming"]
# Each setting's shapes, most capable first: a refused shape gives way to the next one.
SHAPE_ORDER: dict[str, tuple[str, ...]] = {
    "tool_choice": ("required", "auto"),
    "structured_output": ("json_schema", "function_calling", "json_mode"),
    "parallel_tool_calls": ("send", "omit"),
    "streaming": ("stream", "no_stream"),  # only asked for when someone reads the answer as it comes
}
# A 500 is normally a failure worth retrying; it is a refusal of the request's shape only when it says so,
# or says nothing at all (llama.cpp answers `tool_choice: "required"` with a bare assertion error).
_SHAPE_WORDS = re.compile(
    r"tool_choice|response_format|json_schema|parallel_tool_calls|\bstream(?:ing)?\b"
    r"|not supported|unsupported",
    re.I,
)
REPAIR = (
    "You answered without calling a tool. Give your answer now by calling {name} with every field it "
    "needs; do not write anything else."
)
SHORTER = {
    "truncated": "Your previous answer was cut off at the length limit. Answer again, much shorter: "
    "at most {words} words of text in any field.",
    "refused": "Your previous answer was a refusal. Answer within the rules above, briefly: at most "
    "{words} words of text in any field; escalate to a person if you cannot answer.",
}
SHORTER_WORDS = 120  # without a token limit; with one, about a quarter of it (a word is 1.3+ tokens, and
# JSON and every field share the limit)


class MalformedOutput(ValueError):
    """The model answered, but not with the structured output asked for."""


class CutShort(Exception):
    """The answer stopped at `max_tokens` (`truncated`) or the model refused (`refused`): worth one
    shorter try, not the usual retries of the same request."""

    def __init__(self, kind: Literal["truncated", "refused"], detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind


class StreamCut(Exception):
    """A streamed answer stopped before the model finished it (the connection dropped, or the stream
    ended without a finish reason): retried like a connection error, never taken as a whole answer."""


class CheckFailed(Exception):
    """The answer failed a check of the caller's (its language, say) again after being asked once more."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind


RETRYABLE: tuple[type[BaseException], ...] = (
    openai.RateLimitError,
    openai.APITimeoutError,
    openai.APIConnectionError,
    openai.InternalServerError,
    OutputParserException,
    ValidationError,
    MalformedOutput,
    StreamCut,
)
MODEL_ERRORS: tuple[type[BaseException], ...] = (*RETRYABLE, openai.OpenAIError, CutShort, CheckFailed)


def error_kind(exc: BaseException) -> str:
    """A short, bounded label for a failed model attempt (a metrics label, so never the message)."""
    if isinstance(exc, openai.RateLimitError):
        return "rate_limit"
    if isinstance(exc, openai.APITimeoutError):  # a subclass of APIConnectionError: test it first
        return "timeout"
    if isinstance(exc, openai.APIConnectionError):
        return "connection"
    if isinstance(exc, openai.InternalServerError):
        return "server_error"
    if isinstance(exc, OutputParserException | ValidationError | MalformedOutput):
        return "malformed_output"
    if isinstance(exc, CutShort | CheckFailed):
        return exc.kind
    if isinstance(exc, StreamCut):
        return "stream_cut"
    if isinstance(exc, openai.APIStatusError):
        return f"status_{exc.status_code}"
    return "other"


def _server_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        for key in ("message", "detail", "error"):
            if body.get(key):
                return str(body[key])
        return ""
    return str(body or "")


def refused_shape(exc: BaseException) -> bool:
    """Whether a failed request looks like the server refusing its shape rather than failing to answer."""
    if not isinstance(exc, openai.APIStatusError):
        return False
    if exc.status_code in (400, 422):  # the request itself is wrong, and its shape is all we vary
        return True
    if exc.status_code in (500, 501):
        message = _server_message(exc)
        return not message.strip() or bool(_SHAPE_WORDS.search(message))
    return False


def refusal_reason(exc: BaseException) -> str:
    if isinstance(exc, openai.APIStatusError):
        message = " ".join(_server_message(exc).split())[:200] or "(no message)"
        return f"status {exc.status_code}: {message}"
    return f"{type(exc).__name__}: {str(exc)[:200]}"


@dataclass(frozen=True)
class Adaptation:
    setting: str
    old: str
    new: str
    reason: str
    at: str


class RequestShapes:
    """Process-wide: the request shape each setting uses, and every change made because a server refused
    one. Thread-safe; with `adapt` false the configured shapes are pinned."""

    def __init__(
        self, tool_choice: str = "required", structured_output: str = "json_schema", adapt: bool = True
    ) -> None:
        self._lock = threading.Lock()
        self._current = {
            "tool_choice": tool_choice,
            "structured_output": structured_output,
            "parallel_tool_calls": "send",
            "streaming": "stream",
        }
        self.adapt = adapt
        self._adaptations: list[Adaptation] = []

    def get(self, setting: Setting) -> str:
        with self._lock:
            return self._current[setting]

    def successor(self, setting: Setting, shape: str) -> str | None:
        if not self.adapt:
            return None
        order = SHAPE_ORDER[setting]
        index = order.index(shape)
        return order[index + 1] if index + 1 < len(order) else None

    def adopt(self, setting: Setting, old: str, new: str, reason: str) -> None:
        with self._lock:
            if self._current[setting] != old:  # another run found the same refusal first
                return
            self._current[setting] = new
            at = datetime.now(UTC).isoformat(timespec="seconds")
            self._adaptations.append(Adaptation(setting, old, new, reason, at))

    def adaptations(self) -> list[Adaptation]:
        with self._lock:
            return list(self._adaptations)

    def report(self) -> dict[str, Any]:
        with self._lock:
            return {
                "shapes": dict(self._current),
                "pinned": not self.adapt,
                "adapted": [asdict(a) for a in self._adaptations],
            }


class ModelStats:
    """Process-wide counts of model attempts, retries and fallbacks; thread-safe.

    Per-decision `Usage` only reaches the ticket outcome; these also count the workflows' drafts and the
    failed attempts that a fallback hides from the outcome."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.attempts: dict[str, int] = {}  # by result: "ok" or an `error_kind`
        self.retries = 0
        self.fallbacks = 0  # decisions the offline brain took over after the model failed
        self.fallback_reasons: dict[str, int] = {}  # the same, by the `error_kind` that caused them
        self.last_fallback: dict[str, str] | None = None
        self.repairs = 0  # turns that asked again for the answer tool, or for a shorter or corrected answer

    def attempt(self, result: str) -> None:
        with self._lock:
            self.attempts[result] = self.attempts.get(result, 0) + 1

    def retry(self) -> None:
        with self._lock:
            self.retries += 1

    def repair(self) -> None:
        with self._lock:
            self.repairs += 1

    def fallback(self, kind: str = "other", reason: str = "") -> None:
        with self._lock:
            self.fallbacks += 1
            self.fallback_reasons[kind] = self.fallback_reasons.get(kind, 0) + 1
            at = datetime.now(UTC).isoformat(timespec="seconds")
            self.last_fallback = {"kind": kind, "reason": reason, "at": at}

    def snapshot(self) -> tuple[dict[str, int], int, int]:
        with self._lock:
            return dict(self.attempts), self.retries, self.fallbacks

    def report(self) -> dict[str, Any]:
        with self._lock:
            return {
                "fallbacks": self.fallbacks,
                "fallback_reasons": dict(self.fallback_reasons),
                "last_fallback": dict(self.last_fallback) if self.last_fallback else None,
                "repairs": self.repairs,
            }


@dataclass
class Usage:
    """What one decision (or a whole run, summed) cost."""

    produced_by: Literal["llm", "offline"] = "offline"
    model_calls: int = 0
    tokens: int = 0
    latency_ms: float = 0.0
    fallback_reason: str | None = None

    def add(self, other: Usage) -> None:
        self.model_calls += other.model_calls
        self.tokens += other.tokens
        self.latency_ms += other.latency_ms


@dataclass
class Decision(Generic[T]):
    output: T
    usage: Usage
    tool_outputs: list[Any] = field(default_factory=list)  # what the tools returned, in call order


Check = Callable[[Any], tuple[str, str] | None]  # an answer's problem as (kind, what to tell the model)
OnAnswer = Callable[[dict[str, Any]], None]  # the answer tool's arguments so far, partial JSON completed


@dataclass
class Brain:
    """One per run (a ticket, a draft): it remembers whether the model already failed in this run."""

    model: BaseChatModel | None = None
    method: StructuredMethod = "json_schema"
    max_retries: int = 3
    retry_wait_s: float = 0.5
    stats: ModelStats = field(default_factory=ModelStats)
    shapes: RequestShapes | None = None
    legacy_max_tokens: bool = False  # send `max_tokens` (other servers) instead of `max_completion_tokens`
    max_tool_rounds: int = MAX_TOOL_ROUNDS
    failed: str | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        if self.shapes is None:
            self.shapes = RequestShapes(structured_output=self.method)

    @property
    def uses_model(self) -> bool:
        return self.model is not None and self.failed is None

    @property
    def request_shapes(self) -> RequestShapes:
        assert self.shapes is not None  # set in __post_init__
        return self.shapes

    def fresh(self) -> Brain:
        """The same configuration with a clean failure record, for the next run."""
        return Brain(
            self.model,
            self.method,
            self.max_retries,
            self.retry_wait_s,
            self.stats,
            self.shapes,
            self.legacy_max_tokens,
            self.max_tool_rounds,
        )

    def decide(
        self,
        schema: type[T],
        messages: Sequence[BaseMessage],
        offline: Callable[[], T],
        max_tokens: int | None = None,
    ) -> Decision[T]:
        start = time.perf_counter()
        if self.model is None or self.failed is not None:
            return Decision(offline(), Usage("offline", latency_ms=_ms(start), fallback_reason=self.failed))
        usage = Usage("llm")

        def request(method: str, parallel: str, note: list[BaseMessage]) -> Any:
            model = self._client(max_tokens, omit_parallel=parallel == "omit")
            structured = model.with_structured_output(schema, method=method, include_raw=True)
            usage.model_calls += 1
            prompt = list(messages)
            if method == "json_mode":  # the server constrains nothing but JSON: the prompt names the fields
                prompt.append(HumanMessage(_json_mode_note(schema)))
            shapes = {"structured_output": method, "parallel_tool_calls": parallel}
            with tracing.span("llm.call", **self._call_attributes(schema.__name__, shapes)) as opened:
                result = structured.invoke(prompt + note)
                raw = result.get("raw") if isinstance(result, dict) else None
                tracing.annotate(opened, **_usage_attributes(raw))
                return result

        def shaped(method: str, note: list[BaseMessage]) -> Any:
            if method != "function_calling":  # only function calling sends parallel_tool_calls
                return request(method, "send", note)
            return self._shaped(
                "parallel_tool_calls", lambda p: request(method, p, note), about="parallel_tool_calls"
            )

        def attempt(note: list[BaseMessage]) -> T:
            try:
                result: Any = self._shaped("structured_output", lambda m: shaped(m, note))
            except openai.LengthFinishReasonError as exc:  # the json_schema parser says so itself
                raise CutShort("truncated", "the answer stopped at max_tokens") from exc
            except openai.ContentFilterFinishReasonError as exc:
                raise CutShort("refused", "content filter") from exc
            except ValidationError:
                raise
            except ValueError as exc:  # the client's parsers raise plain ValueError on some bad replies
                raise MalformedOutput(str(exc)) from exc
            usage.tokens += _tokens(result.get("raw"))
            _raise_if_cut_short(result.get("raw"), max_tokens)
            if result.get("parsing_error") is not None:
                raise MalformedOutput(str(result["parsing_error"]))
            parsed = result.get("parsed")
            if parsed is None:
                raise MalformedOutput("the model returned no structured output")
            return parsed if isinstance(parsed, schema) else schema.model_validate(parsed)

        try:
            output = self._shorter_once(lambda note: self._retrying(lambda: attempt(note)), max_tokens)
        except MODEL_ERRORS as exc:
            return self._fall_back(exc, usage, offline, start)
        usage.latency_ms = _ms(start)
        return Decision(output, usage)

    def decide_with_tools(
        self,
        schema: type[T],
        messages: Sequence[BaseMessage],
        tools: Sequence[BaseTool],
        config: RunnableConfig,
        offline: Callable[[], T],
        max_tokens: int | None = None,
        check: Check | None = None,
        on_answer: OnAnswer | None = None,
    ) -> Decision[T]:
        """Let the model call tools, then answer by calling the schema as its final tool.

        The tools run with `config` (which carries the account in scope); a tool that refuses answers the
        model with the refusal instead of data. The loop is bounded: after `max_tool_rounds` turns with
        tools the model is offered the answer tool alone. A turn without any tool call gets one repair
        turn that asks for the answer tool by name. `check` may find a problem with an answer (its
        language, say): the model is told and asked once more, and a second failure goes offline.

        With `on_answer`, requests that may answer are streamed and `on_answer` gets the answer tool's
        arguments each time more of them arrive (a retry starts again from nothing); what it shows is
        provisional until this returns."""
        start = time.perf_counter()
        if self.model is None or self.failed is not None:
            return Decision(offline(), Usage("offline", latency_ms=_ms(start), fallback_reason=self.failed))
        usage = Usage("llm")
        by_name = {t.name: t for t in tools}
        conversation: list[BaseMessage] = list(messages)
        tool_outputs: list[Any] = []
        name = schema.__name__

        def ask(tool_choice: str, offered: Sequence[Any], prompt: list[BaseMessage]) -> AIMessage:
            bound = self._client(max_tokens).bind_tools(list(offered), tool_choice=tool_choice)

            def call(streaming: str) -> Any:
                usage.model_calls += 1
                choice = tool_choice if tool_choice in ("any", "auto") else "named"
                shapes = {"tool_choice": choice, "streaming": streaming}
                with tracing.span("llm.call", **self._call_attributes(name, shapes)) as opened:
                    if streaming == "stream" and on_answer is not None:
                        answer = _streamed(bound.stream(prompt, stream_usage=True), name, on_answer)
                    else:
                        answer = bound.invoke(prompt)
                    tracing.annotate(opened, **_usage_attributes(answer))
                    return answer

            if on_answer is None:
                message = call("no_stream")
            else:
                message = self._shaped("streaming", call, about="stream")
            usage.tokens += _tokens(message)
            if not isinstance(message, AIMessage):
                raise MalformedOutput("the model returned no message")
            _raise_if_cut_short(message, max_tokens)
            return message

        def turn(last: bool, note: list[BaseMessage]) -> tuple[AIMessage, T | None]:
            prompt = conversation + note
            if last:  # the loop's bound: no more tools, only the answer
                message = ask(name, [schema], prompt)
            else:
                message = self._shaped(
                    "tool_choice",
                    lambda shape: ask("any" if shape == "required" else "auto", [*tools, schema], prompt),
                )
            if message.invalid_tool_calls:  # it did call a tool, with arguments that are not JSON
                raise MalformedOutput(f"the model called {message.invalid_tool_calls[0].get('name')} badly")
            if not message.tool_calls:
                # "auto" lets a model answer in prose, and some servers ignore tool_choice: one repair
                # turn that names the answer tool.
                self.stats.repair()
                message = ask(name, [schema], [*prompt, message, HumanMessage(REPAIR.format(name=name))])
                if not message.tool_calls:
                    raise MalformedOutput("the model called no tool")
            final = [c for c in message.tool_calls if c["name"] == name]
            # Validated here, inside the retry: a final answer with bad arguments is malformed output
            # like any other, worth asking again rather than giving up the model for the whole run.
            return message, schema.model_validate(final[0]["args"]) if final else None

        def loop(note: list[BaseMessage]) -> T:
            checked = False
            round_, rounds = 0, self.max_tool_rounds
            while round_ <= rounds:
                last = round_ >= self.max_tool_rounds
                round_ += 1
                message, output = self._retrying(partial(turn, last, note))
                problem = check(output) if output is not None and check is not None else None
                if output is not None and problem is None:
                    return output
                if problem is not None:
                    kind, instruction = problem
                    self.stats.attempt(kind)
                    if checked:
                        raise CheckFailed(kind, instruction)
                    checked = True
                    rounds += 1  # the corrected answer gets its own turn, even after the last round
                    self.stats.repair()
                conversation.append(_replayable(message))
                for call in message.tool_calls:
                    if call["name"] == name:
                        content = f"rejected: {problem[1]}" if problem else "rejected: answer alone"
                    else:
                        content = _run_tool(by_name, call, config, tool_outputs)
                    conversation.append(ToolMessage(content, tool_call_id=call["id"]))
            raise MalformedOutput(f"no answer after {self.max_tool_rounds} rounds of tool calls")

        try:
            output = self._shorter_once(loop, max_tokens)
        except MODEL_ERRORS as exc:
            return self._fall_back(exc, usage, offline, start)
        usage.latency_ms = _ms(start)
        return Decision(output, usage, tool_outputs)

    def _call_attributes(self, answer: str, shapes: dict[str, str]) -> dict[str, str]:
        """A model call's span attributes: the model, the answer's schema, the request's shapes."""
        model = getattr(self.model, "model_name", None) or type(self.model).__name__
        return {
            "gen_ai.operation.name": "chat",
            "gen_ai.request.model": str(model),
            "cs_agents.llm.answer_schema": answer,
            **{f"cs_agents.llm.request_shape.{setting}": shape for setting, shape in shapes.items()},
        }

    def _client(self, max_tokens: int | None, omit_parallel: bool = False) -> BaseChatModel:
        """The model with this step's token limit, and without `parallel_tool_calls` if it was refused.

        Copies share the HTTP client. Only ChatOpenAI-like models have these fields; test doubles pass."""
        model = self.model
        assert model is not None
        fields = getattr(type(model), "model_fields", {})
        update: dict[str, Any] = {}
        extra = getattr(model, "extra_body", None) or {}
        disabled = getattr(model, "disabled_params", None) or {}
        if max_tokens is not None and "max_tokens" in fields:
            if self.legacy_max_tokens:  # the client renames max_tokens; llama.cpp and Ollama read only this
                update["extra_body"] = {**extra, "max_tokens": max_tokens}
            else:
                update["max_tokens"] = max_tokens
        if omit_parallel and "disabled_params" in fields:
            update["disabled_params"] = {**disabled, "parallel_tool_calls": None}
        return model.model_copy(update=update) if update else model

    def _shaped(self, setting: Setting, call: Callable[[str], R], about: str | None = None) -> R:
        """`call` with the setting's current shape; if the server refuses it, once with the next shape,
        which is kept for the process if the server takes it. `about` narrows what counts as a refusal
        of this setting (a word the server's message must contain)."""
        shapes = self.request_shapes
        shape = shapes.get(setting)
        try:
            return call(shape)
        except openai.APIStatusError as exc:
            after = shapes.successor(setting, shape)
            if after is None or not refused_shape(exc):
                raise
            if about is not None and about not in _server_message(exc):
                raise
            self.stats.attempt("shape_refused")
            try:
                result = call(after)
            except openai.APIStatusError:
                raise exc from None  # refused again: not this setting's shape, the usual handling applies
            except Exception:
                shapes.adopt(setting, shape, after, refusal_reason(exc))  # taken, though the answer was bad
                raise
            shapes.adopt(setting, shape, after, refusal_reason(exc))
            return result

    def _shorter_once(self, run: Callable[[list[BaseMessage]], R], max_tokens: int | None = None) -> R:
        """`run`, and once more asking for a shorter answer if the first was cut off or refused."""
        try:
            return run([])
        except CutShort as exc:
            self.stats.repair()
            words = SHORTER_WORDS if max_tokens is None else max(20, max_tokens // 4)
            return run([HumanMessage(SHORTER[exc.kind].format(words=words))])

    def _fall_back(
        self, exc: BaseException, usage: Usage, offline: Callable[[], T], start: float
    ) -> Decision[T]:
        """Remember the failure for the rest of the run and let the offline brain decide."""
        self.failed = f"{type(exc).__name__}: {str(exc)[:200]}"
        self.stats.fallback(error_kind(exc), self.failed)
        tracing.annotate_current(**{"cs_agents.llm.fallback_reason": error_kind(exc)})
        usage.produced_by = "offline"
        usage.fallback_reason = self.failed
        output = offline()
        usage.latency_ms = _ms(start)
        return Decision(output, usage)

    def _retrying(self, attempt: Callable[[], R]) -> R:
        def counted() -> R:
            try:
                result = attempt()
            except Exception as exc:
                self.stats.attempt(error_kind(exc))
                raise
            self.stats.attempt("ok")
            return result

        for retry in Retrying(
            stop=stop_after_attempt(1 + self.max_retries),
            wait=self._wait,
            retry=retry_if_exception_type(RETRYABLE),
            before_sleep=lambda _state: self.stats.retry(),
            reraise=True,
        ):
            with retry:
                return counted()
        raise AssertionError("unreachable: tenacity either returns or re-raises")

    def _wait(self, state: RetryCallState) -> float:
        """Exponential backoff, or the server's Retry-After when it says longer."""
        backoff = self.retry_wait_s * (2 ** (state.attempt_number - 1))
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, openai.APIStatusError):
            header = exc.response.headers.get("retry-after")
            try:
                return min(max(backoff, float(header)), MAX_RETRY_AFTER_S) if header else backoff
            except ValueError:
                return backoff
        return backoff


def _streamed(chunks: Any, name: str, on_answer: OnAnswer) -> AIMessage:
    """The streamed turn as one message, telling `on_answer` what the answer tool's arguments hold each
    time they grow. A stream that ends without a finish reason was cut: no partial answer is taken."""
    total: AIMessageChunk | None = None
    shown: dict[str, Any] | None = None
    try:
        for chunk in chunks:
            if not isinstance(chunk, AIMessageChunk):
                continue
            total = chunk if total is None else total + _without_repeated_names(total, chunk)
            if not chunk.tool_call_chunks:
                continue
            # The client completes the partial JSON of each call's arguments (an open string is closed).
            args = next((c["args"] for c in total.tool_calls if c["name"] == name), None)
            if isinstance(args, dict) and args and args != shown:
                shown = dict(args)
                on_answer(shown)
    except httpx.TransportError as exc:  # the connection dropped mid-answer
        raise StreamCut(f"the stream broke off: {type(exc).__name__}: {exc}") from exc
    if total is None or not (total.response_metadata or {}).get("finish_reason"):
        raise StreamCut("the stream ended before the model finished its answer")
    message = message_chunk_to_message(total)
    assert isinstance(message, AIMessage)
    return message


def _without_repeated_names(total: AIMessageChunk, chunk: AIMessageChunk) -> AIMessageChunk:
    """The chunk without tool names already known for its calls: llama.cpp's server repeats the function's
    name in every chunk of a streamed call, and merging chunks joins names ("TicketReplyTicketReply")."""
    known = {c.get("index"): c.get("name") for c in total.tool_call_chunks if c.get("name")}
    if not any(c.get("name") and known.get(c.get("index")) == c.get("name") for c in chunk.tool_call_chunks):
        return chunk
    calls = [
        {**c, "name": None} if c.get("name") and known.get(c.get("index")) == c.get("name") else c
        for c in chunk.tool_call_chunks
    ]
    return AIMessageChunk(
        content=chunk.content,
        tool_call_chunks=calls,  # type: ignore[arg-type]
        response_metadata=chunk.response_metadata,
        usage_metadata=chunk.usage_metadata,
        id=chunk.id,
    )


def _replayable(message: AIMessage) -> AIMessage:
    """The model's tool-calling turn as it is sent back in the next request.

    The client sends an empty content as null, and llama.cpp's server refuses an assistant message whose
    content is not a string (422 on every later turn): a turn with no text gets a short one."""
    if message.content or not message.tool_calls:
        return message
    names = ", ".join(dict.fromkeys(c["name"] for c in message.tool_calls))
    return message.model_copy(update={"content": f"Calling {names}."})


def _raise_if_cut_short(message: Any, max_tokens: int | None) -> None:
    metadata = getattr(message, "response_metadata", None) or {}
    finish = metadata.get("finish_reason")
    written = int((getattr(message, "usage_metadata", None) or {}).get("output_tokens", 0))
    # llama.cpp says "tool_calls" for a forced tool call even when max_tokens cut its arguments short.
    if finish == "length" or (max_tokens is not None and written >= max_tokens):
        raise CutShort("truncated", "the answer stopped at max_tokens")
    refusal = (getattr(message, "additional_kwargs", None) or {}).get("refusal")
    if refusal or finish == "content_filter":
        raise CutShort("refused", str(refusal or "content filter")[:200])


def _json_mode_note(schema: type[BaseModel]) -> str:
    return "Answer with one JSON object and nothing else, matching this JSON schema:\n" + json.dumps(
        schema.model_json_schema()
    )


def _run_tool(by_name: dict[str, BaseTool], call: Any, config: RunnableConfig, outputs: list[Any]) -> str:
    tool = by_name.get(call["name"])
    if tool is None:
        return f"error: there is no tool named {call['name']}"
    with tracing.span("tool.call", **{"gen_ai.tool.name": tool.name}) as opened:
        try:
            result = tool.invoke(call["args"], config)
            outputs.append(result)  # the caller may use only what the tools really returned (citations)
            tracing.annotate(opened, **{"cs_agents.tool.result": "ok"})
            return json.dumps(result, default=str)[:6000]
        except PermissionError as exc:
            tracing.annotate(opened, **{"cs_agents.tool.result": "refused"})
            return f"refused: {exc}"
        except (ValueError, LookupError) as exc:  # bad arguments from the model: tell it, let it try again
            tracing.annotate(opened, **{"cs_agents.tool.result": "error"})
            return f"error: {exc}"


def _usage_attributes(message: Any) -> dict[str, Any]:
    usage = getattr(message, "usage_metadata", None) or {}
    finish = (getattr(message, "response_metadata", None) or {}).get("finish_reason")
    return {
        "gen_ai.usage.input_tokens": usage.get("input_tokens"),
        "gen_ai.usage.output_tokens": usage.get("output_tokens"),
        "gen_ai.response.finish_reason": str(finish) if finish else None,
    }


def _tokens(message: Any) -> int:
    usage = getattr(message, "usage_metadata", None) or {}
    return int(usage.get("total_tokens", 0))


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 2)
