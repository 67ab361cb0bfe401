"""Nothing lost, nothing duplicated: the processes that run the demo workflow die by SIGKILL."""

import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cs_agents.outbox import outbox_rows
from graph.reviews_service import ReviewService
from tests.integration.review_demo import WORKFLOW, demo_input

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def spawn() -> Iterator:
    procs: list[subprocess.Popen[str]] = []

    def _spawn(*args: str) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.review_demo_proc", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        procs.append(proc)
        return proc

    yield _spawn
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()


def wait_for_line(proc: subprocess.Popen[str], prefix: str, timeout_s: float = 120) -> str:
    """The first stdout line starting with `prefix`; fails if the process dies first."""
    assert proc.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if selector.select(timeout=0.5):
            line = proc.stdout.readline()
            if line.startswith(prefix):
                return line.strip()
            if not line and proc.poll() is not None:
                break
    proc.kill()
    raise AssertionError(
        f"no {prefix!r} line; exit {proc.poll()}; stderr:\n{proc.stderr.read() if proc.stderr else ''}"
    )


def kill_hard(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL


def test_a_pending_review_survives_the_sigkill_of_the_process_that_started_it(settings, spawn):
    proc = spawn("start", str(settings.data_dir), "batch-1", "acme")
    review_id = int(wait_for_line(proc, "INTERRUPTED").split()[1])
    kill_hard(proc)

    with ReviewService(settings) as fresh:
        (pending,) = fresh.pending()
        assert (pending.id, pending.account_id) == (review_id, "acme")
        fresh.decide(review_id, "approve", "ana")

        (row,) = outbox_rows(fresh.db)
        assert (row.recipient, row.review_id) == ("owner@acme.example", review_id)
        assert fresh.pending() == [] and fresh.snapshot(WORKFLOW, "batch-1").next == ()


def test_an_interrupt_whose_review_row_was_never_written_is_recorded_by_a_retried_start(settings, spawn):
    proc = spawn("graph-only", str(settings.data_dir), "batch-1", "acme")
    wait_for_line(proc, "INTERRUPTED")
    kill_hard(proc)

    with ReviewService(settings) as fresh:
        assert fresh.pending() == []  # died before any reviews row
        config = {"configurable": {"thread_id": "batch-1"}}
        checkpoints = len(list(fresh.checkpointer.list(config)))

        result = fresh.start(WORKFLOW, "batch-1", demo_input("batch-1", "acme"))

        assert len(list(fresh.checkpointer.list(config))) == checkpoints  # nothing ran again
        (review,) = result.reviews
        assert [r.id for r in fresh.pending()] == [review.id]
        fresh.decide(review.id, "approve", "ana")
        assert len(outbox_rows(fresh.db)) == 1


def test_a_decision_survives_a_sigkill_in_the_middle_of_the_resume(settings, spawn):
    with ReviewService(settings) as service:
        (review,) = service.start(WORKFLOW, "batch-1", demo_input("batch-1", "acme")).reviews

    proc = spawn("approve-and-hang", str(settings.data_dir), str(review.id))
    wait_for_line(proc, "ENQUEUED")  # the message is in the outbox, the node has not finished
    kill_hard(proc)

    with ReviewService(settings) as fresh:
        stored = fresh.get(review.id)
        assert (stored.status, stored.decided_by, stored.resumed_at) == ("approved", "alice", None)
        assert fresh.snapshot(WORKFLOW, "batch-1").next == ("review",)

        assert fresh.recover() == []  # takes over the dead process's lease, runs the node again

        assert fresh.get(review.id).resumed_at is not None
        assert fresh.snapshot(WORKFLOW, "batch-1").values["sent"] == ["welcome-acme"]
        (row,) = outbox_rows(fresh.db)  # the re-run node's enqueue was ignored: one message
        assert row.review_id == review.id
        assert fresh.recover() == [] and len(outbox_rows(fresh.db)) == 1
