"""`cs-agents eval tickets`: load the data (a folder goes into a fresh temporary data directory), run the
ticket flow over the labelled tickets, write the reports, check the gate."""

from __future__ import annotations

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


def evaluate_tickets(
    source: Path,
    settings: Settings,
    out_dir: Path,
    thresholds_path: Path,
    concurrency: int = 2,
    progress: Callable[[int, int], None] | None = None,
    trials: int = 1,
) -> EvalRun:
    """The labelled tickets through the flow, `trials` times each (a fresh conversation every time). The
    report and the gate read the first trial, as a single run would; more trials add pass^k (trials.json)."""
    if trials < 1:
        raise ValueError(f"trials must be at least 1, got {trials}")
    thresholds = load_thresholds(thresholds_path)
    dataset = load_dataset(source)
    started = datetime.now(UTC)
    with tempfile.TemporaryDirectory(prefix="cs-agents-eval-") as tmp:
        if source.is_dir():
            # The folder is the whole product: evaluate it alone, never against the user's data.
            settings = settings.model_copy(update={"data_dir": Path(tmp), "database_url": None})
            load_folder(source, settings, get_database(settings))
        runner = TicketRunner(Services.build(settings))
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
    if trials == 1:
        return EvalRun(dataset, summary, failures, report_json, report_md)
    repeated = {"mode": mode, **summarize_trials(runs)}
    trials_json = out_dir / TRIALS_JSON
    trials_json.write_text(
        json.dumps(repeated, indent=2, ensure_ascii=False, allow_nan=False) + "\n", "utf-8"
    )
    return EvalRun(dataset, summary, failures, report_json, report_md, repeated, trials_json)
