"""HTTP hardening around the whole app: which Host names it answers to, local dev mode only over
loopback, and the security headers of every response.

- Host allowlist (`CS_AGENTS_ALLOWED_HOSTS`, loopback names by default): a web page that rebinds its own
  DNS name to 127.0.0.1 reaches the service with its own name in `Host` (and a matching `Origin`, so the
  same-origin check passes); refusing unknown Host names closes that path.
- Local dev mode (no API keys) makes every caller an admin, so it answers only connections that arrived on
  a loopback address, whatever interface the server was bound to (`cs-agents serve` also refuses to start
  on another interface).
- Headers: no sniffing, no framing, no referrer to other sites on every response; the pages add a CSP that
  allows only this site's own script, style, images and forms, and `no-store` (they show customer data).
"""

from __future__ import annotations

import ipaddress

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.problems import problem_response

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")

# The pages use no inline script or style (chat.js is a file; charts are SVG attributes), so 'self' is
# enough. `frame-ancestors` is the modern X-Frame-Options; both are sent for older browsers.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
COMMON_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    # same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on its own form posts,
    # which the same-origin check must refuse; other sites still get no referrer.
    "referrer-policy": "same-origin",
}


def host_name(host_header: str) -> str:
    """The name part of a Host header, lower-case, without port or IPv6 brackets."""
    host = host_header.strip().lower()
    if host.startswith("["):  # [::1]:8000
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:  # name:port (a bare IPv6 address has several colons)
        return host.split(":", 1)[0]
    return host


def is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return address == "localhost"


class HostGuard:
    """Refuse requests whose Host is not allowed (400), and dev-mode requests that did not arrive on a
    loopback address (403)."""

    def __init__(self, app: ASGIApp, allowed_hosts: frozenset[str], dev_mode: bool) -> None:
        self.app = app
        self.allowed = allowed_hosts
        self.dev_mode = dev_mode

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        host = host_name(Headers(scope=scope).get("host", ""))
        if "*" not in self.allowed and host not in self.allowed:
            response = problem_response(
                None,
                400,
                f"this service does not answer to the host name {host[:100]!r}; add it to "
                "CS_AGENTS_ALLOWED_HOSTS if it is this service's name",
                type="unknown-host",
                path=path,
            )
            await response(scope, receive, send)
            return
        # `server` is the address the connection arrived on: an IP under uvicorn, None on a unix socket
        # (local), a name under the test client
        server = scope.get("server")
        arrived_on = str(server[0]) if server else "localhost"
        if self.dev_mode and _is_ip(arrived_on) and not is_loopback(arrived_on):
            response = problem_response(
                None,
                403,
                "local dev mode (no API keys) answers only on loopback; configure CS_AGENTS_API_KEYS "
                "(name:admin:<key of 16+ characters>) to serve other machines",
                type="dev-mode-loopback-only",
                path=path,
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


class SecurityHeaders:
    """Add the security headers to every response; CSP and no-store to the pages and the API's data."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        page = path.startswith("/ui") and not path.startswith("/ui/static/")
        private = page or path.startswith("/v1/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in COMMON_HEADERS.items():
                    headers.setdefault(name, value)
                if page:
                    headers["content-security-policy"] = PAGE_CSP
                if private:
                    headers["cache-control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)
