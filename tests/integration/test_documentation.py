"""Knowledge gaps: grouped, drafted, published into the knowledge base, found by the next search."""

import pytest
from sqlalchemy import select

from agents import documentation
from agents.context import Services
from agents.documentation import (
    ArticleDraft,
    draft_article,
    group_gaps,
    offline_article_draft,
    publish_article,
)
from cs_agents.db import KBGapRow
from knowledge_base.ingest import ingest_folder


@pytest.fixture
def services(settings, kb_folder):
    built = Services.build(settings)
    ingest_folder(built.kb.store, kb_folder, settings.kb_chunk_words, settings.kb_max_file_bytes)
    return built


def test_similar_questions_are_grouped(services):
    for i, q in enumerate(
        [
            "How do we split pooled tips between bartenders by hours worked?",
            "Can the app divide our tip pool by the hours each person worked?",
            "Do you sponsor local football teams?",
        ]
    ):
        documentation.record_unanswered(services, f"T-{i}", q, "how_to" if i < 2 else "other", 0.2)
    groups = group_gaps(services)
    assert [len(g.gap_ids) for g in groups] == [2, 1]
    assert groups[0].category == "how_to"
    assert all(g.id.startswith("grp-") for g in groups)


def test_offline_draft_is_a_reviewable_article_with_no_template_markers(services):
    documentation.record_unanswered(
        services, "T-1", "How do we split pooled tips by hours worked?", "how_to", 0.2
    )
    [group] = group_gaps(services)
    draft = draft_article(services.brain.fresh(), services.kb, group)
    assert draft == offline_article_draft(group, services.kb)
    assert draft.body.startswith("# ")
    assert "## What customers asked" in draft.body and "pooled tips" in draft.body
    assert "{" not in draft.body and "TODO" not in draft.body


def test_published_article_is_found_by_the_next_similar_question(services):
    documentation.record_unanswered(
        services, "T-1", "How do we split pooled tips by hours worked?", "how_to", 0.2
    )
    [group] = group_gaps(services)
    draft = ArticleDraft(
        id="tip-pooling",
        title="Split pooled tips by hours worked",
        category="how_to",
        tags=["tips", "tip pool", "gratuities"],
        body="# Split pooled tips by hours worked\n\nTip pooling divides tips by hours.\n\n## Steps\n\n"
        "1. Open **Timesheets > Tips**.\n2. Enter the day's tip pool; it is split by approved hours.",
    )
    report = publish_article(services, draft, group.gap_ids)
    assert report.added == ["tip-pooling"]
    result = services.kb.search("how are gratuities shared among bar staff by hours", k=3)
    assert result.hits[0].id == "tip-pooling"
    with services.db.session() as s:
        assert s.scalars(select(KBGapRow.status)).all() == ["published"]
    assert group_gaps(services) == []


def test_publishing_never_replaces_a_product_article(services):
    draft = ArticleDraft(
        id="reset-password", title="Mine", category="how_to", tags=[], body="# Mine\n\nText."
    )
    with pytest.raises(ValueError, match="already used"):
        publish_article(services, draft, [])
    assert services.kb.search("forgot password", k=1).hits[0].title == "Reset your password"


def test_publishing_checks_only_its_own_file_and_removes_it_when_it_fails(services):
    folder = documentation.published_dir(services)
    folder.mkdir(parents=True, exist_ok=True)
    # someone else's broken file in the folder does not block this publication (it blocked all of them)
    (folder / "broken.md").write_text("---\nid: [not, a, slug]\n---\n# Broken\n\nText.\n")
    good = ArticleDraft(
        id="rota-pdf", title="Rota as PDF", category="how_to", tags=[], body="# Rota\n\nPrint."
    )
    report = publish_article(services, good, [])
    assert report.added == ["rota-pdf"]
    assert [e.path for e in report.errors] == ["broken.md"]
    # its own file failing ingest is removed, and the error says why
    empty = ArticleDraft(id="empty-one", title="Empty", category="how_to", tags=[], body="   ")
    with pytest.raises(ValueError, match="could not be published: the article has no text"):
        publish_article(services, empty, [])
    assert sorted(p.name for p in folder.iterdir()) == ["broken.md", "rota-pdf.md"]
    assert not services.kb.exists("empty-one")


@pytest.mark.parametrize("bad", ["../../x", "/tmp/x", "with space", ".hidden", "a/b", ""])
def test_drafted_article_ids_follow_the_ingest_slug_rule(bad):
    with pytest.raises(ValueError, match="id"):
        ArticleDraft(id=bad, title="T", category="how_to", tags=[], body="# T\n\nx")


def test_a_customers_links_and_images_do_not_become_part_of_a_draft(services):
    documentation.record_unanswered(
        services,
        "T-9",
        "How do I pay? ![x](https://tracker.example/p.png) see [billing](https://phish.example/pay) "
        "or https://phish.example/raw <b>now</b>",
        "billing",
        0.1,
    )
    [group] = group_gaps(services)
    draft = offline_article_draft(group, services.kb)
    for part in ("tracker.example", "phish.example", "![", "<b>"):
        assert part not in draft.body and part not in draft.title
    assert "see billing or [link removed] now" in draft.body
