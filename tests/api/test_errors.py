"""One error format everywhere: application/problem+json with a detail that says what to fix."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.deps import get_runner
from tests.api.conftest import ADMIN

PROBLEM = "application/problem+json"


def assert_problem(answer, status: int) -> dict:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == PROBLEM
    body = answer.json()
    assert {"type", "title", "status", "detail", "instance"} <= body.keys()
    assert body["status"] == status
    assert body["detail"]
    return body


def test_an_empty_body_lists_the_missing_field(api: TestClient) -> None:
    body = assert_problem(api.post("/v1/chat", headers=ADMIN), 422)
    assert body["errors"] == [{"field": "body", "message": "required: add this field"}]
    body = assert_problem(api.post("/v1/chat", json={}, headers=ADMIN), 422)
    assert body["errors"] == [{"field": "body.message", "message": "required: add this field"}]
    assert body["instance"] == "/v1/chat"


def test_malformed_json_says_so(api: TestClient) -> None:
    answer = api.post(
        "/v1/chat", content=b'{"message": "hi",', headers={**ADMIN, "Content-Type": "application/json"}
    )
    body = assert_problem(answer, 422)
    assert body["errors"][0]["field"] == "body"
    assert "not valid JSON" in body["errors"][0]["message"]


def test_wrong_types_and_values_name_each_field(api: TestClient) -> None:
    body = assert_problem(
        api.post("/v1/chat", json={"message": 5, "thread_id": "no spaces"}, headers=ADMIN), 422
    )
    fields = {e["field"] for e in body["errors"]}
    assert fields == {"body.message", "body.thread_id"}
    assert body["detail"] == "2 problems in the request; see errors"
    blank = assert_problem(api.post("/v1/chat", json={"message": "   "}, headers=ADMIN), 422)
    assert "blank" in blank["errors"][0]["message"]
    extra = assert_problem(api.post("/v1/chat", json={"message": "hi", "acount_id": "x"}, headers=ADMIN), 422)
    assert extra["errors"] == [{"field": "body.acount_id", "message": "unknown field: remove it"}]
    query = assert_problem(api.get("/v1/tickets", params={"limit": 0}, headers=ADMIN), 422)
    assert query["errors"][0]["field"] == "query.limit"


def test_a_huge_body_is_413(api: TestClient) -> None:
    huge = b'{"message": "' + b"a" * 1_200_000 + b'"}'
    body = assert_problem(
        api.post("/v1/chat", content=huge, headers={**ADMIN, "Content-Type": "application/json"}), 413
    )
    assert "over the limit of 1,048,576 bytes" in body["detail"]

    def chunks():  # no Content-Length: counted while reading
        for _ in range(20):
            yield b"x" * 100_000

    assert_problem(api.post("/v1/events", content=chunks(), headers=ADMIN), 413)


def test_unknown_paths_and_methods(api: TestClient) -> None:
    body = assert_problem(api.get("/v1/nothing-here", headers=ADMIN), 404)
    assert "/docs" in body["detail"]
    assert_problem(api.delete("/v1/chat", headers=ADMIN), 405)


def test_an_internal_error_is_logged_and_never_leaks(api: TestClient, caplog) -> None:
    class Broken:
        def thread_account(self, thread_id: str) -> tuple[bool, None]:
            return False, None

        def run(self, *args: object, **kwargs: object) -> None:
            raise RuntimeError("database password is hunter2")

    app = api.app
    app.dependency_overrides[get_runner] = Broken  # type: ignore[attr-defined]
    try:
        client = TestClient(app, raise_server_exceptions=False)  # no `with`: the shared app keeps running
        answer = client.post("/v1/chat", json={"message": "hello"}, headers=ADMIN)
    finally:
        app.dependency_overrides.clear()  # type: ignore[attr-defined]
    body = assert_problem(answer, 500)
    assert "hunter2" not in answer.text and "RuntimeError" not in answer.text
    assert body["error_id"] in body["detail"]
    assert any("hunter2" in (r.exc_text or "") or body["error_id"] in r.getMessage() for r in caplog.records)
