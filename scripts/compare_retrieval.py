"""Which vector space ranks the knowledge base best for which language: hit@3 of one search per labelled,
answerable ticket, English and other languages apart, for three ways of searching.

- english: the English model on the message plus its English glosses (and keywords), for every language;
- routed (shipped): the same for English messages; other languages ranked by the multilingual model on
  the customer's own words;
- multilingual: the multilingual model on the customer's words for every language.

Usage: python scripts/compare_retrieval.py [PRODUCT_FOLDER ...]   (default: the sample and evals/products/*)
Each folder is loaded into a fresh temporary data directory. Prints one row per product and space.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from agents.context import Services
from agents.translate import expand, native
from cs_agents.db import get_database
from cs_agents.loader import load_folder
from cs_agents.settings import Settings
from evals.runner import load_dataset

ROOT = Path(__file__).resolve().parent.parent
WAYS = ("english", "routed", "multilingual")


def score(folder: Path) -> dict[tuple[str, str], list[bool]]:
    found: dict[tuple[str, str], list[bool]] = {}
    dataset = load_dataset(folder)
    with tempfile.TemporaryDirectory(prefix="cs-agents-retrieval-") as tmp:
        settings = Settings().model_copy(update={"data_dir": Path(tmp), "database_url": None})
        load_folder(folder, settings, get_database(settings))
        kb = Services.build(settings).kb
        for ticket in dataset.tickets:
            expected = ticket.expected
            if expected is None or not expected.kb_ids or expected.resolution != "answer":
                continue
            text = ticket.text
            own = native(text)
            group = "en" if own is None else "other"
            for way in WAYS:
                words = {"english": None, "routed": own, "multilingual": text}[way]
                hits = kb.search(expand(text), k=5, native=words).hits[:3]
                found.setdefault((way, group), []).append(any(h.id in expected.kb_ids for h in hits))
    return found


def shipped_products() -> list[Path]:
    """The sample and every product folder under evals/products."""
    return [
        ROOT / "cs_agents" / "sample_product",
        *sorted(p for p in (ROOT / "evals" / "products").iterdir() if p.is_dir()),
    ]


def main(argv: list[str]) -> None:
    folders = [Path(a) for a in argv] or shipped_products()
    print(f"{'product':<16}{'way':<14}{'hit@3 en':>10}{'(n)':>6}{'hit@3 other':>13}{'(n)':>6}")
    for folder in folders:
        found = score(folder)
        for way in WAYS:
            en, other = found.get((way, "en"), []), found.get((way, "other"), [])
            print(
                f"{folder.name:<16}{way:<14}{sum(en) / max(len(en), 1):>10.3f}{len(en):>6}"
                f"{sum(other) / max(len(other), 1):>13.3f}{len(other):>6}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
