"""Redraw the flows in docs/architecture.md from the code (each graph's `get_graph().draw_mermaid()`).

    python scripts/update_architecture_doc.py

Run it after changing a graph's nodes or edges; tests/unit/test_docs.py fails until the document matches.
"""

from __future__ import annotations

from graph.diagrams import ARCHITECTURE_DOC, update

if __name__ == "__main__":
    changed = update()
    print(f"{ARCHITECTURE_DOC}: {'updated' if changed else 'already current'}")
