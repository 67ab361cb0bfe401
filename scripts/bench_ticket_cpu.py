#!/usr/bin/env python3
"""CPU per ticket of the offline ticket flow: the process's CPU time over the sample's labelled tickets.

    python scripts/bench_ticket_cpu.py [--dir DATA_DIR] [--tickets 172] [--profile FILE]

The sample product is loaded into DATA_DIR when it is empty (the knowledge base is embedded once, a few
minutes on 2 cores; give the same --dir again to skip that). One TicketRunner, warmed up on the first 20
tickets, then runs the next `--tickets` ones (each a new question: the query caches do not help) without
storing them, and prints `cpu X ms/ticket, wall Y ms/ticket`. CPU time counts every thread of the process,
so the figure is what a ticket costs the machine, whatever else runs on it. `--profile FILE` also writes a
cProfile (CPU-time clock) of the timed tickets and prints its top functions.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agents.context import Services  # noqa: E402
from cs_agents.db import get_database  # noqa: E402
from cs_agents.loader import load_folder  # noqa: E402
from cs_agents.models import Ticket  # noqa: E402
from cs_agents.settings import Settings  # noqa: E402
from graph.run import TicketRunner  # noqa: E402

SAMPLE = ROOT / "cs_agents" / "sample_product"
WARMUP = 20
LABELS = ("category", "priority", "resolution")  # history labels: not part of a ticket as it arrives


def sample_tickets() -> list[Ticket]:
    rows = [json.loads(line) for line in (SAMPLE / "tickets.jsonl").read_text("utf-8").splitlines() if line]
    return [
        Ticket.model_validate({k: v for k, v in r.items() if k not in LABELS})
        for r in rows
        if "expected" in r
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, help="data directory (the sample is loaded when it is empty)")
    parser.add_argument("--tickets", type=int, default=172, help="tickets timed, after the warm-up ones")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the timed tickets here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cs-agents-ticket-cpu-") as tmp:
        data = args.dir or Path(tmp) / "data"
        # a fresh data directory gets a fresh cache; a given one the usual (CS_AGENTS_CACHE_DIR)
        cache = {} if args.dir else {"cache_dir": Path(tmp) / "cache"}
        settings = Settings(data_dir=data, **cache)
        if not (data.exists() and any(data.iterdir())):
            load_folder(SAMPLE, settings, get_database(settings))
        runner = TicketRunner(Services.build(settings))
        runner.warm()
        tickets = sample_tickets()
        warmup, timed = tickets[:WARMUP], tickets[WARMUP : WARMUP + args.tickets]
        for ticket in warmup:
            runner.run(ticket, thread_id=f"warm-{uuid.uuid4().hex}", store=False)
        profile = cProfile.Profile(time.process_time) if args.profile else None
        cpu, wall = time.process_time(), time.perf_counter()
        if profile:
            profile.enable()
        for ticket in timed:
            runner.run(ticket, thread_id=f"bench-{uuid.uuid4().hex}", store=False)
        if profile:
            profile.disable()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        runner.close()
        n = len(timed)
        print(f"{n} tickets: cpu {cpu / n * 1000:.1f} ms/ticket, wall {wall / n * 1000:.1f} ms/ticket")
        if profile and args.profile:
            profile.dump_stats(args.profile)
            pstats.Stats(profile).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
