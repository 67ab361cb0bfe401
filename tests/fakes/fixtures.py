"""pytest fixtures for the scripted OpenAI-compatible server (see ``openai_server.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.openai_server import ScriptedLLM


@pytest.fixture(scope="session")
def scripted_llm_server() -> Iterator[ScriptedLLM]:
    """One server for the whole session: starting is cheap, but stopping costs ~0.2 s."""
    with ScriptedLLM() as server:
        yield server


@pytest.fixture
def scripted_llm(scripted_llm_server: ScriptedLLM) -> Iterator[ScriptedLLM]:
    """The shared server with an empty script, so no reply or fault leaks between tests."""
    scripted_llm_server.reset()
    yield scripted_llm_server
    scripted_llm_server.reset()
