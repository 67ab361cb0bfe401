"""`cs-agents eval tickets`: load the data (a folder goes into a fresh temporary data directory), run the
ticket flow over the labelled tickets, write the reports, check the gate."""

from __future__ import annotations

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


def evaluate_tickets(
    source: Path,
    settings: Settings,
    out_dir: Path,
    thresholds_path: Path,
    concurrency: int = 2,
    progress: Callable[[int, int], None] | None = None,
) -> EvalRun:
    thresholds = load_thresholds(thresholds_path)
    dataset = load_dataset(source)
    started = datetime.now(UTC)
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

        results = run_tickets(dataset.tickets, answer, concurrency=concurrency, progress=progress)
        runner.close()
    summary = summarize(results)
    failures = check(summary.metrics, thresholds)
    mode = settings.llm_provider if settings.llm_provider == "offline" else f"llm:{settings.llm_model}"
    report_json, report_md = write_report(
        out_dir,
        results,
        summary,
        mode=mode,
        dataset=dataset.to_dict(),
        started_at=started,
        thresholds=thresholds,
        gate=failures,
    )
    return EvalRun(dataset, summary, failures, report_json, report_md)
