"""Issue 12, finding 4: one customer token cannot take every worker and ticket slot; beyond its share of
requests in progress it gets 429 with Retry-After while other accounts are served."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from api.app import create_app
from cs_agents.settings import Settings
from tests.api.conftest import API_KEYS, customer_headers
from tests.fakes.openai_server import ScriptedLLM

QUESTION = {"message": "How do I reset my password?"}


def test_a_token_beyond_its_share_in_progress_gets_429_and_others_are_served(
    data_dir: Path, scripted_llm: ScriptedLLM
) -> None:
    settings = Settings(
        data_dir=data_dir,
        api_keys=API_KEYS,
        llm_provider="openai",
        openai_base_url=scripted_llm.base_url,
        openai_api_key="scripted",
        llm_max_retries=0,  # an unscripted model call falls back to the offline brain at once
        max_in_flight_per_account=1,
        rate_limit_requests=0,
    )
    # the first chat of acc_a waits in its first model call until released (hang_next) ...
    scripted_llm.hang_next(8)
    with TestClient(create_app(settings)) as client:
        mine, theirs = customer_headers(client, "acc_a"), customer_headers(client, "acc_b")
        first: dict[str, Any] = {}
        holder = threading.Thread(
            target=lambda: first.update(r=client.post("/v1/chat", json=QUESTION, headers=mine))
        )
        holder.start()
        for _ in range(600):  # a condition, not a timing: until that chat is inside the model call
            if scripted_llm.calls:
                break
            time.sleep(0.01)
        assert scripted_llm.calls == 1
        # ... meanwhile acc_a is over its share, and acc_b is served
        second = client.post("/v1/chat", json=QUESTION, headers=mine)
        assert second.status_code == 429 and second.headers["Retry-After"] == "1"
        assert second.json()["type"] == "urn:cs-agents:problem:too-many-in-flight"
        assert client.post("/v1/chat", json=QUESTION, headers=theirs).status_code == 200
        holder.join(timeout=60)
        assert first["r"].status_code == 200
        # finished requests no longer count, streamed ones included
        with client.stream(
            "POST", "/v1/chat", json=QUESTION, headers={**mine, "Accept": "text/event-stream"}
        ) as r:
            assert r.status_code == 200
            r.read()
        assert client.post("/v1/chat", json=QUESTION, headers=mine).status_code == 200
        assert client.app.state.in_flight.held("account:acc_a") == 0  # type: ignore[attr-defined]


def test_the_default_share_leaves_ticket_slots_to_others() -> None:
    offline = Settings(ticket_concurrency=2)
    assert offline.resolved_max_in_flight_per_account == 1
    assert Settings(ticket_concurrency=32).resolved_max_in_flight_per_account == 16
    assert Settings(ticket_concurrency=1).resolved_max_in_flight_per_account == 1
