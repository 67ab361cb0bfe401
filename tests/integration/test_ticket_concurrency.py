"""The runner takes a bounded number of tickets at once; the others wait their turn, none is lost."""

from __future__ import annotations

import threading

from agents.context import Services
from cs_agents.models import Ticket
from cs_agents.settings import Settings
from graph.run import TicketRunner


def test_the_default_is_one_per_core_offline_and_more_with_a_model(sample_settings: Settings) -> None:
    import os

    assert sample_settings.resolved_ticket_concurrency == (os.cpu_count() or 1)
    assert sample_settings.model_copy(update={"llm_provider": "openai"}).resolved_ticket_concurrency == 32
    assert sample_settings.model_copy(update={"ticket_concurrency": 3}).resolved_ticket_concurrency == 3


def test_a_second_ticket_waits_until_the_first_one_is_done(sample_settings: Settings) -> None:
    runner = TicketRunner(Services.build(sample_settings.model_copy(update={"ticket_concurrency": 1})))
    try:
        first = runner.stream(Ticket(id="conc-1", body="How do I export timesheets?"), "conc-thread-1")
        assert next(first)[0] == "step"  # the first ticket holds the only slot now

        second_done = threading.Event()
        results = []

        def second() -> None:
            results.append(
                runner.run(Ticket(id="conc-2", body="How do I reset my password?"), "conc-thread-2")
            )
            second_done.set()

        worker = threading.Thread(target=second)
        worker.start()
        assert not second_done.wait(1.0)  # it waits for the slot
        rest = list(first)
        assert rest[-1][0] == "outcome"
        assert second_done.wait(30)  # and runs once the first is done
        worker.join()
        assert results[0].ticket_id == "conc-2"
    finally:
        runner.close()
