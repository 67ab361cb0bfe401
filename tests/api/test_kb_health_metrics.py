"""Knowledge-base upsert and delete, readiness with a model server, Prometheus metrics."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from cs_agents.settings import Settings
from tests.api.conftest import ADMIN, API_KEYS, QUESTION_PASSWORD, customer_headers
from tests.fakes.replies import triage_reply
from tests.net import free_port

ARTICLE = """---
title: Set up shift swaps
category: how_to
tags: [shifts, swap]
---
# Set up shift swaps

Staff can trade shifts with each other when swaps are on.

## Steps

1. Open Settings > Scheduling.
2. Turn on **Allow shift swaps** and choose whether a manager approves each swap.
"""


def search_ids(api: TestClient, q: str) -> list[str]:
    return [h["id"] for h in api.get("/v1/kb/search", params={"q": q, "k": 3}, headers=ADMIN).json()["hits"]]


def test_upsert_and_delete_an_article(api: TestClient, data_dir: Path) -> None:
    article_id = f"shift-swaps-{uuid.uuid4().hex[:6]}"
    headers = {**ADMIN, "Content-Type": "text/markdown"}
    created = api.put(f"/v1/kb/articles/{article_id}", content=ARTICLE, headers=headers)
    assert created.status_code == 201, created.text
    assert created.json() == {
        "id": article_id,
        "title": "Set up shift swaps",
        "type": "article",
        "category": "how_to",
        "result": "created",
        "chunks_written": created.json()["chunks_written"],
    }
    assert (data_dir / "published_kb" / f"{article_id}.md").exists()
    assert search_ids(api, "how can staff swap shifts with each other")[0] == article_id

    same = api.put(f"/v1/kb/articles/{article_id}", content=ARTICLE, headers=headers)
    assert (same.status_code, same.json()["result"]) == (200, "unchanged")
    changed = api.put(
        f"/v1/kb/articles/{article_id}",
        content=ARTICLE + "\n## Limits\n\nSwaps close 24 hours ahead.\n",
        headers=headers,
    )
    assert (changed.status_code, changed.json()["result"]) == (200, "updated")

    assert api.delete(f"/v1/kb/articles/{article_id}", headers=ADMIN).status_code == 204
    assert article_id not in search_ids(api, "how can staff swap shifts with each other")
    assert not (data_dir / "published_kb" / f"{article_id}.md").exists()
    gone = api.delete(f"/v1/kb/articles/{article_id}", headers=ADMIN)
    assert gone.status_code == 404 and gone.headers["content-type"] == "application/problem+json"


def test_bad_articles_are_422_with_what_to_fix(api: TestClient) -> None:
    headers = {**ADMIN, "Content-Type": "text/markdown"}
    bad_category = api.put(
        "/v1/kb/articles/bad-1", content="---\ncategory: nonsense\n---\n# T\n\ntext\n", headers=headers
    )
    assert bad_category.status_code == 422 and "category must be one of" in bad_category.json()["detail"]
    unclosed = api.put("/v1/kb/articles/bad-2", content="---\ntitle: x\n# T\n", headers=headers)
    assert unclosed.status_code == 422 and "never closed" in unclosed.json()["detail"]
    mismatch = api.put("/v1/kb/articles/bad-3", content="---\nid: other\n---\n# T\n\ntext\n", headers=headers)
    assert mismatch.status_code == 422 and "URL says 'bad-3'" in mismatch.json()["detail"]
    assert api.put("/v1/kb/articles/bad-4", content="", headers=headers).status_code == 422
    assert api.put("/v1/kb/articles/bad id", content=ARTICLE, headers=headers).status_code == 422
    assert api.get("/v1/kb/search", params={"q": "   "}, headers=ADMIN).status_code == 422


def test_customers_may_search(api: TestClient) -> None:
    customer = customer_headers(api, "acc_a")
    hits = api.get("/v1/kb/search", params={"q": QUESTION_PASSWORD}, headers=customer).json()["hits"]
    assert hits[0]["id"] == "reset-password"


def test_readyz_checks_the_model_server_when_one_is_configured(data_dir: Path, scripted_llm) -> None:
    reachable = Settings(data_dir=data_dir, llm_provider="openai", openai_base_url=scripted_llm.base_url)
    with TestClient(create_app(reachable)) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["checks"]["model"] == "ok"
    closed = f"http://127.0.0.1:{free_port()}/v1"
    unreachable = reachable.model_copy(update={"openai_base_url": closed, "readyz_timeout_s": 0.5})
    with TestClient(create_app(unreachable)) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["checks"]["model"].startswith("error")
        assert ready.json()["checks"]["database"] == "ok"


def _samples(text: str) -> dict[str, float]:
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            out[name] = float(value)
    return out


def test_metrics_count_requests_outcomes_and_pending_reviews(api: TestClient) -> None:
    api.post("/v1/chat", json={"message": QUESTION_PASSWORD}, headers=ADMIN)
    api.get("/v1/tickets/does-not-exist", headers=ADMIN)
    answer = api.get("/metrics")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain; version=0.0.4")
    samples = _samples(answer.text)
    assert samples['cs_agents_http_requests_total{method="POST",route="/v1/chat",status="200"}'] >= 1
    assert (
        samples['cs_agents_http_requests_total{method="GET",route="/v1/tickets/{ticket_id}",status="404"}']
        >= 1
    )
    assert samples['cs_agents_http_request_duration_seconds_count{route="/v1/chat"}'] >= 1
    assert samples['cs_agents_http_request_duration_seconds_bucket{route="/v1/chat",le="+Inf"}'] >= 1
    assert samples['cs_agents_tickets_total{produced_by="offline",resolution="answer"}'] >= 1
    assert "cs_agents_model_calls_total" in samples and "cs_agents_model_tokens_total" in samples
    assert samples["cs_agents_llm_fallbacks_total"] == 0  # no model configured: offline is not a fallback
    assert "cs_agents_reviews_pending" in samples
    assert "# TYPE cs_agents_http_request_duration_seconds histogram" in answer.text


def test_the_llm_path_through_the_api_scopes_tools_to_the_token_and_counts_usage(
    data_dir: Path, scripted_llm
) -> None:
    settings = Settings(
        data_dir=data_dir,
        api_keys=API_KEYS,
        llm_provider="openai",
        openai_base_url=scripted_llm.base_url,
        llm_model="scripted",
        llm_retry_wait_s=0.0,
        llm_timeout_s=2.0,
        llm_max_retries=0,
    )
    triage = triage_reply("Forgot password.", category="account_access", priority="normal")
    reply = {
        "resolution": "answer",
        "reply": "Use the reset link on the sign-in page.",
        "citations": ["reset-password"],
        "handoff_summary": None,
    }
    with TestClient(create_app(settings)) as client:
        customer = customer_headers(client, "acc_a")
        scripted_llm.reply_json(triage).reply_tool_call("get_account", {}).reply_tool_call(
            "TicketReply", reply
        )
        body = client.post("/v1/chat", json={"message": QUESTION_PASSWORD}, headers=customer).json()
        assert (body["produced_by"], body["reply"]) == ("llm", reply["reply"])
        tool_results = [m for m in scripted_llm.requests[2]["messages"] if m["role"] == "tool"]
        assert (
            json.loads(tool_results[0]["content"])["id"] == "acc_a"
        )  # the token's account, not the model's pick
        scripted_llm.fail_next(500, times=2)  # the model fails: the offline brain answers
        fallback = client.post("/v1/chat", json={"message": QUESTION_PASSWORD}, headers=customer).json()
        assert fallback["produced_by"] == "offline" and fallback["citations"][0] == "reset-password"
        samples = _samples(client.get("/metrics").text)
    assert samples["cs_agents_model_calls_total"] >= 3
    assert samples["cs_agents_model_tokens_total"] > 0
    assert samples["cs_agents_llm_fallbacks_total"] == 1


def test_a_question_in_another_language_finds_the_english_article(api: TestClient) -> None:
    # Ranked in the multilingual space on the customer's words (the English model reads Spanish poorly).
    spanish = "Olvidé mi contraseña, ¿cómo la restablezco?"
    body = api.get("/v1/kb/search", params={"q": spanish, "k": 3}, headers=ADMIN).json()
    assert body["query"] == spanish  # the glosses the keyword ranking adds are not echoed
    assert body["hits"][0]["id"] == search_ids(api, "I forgot my password, how do I reset it?")[0]
    assert body["hits"][0]["space"] == "multilingual"
