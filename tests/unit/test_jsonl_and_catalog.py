import pytest

from cs_agents.jsonl import read_jsonl
from cs_agents.loader import parse_feature_catalog
from cs_agents.models import Account
from cs_agents.records import Rejection


def test_lines_are_numbered_blank_lines_ignored_bad_lines_reported(write):
    good = '{"id": "a1", "name": "A", "plan": "free", "seats": 5, "signup_date": "2026-01-01"}'
    path = write(
        "accounts.jsonl",
        b"\xef\xbb\xbf"
        + good.encode()
        + b"\n\n   \n[1, 2]\n{bad json\n\xff\xfe\n"
        + b'{"id": "a2", "name": "B", "plan": "gold", "seats": 5, "signup_date": "2026-01-01"}\n'
        + good.replace("a1", "a3").encode(),  # last line without newline
    )
    results = list(read_jsonl(path, Account))
    assert [n for n, _ in results] == [1, 4, 5, 6, 7, 8]
    kinds = {n: r.reason if isinstance(r, Rejection) else r.id for n, r in results}
    assert kinds[1] == "a1" and kinds[8] == "a3"
    assert "expected a JSON object" in kinds[4]
    assert "invalid JSON" in kinds[5]
    assert "UTF-8" in kinds[6]
    assert kinds[7].startswith("plan:")


def test_feature_catalog_parses_three_lists():
    catalog = parse_feature_catalog("basic: [dashboard]\ncore: [reports, exports]\nadvanced: []\n")
    assert catalog == {"dashboard": "basic", "reports": "core", "exports": "core"}
    assert parse_feature_catalog("") == {}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- a\n- b\n", "mapping"),
        ("basic: [a]\nexpert: [b]\n", "unknown keys"),
        ("basic: a\n", "list"),
        ("basic: [a]\ncore: [a]\n", "both basic and core"),
    ],
)
def test_feature_catalog_errors(text, message):
    with pytest.raises(ValueError, match=message):
        parse_feature_catalog(text)
