"""The knowledge base on a real embedded Chroma store with the real embedding model."""

from pathlib import Path

import pytest

from cs_agents.settings import Settings
from knowledge_base.ingest import ingest_folder
from knowledge_base.search import KnowledgeBase
from knowledge_base.store import KBStore


def ingest(store: KBStore, folder: Path):
    return ingest_folder(store, folder, store.settings.kb_chunk_words, store.settings.kb_max_file_bytes)


@pytest.fixture
def store(settings: Settings) -> KBStore:
    return KBStore(settings)


@pytest.fixture
def kb(store: KBStore, kb_folder: Path) -> KnowledgeBase:
    report = ingest(store, kb_folder)
    assert not report.errors
    return KnowledgeBase(store.settings, store)


def test_ingest_stores_chunks_with_their_metadata(store, kb_folder):
    report = ingest(store, kb_folder)
    assert sorted(report.added) == [
        "export-csv",
        "geofencing-clock-in",
        "ki-export-timezone",
        "ki-sms-delays",
        "policy-refunds",
        "reset-password",
    ]
    docs = store.documents()
    assert docs["export-csv"].path == "guides/export-csv.md"
    chunk = next(
        c
        for c in store.all_chunks()
        if c.metadata["doc_id"] == "reset-password" and c.metadata["section"] == "Steps"
    )
    assert chunk.metadata["title"] == "Reset your password"
    assert chunk.metadata["category"] == "account_access"
    assert chunk.metadata["type"] == "article"
    assert chunk.text.startswith("Reset your password — Steps")
    ki = next(c for c in store.all_chunks() if c.metadata["doc_id"] == "ki-sms-delays")
    assert ki.metadata["type"] == "known_issue" and ki.metadata["status"] == "open"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("i forgot my pw and cant sign in", "reset-password"),
        ("staff keep punching in from their couch at home", "geofencing-clock-in"),
        ("how do I get the hours out into excel", "export-csv"),
        ("texts about shifts come way too late", "ki-sms-delays"),
    ],
)
def test_search_finds_the_article_for_paraphrased_questions(kb, question, expected):
    result = kb.search(question, k=3)
    assert result.hits[0].id == expected


def test_results_are_one_per_article_with_section_and_scores(kb):
    result = kb.search("reset link expired", k=5)
    ids = [h.id for h in result.hits]
    assert len(ids) == len(set(ids))
    top = result.hits[0]
    assert (top.id, top.title) == ("reset-password", "Reset your password")
    assert top.section in ("Steps", "")
    assert top.score > 0 and 0 < top.similarity <= 1
    assert result.hits == sorted(result.hits, key=lambda h: -h.score)


def test_filters_on_type_and_category(kb):
    issues = kb.search("csv export times wrong", k=5, doc_type="known_issue")
    assert issues.hits and all(h.type == "known_issue" for h in issues.hits)
    assert issues.hits[0].id == "ki-export-timezone"
    billing = kb.search("refund", k=5, category="billing")
    assert [h.id for h in billing.hits] == ["policy-refunds"]


def test_confidence_is_low_for_questions_the_kb_does_not_cover(kb):
    off_topic = kb.search("what is your office dress code for the christmas party", k=3)
    on_topic = kb.search("how do I reset my password", k=3)
    assert off_topic.confidence < on_topic.confidence
    assert not off_topic.covered


def test_reingest_unchanged_embeds_nothing(store, kb_folder):
    ingest(store, kb_folder)
    before = store.revision()
    again = ingest(store, kb_folder)
    assert again.chunks_written == 0 and not again.changed
    assert len(again.unchanged) == 6
    assert store.revision() == before


def test_changed_file_replaces_its_chunks_and_deleted_file_disappears(store, kb_folder, settings):
    ingest(store, kb_folder)
    kb = KnowledgeBase(settings, store)
    assert kb.search("excel spreadsheet download", k=1).hits[0].id == "export-csv"
    old_ids = set(store.documents()["reset-password"].chunk_ids)

    path = kb_folder / "guides" / "reset-password.md"
    path.write_text(
        path.read_text().replace("60 minutes", "24 hours")
        + "\n## Kiosk PIN\n\nAsk a manager for a new PIN.\n"
    )
    (kb_folder / "guides" / "export-csv.md").unlink()
    report = ingest(store, kb_folder)

    assert report.updated == ["reset-password"] and report.removed == ["export-csv"]
    new_ids = set(store.documents()["reset-password"].chunk_ids)
    assert not old_ids & new_ids
    texts = " ".join(h.text for h in kb.article_sections("reset-password"))
    assert "24 hours" in texts and "60 minutes" not in texts
    assert "export-csv" not in {h.id for h in kb.search("excel spreadsheet download", k=5).hits}


def test_a_file_that_turns_bad_keeps_its_previous_version(store, kb_folder):
    ingest(store, kb_folder)
    (kb_folder / "guides" / "geofencing.md").write_text("---\nid: [broken\n---\n# X\n")
    report = ingest(store, kb_folder)
    assert [e.path for e in report.errors] == ["guides/geofencing.md"]
    assert "geofencing-clock-in" in store.documents()
    assert not report.removed


def test_a_failed_write_leaves_no_partial_article(store, kb_folder, monkeypatch):
    ingest(store, kb_folder)
    before = {d.doc_id: sorted(d.chunk_ids) for d in store.documents().values()}
    path = kb_folder / "guides" / "reset-password.md"
    path.write_text(path.read_text() + "\n## New section\n\nMore.\n\n## Another\n\nText.\n")
    real_add = store.collection.add

    def add_one_then_fail(**kwargs):
        real_add(**{k: v[:1] for k, v in kwargs.items()})  # half the article lands, then the store fails
        raise RuntimeError("disk full")

    monkeypatch.setattr(store.collection, "add", add_one_then_fail)
    report = ingest(store, kb_folder)
    monkeypatch.undo()

    assert report.errors and "disk full" in report.errors[0].message
    after = {d.doc_id: sorted(d.chunk_ids) for d in store.documents().values()}
    assert after == before  # old version intact, nothing of the new one


def test_search_rejects_empty_query(kb):
    with pytest.raises(ValueError, match="empty"):
        kb.search("   ")


def test_keyword_index_follows_changes_made_by_another_process(settings, kb_folder):
    writer = KBStore(settings)
    reader = KnowledgeBase(settings, KBStore(settings))
    assert reader.search("password", k=3).hits == []
    ingest(writer, kb_folder)
    assert reader.search("password", k=3).hits[0].id == "reset-password"


def test_an_article_change_updates_another_process_from_the_change_log(store, kb_folder, settings):
    ingest(store, kb_folder)
    reader = KnowledgeBase(settings, KBStore(settings))  # as another process of the deployment
    reader.search("reset my password")
    reader.article_terms()
    path = kb_folder / "guides" / "reset-password.md"
    path.write_text(path.read_text() + "\n## Kiosk PIN\n\nAsk a manager for a new kiosk PIN.\n")
    (kb_folder / "guides" / "export-csv.md").unlink()
    ingest(store, kb_folder)

    assert store.state().changed_since(store.revision() - 1) == {"reset-password", "export-csv"}
    fresh = KnowledgeBase(settings, KBStore(settings))
    for query in ["kiosk PIN manager", "excel spreadsheet download", "reset my password"]:
        assert reader.search(query, k=5) == fresh.search(query, k=5)
    assert reader.article_terms() == fresh.article_terms()


def test_an_edit_embeds_only_the_sections_it_changed(store, kb_folder, monkeypatch):
    ingest(store, kb_folder)
    embedded: list[str] = []
    real = store.embed_both

    def counting(texts: list[str]):
        embedded.extend(texts)
        return real(texts)

    monkeypatch.setattr(store, "embed_both", counting)
    path = kb_folder / "guides" / "reset-password.md"
    path.write_text(path.read_text().replace("spam folder", "junk folder"))
    report = ingest(store, kb_folder)

    assert report.updated == ["reset-password"] and report.chunks_written > 1
    assert len(embedded) == 1 and "junk folder" in embedded[0]
    stored = {c.text: c.id for c in store.all_chunks() if c.metadata["doc_id"] == "reset-password"}
    assert store.multilingual.count() == store.count()
    reused = [text for text in stored if "junk folder" not in text]
    assert reused and all(store.stored_vectors([stored[t]]) for t in reused)
