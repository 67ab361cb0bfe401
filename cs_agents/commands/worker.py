"""`cs-agents worker`: the scheduled lifecycle scan and play proposals, and the drafts new events start
(onboarding, milestone celebrations, expansion plays), each once, each waiting for review."""

from __future__ import annotations

import signal
import threading
from typing import Annotated

import typer
from rich.console import Console

from cs_agents.commands.retention import parse_as_of
from cs_agents.settings import Settings

out = Console()


def worker(
    ctx: typer.Context,
    once: Annotated[
        bool, typer.Option("--once", help="one pass (queue what is due, run every job), then exit")
    ] = False,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of", help="work as of this day (YYYY-MM-DD; the scan is then due at once); default today"
        ),
    ] = None,
    name: Annotated[
        str | None, typer.Option("--name", help="who holds the jobs in the database (default host:pid)")
    ] = None,
) -> None:
    """Run the scheduled and event-triggered drafts until stopped (SIGTERM or Ctrl-C end it after the job
    in progress). Any number of workers may run on one database: each job runs once."""
    from agents.context import Services
    from cs_agents.jobs import job_counts
    from graph.runtime import review_service
    from graph.worker import Worker, show_progress

    settings: Settings = ctx.obj
    day = parse_as_of(as_of) if as_of is not None else None
    show_progress()
    services = Services.build(settings)
    with review_service(services) as reviews:
        runner = Worker(services, reviews, name, day)
        if once:
            report = runner.run_pass()
            out.print(
                f"{report.day.isoformat()}: {len(report.done)} jobs done, {len(report.failed)} failed "
                f"({len(report.queued)} new ones found by this pass); all jobs by status: "
                + ", ".join(f"{status} {n}" for status, n in sorted(job_counts(services.db).items())),
                soft_wrap=True,
            )
            if report.failed:
                raise typer.Exit(1)
            return
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        runner.run_forever(stop)
