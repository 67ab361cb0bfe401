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
