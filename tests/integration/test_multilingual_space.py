"""The knowledge base's second vector space: written by ingest, filled once for a store made without it,
and what a question in another language is ranked in."""

from knowledge_base.ingest import ingest_folder
from knowledge_base.search import KnowledgeBase
from knowledge_base.store import SYNCED_KEY, KBStore

QUESTION = "Olvidé mi contraseña, ¿cómo la restablezco?"


def test_ingest_writes_both_spaces(settings, kb_folder):
    store = KBStore(settings)
    ingest_folder(store, kb_folder, settings.kb_chunk_words, settings.kb_max_file_bytes)
    assert store.count() > 0
    assert store.multilingual.count() == store.count()


def test_a_store_without_the_multilingual_space_is_embedded_there_once(settings, kb_folder):
    store = KBStore(settings)
    ingest_folder(store, kb_folder, settings.kb_chunk_words, settings.kb_max_file_bytes)
    english = KnowledgeBase(settings, store).search("I forgot my password, how do I reset it?").hits[0]
    # As a store from before it (or from another model): the space is empty and the marker names no model.
    store.multilingual.delete(ids=store.multilingual.get(include=[])["ids"])
    store.collection.modify(metadata={**store.collection.metadata, SYNCED_KEY: "another-model"})
    assert store.multilingual.count() == 0

    result = KnowledgeBase(settings, KBStore(settings)).search(QUESTION, native=QUESTION)
    assert store.multilingual.count() == store.count()
    assert result.hits[0].id == english.id
    assert result.hits[0].space == "multilingual"
    assert KBStore(settings).sync_multilingual() == 0  # nothing left to embed


def test_a_process_finds_the_spaces_level_without_reading_them(settings, kb_folder):
    store = KBStore(settings)
    ingest_folder(store, kb_folder, settings.kb_chunk_words, settings.kb_max_file_bytes)
    KnowledgeBase(settings, store).search("reset my password")  # the first look compares the spaces once
    assert store.state().synced is not None

    extra = store.multilingual.get(limit=1, include=["embeddings", "metadatas"])
    store.multilingual.add(
        ids=["not-in-english"], embeddings=extra["embeddings"], metadatas=extra["metadatas"]
    )
    KnowledgeBase(settings, KBStore(settings)).search("reset my password")
    assert "not-in-english" in store.multilingual.get(ids=["not-in-english"])["ids"]  # not compared again
