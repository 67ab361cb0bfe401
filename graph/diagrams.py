"""The flows drawn from the code: `docs/architecture.md` holds each graph's `draw_mermaid()` between markers.

`python scripts/update_architecture_doc.py` rewrites those blocks; `tests/unit/test_docs.py` fails when
they differ from what the code draws, so the document changes with the graphs.
"""

from __future__ import annotations

import re
from pathlib import Path

from graph.studio import GRAPHS

ARCHITECTURE_DOC = Path(__file__).resolve().parent.parent / "docs" / "architecture.md"

_BLOCK = re.compile(r"(<!-- mermaid:(?P<name>\w+) -->\n).*?(<!-- /mermaid:(?P=name) -->)", re.DOTALL)


def mermaid(name: str) -> str:
    """The Mermaid text LangGraph draws for the flow `name` (a key of `graph.studio.GRAPHS`)."""
    return GRAPHS[name].get_graph().draw_mermaid()


def block(name: str) -> str:
    """The fenced block the document holds for `name`, between its markers."""
    return f"```mermaid\n{mermaid(name).rstrip()}\n```\n"


def render(text: str) -> str:
    """`text` with every marked block replaced by the current drawing; raises on an unknown name."""

    def replace(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in GRAPHS:
            raise KeyError(f"docs name a graph the code does not have: {name!r} (known: {sorted(GRAPHS)})")
        return f"{match[1]}{block(name)}{match[3]}"

    return _BLOCK.sub(replace, text)


def marked(text: str) -> list[str]:
    """The names of the graphs `text` has blocks for, in order."""
    return [m["name"] for m in _BLOCK.finditer(text)]


def update(path: Path = ARCHITECTURE_DOC) -> bool:
    """Rewrite the blocks in `path`; True when anything changed."""
    before = path.read_text(encoding="utf-8")
    after = render(before)
    if after != before:
        path.write_text(after, encoding="utf-8")
    return after != before
