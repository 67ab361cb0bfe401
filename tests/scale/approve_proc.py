"""A reviewer in a process of its own, for the concurrent-approval tests (run from the repository root):

    python -m tests.scale.approve_proc DATA_DIR ACTOR GO_FILE REVIEW_ID...

The database is CS_AGENTS_DATABASE_URL's (else the data dir's SQLite). It prints READY once everything is
imported and connected, waits for GO_FILE (so both reviewers start at the same moment), then approves each
review in order and prints `WON <id>` or `REFUSED <id> <message>`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from cs_agents.settings import Settings
from graph.reviews_service import ReviewAlreadyDecided, ReviewService
from tests.integration.review_demo import WORKFLOW


def main(argv: list[str]) -> None:
    data_dir, actor, go, *ids = argv
    with ReviewService(Settings(data_dir=Path(data_dir))) as service:
        service.snapshot(WORKFLOW, "warm-up")  # compiles the graph and opens the checkpointer's connection
        print("READY", flush=True)
        deadline = time.monotonic() + 60
        while not Path(go).exists():
            if time.monotonic() > deadline:
                raise SystemExit("the go file never appeared")
            time.sleep(0.001)
        for review_id in map(int, ids):
            try:
                service.decide(review_id, "approve", actor)
                print("WON", review_id, flush=True)
            except ReviewAlreadyDecided as exc:
                print("REFUSED", review_id, exc, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
