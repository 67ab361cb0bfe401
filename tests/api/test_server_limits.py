"""Issue 12, finding 5: unauthenticated clients cannot hold the server's memory or sockets, and failed
authentication is rate limited per address. The server tests run `cs-agents serve` itself on loopback."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from cs_agents.settings import Settings
from tests.api.conftest import ADMIN, API_KEYS
from tests.net import clean_env, free_port, wait_until_ok

ROOT = Path(__file__).resolve().parents[2]


def test_failed_authentication_is_limited_per_address(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", api_keys=API_KEYS, auth_failures_per_address=3)
    with TestClient(create_app(settings)) as client:
        wrong = {"Authorization": "Bearer not-a-key-of-this-service"}
        assert [client.get("/v1/reviews", headers=wrong).status_code for _ in range(3)] == [401] * 3
        over = client.get("/v1/reviews", headers=wrong)
        assert over.status_code == 429 and int(over.headers["Retry-After"]) >= 1
        # until the window ends this address is refused before its credentials are checked ...
        assert client.get("/v1/reviews", headers=ADMIN).status_code == 429
        login = client.post("/ui/login", data={"credential": "guess-number-five"}, follow_redirects=False)
        assert login.status_code == 429
        # ... and a request without credentials guessed nothing: it is not counted
        assert client.get("/v1/reviews").status_code == 401
        assert client.get("/healthz").status_code == 200


def _recv_all(sock: socket.socket) -> bytes:
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


@pytest.fixture(scope="module")
def limited_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`cs-agents serve` with small limits, so each one is reached quickly."""
    port = free_port()
    env = clean_env(
        CS_AGENTS_DATA_DIR=str(tmp_path_factory.mktemp("limits") / "data"),
        CS_AGENTS_API_KEYS=API_KEYS,
        CS_AGENTS_SERVER_HEADER_TIMEOUT_S="3",
        CS_AGENTS_SERVER_BODY_TIMEOUT_S="2",
        CS_AGENTS_SERVER_MAX_HEADER_BYTES="8192",
        CS_AGENTS_SERVER_MAX_CONNECTIONS="6",
    )
    command = [sys.executable, "-m", "cs_agents.cli", "serve", "--no-sample", "--port", str(port)]
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ok(f"{url}/healthz", proc)
        yield url
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


def _connect(url: str) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=30)
    return sock


def test_connections_beyond_the_cap_get_503(limited_server: str) -> None:
    idle = [_connect(limited_server) for _ in range(6)]
    try:
        answer = httpx.get(f"{limited_server}/healthz", timeout=30)
        assert answer.status_code == 503
    finally:
        for sock in idle:
            sock.close()
    # free again once the server has seen them close
    for _ in range(300):
        if httpx.get(f"{limited_server}/healthz", timeout=30).status_code == 200:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the server stayed at its connection cap after the idle connections closed")


def test_an_unfinished_request_head_is_answered_408_and_closed(limited_server: str) -> None:
    with _connect(limited_server) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")  # and nothing more
        answer = _recv_all(sock)  # returns when the server closes: before the socket's 30 s timeout
    assert answer.startswith(b"HTTP/1.1 408")


def test_an_oversized_request_head_is_refused(limited_server: str) -> None:
    with _connect(limited_server) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        try:
            for _ in range(100):  # 5 MB of header lines, as the attacker sent
                sock.sendall(b"X-Pad: " + b"a" * 50_000 + b"\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server stopped reading and closed: what we want
        try:
            answer = _recv_all(sock)
        except ConnectionResetError:
            answer = b""
    assert answer == b"" or answer.startswith(b"HTTP/1.1 4")


def test_a_body_that_does_not_arrive_is_answered_408(limited_server: str) -> None:
    with _connect(limited_server) as sock:
        sock.sendall(
            b"POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b'Content-Length: 1000\r\n\r\n{"events": ['
        )
        answer = _recv_all(sock)
    assert answer.startswith(b"HTTP/1.1 408")
    assert b"did not arrive" in answer


def test_serve_trusts_no_forwarded_address_unless_told_which_proxy() -> None:
    # Found by the attacker's second pass: uvicorn's default trusts X-Forwarded-For from 127.0.0.1, so a
    # local caller could dodge the failed-sign-in limit, or lock out a valid key by naming its address.
    from api.server import uvicorn_options
    from cs_agents.settings import Settings

    assert uvicorn_options(Settings())["proxy_headers"] is False
    behind = uvicorn_options(Settings(server_forwarded_allow_ips="10.0.0.5"))
    assert behind["proxy_headers"] is True and behind["forwarded_allow_ips"] == "10.0.0.5"
