#!/usr/bin/env python3
"""Benchmark the worker on a generated product: what a pass finds after a bulk load, then the jobs it runs.

    python scripts/bench_worker.py [--accounts 10000] [--events 1000000] [--jobs 50] [--dir DIR]

The accounts and events are scripts/bench_lifecycle.py's (written to a fresh SQLite data directory), the
knowledge base the sample product's. Every account is marked as having new events, as a load through
`insert_events` marks them. Then, as of the benchmark's day D, one worker:

1. finds and queues the work of one pass (the day's scan job, signups, the reaction to every account's
   events), timed: `find: ...`;
2. runs the daily scan job and the next `--jobs` jobs in queue order (onboarding and celebrations), then
   sets the other pending onboarding and celebration jobs aside (deletes them) and runs `--jobs` play jobs;
3. prints each kind's median seconds per job, and the whole queue's time on one worker at those medians.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_lifecycle import D, generate, write  # noqa: E402
from sqlalchemy import delete, func, select  # noqa: E402

from agents.context import Services  # noqa: E402
from cs_agents.db import AccountChangeRow, AccountRow, WorkerJobRow, get_database  # noqa: E402
from cs_agents.loader import load_folder  # noqa: E402
from cs_agents.settings import Settings  # noqa: E402
from graph.runtime import review_service  # noqa: E402
from graph.worker import Worker, log  # noqa: E402

SAMPLE_KB = ROOT / "cs_agents" / "sample_product" / "kb"


class JobTimes(logging.Handler):
    """Collects the seconds of each finished job from the worker's log; sets `stop` after `limit` jobs."""

    def __init__(self, stop: threading.Event) -> None:
        super().__init__(logging.INFO)
        self.stop, self.limit, self.count = stop, 0, 0
        self.seconds: dict[str, list[float]] = defaultdict(list)

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args
        if record.msg == "job %s %s: %s (%.1f s)" and isinstance(args, tuple):
            self.seconds[str(args[1]).split(":")[0]].append(float(args[3]))
            self.count += 1
            if self.count >= self.limit:
                self.stop.set()

    def run(self, worker: Worker, jobs: int) -> None:
        self.stop.clear()
        self.limit, self.count = jobs, 0
        worker.run_pass(self.stop)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--tickets", type=int, default=20_000)
    parser.add_argument("--jobs", type=int, default=50, help="jobs of each phase to run and time")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", type=Path, help="data directory to write (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cs-agents-bench-worker-") as tmp:
        folder = args.dir or Path(tmp) / "data"
        if folder.exists() and any(folder.iterdir()):
            raise SystemExit(f"{folder} is not empty: give an empty --dir")
        settings = Settings(data_dir=folder, cache_dir=Path(tmp) / "cache", worker_lease_s=3600)
        db = get_database(settings)
        started = time.perf_counter()
        write(db, generate(args.accounts, args.events, args.seed), args.tickets, args.seed)
        product = Path(tmp) / "product"
        shutil.copytree(SAMPLE_KB, product / "kb")
        load_folder(product, settings, db)
        with db.session() as session:  # what insert_events writes for a bulk load: every account changed
            ids = list(session.scalars(select(AccountRow.id)))
            now = datetime.now(UTC)
            session.add_all(AccountChangeRow(account_id=i, version=1, changed_at=now) for i in ids)
        print(f"data: {args.accounts} accounts, {args.events} events, the sample knowledge base "
              f"(written in {time.perf_counter() - started:.1f} s)")  # fmt: skip

        services = Services.build(settings)
        times = JobTimes(threading.Event())
        log.addHandler(times)
        log.setLevel(logging.INFO)
        with review_service(services) as reviews:
            worker = Worker(services, reviews, "bench", D)
            finding = threading.Event()
            finding.set()  # a pass with `stop` set finds and queues work, and runs no job
            t0 = time.perf_counter()
            found = worker.run_pass(finding)
            print(f"find: {len(found.queued)} jobs queued in {time.perf_counter() - t0:.1f} s")
            times.run(worker, 1 + args.jobs)  # the scan job first, then what the events and signups queued
            with db.session() as session:
                queue = dict(
                    session.execute(select(WorkerJobRow.kind, func.count()).group_by(WorkerJobRow.kind)).all()
                )
                session.execute(
                    delete(WorkerJobRow).where(WorkerJobRow.status == "pending", WorkerJobRow.kind != "play")
                )
            times.run(worker, args.jobs)
        # every job but the scan runs one account's workflow: a kind not reached uses their common median
        per_account = statistics.median(x for k, xs in times.seconds.items() if k != "scan" for x in xs)
        total = 0.0
        for kind, count in sorted(queue.items()):
            seconds = times.seconds.get(kind)
            median = statistics.median(seconds) if seconds else per_account
            total += median * count
            ran = (
                f"{len(seconds)} run, median {median:.2f} s"
                if seconds
                else f"none run, taken as {median:.2f} s"
            )
            print(f"  {kind}: {count} queued, {ran} per job")
        print(f"the whole queue on one worker at these medians: {total / 60:.0f} min")
        db.engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
