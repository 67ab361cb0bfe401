"""The access log keeps paths but not query strings (a search's text is customer data)."""

from __future__ import annotations

import logging

from api.app import _NoQueryInAccessLog


def test_the_query_string_is_left_out_of_access_log_lines() -> None:
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/v1/kb/search?q=my+card+is+4111", "1.1", 200),
        None,
    )
    assert _NoQueryInAccessLog().filter(record)
    line = record.getMessage()
    assert line == '127.0.0.1:5000 - "GET /v1/kb/search?… HTTP/1.1" 200'
    assert "4111" not in line


def test_lines_without_a_query_are_unchanged() -> None:
    args = ("127.0.0.1:5000", "POST", "/v1/chat", "1.1", 200)
    record = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, "%s %s %s %s %d", args, None)
    assert _NoQueryInAccessLog().filter(record)
    assert record.args == args
