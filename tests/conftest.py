"""Shared fixtures. Tests run offline: any connection beyond this machine fails loudly."""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
from pathlib import Path
from typing import Any

import pytest

from cs_agents.db import Database, get_database
from cs_agents.settings import Settings
from tests.fakes.fixtures import scripted_llm, scripted_llm_server  # noqa: F401

# Starlette's TestClient sends `Host: testserver`; the apps the tests build read this (child processes
# get a clean environment, so a real uvicorn keeps the loopback-only default).
os.environ["CS_AGENTS_ALLOWED_HOSTS"] = "localhost,127.0.0.1,::1,testserver"
# Every test client comes from one address: the suite's many deliberate bad credentials would add up to
# the failed-authentication limit; tests/api/test_server_limits.py turns it on for itself.
os.environ["CS_AGENTS_AUTH_FAILURES_PER_ADDRESS"] = "0"

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_PRODUCT = Path(__file__).parent.parent / "cs_agents" / "sample_product"


def _is_local(address: Any) -> bool:
    if not isinstance(address, tuple):
        return True  # unix sockets
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that reaches past loopback (a real model, a download) fails instead of hanging."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        if not _is_local(address):
            raise RuntimeError(f"tests must not reach the network (tried {address!r})")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def db(settings: Settings) -> Database:
    return get_database(settings)


@pytest.fixture
def kb_folder(tmp_path: Path) -> Path:
    """A private copy of the small fixture knowledge base, safe to edit."""
    target = tmp_path / "kb"
    shutil.copytree(FIXTURES / "kb", target)
    return target


@pytest.fixture
def write(tmp_path: Path) -> Any:
    def _write(relative: str, content: str | bytes) -> Path:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
