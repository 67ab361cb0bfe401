"""How `cs-agents serve` runs uvicorn: bounded headers, a deadline for each request head, a short
keep-alive and a cap on connections, so unauthenticated clients cannot hold the process's memory or
sockets (issue 12, finding 5).

- Headers: uvicorn's default HTTP parser (httptools) buffers a request head of any size (40 unfinished
  5 MB heads held 219 MB); h11 refuses one over `server_max_header_bytes`.
- Head deadline: uvicorn has no timeout for a request head that never completes (300 connections sending
  one byte a second were held for minutes); `GuardedH11Protocol` closes such a connection with a 408 after
  `server_header_timeout_s`, on a new connection and between keep-alive requests.
- Bodies: `api.limits.BodySizeLimit` gives a body `server_body_timeout_s` to arrive (408), under any server.
- Connections: `limit_concurrency` answers 503 beyond `server_max_connections`.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from cs_agents.settings import Settings

_TIMEOUT_RESPONSE = (
    b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\nconnection: close\r\n"
    b"content-length: 38\r\n\r\nthe request head took too long; retry\n"
)


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request head."""

    header_timeout_s: float = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head_timer: asyncio.TimerHandle | None = None
        self._arm_head_timer()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # the head is complete: the app has the request
            self._cancel_head_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_head_timer()  # the next request on this connection gets its own deadline

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def _arm_head_timer(self) -> None:
        self._cancel_head_timer()
        self._head_timer = self.loop.call_later(self.header_timeout_s, self._head_timed_out)

    def _cancel_head_timer(self) -> None:
        timer = getattr(self, "_head_timer", None)
        if timer is not None:
            timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        if self.conn.our_state is h11.IDLE:  # nothing of a response written yet on this cycle
            self.transport.write(_TIMEOUT_RESPONSE)
        self.transport.close()


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """The uvicorn.run keyword arguments for these limits."""
    protocol = type(
        "GuardedH11Protocol", (GuardedH11Protocol,), {"header_timeout_s": settings.server_header_timeout_s}
    )
    return {
        "http": protocol,
        "h11_max_incomplete_event_size": settings.server_max_header_bytes,
        "timeout_keep_alive": settings.server_keep_alive_s,
        "limit_concurrency": settings.server_max_connections,
        # uvicorn trusts X-Forwarded-For from 127.0.0.1 by default: any local caller could then choose the
        # address the failed-sign-in limit counts (dodging it, or locking out someone else's valid key).
        "proxy_headers": settings.server_forwarded_allow_ips is not None,
        "forwarded_allow_ips": settings.server_forwarded_allow_ips or "",
    }
