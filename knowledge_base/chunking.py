"""Heading-aware chunking: every chunk keeps its article title and section heading with its text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge_base.documents import Article

CHUNKER_VERSION = "2"  # part of the stored hash, so a chunking change re-embeds everything
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
# Link lists match every query that shares a word with a linked title: they help readers, not search.
_UNINDEXED_SECTIONS = re.compile(r"^(related( articles)?|see also|further reading)$", re.IGNORECASE)


@dataclass(frozen=True)
class Chunk:
    doc_id: str
    index: int
    title: str
    section: str
    text: str
    tags: tuple[str, ...] = ()

    @property
    def indexed_text(self) -> str:
        """What gets embedded and keyword-indexed: headings and tags give short sections their meaning.

        The header never contains a blank line, so the text is everything after the first one."""
        head = f"{self.title} — {self.section}" if self.section else self.title
        if self.tags:
            head += f"\n({', '.join(self.tags)})"
        return f"{head}\n\n{self.text}"


def _sections(body: str) -> list[tuple[str, str]]:
    """(heading path, text) per section; the H1 is the title, so deeper headings name the sections."""
    stack: list[tuple[int, str]] = []
    sections: list[tuple[str, list[str]]] = [("", [])]
    in_fence = False
    for line in body.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match is None:
            sections[-1][1].append(line)
            continue
        level, name = len(match.group(1)), match.group(2).strip()
        if level == 1:
            stack = []
            sections.append(("", []))
            continue
        stack = [(lvl, text) for lvl, text in stack if lvl < level] + [(level, name)]
        sections.append((" > ".join(text for _, text in stack), []))
    return [(path, "\n".join(lines).strip()) for path, lines in sections if "\n".join(lines).strip()]


def _paragraph_groups(text: str, max_words: int) -> list[str]:
    """Split a long section at blank lines into pieces of about max_words; a huge paragraph by words."""
    pieces: list[str] = []
    current: list[str] = []
    count = 0
    for para in re.split(r"\n\s*\n", text):
        words = len(para.split())
        if current and count + words > max_words:
            pieces.append("\n\n".join(current))
            current, count = [], 0
        if words > max_words * 2:
            tokens = para.split()
            for start in range(0, len(tokens), max_words):
                pieces.append(" ".join(tokens[start : start + max_words]))
            continue
        current.append(para)
        count += words
    if current:
        pieces.append("\n\n".join(current))
    return pieces


def chunk_article(article: Article, max_words: int = 180) -> list[Chunk]:
    chunks: list[Chunk] = []
    for section, text in _sections(article.body):
        if _UNINDEXED_SECTIONS.match(section.rsplit(" > ", 1)[-1]):
            continue
        for piece in _paragraph_groups(text, max_words):
            index = len(chunks)
            chunks.append(
                Chunk(
                    doc_id=article.id,
                    index=index,
                    title=article.title,
                    section=section,
                    text=piece,
                    tags=tuple(t for t in article.tags if t.strip()),
                )
            )
    return chunks
