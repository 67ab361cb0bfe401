"""The app served by a real uvicorn process on a free loopback port, end to end over HTTP."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.api.conftest import ADMIN, QUESTION_PASSWORD, parse_sse

ROOT = Path(__file__).resolve().parents[2]


def test_a_customer_chats_with_a_real_server(server: str) -> None:
    with httpx.Client(base_url=server, timeout=30) as http:
        assert http.get("/v1/tickets").status_code == 401
        token = http.post("/v1/tokens", json={"account_id": "acc_a"}, headers=ADMIN).json()["token"]
        customer = {"Authorization": f"Bearer {token}"}

        reply = http.post("/v1/chat", json={"message": QUESTION_PASSWORD}, headers=customer)
        assert reply.status_code == 200
        assert reply.json()["citations"][0] == "reset-password"
        ticket = http.get(f"/v1/tickets/{reply.json()['ticket_id']}", headers=customer).json()
        assert ticket["ticket"]["account_id"] == "acc_a"

        text = ""
        with http.stream(
            "POST",
            "/v1/chat",
            json={"message": QUESTION_PASSWORD},
            headers={**customer, "Accept": "text/event-stream"},
        ) as stream:
            assert stream.headers["content-type"].startswith("text/event-stream")
            for chunk in stream.iter_text():
                text += chunk
        events = parse_sse(text)
        assert events[0][0] == "progress" and events[0][1]["step"] == "received"
        assert events[-1][0] == "reply" and events[-1][1]["citations"][0] == "reset-password"
        # (how soon the first event arrives is measured by scripts/load_chat.py, ttfe, not asserted here)

        too_big = http.post(
            "/v1/chat", content=b"x" * 2_000_000, headers={**customer, "Content-Type": "application/json"}
        )
        assert too_big.status_code == 413
        assert too_big.headers["content-type"] == "application/problem+json"
        metrics = http.get("/metrics").text
        assert 'route="/v1/chat",status="200"' in metrics
