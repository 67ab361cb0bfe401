"""Support chat: one message in, the reply out, as JSON or as server-sent events."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import uuid
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator

from api.auth import Principal, scoped_account
from api.deps import DatabaseDep, MetricsDep, PrincipalDep, RateLimited, RunnerDep, SettingsDep
from api.markdown import render_markdown
from api.metrics import Metrics
from api.problems import COMMON_ERRORS, KB_RETRY_AFTER_S, Problem, problem
from api.schemas import ReplyOut
from cs_agents.db import AccountRow, Database
from cs_agents.models import Ticket
from graph.outcome import TicketOutcome
from graph.run import TicketRunner, chat_ticket
from knowledge_base.store import KnowledgeBaseUnavailable

MAX_MESSAGE_CHARS = 20_000  # one chat message; the OpenAI-compatible endpoint takes the same

router = APIRouter(prefix="/v1", tags=["chat"], dependencies=[RateLimited], responses=COMMON_ERRORS)
log = logging.getLogger("api.chat")

THREAD_ID = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"
EVENT_STREAM = "text/event-stream"
_WORDS = re.compile(r"\S+\s*")


class ChatIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS, description="what the customer writes")
    thread_id: str | None = Field(
        default=None,
        pattern=THREAD_ID,
        description="continue this conversation (the thread_id of an earlier reply); omit to start one",
    )
    account_id: str | None = Field(
        default=None,
        description="admin keys only: chat on behalf of this account. Customer tokens chat as their own "
        "account (a different value is refused)",
    )

    @field_validator("message")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the message is blank; write the question")
        return value


def resolve_account(principal: Principal, requested: str | None, db: Database) -> str | None:
    """The account a message or ticket runs for: the token's for customers; for admins the one asked."""
    if principal.kind == "customer":
        return scoped_account(principal, requested)
    if requested is not None and principal.role != "admin":
        raise Problem(403, "only admin keys may act on behalf of an account; leave account_id out")
    if requested is not None:
        with db.session() as session:
            if session.get(AccountRow, requested) is None:
                raise Problem(404, f"unknown account {requested!r}", type="unknown-account")
    return requested


def check_thread(runner: TicketRunner, thread_id: str, account_id: str | None, principal: Principal) -> None:
    """A conversation continues only for the account it belongs to."""
    exists, owner = runner.thread_account(thread_id)
    if not exists or owner == account_id:
        return
    if principal.kind == "customer":
        raise Problem(
            404,
            f"no conversation {thread_id!r} for this account; leave thread_id out to start one",
            type="unknown-thread",
        )
    raise Problem(
        409,
        f"conversation {thread_id!r} belongs to account {owner!r}, not {account_id!r}; send that account_id "
        "or start a new conversation",
        type="thread-account-mismatch",
    )


def _event(name: str, data: Any) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


class TokenStream:
    """The `token` events of one reply: the client's text is always the concatenation of the tokens sent
    since the last `reset`. Offered the reply so far (a screened preview, then the final reply), it sends
    what extends the client's text; a text that does not extend it (a retry that wrote something else, a
    fallback, a final screen that changed more than the previews showed) is sent after a `reset`."""

    def __init__(self) -> None:
        self.sent = ""
        self.resets = 0

    def offer(self, text: str, final: bool = False) -> list[str]:
        if text.startswith(self.sent):
            new, self.sent = text[len(self.sent) :], text
            return [_event("token", {"text": chunk}) for chunk in reply_chunks(new)]
        if not final and self.sent.startswith(text):  # a retry catching up with what was sent: wait
            return []
        self.sent, self.resets = "", self.resets + 1
        reset = _event("reset", {"reason": "the reply changed after it began; discard the tokens so far"})
        return [reset, *self.offer(text)]


def reply_chunks(text: str) -> list[str]:
    """The reply in word-sized chunks that join back to it exactly."""
    lead = text[: len(text) - len(text.lstrip())]
    chunks = _WORDS.findall(text)
    if lead and chunks:
        chunks[0] = lead + chunks[0]
    return chunks or ([text] if text else [])


async def stream_reply(
    runner: TicketRunner,
    ticket: Ticket,
    thread_id: str,
    principal: Principal,
    metrics: Metrics,
    llm_configured: bool,
    path: str,
) -> AsyncIterator[str]:
    """`progress` (received, then one per graph step), `token` chunks of the reply (as a model writes it,
    whole screened sentences; offline, once it is done), then `reply`."""
    yield _event("progress", {"step": "received", "ticket_id": ticket.id, "thread_id": thread_id})
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

    def put(item: tuple[str, Any]) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is gone (the client left, the server stopped)
            loop.call_soon_threadsafe(queue.put_nowait, item)

    def work() -> None:
        try:
            for item in runner.stream(ticket, thread_id, previews=llm_configured):
                put(item)
        except Exception as exc:  # noqa: BLE001 - reported to the client as an error event, and logged
            put(("error", exc))
        finally:
            put(("end", None))

    worker = loop.run_in_executor(None, work)
    outcome: TicketOutcome | None = None
    tokens = TokenStream()
    while True:
        kind, value = await queue.get()
        if kind == "step":
            yield _event("progress", {"step": value})
        elif kind == "reply_preview":
            for event in tokens.offer(value):
                yield event
        elif kind == "outcome":
            outcome = value
        elif kind == "error" and isinstance(value, KnowledgeBaseUnavailable):
            # The same problem the JSON path answers with 503: a dependency is down, retry later.
            log.warning("chat stream: knowledge base unavailable: %s", value)
            yield _event(
                "error",
                {
                    "type": "urn:cs-agents:problem:knowledge-base-unavailable",
                    "title": "Service Unavailable",
                    "status": 503,
                    "detail": f"the knowledge base is unavailable; retry in {KB_RETRY_AFTER_S} s ({value})",
                    "instance": path,
                },
            )
        elif kind == "error":
            error_id = uuid.uuid4().hex[:12]
            log.error("chat stream failed (error id %s)", error_id, exc_info=value)
            yield _event(
                "error",
                {
                    "type": "urn:cs-agents:problem:internal-error",
                    "title": "Internal Server Error",
                    "status": 500,
                    "detail": f"the reply could not be produced; logged under id {error_id}",
                    "instance": path,
                },
            )
        else:
            break
    await worker
    if outcome is None:
        return
    metrics.observe_outcome(outcome, llm_configured)
    reply = ReplyOut.of(outcome, principal)
    for event in tokens.offer(reply.reply, final=True):
        yield event
    if tokens.resets:
        metrics.inc("cs_agents_chat_stream_resets_total", tokens.resets)
    # The page shows the reply rendered from the same text, on the server, with raw HTML escaped.
    yield _event("reply", {**reply.model_dump(mode="json"), "html": render_markdown(reply.reply)})


@router.post(
    "/chat",
    response_model=ReplyOut,
    responses={
        200: {
            "description": "The reply as JSON; with `Accept: text/event-stream`, server-sent events: "
            "`progress` {step} for `received` and each graph step, `token` {text} chunks of the reply "
            "(with a model, whole screened sentences as it writes them), `reset` {reason} if the reply "
            "changed after tokens were sent (discard them: the tokens after it make the reply), then "
            "`reply` (this JSON); `error` (a problem) if the reply could not be produced.",
            "content": {EVENT_STREAM: {"schema": {"type": "string"}}},
        },
        404: problem("unknown account, or a conversation of another account"),
        409: problem("the conversation belongs to another account"),
    },
)
def chat(
    body: ChatIn,
    request: Request,
    principal: PrincipalDep,
    runner: RunnerDep,
    db: DatabaseDep,
    metrics: MetricsDep,
    settings: SettingsDep,
) -> Any:
    """Ask the support agents; the account comes from the customer token (admins may name one)."""
    account_id = resolve_account(principal, body.account_id, db)
    thread_id = body.thread_id or f"thread-{uuid.uuid4().hex[:12]}"
    if body.thread_id:
        check_thread(runner, thread_id, account_id, principal)
    ticket = chat_ticket(body.message, account_id)
    llm_configured = settings.llm_provider != "offline"
    if EVENT_STREAM in request.headers.get("accept", ""):
        return StreamingResponse(
            stream_reply(runner, ticket, thread_id, principal, metrics, llm_configured, request.url.path),
            media_type=EVENT_STREAM,
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )
    outcome = runner.run(ticket, thread_id)
    metrics.observe_outcome(outcome, llm_configured)
    return ReplyOut.of(outcome, principal)
