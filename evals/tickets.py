"""`cs-agents eval tickets`: load the data (a folder goes into a fresh temporary data directory), run the
ticket flow over the labelled tickets, write the reports, check the gate."""

from __future__ import annotations

import hashlib
import json
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from agents.context import Services
from cs_agents.db import get_database
from cs_agents.loader import load_folder
from cs_agents.models import Ticket
from cs_agents.settings import Settings
from evals.gate import GateFailure, check, load_thresholds
from evals.metrics import Summary, summarize
from evals.report import write_report
from evals.runner import EvalDataset, load_dataset, run_tickets
from evals.trials import TRIALS_JSON, summarize_trials
from graph.outcome import TicketOutcome
from graph.run import TicketRunner


@dataclass
class EvalRun:
    dataset: EvalDataset
    summary: Summary
    failures: list[GateFailure]
    report_json: Path
    report_md: Path
    trials: dict[str, Any] | None = None  # pass^k and per-ticket cost when run with trials > 1
    trials_json: Path | None = None


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
        (t.text, t.expected.category, t.expected.priority)
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
    trials: int = 1,
    history_fraction: float = 0.0,
    limit: int | None = None,
) -> EvalRun:
    """The labelled tickets through the flow, `trials` times each (a fresh conversation every time). The
    report and the gate read the first trial, as a single run would; more trials add pass^k (trials.json).

    `history_fraction` > 0: that share of the labelled tickets becomes the product's labelled history (the
    triage learns from it, with the folder's own labelled history) and the rest is evaluated twice: without
    any history, then with both; the report's `history` entry holds both sets of metrics. `limit` keeps the
    first N labelled tickets of the file (a subset to run with a slow model); the history split, if any, is
    taken from that subset."""
    if trials < 1:
        raise ValueError(f"trials must be at least 1, got {trials}")
    thresholds = load_thresholds(thresholds_path)
    dataset = load_dataset(source)
    if limit is not None:
        dataset.tickets = dataset.tickets[:limit]
    history: list[Ticket] = []
    if history_fraction > 0:
        history, dataset.tickets = split_history(dataset.tickets, history_fraction)
    started = datetime.now(UTC)
    history_report: dict[str, Any] | None = None
    with tempfile.TemporaryDirectory(prefix="cs-agents-eval-") as tmp:
        if source.is_dir():
            # The folder is the whole product: evaluate it alone, never against the user's data.
            settings = settings.model_copy(update={"data_dir": Path(tmp), "database_url": None})
            load_folder(source, settings, get_database(settings))
        runner = TicketRunner(Services.build(settings))
        # The product's own labelled history (top-level labels in tickets.jsonl) teaches its triage, settled
        # before the first ticket so that every case sees the same model.
        triage = runner.services.triage
        stored = triage.learn_labels(runner.services.db, settings.cache_dir)
        if history:
            # The baseline knows no history at all, not even the folder's own labelled past tickets.
            triage.forget_labels()
            baseline = f"{uuid.uuid4().hex[:8]}-base"

            def answer_baseline(ticket: Ticket) -> TicketOutcome:
                return runner.run(ticket, thread_id=f"eval-{baseline}-{ticket.id}", store=False)

            without = summarize(run_tickets(dataset.tickets, answer_baseline, concurrency=concurrency))
            used = triage.learn_labels(runner.services.db, settings.cache_dir, _labelled(history))
            history_report = {
                "history_tickets": used,
                "of_which_shipped": stored,
                "evaluated": len(dataset.tickets),
            }
            history_report["without_history"] = without.metrics
        runs = []
        for trial in range(trials):
            run_id = f"{uuid.uuid4().hex[:8]}-{trial}"

            def answer(ticket: Ticket, run_id: str = run_id) -> TicketOutcome:
                # A fresh thread per case and run: evaluation cases are independent conversations.
                return runner.run(ticket, thread_id=f"eval-{run_id}-{ticket.id}", store=False)

            def overall(done: int, total: int, trial: int = trial) -> None:
                if progress is not None:  # one bar over every trial, not one that restarts
                    progress(trial * total + done, trials * total)

            runs.append(run_tickets(dataset.tickets, answer, concurrency=concurrency, progress=overall))
        runner.close()
    results = runs[0]
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
    if trials == 1:
        return EvalRun(dataset, summary, failures, report_json, report_md)
    repeated = {"mode": mode, **summarize_trials(runs)}
    trials_json = out_dir / TRIALS_JSON
    trials_json.write_text(
        json.dumps(repeated, indent=2, ensure_ascii=False, allow_nan=False) + "\n", "utf-8"
    )
    return EvalRun(dataset, summary, failures, report_json, report_md, repeated, trials_json)
