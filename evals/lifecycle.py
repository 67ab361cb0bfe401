"""`cs-agents eval lifecycle`: score the lifecycle engine (SPEC section 5) against expected outcomes.

The expectations file is JSONL, one account and day per line:

    {"account_id": "acc_001", "as_of": "2026-11-15", "activation_tier": 3, "risk_tier": "low",
     "signals": [], "growth_signals": ["advocate"], "play": "advocacy"}

`as_of` may be left out when the run is given one (`--as-of`, which then applies to every line). A field
left out of a line is not scored for that line; `play` null (or "none") means no play. Malformed lines are
reported with their line numbers and skipped.

Metrics: activation_tier_accuracy, risk_tier_accuracy and play_accuracy over the lines that give the
field; signal_f1 is the micro F1 over (account, day, signal) pairs, risk and growth signals together
(1.0 when no signal is expected and none is found).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from agents.lifecycle import GROWTH, RISK_HIGH, RISK_MEDIUM, scan
from agents.observability import AccountHealth, GrowthSignalName, PlayName, RiskSignalName, RiskTier
from cs_agents.db import Database, get_database
from cs_agents.jsonl import read_jsonl
from cs_agents.loader import parse_feature_catalog
from cs_agents.models import Account, Event, Ticket
from cs_agents.records import (
    Rejection,
    insert_events,
    replace_feature_catalog,
    upsert_accounts,
    upsert_tickets,
)
from cs_agents.settings import Settings

METRICS = ("activation_tier_accuracy", "risk_tier_accuracy", "signal_f1", "play_accuracy")
RiskSignal = RiskSignalName  # the contract's names: an expectation naming another signal is a bad line
GrowthSignal = GrowthSignalName
assert set(RISK_HIGH + RISK_MEDIUM) == set(get_args(RiskSignal))
assert set(GROWTH) == set(get_args(GrowthSignal))


class LifecycleExpectation(BaseModel):
    """One line of the expectations file."""

    model_config = ConfigDict(extra="ignore")

    account_id: str = Field(min_length=1, description="the account")
    as_of: date | None = Field(default=None, description="the day D the outcome is expected for")
    activation_tier: Literal[0, 1, 2, 3] | None = None
    risk_tier: RiskTier | None = None
    signals: list[RiskSignal] | None = None
    growth_signals: list[GrowthSignal] | None = None
    play: PlayName | None = None

    @field_validator("play", mode="before")
    @classmethod
    def _none_play(cls, value: object) -> object:
        return None if value == "none" else value

    def gives(self, name: str) -> bool:
        """Whether the line states the field (a stated null play counts)."""
        if name == "play":
            return "play" in self.model_fields_set
        return getattr(self, name) is not None


@dataclass
class LifecycleEvalResult:
    n: int
    metrics: dict[str, float | None]
    mismatches: list[dict[str, Any]]
    rejected: list[Rejection]
    report_json: Path
    report_md: Path
    passed: bool = field(default=False)


# ---------------------------------------------------------------------------------------------------
# Loading the records a lifecycle scan needs (no knowledge base).


def load_records(folder: Path, db: Database) -> dict[str, list[Rejection]]:
    """Load features.yaml, accounts.jsonl, events.jsonl and tickets.jsonl of a product data folder with
    the loader's rules (the first of a repeated id wins); returns the rejections per file."""
    if not folder.is_dir():
        raise FileNotFoundError(f"data folder not found: {folder}")
    rejected: dict[str, list[Rejection]] = {}
    catalog_file = folder / "features.yaml"
    if catalog_file.is_file():
        try:
            catalog = parse_feature_catalog(catalog_file.read_text(encoding="utf-8"))
        except (ValueError, yaml.YAMLError, UnicodeDecodeError) as exc:
            rejected["features.yaml"] = [Rejection(None, f"not loaded: {exc}")]
        else:
            with db.session() as session:
                replace_feature_catalog(session, catalog)
    for name, model in (("accounts.jsonl", Account), ("events.jsonl", Event), ("tickets.jsonl", Ticket)):
        path = folder / name
        if not path.is_file():
            continue
        bad: list[Rejection] = []
        good: list[tuple[int, Any]] = []
        for line, item in read_jsonl(path, model):
            if isinstance(item, Rejection):
                bad.append(item)
            else:
                good.append((line, item))
        with db.session() as session:
            if model is Account:
                upsert_accounts(session, _first_of_each_id(good, bad))
            elif model is Ticket:
                upsert_tickets(session, _first_of_each_id(good, bad))
            else:
                bad.extend(insert_events(session, good).rejected)
        rejected[name] = bad
    return rejected


def _first_of_each_id(items: list[tuple[int, Any]], bad: list[Rejection]) -> list[tuple[int, Any]]:
    first: dict[str, int] = {}
    out = []
    for line, item in items:
        if item.id in first:
            bad.append(Rejection(line, f"duplicate id {item.id!r} (first on line {first[item.id]})"))
            continue
        first[item.id] = line
        out.append((line, item))
    return out


# ---------------------------------------------------------------------------------------------------
# Scoring.


def read_expectations(path: Path) -> tuple[list[tuple[int, LifecycleExpectation]], list[Rejection]]:
    """(line number, expectation) for the good lines; a rejection with its line number for the others."""
    good: list[tuple[int, LifecycleExpectation]] = []
    bad: list[Rejection] = []
    for line, item in read_jsonl(path, LifecycleExpectation):
        if isinstance(item, Rejection):
            bad.append(item)
        else:
            good.append((line, item))
    return good, bad


def score(
    expectations: Sequence[LifecycleExpectation], results: dict[tuple[str, date], AccountHealth]
) -> tuple[dict[str, float | None], dict[str, int], list[dict[str, Any]]]:
    """Metrics, their denominators and the mismatches; `results` is keyed by (account, as_of)."""
    right = {"activation_tier": 0, "risk_tier": 0, "play": 0}
    total = {"activation_tier": 0, "risk_tier": 0, "play": 0}
    tp = fp = fn = 0
    mismatches: list[dict[str, Any]] = []
    for exp in expectations:
        assert exp.as_of is not None
        got = results.get((exp.account_id, exp.as_of))
        base = {"account_id": exp.account_id, "as_of": exp.as_of.isoformat()}
        if got is None:
            mismatches.append({**base, "field": "account", "expected": "present", "got": None})
        for name in ("activation_tier", "risk_tier", "play"):
            if not exp.gives(name):
                continue
            total[name] += 1
            want, have = getattr(exp, name), None if got is None else getattr(got, name)
            if got is not None and want == have:
                right[name] += 1
            elif got is not None:
                mismatches.append({**base, "field": name, "expected": want, "got": have})
        for name in ("signals", "growth_signals"):
            wanted: list[str] | None = getattr(exp, name)
            if wanted is None:
                continue
            found = set() if got is None else {s.name for s in getattr(got, name)}
            tp += len(set(wanted) & found)
            fp += len(found - set(wanted))
            fn += len(set(wanted) - found)
            if got is not None and set(wanted) != found:
                mismatches.append({**base, "field": name, "expected": sorted(wanted), "got": sorted(found)})
    metrics: dict[str, float | None] = {
        f"{name}_accuracy": right[name] / total[name] if total[name] else None
        for name in ("activation_tier", "risk_tier")
    }
    given = sum(1 for e in expectations if e.signals is not None or e.growth_signals is not None)
    metrics["signal_f1"] = (1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)) if given else None
    metrics["play_accuracy"] = right["play"] / total["play"] if total["play"] else None
    denominators = {
        "activation_tier_accuracy": total["activation_tier"],
        "risk_tier_accuracy": total["risk_tier"],
        "signal_f1": tp + fp + fn,
        "play_accuracy": total["play"],
    }
    return metrics, denominators, mismatches


def evaluate_lifecycle(
    source: Path | None, expected: Path, as_of: date | None, settings: Settings, out_dir: Path
) -> LifecycleEvalResult:
    """Scan as of each expectation's day (or `as_of` for all) and compare; writes report.json and .md.

    With a data folder, its records are loaded into a fresh temporary data directory first; without one,
    the data directory of `settings` is scanned."""
    if not expected.is_file():
        raise FileNotFoundError(f"expectations file not found: {expected}")
    if source is not None and not source.is_dir():
        raise FileNotFoundError(f"data folder not found: {source}")
    lines, rejected = read_expectations(expected)
    expectations: list[LifecycleExpectation] = []
    for line, exp in lines:
        day = as_of or exp.as_of
        if day is None:
            rejected.append(Rejection(line, "as_of: missing, and no --as-of was given"))
            continue
        expectations.append(exp.model_copy(update={"as_of": day}))
    load_problems: dict[str, list[Rejection]] = {}
    with tempfile.TemporaryDirectory(prefix="cs-agents-lifecycle-") as tmp:
        if source is None:
            db = get_database(settings)
        else:
            # The folder is the whole product: evaluate it alone, never against the user's data.
            db = Database(f"sqlite:///{Path(tmp) / 'lifecycle.db'}")
            load_problems = load_records(source, db)
        results: dict[tuple[str, date], AccountHealth] = {}
        for day in sorted({e.as_of for e in expectations if e.as_of is not None}):
            for health in scan(db, day):
                results[(health.account_id, day)] = health
        if source is not None:
            db.engine.dispose()  # release the temporary SQLite file before it is removed
    metrics, denominators, mismatches = score(expectations, results)
    passed = bool(expectations) and all(metrics[m] == 1.0 for m in METRICS)
    report = {
        "n": len(expectations),
        "source": str(source) if source is not None else str(settings.data_dir),
        "expected": str(expected),
        "as_of": sorted({e.as_of.isoformat() for e in expectations if e.as_of is not None}),
        "metrics": metrics,
        "denominators": denominators,
        "passed": passed,
        "mismatches": mismatches,
        "rejected": [{"line": r.line, "reason": r.reason} for r in rejected],
        "load_rejected": {
            name: [{"line": r.line, "reason": r.reason} for r in items]
            for name, items in load_problems.items()
            if items
        },
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    report_json = out_dir / "report.json"
    report_md = out_dir / "report.md"
    report_json.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    report_md.write_text(render_markdown(report), encoding="utf-8")
    return LifecycleEvalResult(
        len(expectations), metrics, mismatches, rejected, report_json, report_md, passed
    )


def render_markdown(report: dict[str, Any]) -> str:
    lines = ["# Lifecycle evaluation", ""]
    lines.append(f"- data: `{report['source']}`")
    lines.append(f"- expectations: `{report['expected']}` ({report['n']} lines scored)")
    lines.append(f"- as of: {', '.join(report['as_of']) or '-'}")
    lines.append(f"- all metrics 1.0: **{'yes' if report['passed'] else 'no'}**")
    for r in report["rejected"]:
        where = f"line {r['line']}" if r["line"] is not None else "expectation"
        lines.append(f"- rejected {where}: {r['reason']}")
    for name, items in report["load_rejected"].items():
        lines.append(f"- {name}: {len(items)} records not loaded")
    lines += ["", "## Metrics", "", "| metric | value | n |", "|---|---|---|"]
    for name in METRICS:
        value = report["metrics"][name]
        shown = "n/a" if value is None else f"{value:.4f}"
        lines.append(f"| {name} | {shown} | {report['denominators'][name]} |")
    lines += ["", f"## Mismatches ({len(report['mismatches'])})", ""]
    if not report["mismatches"]:
        lines.append("None.")
    else:
        lines += ["| account | as of | field | expected | got |", "|---|---|---|---|---|"]
        for m in report["mismatches"]:
            cells = [m["account_id"], m["as_of"], m["field"], _cell(m["expected"]), _cell(m["got"])]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _cell(value: Any) -> str:
    if isinstance(value, list | tuple | set):
        return ", ".join(str(v) for v in value) or "-"
    return "null" if value is None else str(value)
