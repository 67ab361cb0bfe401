"""API keys, roles, customer tokens, local dev mode, rate limits."""

from __future__ import annotations

import hmac
import os
import stat
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.app import create_app
from api.auth import Authenticator, load_token_secret, parse_api_keys
from cs_agents.settings import Settings
from tests.api.conftest import ADMIN, ADMIN_KEY, REVIEWER, customer_headers


def test_without_credentials_every_v1_endpoint_is_refused_once_keys_are_configured(api: TestClient) -> None:
    calls = [
        ("GET", "/v1/kb/search?q=password"),
        ("POST", "/v1/chat"),
        ("GET", "/v1/tickets"),
        ("GET", "/v1/reviews"),
        ("GET", "/v1/accounts/acc_a/health"),
        ("POST", "/v1/events"),
        ("POST", "/v1/tokens"),
        ("DELETE", "/v1/kb/articles/reset-password"),
    ]
    for method, path in calls:
        answer = api.request(method, path)
        assert answer.status_code == 401, path
        assert answer.headers["content-type"] == "application/problem+json"
        assert answer.headers["www-authenticate"].startswith("Bearer")
        assert "Authorization: Bearer" in answer.json()["detail"]
    assert api.get("/healthz").json()["auth"].startswith("api keys")
    assert api.get("/readyz").status_code == 200  # probes need no credentials


def test_unknown_keys_and_wrong_schemes_are_401(api: TestClient) -> None:
    for header in ("Bearer not-a-key", "Basic abc", "Bearer", f"Token {ADMIN_KEY}"):
        answer = api.get("/v1/tickets", headers={"Authorization": header})
        assert answer.status_code == 401, header
        assert ADMIN_KEY not in answer.text


def test_roles(api: TestClient) -> None:
    assert api.get("/v1/reviews", headers=REVIEWER).status_code == 200
    minted = api.post("/v1/tokens", json={"account_id": "acc_a"}, headers=REVIEWER)
    assert minted.status_code == 403
    assert "needs role admin" in minted.json()["detail"] and "reviewer" in minted.json()["detail"]
    assert api.put("/v1/kb/articles/x-1", content="# X\n\nbody", headers=REVIEWER).status_code == 403
    customer = customer_headers(api, "acc_a")
    refused = api.get("/v1/reviews", headers=customer)
    assert refused.status_code == 403
    assert "customer tokens cannot use this endpoint" in refused.json()["detail"]
    assert api.post("/v1/retention/scan", json={}, headers=customer).status_code == 403
    assert api.post("/v1/accounts/acc_a/onboarding", json={}, headers=customer).status_code == 403


def test_keys_are_compared_in_constant_time(api: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[Any, Any]] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert api.get("/v1/tickets", headers=ADMIN).status_code == 200
    assert len(compared) == 2  # every configured key, not only until the match
    assert api.get("/v1/tickets", headers={"Authorization": "Bearer cst1.e30.forged"}).status_code == 401
    assert len(compared) == 5  # the two keys, then the token signature


def test_tokens_expire(api: TestClient) -> None:
    customer = customer_headers(api, "acc_a", ttl_s=60)
    assert api.get("/v1/tickets", headers=customer).status_code == 200
    auth: Authenticator = api.app.state.auth  # type: ignore[attr-defined]
    real_clock = auth.clock
    auth.clock = lambda: time.time() + 61
    try:
        expired = api.get("/v1/tickets", headers=customer)
    finally:
        auth.clock = real_clock
    assert expired.status_code == 401
    assert expired.json()["type"].endswith("token-expired")
    assert "POST /v1/tokens" in expired.json()["detail"]


def test_tampered_tokens_are_refused(api: TestClient) -> None:
    token = customer_headers(api, "acc_a")["Authorization"].split()[1]
    prefix, _payload, signature = token.split(".")
    other = api.post("/v1/tokens", json={"account_id": "acc_b"}, headers=ADMIN).json()["token"]
    forged = f"{prefix}.{other.split('.')[1]}.{signature}"  # acc_b's payload under acc_a's signature
    answer = api.get("/v1/tickets", headers={"Authorization": f"Bearer {forged}"})
    assert answer.status_code == 401
    assert "signature" in answer.json()["detail"]


def test_minting_checks_account_and_lifetime(api: TestClient) -> None:
    assert api.post("/v1/tokens", json={"account_id": "acc_nope"}, headers=ADMIN).status_code == 404
    too_long = api.post("/v1/tokens", json={"account_id": "acc_a", "ttl_s": 10**9}, headers=ADMIN)
    assert too_long.status_code == 422
    assert "maximum" in too_long.json()["detail"]
    body = api.post("/v1/tokens", json={"account_id": "acc_a", "ttl_s": 120}, headers=ADMIN).json()
    assert body["token"].startswith("cst1.") and body["expires_in"] == 120 and body["token_type"] == "Bearer"


def test_the_token_secret_is_generated_once_per_data_dir_with_owner_only_permissions(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "d")
    first = load_token_secret(settings)
    path = tmp_path / "d" / "token_secret"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_token_secret(settings) == first  # a second worker reads the same secret
    one, two = Authenticator([], first), Authenticator([], load_token_secret(settings))
    token, _ = one.mint("acc_a", 60)
    assert two.verify(token)["sub"] == "acc_a"
    configured = Settings(data_dir=tmp_path / "d", token_secret=SecretStr("s" * 32))
    assert load_token_secret(configured) == b"s" * 32


def test_api_keys_setting_forms_and_errors() -> None:
    long = "k" * 20
    comma = parse_api_keys(SecretStr(f"ops:admin:{long}, maya:reviewer:{long}x"))
    assert [(k.name, k.role) for k in comma] == [("ops", "admin"), ("maya", "reviewer")]
    as_json = parse_api_keys(
        SecretStr(f'[{{"name": "ops", "role": "admin", "key": "{long}"}}, "r:reviewer:{long}"]')
    )
    assert [(k.name, k.role) for k in as_json] == [("ops", "admin"), ("r", "reviewer")]
    assert "k" * 20 not in repr(as_json)  # keys are SecretStr
    assert parse_api_keys(None) == []
    for bad, message in [
        (f"ops:owner:{long}", "use one of admin, reviewer"),
        ("ops:admin:short", "at least 16"),
        ("just-a-key", "name:role:key"),
        (f"ops:admin:{long},ops:reviewer:{long}", "twice"),
        ("[1, 2", "not valid"),
    ]:
        with pytest.raises(ValueError, match=message) as info:
            parse_api_keys(SecretStr(bad))
        assert long not in str(info.value)


def test_a_bad_keys_setting_stops_the_app_with_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="role 'root'"):
        create_app(Settings(data_dir=tmp_path / "d", api_keys="ops:root:0123456789abcdefgh"))


def test_local_dev_mode_makes_requests_without_a_key_admin(dev_api: TestClient) -> None:
    health = dev_api.get("/healthz").json()
    assert "local dev mode" in health["auth"]
    assert dev_api.get("/v1/reviews").status_code == 200
    minted = dev_api.post("/v1/tokens", json={"account_id": "acc_a"})
    assert minted.status_code == 201
    customer = {"Authorization": f"Bearer {minted.json()['token']}"}
    assert dev_api.get("/v1/reviews", headers=customer).status_code == 403  # a token is still a customer
    # OpenAI clients always send a key: any bearer that is not a customer token is the local admin ...
    assert dev_api.get("/v1/reviews", headers={"Authorization": "Bearer any-key"}).status_code == 200
    # ... but a broken customer token is still refused, not silently promoted.
    forged = minted.json()["token"][:-4] + "AAAA"
    assert dev_api.get("/v1/tickets", headers={"Authorization": f"Bearer {forged}"}).status_code == 401


def test_rate_limit_is_429_with_retry_after(data_dir: Path) -> None:
    key = "limited-key-0123456789abcdef"
    settings = Settings(
        data_dir=data_dir, api_keys=f"limited:admin:{key}", rate_limit_requests=3, rate_limit_window_s=3600
    )
    with TestClient(create_app(settings)) as client:
        headers = {"Authorization": f"Bearer {key}"}
        codes = [
            client.get("/v1/tickets", params={"limit": 1}, headers=headers).status_code for _ in range(4)
        ]
        assert codes == [200, 200, 200, 429]
        limited = client.get("/v1/tickets", headers=headers)
        assert limited.status_code == 429
        assert 1 <= int(limited.headers["retry-after"]) <= 3600
        assert limited.headers["content-type"] == "application/problem+json"
        assert "retry in" in limited.json()["detail"]
        assert client.get("/healthz").status_code == 200  # probes are not limited
    # the count lives in the database: another app (worker) on it sees the same window
    with TestClient(create_app(settings)) as other:
        assert other.get("/v1/tickets", headers={"Authorization": f"Bearer {key}"}).status_code == 429
