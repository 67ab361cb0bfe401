"""Issue 12, finding 2: local dev mode only over loopback, a Host allowlist against DNS rebinding, and
the security headers of every page."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

from api.app import create_app
from cs_agents.settings import Settings
from tests.api.conftest import ADMIN, API_KEYS, REVIEWER
from tests.net import clean_env, free_port

ROOT = Path(__file__).resolve().parents[2]
LAN_ADDRESS = "192.0.2.10"  # TEST-NET-1: the test client reports it as the address the request came in on


def test_dev_mode_refuses_to_start_on_another_interface(tmp_path: Path) -> None:
    port = free_port()
    env = clean_env(CS_AGENTS_DATA_DIR=str(tmp_path / "data"))
    command = [sys.executable, "-m", "cs_agents.cli", "serve", "--host", "0.0.0.0", "--port", str(port)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    message = " ".join(done.stderr.split())
    assert "without API keys" in message and "CS_AGENTS_API_KEYS" in message
    assert not (tmp_path / "data" / "cs_agents.db").exists()  # it stopped before loading anything


def test_dev_mode_answers_only_requests_that_came_in_on_loopback(data_dir: Path) -> None:
    hosts = f"127.0.0.1,{LAN_ADDRESS}"
    dev = Settings(data_dir=data_dir, allowed_hosts=hosts)
    with TestClient(create_app(dev), base_url=f"http://{LAN_ADDRESS}") as lan:
        minted = lan.post("/v1/tokens", json={"account_id": "acc_a"})
        assert minted.status_code == 403
        assert "CS_AGENTS_API_KEYS" in minted.json()["detail"]
        assert lan.get("/v1/reviews").status_code == 403
    secured = Settings(data_dir=data_dir, allowed_hosts=hosts, api_keys=API_KEYS)
    with TestClient(create_app(secured), base_url=f"http://{LAN_ADDRESS}") as lan:
        assert lan.get("/v1/reviews", headers=REVIEWER).status_code == 200  # keys: other machines welcome


def test_a_foreign_host_name_is_refused_even_with_a_matching_origin(dev_api: TestClient) -> None:
    # DNS rebinding: the attacker's page, now resolving to 127.0.0.1, sends its own name as Host and Origin
    rebound = {"Host": "rebind.example:8000", "Origin": "http://rebind.example:8000"}
    minted = dev_api.post("/v1/tokens", json={"account_id": "acc_a"}, headers=rebound)
    assert minted.status_code == 400
    assert minted.json()["type"] == "urn:cs-agents:problem:unknown-host"
    assert "CS_AGENTS_ALLOWED_HOSTS" in minted.json()["detail"]
    assert dev_api.get("/ui/reviews", headers=rebound).status_code == 400


def test_a_real_server_answers_to_loopback_names_only(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    for name in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"):
        answer = httpx.get(f"{server}/healthz", headers={"Host": name}, timeout=10)
        assert answer.status_code == 200, name
    foreign = httpx.get(f"{server}/healthz", headers={"Host": f"evil.example:{port}"}, timeout=10)
    assert foreign.status_code == 400


def test_every_page_sends_the_security_headers(api: TestClient) -> None:
    pages = {
        "/ui/login": None,
        "/ui/reviews": REVIEWER,
        "/ui/dashboard": ADMIN,
        "/ui/chat": ADMIN,
        "/ui/accounts/no-such-account": ADMIN,  # the error page too
    }
    for path, headers in pages.items():
        page = api.get(path, headers=headers)
        assert page.headers["content-type"].startswith("text/html"), path
        csp = page.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp, path
        assert "unsafe-inline" not in csp
        assert page.headers["x-frame-options"] == "DENY", path
        assert page.headers["x-content-type-options"] == "nosniff", path
        assert page.headers["referrer-policy"] == "same-origin", path
        assert page.headers["cache-control"] == "no-store", path
    data = api.get("/v1/reviews", headers=REVIEWER)
    assert data.headers["cache-control"] == "no-store"
    assert data.headers["x-content-type-options"] == "nosniff"
    script = api.get("/ui/static/chat.js")
    assert script.headers["x-content-type-options"] == "nosniff"
    assert "no-store" not in script.headers.get("cache-control", "")  # static files may be cached
