"""Run the ticket flow over labelled tickets, keeping every outcome or error in input order.

Intended call sequence (`cs-agents eval tickets` wires these together; `answer` runs one ticket through
the ticket flow and returns its `TicketOutcome`)::

    from datetime import UTC, datetime
    from evals.gate import DEFAULT_THRESHOLDS, check, load_thresholds
    from evals.metrics import summarize
    from evals.report import write_report
    from evals.runner import load_dataset, run_tickets

    started = datetime.now(UTC)
    # a tickets.jsonl or a data folder (`tickets, rejections = load_tickets(path)` without the counts)
    dataset = load_dataset(path)
    for r in dataset.rejections:  # malformed lines: report them, they are not evaluated
        print(r.where(str(dataset.path)), r.reason)
    results = run_tickets(dataset.tickets, answer, concurrency=2, progress=lambda done, total: ...)
    summary = summarize(results)
    thresholds = load_thresholds(DEFAULT_THRESHOLDS)
    failures = check(summary.metrics, thresholds)
    write_report(out_dir, results, summary, mode="offline", dataset=dataset.to_dict(),
                 started_at=started, thresholds=thresholds, gate=failures)
    exit_code = 1 if failures else 0
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cs_agents.jsonl import read_jsonl
from cs_agents.models import Ticket
from cs_agents.records import Rejection
from evals.cases import CaseResult
from graph.outcome import TicketOutcome

Answer = Callable[[Ticket], TicketOutcome]
Progress = Callable[[int, int], None]

DEFAULT_CONCURRENCY = 2


@dataclass
class EvalDataset:
    """The tickets to evaluate from one file, and what was left out of it."""

    path: Path  # the tickets.jsonl actually read
    tickets: list[Ticket] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    skipped: int = 0  # valid tickets without `expected` (support history), not evaluated

    def to_dict(self) -> dict[str, Any]:
        """The report's `dataset` entry."""
        return {
            "path": str(self.path),
            "tickets": len(self.tickets),
            "skipped_unlabelled": self.skipped,
            "rejected": [{"line": r.line, "reason": r.reason} for r in self.rejections],
        }


def tickets_file(path: Path | str) -> Path:
    """A tickets.jsonl file, or a product data folder (SPEC section 6) holding one."""
    path = Path(path)
    target = path / "tickets.jsonl" if path.is_dir() else path
    if not target.is_file():
        where = f"folder {path} has no tickets.jsonl" if path.is_dir() else f"{path} does not exist"
        raise FileNotFoundError(f"no tickets to evaluate: {where}")
    return target


def load_dataset(path: Path | str, *, labelled_only: bool = True) -> EvalDataset:
    """Read tickets; bad lines become rejections with their line numbers, never fatal (SPEC).

    A repeated ticket id is rejected like the folder loader does (the first one wins), since two cases
    with one id could not be told apart in the report.
    """
    dataset = EvalDataset(path=tickets_file(path))
    first_line: dict[str, int] = {}
    for line, record in read_jsonl(dataset.path, Ticket):
        if isinstance(record, Rejection):
            dataset.rejections.append(record)
        elif record.id in first_line:
            reason = f"duplicate id {record.id!r} (first on line {first_line[record.id]})"
            dataset.rejections.append(Rejection(line, reason))
        else:
            first_line[record.id] = line
            if labelled_only and record.expected is None:
                dataset.skipped += 1
            else:
                dataset.tickets.append(record)
    return dataset


def load_tickets(path: Path | str, *, labelled_only: bool = True) -> tuple[list[Ticket], list[Rejection]]:
    """(tickets to evaluate, rejected lines); `load_dataset` also counts the unlabelled tickets skipped."""
    dataset = load_dataset(path, labelled_only=labelled_only)
    return dataset.tickets, dataset.rejections


def run_tickets(
    tickets: Sequence[Ticket],
    answer: Answer,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: Progress | None = None,
) -> list[CaseResult]:
    """One CaseResult per ticket, in input order. An exception in `answer` is that case's error.

    `progress(done, total)` is called once with done=0, then after every case, always from the calling
    thread, so a progress bar needs no locking.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")
    total = len(tickets)
    results: list[CaseResult | None] = [None] * total
    if progress:
        progress(0, total)
    if concurrency == 1:
        # In the calling thread: an `answer` holding thread-bound resources (a SQLite connection)
        # then works unchanged, and a debugger stops where the error is.
        for i, ticket in enumerate(tickets):
            results[i] = run_case(ticket, answer)
            if progress:
                progress(i + 1, total)
    else:
        pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="eval")
        try:
            futures = {pool.submit(run_case, ticket, answer): i for i, ticket in enumerate(tickets)}
            for done, future in enumerate(as_completed(futures), start=1):
                results[futures[future]] = future.result()  # run_case never raises
                if progress:
                    progress(done, total)
        finally:
            # On Ctrl-C, drop the tickets not started yet rather than running them all before exiting.
            pool.shutdown(wait=True, cancel_futures=True)
    return [r for r in results if r is not None]


def run_case(ticket: Ticket, answer: Answer) -> CaseResult:
    start = time.perf_counter()
    try:
        outcome = answer(ticket)
        if not isinstance(outcome, TicketOutcome):
            # Caught here rather than as an AttributeError deep inside the metrics.
            raise TypeError(f"answer returned {type(outcome).__name__}, not TicketOutcome")
    # One broken case must not abort a long run: any Exception becomes this case's error.
    # KeyboardInterrupt and SystemExit are not Exceptions, so Ctrl-C still stops the run.
    except Exception as exc:  # noqa: BLE001
        return CaseResult(
            ticket=ticket,
            error=f"{type(exc).__name__}: {exc}",
            traceback=traceback.format_exc(),
            wall_ms=_ms_since(start),
        )
    return CaseResult(ticket=ticket, outcome=outcome, wall_ms=_ms_since(start))


def _ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000
