import pytest

from knowledge_base.keyword import KeywordIndex, tokenize
from knowledge_base.search import rrf_fuse


def test_rrf_sums_reciprocal_ranks():
    scores = rrf_fuse([["a", "b", "c"], ["b", "d"]], k=60)
    assert scores["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert scores["a"] == pytest.approx(1 / 61)
    assert scores["d"] == pytest.approx(1 / 62)
    assert max(scores, key=scores.__getitem__) == "b"  # found by both beats first in one


def test_rrf_of_nothing_is_empty():
    assert rrf_fuse([[], []], k=60) == {}


def test_tokenize_lowercases_stems_and_drops_stopwords():
    assert tokenize("How do I EXPORT the Timesheets?") == ["export", "timesheet"]
    assert tokenize("") == []


def test_keyword_index_ranks_and_filters():
    index = KeywordIndex(
        ["c1", "c2", "c3"],
        ["export timesheets to csv", "reset your password", "csv export shows utc times"],
        [{"type": "article"}, {"type": "article"}, {"type": "known_issue"}],
    )
    ranked = [cid for cid, _ in index.search("csv export", 10)]
    assert set(ranked) == {"c1", "c3"}
    only_issues = index.search("csv export", 10, mask=index.mask(lambda m: m["type"] == "known_issue"))
    assert [cid for cid, _ in only_issues] == ["c3"]
    assert index.search("zebra", 10) == []
    assert KeywordIndex([], [], []).search("anything", 5) == []


def _ranking(index: KeywordIndex, query: str) -> list[tuple[str, float]]:
    return index.search(query, 50)


def test_an_updated_keyword_index_ranks_as_one_built_from_scratch():
    texts = {
        "c1": "export timesheets to csv",
        "c2": "reset your password from the login page",
        "c3": "csv export shows utc times",
        "c4": "password rules for admins: export the audit log",
        "c5": "",
    }
    index = KeywordIndex(list(texts), list(texts.values()), [{} for _ in texts])
    changes = {
        "c2": "reset a forgotten password by email",
        "c6": "csv import of staff",
        "c7": "export export",
    }
    updated = index.updated(["c3"], list(changes), list(changes.values()), [{} for _ in changes])
    del texts["c3"], texts["c2"]
    texts |= changes  # replaced and new chunks come last, as the store lists them
    rebuilt = KeywordIndex(list(texts), list(texts.values()), [{} for _ in texts])

    assert len(updated) == len(rebuilt) == 6
    for query in ["csv export", "password reset", "export export audit", "staff", "utc"]:
        assert _ranking(updated, query) == _ranking(rebuilt, query)
    assert _ranking(index, "utc") and not _ranking(updated, "utc")  # the old index still answers as before
    removal_only = updated.updated(["c1"], [], [], [])
    assert len(removal_only) == 5 and "c1" not in dict(_ranking(removal_only, "csv export"))
