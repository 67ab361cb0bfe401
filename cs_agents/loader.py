"""Loading a product data folder (SPEC section 6) into the data directory.

Every file is optional. Each file gets a summary: loaded, updated, unchanged, skipped and rejected (with
line numbers and reasons). Loading the same folder twice changes nothing. History tickets' top-level
labels go to `ticket_labels` (cs_agents.labels); the summary's notes say what changed there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import yaml

from cs_agents.db import Database
from cs_agents.jsonl import read_jsonl
from cs_agents.labels import store_history_labels
from cs_agents.models import Account, Event, FeatureClass, Ticket
from cs_agents.records import (
    Rejection,
    WriteCounts,
    insert_events,
    known_accounts,
    replace_feature_catalog,
    upsert_accounts,
    upsert_tickets,
)
from cs_agents.settings import Settings

FILES = ("kb/", "features.yaml", "accounts.jsonl", "events.jsonl", "tickets.jsonl")


class Progress(Protocol):
    """Where long loads report progress (the CLI shows a bar; tests pass nothing)."""

    def task(self, description: str, total: int) -> Callable[[int], None]: ...


@dataclass
class FileSummary:
    file: str
    loaded: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str | None = None

    def add(self, counts: WriteCounts) -> None:
        self.loaded += counts.loaded
        self.updated += counts.updated
        self.unchanged += counts.unchanged
        self.skipped += counts.skipped
        self.rejected.extend(counts.rejected)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "loaded": self.loaded,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "rejected": [
                {"line": r.line, "path": r.path, "reason": r.reason}
                for r in sorted(self.rejected, key=lambda r: (r.path or "", r.line or 0))
            ],
            "notes": self.notes,
            "error": self.error,
        }


@dataclass
class LoadSummary:
    folder: str
    files: list[FileSummary] = field(default_factory=list)

    @property
    def problems(self) -> int:
        return sum(len(f.rejected) + (1 if f.error else 0) for f in self.files)

    def to_dict(self) -> dict[str, Any]:
        return {"folder": self.folder, "files": [f.to_dict() for f in self.files]}


class _NoProgress:
    def task(self, description: str, total: int) -> Callable[[int], None]:
        return lambda _n: None


def load_folder(
    folder: Path, settings: Settings, db: Database, progress: Progress | None = None
) -> LoadSummary:
    if not folder.is_dir():
        raise FileNotFoundError(f"data folder not found: {folder}")
    bar = progress or _NoProgress()
    summary = LoadSummary(str(folder))
    if (folder / "kb").is_dir():
        summary.files.append(_load_kb(folder / "kb", settings, bar))
    if (folder / "features.yaml").is_file():
        summary.files.append(_load_features(folder / "features.yaml", db))
    if (folder / "accounts.jsonl").is_file():
        summary.files.append(_load_jsonl(folder / "accounts.jsonl", Account, db, bar))
    if (folder / "events.jsonl").is_file():
        summary.files.append(_load_jsonl(folder / "events.jsonl", Event, db, bar))
    if (folder / "tickets.jsonl").is_file():
        summary.files.append(_load_jsonl(folder / "tickets.jsonl", Ticket, db, bar))
    if not summary.files:
        raise FileNotFoundError(f"{folder} holds none of: {', '.join(FILES)}")
    return summary


def _load_kb(kb_dir: Path, settings: Settings, bar: Progress) -> FileSummary:
    from knowledge_base.ingest import ingest_folder  # the embedding model loads only when needed
    from knowledge_base.store import KBStore

    result = FileSummary("kb/")
    total = sum(1 for p in kb_dir.rglob("*.md") if p.is_file())
    advance = bar.task("knowledge base", total)
    report = ingest_folder(
        KBStore(settings), kb_dir, settings.kb_chunk_words, settings.kb_max_file_bytes, advance
    )
    result.loaded = len(report.added)
    result.updated = len(report.updated)
    result.unchanged = len(report.unchanged)
    if report.removed:
        result.notes.append(f"removed {len(report.removed)} articles no longer in the folder")
    result.rejected.extend(Rejection(None, e.message, e.path) for e in report.errors)
    return result


def parse_feature_catalog(text: str) -> dict[str, FeatureClass]:
    data = yaml.safe_load(text)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValueError("expected a mapping with the lists basic, core and advanced")
    unknown = set(data) - {"basic", "core", "advanced"}
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}: only basic, core and advanced are allowed")
    catalog: dict[str, FeatureClass] = {}
    tier: FeatureClass
    for tier in ("basic", "core", "advanced"):
        names = data.get(tier) or []
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise ValueError(f"{tier} must be a list of feature names")
        for name in names:
            if name in catalog:
                raise ValueError(f"feature {name!r} is listed as both {catalog[name]} and {tier}")
            catalog[name] = tier
    return catalog


def _load_features(path: Path, db: Database) -> FileSummary:
    result = FileSummary(path.name)
    try:
        catalog = parse_feature_catalog(path.read_text(encoding="utf-8"))
    except (ValueError, yaml.YAMLError, UnicodeDecodeError) as exc:
        result.error = f"not loaded, the previous catalog is kept: {' '.join(str(exc).split())}"
        return result
    with db.session() as session:
        result.add(replace_feature_catalog(session, catalog))
    return result


def _load_jsonl(
    path: Path, model: type[Account] | type[Event] | type[Ticket], db: Database, bar: Progress
) -> FileSummary:
    result = FileSummary(path.name)
    advance = bar.task(path.name, path.stat().st_size)
    good: list[tuple[int, Any]] = []
    for line, item in read_jsonl(path, model, advance):
        if isinstance(item, Rejection):
            result.rejected.append(item)
        else:
            good.append((line, item))
    with db.session() as session:
        if model is Account:
            result.add(upsert_accounts(session, _unique_ids(good, result)))
        elif model is Ticket:
            tickets = _unique_ids(good, result)
            result.add(upsert_tickets(session, tickets))
            labels = store_history_labels(session, tickets).note()
            if labels:
                result.notes.append(labels)
            accounts = known_accounts(session)
            orphans = {t.account_id for _, t in tickets if t.account_id and t.account_id not in accounts}
            if orphans:
                result.notes.append(f"{len(orphans)} account ids in tickets are not loaded accounts (kept)")
        else:
            result.add(insert_events(session, good))
    return result


def _unique_ids(items: list[tuple[int, Any]], result: FileSummary) -> list[tuple[int, Any]]:
    """A repeated id within one file is an input error: the first one wins, the rest are rejected."""
    first: dict[str, int] = {}
    unique = []
    for line, item in items:
        if item.id in first:
            result.rejected.append(
                Rejection(line, f"duplicate id {item.id!r} (first on line {first[item.id]})")
            )
            continue
        first[item.id] = line
        unique.append((line, item))
    return unique
