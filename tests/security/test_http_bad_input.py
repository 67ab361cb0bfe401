"""Empty, huge, binary and malformed bodies and Unicode edge cases on every HTTP endpoint: each answer is a
4xx problem+json whose detail says what to fix (never a 500), and nothing is stored."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from cs_agents.db import Database
from tests.api.conftest import ADMIN
from tests.security.conftest import is_problem, row_counts

JSON = {**ADMIN, "content-type": "application/json"}
NO_REVIEW = 987654321  # no such review: the body is checked before the lookup, or the lookup says 404

# (method, path, status of an empty body): the last two take an optional body, so empty is a valid request
ENDPOINTS = [
    ("POST", "/v1/chat", 422),
    ("POST", "/v1/chat/completions", 422),
    ("POST", "/v1/tickets", 422),
    ("POST", f"/v1/reviews/{NO_REVIEW}/approve", 404),
    ("POST", f"/v1/reviews/{NO_REVIEW}/reject", 422),
    ("POST", "/v1/events", 422),
    ("POST", "/v1/tokens", 422),
    ("POST", "/v1/accounts/acc_003/onboarding", 201),
    ("POST", "/v1/retention/scan", 200),
]
DEEP = b"[" * 100_000 + b"]" * 100_000
# kind: (body, status, a word the detail must use to say what to fix)
BODIES: dict[str, tuple[bytes, int, str]] = {
    "binary": (bytes(range(256)) * 8, 422, "JSON"),
    "malformed": (b'{"message": "unterminated', 422, "JSON"),
    "array": (b"[1, 2, 3]", 422, "dictionary"),
    "number": (b"42", 422, "dictionary"),
    "deeply-nested": (DEEP, 400, "nested"),
    "latin-1": ('{"message": "café crème"}'.encode("latin-1"), 400, "UTF-8"),
    "huge": (b'{"message": "' + b"a" * 1_100_000 + b'"}', 413, "bytes"),
}


def check_problem(response: Any, status: int, hint: str) -> None:
    assert response.status_code == status, response.text[:300]
    assert is_problem(response), response.headers.get("content-type")
    body = response.json()
    assert body["status"] == status and body["instance"]
    said = body["detail"] + json.dumps(body.get("errors") or [])  # several problems: one per field
    assert hint.lower() in said.lower(), said
    assert "Traceback" not in response.text


@pytest.mark.parametrize("kind", list(BODIES))
@pytest.mark.parametrize(("method", "path", "_empty"), ENDPOINTS, ids=[p for _, p, _ in ENDPOINTS])
def test_bad_bodies(
    sec_api: TestClient, sample_db: Database, method: str, path: str, _empty: int, kind: str
) -> None:
    body, status, hint = BODIES[kind]
    before = row_counts(sample_db)
    check_problem(sec_api.request(method, path, content=body, headers=JSON), status, hint)
    assert row_counts(sample_db) == before


@pytest.mark.parametrize(("method", "path", "status"), ENDPOINTS, ids=[p for _, p, _ in ENDPOINTS])
def test_empty_body(sec_api: TestClient, method: str, path: str, status: int) -> None:
    response = sec_api.request(method, path, content=b"", headers=JSON)
    assert response.status_code == status, response.text[:300]
    if status >= 400:
        assert is_problem(response) and response.json()["detail"]


# Valid JSON carrying text no database stores, or text that is nothing once the screen cleans it.
UNICODE_CASES = [
    ("/v1/chat", {"message": "reset my password \ud800"}, 422, "unicode"),
    ("/v1/chat", {"message": "\u0000\u200b\u200f\u202e\u2066"}, 422, "no visible text"),
    ("/v1/chat", {"message": "hi", "thread_id": "\u202ethread"}, 422, "thread_id"),
    ("/v1/chat/completions", {"messages": [{"role": "user", "content": "hi \ud83d"}]}, 422, "unicode"),
    ("/v1/chat/completions", {"messages": [{"role": "user", "content": "\u0000\u200b"}]}, 422, "visible"),
    ("/v1/chat/completions", {"messages": [{"role": "user", "content": [1, 2]}]}, 422, "content"),
    ("/v1/tickets", {"body": "\u200b\u200d\u0000\u0007"}, 422, "no visible text"),
    ("/v1/tickets", {"body": "login broken", "account_id": "acc_\ud800"}, 422, "unicode"),
    ("/v1/tickets", {"body": "login broken", "subject": "\udc00"}, 422, "subject"),
    ("/v1/tickets", {"body": "x", "created_at": "2026-01-01T00:00:00"}, 422, "timezone"),
    ("/v1/tokens", {"account_id": "\ud800"}, 422, "account_id"),
    ("/v1/tokens", {"account_id": "acc_003\u0000"}, 404, "unknown account"),
    ("/v1/retention/scan", {"account_ids": ["\ud800"]}, 422, "unicode"),
    (f"/v1/reviews/{NO_REVIEW}/reject", {"reason": "\ud800"}, 422, "reason"),
    ("/v1/accounts/acc_003/onboarding", {"as_of": "\ud800"}, 422, "as_of"),
    ("/v1/events", {"events": [1, "x", None]}, 422, "events.0"),
]


@pytest.mark.parametrize(
    ("path", "payload", "status", "hint"),
    UNICODE_CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(UNICODE_CASES)],
)
def test_unicode_edge_cases(
    sec_api: TestClient, sample_db: Database, path: str, payload: dict[str, Any], status: int, hint: str
) -> None:
    before = row_counts(sample_db)
    # ensure_ascii: the surrogates travel as JSON escapes, as a real client would send them
    response = sec_api.post(path, content=json.dumps(payload).encode(), headers=JSON)
    check_problem(response, status, hint)
    assert row_counts(sample_db) == before


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"user_id": "u\ud800"}, "user_id"),
        ({"user_id": "u\u0000"}, "user_id"),  # PostgreSQL refuses NUL in text: the whole batch would fail
        ({"properties": {"note": "a\u0000b"}}, "properties.note"),
    ],
    ids=["lone-surrogate", "nul-user", "nul-property"],
)
def test_event_with_bad_text_is_rejected_not_stored(
    sec_api: TestClient, sample_db: Database, fields: dict[str, object], where: str
) -> None:
    event = {"account_id": "acc_003", "user_id": "u1", "name": "login", "timestamp": "2026-11-01T00:00:00Z"}
    event.update(fields)
    before = row_counts(sample_db)
    response = sec_api.post("/v1/events", content=json.dumps({"events": [event]}).encode(), headers=JSON)
    assert response.status_code == 200
    result = response.json()
    assert result["loaded"] == 0 and result["rejected"][0]["index"] == 0
    assert where in result["rejected"][0]["reason"]
    assert row_counts(sample_db) == before


MESSY = [
    "مرحبا، كيف أعيد تعيين كلمة المرور؟ \u200f\u202bhow do I reset my password\u202c",
    "how do I reset my pa\u0301ssword\u0308\u0308\u0308 😀🔑👩‍💻",
    "reset password " + "x" * 5000,
    "パスワードをリセットするには? Как сбросить пароль? how do I reset my password",
    "how do I reset my password?\u0000\u0007\u001b[31m",
]


@pytest.mark.parametrize(
    "message", MESSY, ids=["rtl", "combining-emoji", "long-word", "mixed-scripts", "ctrl"]
)
def test_messy_but_valid_text_is_answered_and_stored_clean(
    sec_api: TestClient, sample_db: Database, message: str
) -> None:
    response = sec_api.post("/v1/tickets", json={"account_id": "acc_003", "body": message}, headers=ADMIN)
    assert response.status_code == 201, response.text[:300]
    stored = response.json()["ticket"]["body"]
    assert stored and not any(ch in stored for ch in "\u0000\u0007\u001b\u200f\u202b\u202c")
    assert response.json()["outcome"]["reply"]


def test_very_long_ticket_is_truncated_and_flagged(sec_api: TestClient) -> None:
    body = "How do I reset my password? " + "word " * 19_000
    response = sec_api.post("/v1/tickets", json={"account_id": "acc_003", "body": body}, headers=ADMIN)
    assert response.status_code == 201
    assert len(response.json()["ticket"]["body"]) <= 8000
    assert "truncated" in response.json()["outcome"]["staff"]["flags"]


GETS = [
    ("/v1/kb/search?q=" + "a" * 2001, 422, "2000"),
    ("/v1/kb/search?q=", 422, "q"),
    ("/v1/kb/search?q=x&k=0", 422, "k"),
    ("/v1/kb/search?q=x&category=%00", 422, "category"),
    ("/v1/reviews/99999999999999999999999", 422, "review_id"),
    ("/v1/reviews/%ED%A0%80", 422, "review_id"),
    ("/v1/tickets?cursor=%ED%A0%80", 422, "cursor"),
    ("/v1/tickets?cursor=bm90IGpzb24", 422, "cursor"),
    ("/v1/tickets?limit=100000", 422, "limit"),
    ("/v1/tickets/%00", 404, "no ticket"),
    ("/v1/accounts/%00/health", 404, "unknown account"),
    ("/v1/accounts/acc_003/health?as_of=2026-13-45", 422, "as_of"),
]


@pytest.mark.parametrize(("path", "status", "hint"), GETS, ids=[g[0][:48] for g in GETS])
def test_bad_query_and_path(sec_api: TestClient, path: str, status: int, hint: str) -> None:
    check_problem(sec_api.get(path, headers=ADMIN), status, hint)


ARTICLES = {
    "empty": (b"   \n", "empty"),
    "binary": (bytes(range(256)), "UTF-8"),
    "nul": (b"# Title\n\nhello \x00 world", "NUL"),
    "lone-surrogate-bytes": (b"# T\n\nhello \xed\xa0\x80 world", "UTF-8"),
    "front-matter-unclosed": (b"---\nid: x\ntitle: y\n# T\n\nbody", "never closed"),
    "front-matter-malformed": (b"---\ntags: [a, b\n---\n# T\n\nbody", "front matter"),
    "front-matter-list": (b"---\n- a\n- b\n---\n# T\n\nbody", "mapping"),
    "bad-category": (b"---\ncategory: nonsense\n---\n# T\n\nbody", "category must be one of"),
    "id-mismatch": (b"---\nid: another-id\n---\n# T\n\nbody", "another-id"),
    "no-text": (b"---\ntitle: T\n---\n", "no text"),
    "python-tag": (b"---\nx: !!python/object/apply:os.system ['true']\n---\n# T\n\nbody", "front matter"),
}


@pytest.mark.parametrize("kind", list(ARTICLES))
def test_bad_articles_are_refused_and_not_searchable(sec_api: TestClient, kind: str) -> None:
    raw, hint = ARTICLES[kind]
    article_id = f"sec-bad-{kind}"
    response = sec_api.put(f"/v1/kb/articles/{article_id}", content=raw, headers=ADMIN)
    check_problem(response, 422, hint)
    assert sec_api.app.state.kb.exists(article_id) is False  # type: ignore[attr-defined]


def test_bad_article_id_in_path(sec_api: TestClient) -> None:
    check_problem(
        sec_api.put("/v1/kb/articles/%ED%A0%80", content=b"# T\nbody", headers=ADMIN), 422, "article_id"
    )
