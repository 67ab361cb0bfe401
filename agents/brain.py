"""The LLM-or-offline runner: the only place that knows whether a model is configured.

`Brain.decide` asks the model for a structured output, retrying (tenacity) on rate limits, timeouts,
connection errors, 5xx and output that fails validation; after the retries, or on an error no retry can
fix, it falls back to the offline implementation. Once the model has failed in a run, the rest of that run
stays offline (no point paying retries again for every step of the same ticket). Every decision records
who produced it, the model calls, tokens and latency; `ModelStats`, shared by a brain and its fresh copies,
counts attempts by result, retries and fallbacks for the whole process (`GET /metrics`).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

import openai
from langchain_core.exceptions import OutputParserException
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, ToolMessage
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool
from pydantic import BaseModel, ValidationError
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")
StructuredMethod = Literal["json_schema", "function_calling", "json_mode"]

MAX_RETRY_AFTER_S = 20.0
MAX_TOOL_ROUNDS = 3  # model turns that may call tools before it must give its answer


class MalformedOutput(ValueError):
    """The model answered, but not with the structured output asked for."""


RETRYABLE: tuple[type[BaseException], ...] = (
    openai.RateLimitError,
    openai.APITimeoutError,
    openai.APIConnectionError,
    openai.InternalServerError,
    OutputParserException,
    ValidationError,
    MalformedOutput,
)
MODEL_ERRORS: tuple[type[BaseException], ...] = (*RETRYABLE, openai.OpenAIError)


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
    if isinstance(exc, openai.APIStatusError):
        return f"status_{exc.status_code}"
    return "other"


class ModelStats:
    """Process-wide counts of model attempts, retries and fallbacks; thread-safe.

    Per-decision `Usage` only reaches the ticket outcome; these also count the workflows' drafts and the
    failed attempts that a fallback hides from the outcome."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.attempts: dict[str, int] = {}  # by result: "ok" or an `error_kind`
        self.retries = 0
        self.fallbacks = 0  # decisions the offline brain took over after the model failed

    def attempt(self, result: str) -> None:
        with self._lock:
            self.attempts[result] = self.attempts.get(result, 0) + 1

    def retry(self) -> None:
        with self._lock:
            self.retries += 1

    def fallback(self) -> None:
        with self._lock:
            self.fallbacks += 1

    def snapshot(self) -> tuple[dict[str, int], int, int]:
        with self._lock:
            return dict(self.attempts), self.retries, self.fallbacks


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


@dataclass
class Brain:
    """One per run (a ticket, a draft): it remembers whether the model already failed in this run."""

    model: BaseChatModel | None = None
    method: StructuredMethod = "json_schema"
    max_retries: int = 3
    retry_wait_s: float = 0.5
    stats: ModelStats = field(default_factory=ModelStats)
    failed: str | None = field(default=None, init=False)

    @property
    def uses_model(self) -> bool:
        return self.model is not None and self.failed is None

    def fresh(self) -> Brain:
        """The same configuration with a clean failure record, for the next run."""
        return Brain(self.model, self.method, self.max_retries, self.retry_wait_s, self.stats)

    def decide(
        self, schema: type[T], messages: Sequence[BaseMessage], offline: Callable[[], T]
    ) -> Decision[T]:
        start = time.perf_counter()
        if self.model is None or self.failed is not None:
            return Decision(offline(), Usage("offline", latency_ms=_ms(start), fallback_reason=self.failed))
        usage = Usage("llm")
        structured = self.model.with_structured_output(schema, method=self.method, include_raw=True)

        def attempt() -> T:
            usage.model_calls += 1
            try:
                result: Any = structured.invoke(list(messages))
            except ValidationError:
                raise
            except ValueError as exc:  # the client's parsers raise plain ValueError on some bad replies
                raise MalformedOutput(str(exc)) from exc
            usage.tokens += _tokens(result.get("raw"))
            if result.get("parsing_error") is not None:
                raise MalformedOutput(str(result["parsing_error"]))
            parsed = result.get("parsed")
            if parsed is None:
                raise MalformedOutput("the model returned no structured output")
            return parsed if isinstance(parsed, schema) else schema.model_validate(parsed)

        try:
            output = self._retrying(attempt)
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
    ) -> Decision[T]:
        """Let the model call tools, then answer by calling the schema as its final tool.

        The tools run with `config` (which carries the account in scope); a tool that refuses answers the
        model with the refusal instead of data."""
        start = time.perf_counter()
        if self.model is None or self.failed is not None:
            return Decision(offline(), Usage("offline", latency_ms=_ms(start), fallback_reason=self.failed))
        usage = Usage("llm")
        by_name = {t.name: t for t in tools}
        bound = self.model.bind_tools([*tools, schema], tool_choice="any")
        conversation: list[BaseMessage] = list(messages)

        def turn() -> tuple[AIMessage, T | None]:
            usage.model_calls += 1
            message = bound.invoke(conversation)
            usage.tokens += _tokens(message)
            if not isinstance(message, AIMessage) or not message.tool_calls:
                raise MalformedOutput("the model called no tool")
            final = [c for c in message.tool_calls if c["name"] == schema.__name__]
            # Validated here, inside the retry: a final answer with bad arguments is malformed output
            # like any other, worth asking again rather than giving up the model for the whole run.
            return message, schema.model_validate(final[0]["args"]) if final else None

        try:
            for _ in range(MAX_TOOL_ROUNDS + 1):
                message, output = self._retrying(turn)
                if output is not None:
                    usage.latency_ms = _ms(start)
                    return Decision(output, usage)
                conversation.append(message)
                for call in message.tool_calls:
                    conversation.append(
                        ToolMessage(_run_tool(by_name, call, config), tool_call_id=call["id"])
                    )
            raise MalformedOutput(f"no answer after {MAX_TOOL_ROUNDS} rounds of tool calls")
        except MODEL_ERRORS as exc:
            return self._fall_back(exc, usage, offline, start)

    def _fall_back(
        self, exc: BaseException, usage: Usage, offline: Callable[[], T], start: float
    ) -> Decision[T]:
        """Remember the failure for the rest of the run and let the offline brain decide."""
        self.failed = f"{type(exc).__name__}: {str(exc)[:200]}"
        self.stats.fallback()
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


def _run_tool(by_name: dict[str, BaseTool], call: Any, config: RunnableConfig) -> str:
    tool = by_name.get(call["name"])
    if tool is None:
        return f"error: there is no tool named {call['name']}"
    try:
        return json.dumps(tool.invoke(call["args"], config), default=str)[:6000]
    except PermissionError as exc:
        return f"refused: {exc}"
    except (ValueError, LookupError) as exc:  # bad arguments from the model: tell it, let it try again
        return f"error: {exc}"


def _tokens(message: Any) -> int:
    usage = getattr(message, "usage_metadata", None) or {}
    return int(usage.get("total_tokens", 0))


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 2)
