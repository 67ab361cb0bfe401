from pathlib import Path

import pytest

from knowledge_base.documents import check_article_id, file_in, parse_article, read_folder

LIMIT = 100_000


def parse(text: str | bytes, default_id: str = "file-name"):
    raw = text.encode() if isinstance(text, str) else text
    return parse_article(raw, f"{default_id}.md", default_id, LIMIT)


def test_defaults_come_from_file_name_and_first_heading():
    article = parse("Intro line\n\n# Set up the kiosk\n\nText.")
    assert article.id == "file-name"
    assert article.title == "Set up the kiosk"
    assert article.type == "article"
    assert article.category is None


def test_title_defaults_to_id_without_heading():
    assert parse("Just text, no heading.").title == "file-name"


def test_front_matter_fields_are_read():
    article = parse(
        "---\nid: ki-x\ntitle: Thing breaks\ntype: known_issue\ncategory: bug_report\n"
        "tags: [a, b]\nupdated: 2026-05-01\n---\n# Heading\n\nBody"
    )
    assert (article.id, article.title, article.type, article.category) == (
        "ki-x",
        "Thing breaks",
        "known_issue",
        "bug_report",
    )
    assert article.tags == ["a", "b"]
    assert parse("---\ntags: [api, 429, 1.5, true]\n---\n# T\n\nx").tags == ["api", "429", "1.5", "True"]
    assert parse("---\ntags: login, sso\n---\n# T\n\nx").tags == ["login", "sso"]
    assert article.updated == "2026-05-01"  # YAML dates are kept as text
    assert article.status == "open"  # the default for known issues
    assert "---" not in article.body


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\nid: [oops\n---\n# T\n\nx", "malformed front matter"),
        ("---\nid: a\n# T\n\nx", "never closed"),
        ("---\n- a\n- b\n---\n# T\n\nx", "YAML mapping"),
        ("---\ntype: faq\n---\n# T\n\nx", "type"),
        ("---\ncategory: shipping\n---\n# T\n\nx", "category must be one of"),
        ("---\ntype: known_issue\nstatus: maybe\n---\n# T\n\nx", "status"),
        ("---\nid: 'has space'\n---\n# T\n\nx", "invalid id"),
        ("---\nid: a\n---\n   \n", "no text"),
        ("", "no text"),
    ],
)
def test_bad_articles_say_what_is_wrong(text, message):
    with pytest.raises(ValueError, match=message):
        parse(text)


def test_non_utf8_and_binary_and_oversized_are_refused():
    with pytest.raises(ValueError, match="UTF-8"):
        parse(b"# Caf\xe9\n")
    with pytest.raises(ValueError, match="binary"):
        parse(b"# A\x00B\n")
    with pytest.raises(ValueError, match="over the 100,000-byte limit"):
        parse("# Big\n\n" + "word " * 30_000)


def test_folder_reports_duplicate_ids_naming_both_files(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.md").write_text("---\nid: same\n---\n# One\n\nx")
    (tmp_path / "two.md").write_text("---\nid: same\n---\n# Two\n\ny")
    (tmp_path / "broken.md").write_bytes(b"\xff\xfe")
    (tmp_path / "notes.txt").write_text("not markdown")
    parsed = read_folder(tmp_path, LIMIT)
    assert [a.id for a in parsed.articles] == ["same"]
    messages = {e.path: e.message for e in parsed.errors}
    assert set(messages) == {"broken.md", "two.md"}
    assert "a/one.md" in messages["two.md"] and "same" in messages["two.md"]


def test_content_hash_changes_with_content():
    assert parse("# A\n\nx").content_hash != parse("# A\n\ny").content_hash
    assert parse("# A\n\nx").content_hash == parse("# A\n\nx").content_hash


def test_file_in_keeps_names_inside_their_folder(tmp_path: Path):
    folder = tmp_path / "published"
    folder.mkdir()
    assert file_in(folder, "a.md") == (folder / "a.md").resolve()
    (folder / "escape.md").symlink_to(tmp_path / "elsewhere.md")  # a link out of the folder is refused too
    for name in ["../a.md", "/etc/passwd", "escape.md", ".", "sub/../../a.md"]:
        with pytest.raises(ValueError, match="inside"):
            file_in(folder, name)


@pytest.mark.parametrize("bad", ["../x", "a b", ".x", "x\n", "é", "x" * 129])
def test_one_article_id_rule(bad: str):
    with pytest.raises(ValueError, match="invalid id"):
        check_article_id(bad)
    assert check_article_id("tip-pooling_2.v1") == "tip-pooling_2.v1"
