import random
import threading
import time

import pytest

from cs_agents.models import Ticket
from evals.runner import load_dataset, load_tickets, run_tickets
from graph.outcome import TicketOutcome
from tests.unit.test_eval_metrics import outcome

TICKETS = [Ticket(id=f"T-{i}", body=f"question {i}") for i in range(12)]


def echo(ticket: Ticket) -> TicketOutcome:
    return outcome(ticket.id, reply=f"answer to {ticket.body}")


def test_results_keep_input_order_whatever_finishes_first():
    rng = random.Random(7)
    delays = {t.id: rng.uniform(0, 0.02) for t in TICKETS}

    def slow(ticket: Ticket) -> TicketOutcome:
        time.sleep(delays[ticket.id])
        return echo(ticket)

    results = run_tickets(TICKETS, slow, concurrency=4)
    assert [r.ticket.id for r in results] == [t.id for t in TICKETS]
    assert [r.outcome.ticket_id for r in results if r.outcome] == [t.id for t in TICKETS]
    assert all(r.wall_ms > 0 for r in results)


@pytest.mark.parametrize("concurrency", [1, 3])
def test_an_exception_becomes_that_cases_error_and_the_run_goes_on(concurrency):
    def flaky(ticket: Ticket) -> TicketOutcome:
        if ticket.id == "T-3":
            raise ValueError("no retriever")
        return echo(ticket)

    results = run_tickets(TICKETS, flaky, concurrency=concurrency)
    assert len(results) == len(TICKETS)
    bad = results[3]
    assert bad.outcome is None
    assert bad.error == "ValueError: no retriever"
    assert bad.traceback and "no retriever" in bad.traceback
    assert all(r.outcome is not None and r.error is None for i, r in enumerate(results) if i != 3)


def test_an_answer_that_returns_the_wrong_type_is_an_error():
    results = run_tickets(TICKETS[:1], lambda t: {"reply": "hi"}, concurrency=1)  # type: ignore[arg-type,return-value]
    assert results[0].error == "TypeError: answer returned dict, not TicketOutcome"


@pytest.mark.parametrize("concurrency", [1, 2])
def test_progress_reports_every_case_from_the_calling_thread(concurrency):
    calls: list[tuple[int, int]] = []
    threads: set[int] = set()

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        threads.add(threading.get_ident())

    run_tickets(TICKETS, echo, concurrency=concurrency, progress=progress)
    assert calls == [(i, len(TICKETS)) for i in range(len(TICKETS) + 1)]
    assert threads == {threading.get_ident()}


def test_concurrent_runs_really_overlap():
    # Each call waits until two calls are in flight at once; run one at a time, the barrier times out.
    barrier = threading.Barrier(2, timeout=5)

    def together(ticket: Ticket) -> TicketOutcome:
        barrier.wait()
        return echo(ticket)

    results = run_tickets(TICKETS[:4], together, concurrency=2)
    assert [r.error for r in results] == [None] * 4


def test_concurrency_one_runs_in_the_calling_thread():
    seen: set[int] = set()

    def record(ticket: Ticket) -> TicketOutcome:
        seen.add(threading.get_ident())
        return echo(ticket)

    run_tickets(TICKETS[:3], record, concurrency=1)
    assert seen == {threading.get_ident()}


def test_concurrency_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        run_tickets(TICKETS, echo, concurrency=0)


def test_no_tickets_no_results():
    calls: list[tuple[int, int]] = []
    assert run_tickets([], echo, progress=lambda d, t: calls.append((d, t))) == []
    assert calls == [(0, 0)]


LABELLED = '{"id": "T-1", "body": "How do I reset my password?", "expected": {"category": "account_access"}}'
HISTORY = '{"id": "T-2", "body": "Thanks!", "created_at": "2026-11-01T09:30:00Z"}'
LABELLED_2 = '{"id": "T-3", "body": "Refund me", "expected": {"resolution": "escalate"}}'


def test_load_tickets_from_a_file_reports_bad_lines_with_their_numbers(write):
    path = write(
        "eval/tickets.jsonl",
        "\n".join([LABELLED, HISTORY, "", "{not json", LABELLED.replace("password", "PIN"), LABELLED_2]),
    )
    tickets, rejections = load_tickets(path)
    assert [t.id for t in tickets] == ["T-1", "T-3"]
    assert [(r.line, r.reason.split(":")[0]) for r in rejections] == [
        (4, "invalid JSON"),
        (5, "duplicate id 'T-1' (first on line 1)"),
    ]


def test_load_tickets_from_a_data_folder_skips_unlabelled_tickets(write):
    write("product/tickets.jsonl", "\n".join([LABELLED, HISTORY, '{"id": "T-9"}', LABELLED_2]) + "\n")
    folder = write("product/accounts.jsonl", "").parent
    tickets, rejections = load_tickets(folder)
    assert [t.id for t in tickets] == ["T-1", "T-3"]
    assert [r.line for r in rejections] == [3]
    assert "body" in rejections[0].reason

    dataset = load_dataset(folder)
    assert dataset.skipped == 1
    assert dataset.to_dict() == {
        "path": str(folder / "tickets.jsonl"),
        "tickets": 2,
        "skipped_unlabelled": 1,
        "rejected": [{"line": 3, "reason": rejections[0].reason}],
    }
    everything, _ = load_tickets(folder, labelled_only=False)
    assert [t.id for t in everything] == ["T-1", "T-2", "T-3"]


def test_load_tickets_says_what_is_missing(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"has no tickets\.jsonl"):
        load_tickets(tmp_path)
    with pytest.raises(FileNotFoundError, match="does not exist"):
        load_tickets(tmp_path / "nope.jsonl")
