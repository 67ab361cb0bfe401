"""Loopback helpers for tests that start real server processes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def clean_env(**settings: str) -> dict[str, str]:
    """The environment for a child process: none of the caller's cs-agents, model or Chroma settings,
    only `settings`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CS_AGENTS_", "OPENAI_", "CHROMA_"))}
    env.update(settings)
    return env


def uvicorn_command(port: int, *options: str) -> list[str]:
    """The service (the app factory) under uvicorn on a loopback port, with more uvicorn `options`."""
    return [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--host", "127.0.0.1",
            "--port", str(port), *options]  # fmt: skip


def wait_until_ok(
    url: str, proc: subprocess.Popen[str] | subprocess.Popen[bytes], timeout_s: float = 120
) -> None:
    """Poll `url` until it answers 200; fail early if the process died."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise RuntimeError(f"the server process exited with {proc.returncode} before {url} answered")
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url} did not answer within {timeout_s} s")
        time.sleep(0.2)
