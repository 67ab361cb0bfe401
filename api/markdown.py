"""Markdown from agents and the knowledge base, rendered for a browser: raw HTML escaped, images and links
made inert. The pages and the chat stream share it so a reply shows the same everywhere."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from knowledge_base.documents import ARTICLE_ID_PATTERN

KB_PAGE = "/ui/articles/"
_ARTICLE_ID = re.compile(ARTICLE_ID_PATTERN)


def _kb_href(href: str) -> str | None:
    """The article page a link points to, if it points into the knowledge base (an article id, as agents
    cite them, or that article's page); None for anything else."""
    if _ARTICLE_ID.fullmatch(href):
        return KB_PAGE + href
    if href.startswith(KB_PAGE) and _ARTICLE_ID.fullmatch(href.removeprefix(KB_PAGE)):
        return href
    return None


def _text_token(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _inert_links(state: StateCore) -> None:
    """Evidence quotes customers (an unanswered question is drafted into an article): their images would
    load in every reviewer's browser and their links be one click away. Images become their alt text and
    address; links stay live only into the knowledge base, others show their address as text."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        out: list[Token] = []
        open_links: list[str | None] = []  # per open link: the address to show after its text, if inert
        for token in block.children:
            if token.type == "image":
                out.append(_text_token(f"[image: {token.content}] ({token.attrGet('src') or ''})"))
            elif token.type == "link_open":
                href = str(token.attrGet("href") or "")
                target = _kb_href(href)
                if target is not None:
                    token.attrSet("href", target)
                    out.append(token)
                    open_links.append(None)
                else:
                    open_links.append("" if token.markup == "autolink" else f" ({href})")
            elif token.type == "link_close":
                shown = open_links.pop() if open_links else None
                if shown is None:
                    out.append(token)
                elif shown:
                    out.append(_text_token(shown))
            else:
                out.append(token)
        block.children = out


MARKDOWN = MarkdownIt("commonmark", {"html": False})
MARKDOWN.core.ruler.push("inert_links", _inert_links)


def render_markdown(text: str | None) -> str:
    """HTML for Markdown written by agents or quoted from customers; safe to insert into a page."""
    return MARKDOWN.render(text or "")
