"""The process the durability tests kill with SIGKILL (run from the repository root):

    python -m tests.integration.review_demo_proc start DATA_DIR THREAD ACCOUNT...       runs until it interrupts
    python -m tests.integration.review_demo_proc graph-only DATA_DIR THREAD ACCOUNT...  the graph alone: no reviews rows
    python -m tests.integration.review_demo_proc approve-and-hang DATA_DIR REVIEW_ID    hangs after enqueueing

It prints a line when it got there, then waits to be killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from cs_agents.settings import Settings
from graph.review import durable_checkpointer
from graph.reviews_service import ReviewService
from tests.integration.review_demo import AFTER_ENQUEUE, WORKFLOW, DemoDraft, build, context, demo_input


def main(argv: list[str]) -> None:
    mode, settings = argv[0], Settings(data_dir=Path(argv[1]))
    if mode == "start":
        with ReviewService(settings) as service:
            result = service.start(WORKFLOW, argv[2], demo_input(argv[2], *argv[3:]))
        print("INTERRUPTED", *(r.id for r in result.reviews), flush=True)
    elif mode == "graph-only":
        graph = build(durable_checkpointer(settings, [DemoDraft]))
        graph.invoke(
            demo_input(argv[2], *argv[3:]),
            {"configurable": {"thread_id": argv[2]}},
            context=context(settings),
        )
        print("INTERRUPTED", flush=True)
    elif mode == "approve-and-hang":
        AFTER_ENQUEUE["hang"] = True
        with ReviewService(settings) as service:
            service.decide(int(argv[2]), "approve", "alice")
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    time.sleep(3600)  # until the test kills us


if __name__ == "__main__":
    main(sys.argv[1:])
