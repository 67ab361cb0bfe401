"""Fault tests: real processes (uvicorn, `chroma run`, the `cs-agents` CLI, an SMTP sink) that fail,
hang or die by SIGKILL, and the scripted model server that answers badly.

The small product of the API tests (fixture knowledge base, three accounts) is loaded once per session;
each test that writes gets its own copy of that data directory."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from cs_agents.settings import Settings
from tests.api.conftest import API_KEYS, data_dir, product_dir  # noqa: F401 - session fixtures reused
from tests.net import clean_env, free_port, uvicorn_command, wait_until_ok

ROOT = Path(__file__).resolve().parents[2]
Spawn = Callable[..., subprocess.Popen[str]]


@pytest.fixture
def fault_data(data_dir: Path, tmp_path: Path) -> Path:  # noqa: F811 - the imported session fixture
    """A private copy of the loaded small product, safe to write to and to crash on."""
    target = tmp_path / "data"
    shutil.copytree(data_dir, target)
    return target


@pytest.fixture
def spawn() -> Iterator[Spawn]:
    """Start child processes from the repository root; each is killed (by its pid) at teardown."""
    procs: list[subprocess.Popen[str]] = []

    def _spawn(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            list(args),
            cwd=ROOT,
            env=env or clean_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        procs.append(proc)
        return proc

    yield _spawn
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "cs_agents.cli", *args]


def kill_hard(proc: subprocess.Popen[str]) -> None:
    """SIGKILL: no handler, no cleanup, no flush, as when the machine or the OOM killer takes it."""
    assert proc.poll() is None, "the process ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL


@dataclass
class Uvicorn:
    url: str
    proc: subprocess.Popen[str]


def start_uvicorn(spawn: Spawn, data: Path, port: int | None = None, **env: str) -> Uvicorn:
    port = port or free_port()
    proc = spawn(
        *uvicorn_command(port),
        env=clean_env(CS_AGENTS_DATA_DIR=str(data), CS_AGENTS_API_KEYS=API_KEYS, **env),
    )
    url = f"http://127.0.0.1:{port}"
    wait_until_ok(f"{url}/healthz", proc, timeout_s=90)
    return Uvicorn(url, proc)


def metric(text: str, name: str, **labels: str) -> float:
    """One sample of a Prometheus text exposition (0 when the series is absent)."""
    inner = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    series = f"{name}{{{inner}}}" if labels else name
    match = re.search(rf"^{re.escape(series)} (\S+)$", text, re.MULTILINE)
    return float(match.group(1)) if match else 0.0


# ------------------------------------------------------------------------------------------ chroma


@dataclass
class ChromaServer:
    """A real `chroma run` process that a test can stop and start again on the same port and path."""

    path: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
        self.proc = subprocess.Popen(
            [exe, "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until_ok(f"{self.url}/api/v2/heartbeat", self.proc, timeout_s=60)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()  # a crash, not a graceful shutdown
            self.proc.wait(timeout=20)
        self.proc = None


@pytest.fixture
def chroma(tmp_path: Path) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path / "chroma-server")
    server.start()
    try:
        yield server
    finally:
        server.stop()


# -------------------------------------------------------------------------------------------- smtp


@dataclass
class SmtpSink:
    """A real SMTP server (aiosmtpd) on loopback that keeps every message it accepts.

    With `hold` cleared, it keeps the message but withholds its "250 accepted" until `hold` is set: the
    moment a sender can die after the mail left it but before it heard back."""

    port: int = 0
    messages: list[Message] = field(default_factory=list)
    hold: threading.Event = field(default_factory=threading.Event)
    holding: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.hold.set()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content))
        if not self.hold.is_set():
            self.holding.set()
            while not self.hold.is_set():
                await asyncio.sleep(0.02)  # async: the sink keeps serving other connections
        return "250 Message accepted for delivery"

    def subjects(self) -> list[str]:
        return [str(m["Subject"]) for m in self.messages]


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    sink = SmtpSink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    sink.port = controller.port
    try:
        yield sink
    finally:
        sink.hold.set()
        controller.stop()


def settings_for(data: Path, **over: Any) -> Settings:
    return Settings(data_dir=data, **over)
