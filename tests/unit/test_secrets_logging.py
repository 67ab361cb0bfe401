"""Secrets never reach the logs or an error response: the real app, real requests over ASGI, API keys, a
minted customer token, a token secret and an OpenAI key configured (the model being the scripted local
server), every logger captured at DEBUG, the model path and its failures exercised."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from cs_agents.db import get_database
from cs_agents.loader import load_folder
from cs_agents.settings import Settings
from tests.api.conftest import ACCOUNTS
from tests.conftest import FIXTURES
from tests.fakes.openai_server import ScriptedLLM
from tests.fakes.replies import triage_reply

ADMIN_KEY = "admin-secret-key-7f3a9c2e4b1d"
REVIEWER_KEY = "reviewer-secret-key-5e8d0a6c"
TOKEN_SECRET = "token-hmac-secret-91c4f0b7e2a5d3"
OPENAI_KEY = "sk-openai-test-key-3b9e1f7a5c2d8e4f"
ACCOUNT = ACCOUNTS[0]  # acc_a, Brightside Dental
TRIAGE = triage_reply("Wants to reset a password.")
REPLY = {
    "resolution": "answer",
    "reply": "Open the sign-in page and choose Forgot password.",
    "citations": ["reset-password"],
    "handoff_summary": None,
}
QUESTION = "How do I reset my password? I forgot it."


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    product = tmp_path_factory.mktemp("secrets-product")
    shutil.copytree(FIXTURES / "kb", product / "kb")
    (product / "accounts.jsonl").write_text(json.dumps(ACCOUNT) + "\n")
    path = tmp_path_factory.mktemp("secrets-data")
    settings = Settings(data_dir=path)
    assert load_folder(product, settings, get_database(settings)).problems == 0
    return path


@pytest.fixture
def app(data_dir: Path, scripted_llm: ScriptedLLM) -> Iterator[TestClient]:
    settings = Settings(
        data_dir=data_dir,
        api_keys=f"ops:admin:{ADMIN_KEY},maya:reviewer:{REVIEWER_KEY}",
        token_secret=TOKEN_SECRET,
        llm_provider="openai",
        openai_base_url=scripted_llm.base_url,
        openai_api_key=OPENAI_KEY,
        llm_model="scripted",
        llm_retry_wait_s=0.0,
        llm_timeout_s=2.0,
        llm_max_retries=1,
    )
    # raise_server_exceptions=False: an unhandled error answers 500 as it would in production
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


def test_no_key_token_or_secret_in_logs_or_responses(
    app: TestClient, scripted_llm: ScriptedLLM, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: every library's debug output, openai's and httpx's too
    responses: list[httpx.Response] = []

    def call(method: str, path: str, **kwargs: object) -> httpx.Response:
        answer = app.request(method, path, **kwargs)  # type: ignore[arg-type]
        responses.append(answer)
        return answer

    admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
    minted = call("POST", "/v1/tokens", json={"account_id": "acc_a"}, headers=admin)
    assert minted.status_code == 201
    token = minted.json()["token"]
    customer = {"Authorization": f"Bearer {token}"}

    # the model path, answered: the OpenAI key is sent to the (local) model server on every call
    scripted_llm.reply_json(TRIAGE).reply_tool_call("TicketReply", REPLY)
    answered = call("POST", "/v1/chat", json={"message": QUESTION}, headers=customer)
    assert answered.status_code == 200, answered.text
    assert answered.json()["produced_by"] == "llm"

    # the model failing (scripted 500s, then no script left: 500 too): retries, then the offline fallback
    scripted_llm.fail_next(500, times=2)
    fallback = call("POST", "/v1/chat", json={"message": QUESTION}, headers=customer)
    assert fallback.status_code == 200 and fallback.json()["produced_by"] == "offline"
    streamed = call(
        "POST",
        "/v1/chat",
        json={"message": QUESTION},
        headers={**customer, "Accept": "text/event-stream"},
    )
    assert streamed.status_code == 200 and "event: reply" in streamed.text

    # credentials that almost match, and the error answers they get
    assert call("GET", "/v1/tickets", headers={"Authorization": f"Bearer {ADMIN_KEY}x"}).status_code == 401
    assert call("GET", "/v1/tickets", headers={"Authorization": f"Bearer {token}x"}).status_code == 401
    assert call("GET", "/v1/tickets", headers={"Authorization": f"Bearer {token[:-4]}"}).status_code == 401
    reviewer = {"Authorization": f"Bearer {REVIEWER_KEY}"}
    assert call("POST", "/v1/tokens", json={"account_id": "acc_a"}, headers=reviewer).status_code == 403
    assert call("POST", "/v1/tokens", json={"account_id": 5}, headers=admin).status_code == 422
    call("GET", "/healthz")
    call("GET", "/readyz", headers=admin)  # checks the model server, with the key
    call("GET", "/metrics")

    logs = caplog.text + "\n".join(
        f"{r.name} {r.getMessage()} {r.exc_text or ''} {r.__dict__}" for r in caplog.records
    )
    # not vacuous: the debug output of the model client (where a key would leak) was captured
    assert any(r.levelno == logging.DEBUG and r.name.startswith(("openai", "httpx")) for r in caplog.records)
    assert scripted_llm.calls >= 4
    secrets = {
        "admin key": ADMIN_KEY,
        "reviewer key": REVIEWER_KEY,
        "customer token": token,
        "customer token signature": token.rsplit(".", 1)[-1],
        "token secret": TOKEN_SECRET,
        "openai key": OPENAI_KEY,
    }
    for label, secret in secrets.items():
        assert secret not in logs, f"the {label} is in the logs"
        for answer in responses[1:]:  # the first response is the minting, which returns the token
            where = f"{answer.request.method} {answer.request.url.path} -> {answer.status_code}"
            assert secret not in answer.text, f"the {label} is in the response to {where}"
            assert secret not in str(answer.headers), f"the {label} is in the headers of {where}"
