from knowledge_base.chunking import chunk_article
from knowledge_base.documents import parse_article


def chunks_of(body: str, max_words: int = 180):
    article = parse_article(body.encode(), "a.md", "doc", 1_000_000)
    return chunk_article(article, max_words)


def test_every_chunk_keeps_title_and_section_heading():
    chunks = chunks_of(
        "# Reset your password\n\nIntro.\n\n## Steps\n\n1. Click.\n\n## Troubleshooting\n\nSpam folder."
    )
    assert [c.section for c in chunks] == ["", "Steps", "Troubleshooting"]
    assert all(c.title == "Reset your password" and c.doc_id == "doc" for c in chunks)
    assert chunks[1].indexed_text.startswith("Reset your password — Steps\n\n")
    assert chunks[1].text == "1. Click."
    assert [c.index for c in chunks] == [0, 1, 2]


def test_nested_headings_form_a_path_and_reset_at_same_level():
    chunks = chunks_of("# T\n\n## Mobile\n\n### iOS\n\nA\n\n### Android\n\nB\n\n## Web\n\nC")
    assert [c.section for c in chunks] == ["Mobile > iOS", "Mobile > Android", "Web"]


def test_headings_inside_code_fences_are_text():
    chunks = chunks_of("# T\n\n## Config\n\n```\n# not a heading\n```\n")
    assert [c.section for c in chunks] == ["Config"]
    assert "# not a heading" in chunks[0].text


def test_related_link_lists_are_not_indexed():
    chunks = chunks_of("# T\n\n## Steps\n\nDo it.\n\n## Related\n\n- [Other](other)")
    assert [c.section for c in chunks] == ["Steps"]


def test_long_sections_split_at_paragraphs_without_losing_words():
    paragraphs = [" ".join(f"w{p}_{i}" for i in range(50)) for p in range(6)]
    chunks = chunks_of("# T\n\n## Long\n\n" + "\n\n".join(paragraphs), max_words=120)
    assert len(chunks) == 3
    assert all(c.section == "Long" for c in chunks)
    words = " ".join(c.text for c in chunks).split()
    assert words == " ".join(paragraphs).split()


def test_one_giant_paragraph_is_split_by_words():
    chunks = chunks_of("# T\n\n" + " ".join(f"w{i}" for i in range(1000)), max_words=100)
    assert len(chunks) == 10
    assert max(len(c.text.split()) for c in chunks) == 100
