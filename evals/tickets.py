"""`cs-agents eval tickets`: load the data (a folder goes into a fresh temporary data directory), run the
ticket flow over the labelled tickets, write the reports, check the gate."""

from __future__ import annotations

import hashlib
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from agents.context import Services
from cs_agents.db import get_database
from cs_agents.loader import load_folder
from cs_agents.models import Ticket
from cs_agents.settings import Settings
from evals.gate import GateFailure, check, load_thresholds
from evals.metrics import Summary, summarize
from evals.report import write_report
from evals.runner import EvalDataset, load_dataset, run_tickets
from graph.outcome import TicketOutcome
from graph.run import TicketRunner


@dataclass
class EvalRun:
    dataset: EvalDataset
    summary: Summary
    failures: list[GateFailure]
    report_json: Path
    report_md: Path


def split_history(tickets: list[Ticket], fraction: float) -> tuple[list[Ticket], list[Ticket]]:
    """A fixed split by ticket id (the same on every run): (history, evaluated)."""
    history: list[Ticket] = []
    evaluated: list[Ticket] = []
    for ticket in tickets:
        share = int(hashlib.sha256(ticket.id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
        (history if share < fraction else evaluated).append(ticket)
    return history, evaluated


def _labelled(tickets: list[Ticket]) -> list[tuple[str, str, str | None]]:
    return [
        ("\n".join(p for p in (t.subject, t.body) if p.strip()), t.expected.category, t.expected.priority)
        for t in tickets
        if t.expected is not None and t.expected.category
    ]


def evaluate_tickets(
    source: Path,
    settings: Settings,
    out_dir: Path,
    thresholds_path: Path,
    concurrency: int = 2,
    progress: Callable[[int, int], None] | None = None,
    history_fraction: float = 0.0,
) -> EvalRun:
    """`history_fraction` > 0: that share of the labelled tickets becomes the product's labelled history
    (the triage learns from it) and the rest is evaluated twice, without and with it; the report's
    `history` entry holds both sets of metrics."""
    thresholds = load_thresholds(thresholds_path)
    dataset = load_dataset(source)
    history: list[Ticket] = []
    if history_fraction > 0:
        history, dataset.tickets = split_history(dataset.tickets, history_fraction)
    started = datetime.now(UTC)
    history_report: dict[str, object] | None = None
    with tempfile.TemporaryDirectory(prefix="cs-agents-eval-") as tmp:
        if source.is_dir():
            # The folder is the whole product: evaluate it alone, never against the user's data.
            settings = settings.model_copy(update={"data_dir": Path(tmp), "database_url": None})
            load_folder(source, settings, get_database(settings))
        runner = TicketRunner(Services.build(settings))
        run_id = uuid.uuid4().hex[:8]

        def answer(ticket: Ticket) -> TicketOutcome:
            # A fresh thread per case and run: evaluation cases are independent conversations.
            return runner.run(ticket, thread_id=f"eval-{run_id}-{ticket.id}", store=False)

        # The product's own labelled history (top-level labels in tickets.jsonl) teaches its triage, settled
        # before the first ticket so that every case sees the same model.
        triage = runner.services.triage
        stored = triage.learn_labels(runner.services.db, settings.cache_dir)
        if history:
            without = summarize(run_tickets(dataset.tickets, answer, concurrency=concurrency))
            used = triage.learn_labels(runner.services.db, settings.cache_dir, _labelled(history))
            history_report = {"history_tickets": used - stored, "evaluated": len(dataset.tickets)}
            history_report["without_history"] = without.metrics
        results = run_tickets(dataset.tickets, answer, concurrency=concurrency, progress=progress)
        runner.close()
    summary = summarize(results)
    if history_report is not None:
        history_report["with_history"] = summary.metrics
    failures = check(summary.metrics, thresholds)
    mode = settings.llm_provider if settings.llm_provider == "offline" else f"llm:{settings.llm_model}"
    report_json, report_md = write_report(
        out_dir,
        results,
        summary,
        mode=mode,
        dataset={**dataset.to_dict(), **({"history": history_report} if history_report else {})},
        started_at=started,
        thresholds=thresholds,
        gate=failures,
    )
    return EvalRun(dataset, summary, failures, report_json, report_md)
