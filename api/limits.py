"""Per-key rate limits counted in the database (so every worker shares them) and a request size limit.

Rate limits are fixed windows: one `rate_limits` row per (key, window start) holds the requests counted
in that window; an upsert adds one and reads the count back atomically (SQLite and PostgreSQL). Over the
limit: 429 with `Retry-After` (seconds to the next window).
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.problems import Problem, problem_response
from cs_agents.db import Database, RateLimitRow, insert_for


def hit(db: Database, key: str, limit: int, window_s: int, now: float | None = None) -> tuple[bool, int, int]:
    """Count one request of `key`; returns (allowed, remaining, seconds until the window resets)."""
    now = time.time() if now is None else now
    start = int(now // window_s) * window_s
    with db.session() as session:
        statement = (
            insert_for(session)(RateLimitRow)
            .values(key=key, window_start=start, count=1)
            .on_conflict_do_update(
                index_elements=["key", "window_start"], set_={"count": RateLimitRow.count + 1}
            )
            .returning(RateLimitRow.count)
        )
        count = int(session.execute(statement).scalar_one())
        if count == 1:  # the key's first request in this window: forget its older windows
            session.execute(
                delete(RateLimitRow).where(RateLimitRow.key == key, RateLimitRow.window_start < start)
            )
    reset = max(1, math.ceil(start + window_s - now))
    return count <= limit, max(0, limit - count), reset


def enforce(db: Database, key: str, limit: int, window_s: int) -> None:
    """Raise a 429 Problem when `key` is over its limit (limit 0: no limit)."""
    if limit <= 0:
        return
    allowed, _remaining, reset = hit(db, key, limit, window_s)
    if not allowed:
        raise Problem(
            429,
            f"rate limit of {limit} requests per {window_s} s reached for this key; retry in {reset} s",
            type="rate-limited",
            headers={"Retry-After": str(reset)},
            retry_after_s=reset,
        )


class InFlight:
    """Requests each caller has in progress in this process, so one key, token or account cannot take
    every worker thread and ticket slot while others wait (issue 12, finding 4). Per process: with N
    workers a caller may have N times the limit in all, which still leaves each worker to the others."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def acquire(self, key: str, limit: int) -> Callable[[], None] | None:
        """A release function if `key` is under `limit` (0: no limit), else None."""
        with self._lock:
            held = self._counts.get(key, 0)
            if limit > 0 and held >= limit:
                return None
            self._counts[key] = held + 1
        released = False

        def release() -> None:
            nonlocal released
            with self._lock:
                if released:
                    return
                released = True
                left = self._counts[key] - 1
                if left:
                    self._counts[key] = left
                else:
                    del self._counts[key]

        return release

    def held(self, key: str) -> int:
        with self._lock:
            return self._counts.get(key, 0)


IN_FLIGHT_RELEASES = "cs_agents_in_flight_releases"  # scope["state"] key: what ReleaseInFlight calls


def hold_in_flight(scope_state: dict[str, Any], in_flight: InFlight, key: str, limit: int) -> None:
    """Count this request as in flight for `key` until its response is sent (`ReleaseInFlight`); over
    the limit, a 429 with Retry-After."""
    release = in_flight.acquire(key, limit)
    if release is None:
        raise Problem(
            429,
            f"{limit} request(s) of this caller are in progress already; retry when one has finished",
            type="too-many-in-flight",
            headers={"Retry-After": "1"},
            retry_after_s=1,
        )
    scope_state.setdefault(IN_FLIGHT_RELEASES, []).append(release)


class ReleaseInFlight:
    """Ends the in-flight count of a request once its response is sent (a stream included) or failed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await self.app(scope, receive, send)
        finally:
            for release in scope.get("state", {}).pop(IN_FLIGHT_RELEASES, []):
                release()


class BodySizeLimit:
    """Refuse request bodies over `max_bytes` with a 413 problem, whether or not Content-Length is sent.

    The body (at most `max_bytes`) is read before the app runs and replayed to it; later `receive` calls
    (a client disconnecting during a streamed response) go to the server as usual."""

    def __init__(self, app: ASGIApp, max_bytes: int, timeout_s: float = 30.0) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s  # for the whole body: a client sending a byte a minute is cut off

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        length = _content_length(scope)
        if length is not None and length > self.max_bytes:
            await self._refuse(scope, receive, send, length)
            return
        messages: list[Message] = []
        total = 0
        deadline = asyncio.get_running_loop().time() + self.timeout_s
        while True:
            try:
                message = await asyncio.wait_for(receive(), deadline - asyncio.get_running_loop().time())
            except TimeoutError:
                await self._timed_out(scope, receive, send)
                return
            messages.append(message)
            if message["type"] != "http.request":
                break
            total += len(message.get("body", b""))
            if total > self.max_bytes:
                await self._refuse(scope, receive, send, None)
                return
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            if messages:
                return messages.pop(0)
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, length: int | None) -> None:
        size = f"{length:,} bytes" if length is not None else "more"
        response = problem_response(
            None,
            413,
            f"the request body is {size}, over the limit of {self.max_bytes:,} bytes; send less "
            "(split event batches into several requests)",
            type="content-too-large",
            path=scope.get("path", ""),
            max_bytes=self.max_bytes,
        )
        response.headers["connection"] = "close"
        await response(scope, receive, send)

    async def _timed_out(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(
            None,
            408,
            f"the request body did not arrive within {self.timeout_s:g} s; send it again",
            type="request-timeout",
            path=scope.get("path", ""),
        )
        response.headers["connection"] = "close"
        await response(scope, receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
