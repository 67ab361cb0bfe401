"""`POST /v1/chat/completions`: the support agents as an OpenAI-compatible model, so any OpenAI client or
chat UI can talk to them. The last user message is the customer's question; the conversation is a thread
keyed by the account, the `user` field and the first user message, so a client that re-sends the history
continues the same checkpointed conversation."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from typing import Any, Literal

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from api.deps import DatabaseDep, MetricsDep, PrincipalDep, RateLimited, RunnerDep, SettingsDep
from api.problems import COMMON_ERRORS, Problem
from api.routers.chat import MAX_MESSAGE_CHARS, check_thread, reply_chunks, resolve_account
from graph.outcome import TicketOutcome
from graph.run import chat_ticket

router = APIRouter(
    prefix="/v1", tags=["openai-compatible"], dependencies=[RateLimited], responses=COMMON_ERRORS
)
MODEL = "cs-agents-support"


class Message(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[dict[str, Any]] | None = None


class CompletionIn(BaseModel):
    model_config = ConfigDict(extra="ignore")  # temperature, max_tokens ...: the agents decide

    model: str = Field(default=MODEL, description="any name; the support agents answer")
    messages: list[Message] = Field(
        min_length=1, description="the conversation; the last user message is asked"
    )
    stream: bool = False
    user: str | None = Field(
        default=None, max_length=200, description="separates conversations of one account"
    )


def _text(content: str | list[dict[str, Any]] | None) -> str:
    if isinstance(content, list):
        return "".join(str(part.get("text", "")) for part in content if part.get("type", "text") == "text")
    return content or ""


def _usage(outcome: TicketOutcome, prompt: str) -> dict[str, int]:
    # The agents' own model usage when there is one; else word counts, so clients get plausible numbers.
    completion = len(outcome.reply.split())
    prompt_tokens = outcome.tokens or len(prompt.split())
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion,
        "total_tokens": prompt_tokens + completion,
    }


@router.post("/chat/completions", summary="OpenAI-compatible chat completion (streaming or not)")
def chat_completions(
    body: CompletionIn,
    principal: PrincipalDep,
    runner: RunnerDep,
    db: DatabaseDep,
    metrics: MetricsDep,
    settings: SettingsDep,
) -> Any:
    users = [_text(m.content) for m in body.messages if m.role == "user" and _text(m.content).strip()]
    if not users:
        raise Problem(422, "messages needs at least one user message with text")
    if len(users[-1]) > MAX_MESSAGE_CHARS:
        # Checked here, not by the ticket model deep in the flow: that failed as a 500 and logged the text.
        raise Problem(
            422,
            f"the last user message is {len(users[-1]):,} characters; send at most {MAX_MESSAGE_CHARS:,}",
            type="validation-error",
        )
    account_id = resolve_account(principal, None, db)
    key = f"{account_id}|{body.user or ''}|{users[0]}"
    thread_id = "oa-" + hashlib.sha256(key.encode()).hexdigest()[:24]
    check_thread(runner, thread_id, account_id, principal)
    ticket = chat_ticket(users[-1], account_id)
    outcome = runner.run(ticket, thread_id)
    metrics.observe_outcome(outcome, settings.llm_provider != "offline")
    completion_id = f"chatcmpl-{ticket.id}"
    created = int(time.time())
    extra = {"resolution": outcome.resolution, "citations": outcome.citations, "thread_id": thread_id}
    if body.stream:
        return StreamingResponse(
            _chunks(completion_id, created, body.model, outcome, extra),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache"},
        )
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": created,
        "model": body.model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": outcome.reply}, "finish_reason": "stop"}
        ],
        "usage": _usage(outcome, users[-1]),
        "cs_agents": extra,
    }


def _chunks(
    completion_id: str, created: int, model: str, outcome: TicketOutcome, extra: dict[str, Any]
) -> Iterator[str]:
    def chunk(delta: dict[str, Any], finish: str | None = None, **more: Any) -> str:
        data = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            **more,
        }
        return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    for piece in reply_chunks(outcome.reply):
        yield chunk({"content": piece})
    yield chunk({}, "stop", cs_agents=extra)
    yield "data: [DONE]\n\n"
