"""The model server fails (429, 500, hangs past the timeout, malformed JSON or tool calls): the client
retries, then the offline brain answers; every ticket is stored whole; the retries and fallbacks show up
in the brain's counters and in `GET /metrics` of a real uvicorn process."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from agents.context import Services
from cs_agents.db import TicketOutcomeRow, TicketRow
from cs_agents.models import Ticket
from cs_agents.settings import Settings
from graph.outcome import TicketOutcome
from graph.run import TicketRunner
from tests.api.conftest import ADMIN
from tests.fakes.openai_server import ScriptedLLM
from tests.fakes.replies import triage_reply
from tests.faults.conftest import Spawn, metric, start_uvicorn

QUESTION = "How do I reset my password? I forgot it."
TRIAGE = triage_reply("Forgot the password.", category="account_access")
REPLY = {
    "resolution": "answer",
    "reply": "Use 'Forgot password' on the sign-in page; the link in the email is valid for an hour.",
    "citations": ["reset-password"],
    "handoff_summary": None,
}
TIMEOUT_S = 0.3  # the hangs below outlast it; small, so the suite stays fast
RETRIES = 2  # three attempts per decision


@pytest.fixture(scope="module")
def runner(
    tmp_path_factory: pytest.TempPathFactory, data_dir: Path, scripted_llm_server: ScriptedLLM
) -> Iterator[TicketRunner]:
    import shutil

    data = tmp_path_factory.mktemp("llm-faults") / "data"
    shutil.copytree(data_dir, data)
    settings = Settings(
        data_dir=data,
        llm_provider="openai",
        openai_base_url=scripted_llm_server.base_url,
        llm_model="scripted",
        llm_timeout_s=TIMEOUT_S,
        llm_max_retries=RETRIES,
        llm_retry_wait_s=0.01,
    )
    r = TicketRunner(Services.build(settings))
    yield r
    r.close()


def run(runner: TicketRunner) -> TicketOutcome:
    ticket = Ticket(id=f"F-{uuid.uuid4().hex[:8]}", account_id="acc_a", channel="email", body=QUESTION)
    return runner.run(ticket)


def assert_stored_whole(runner: TicketRunner, outcome: TicketOutcome) -> None:
    """The ticket and its outcome are both stored, and the stored outcome is the one returned."""
    with runner.services.db.session() as session:
        ticket = session.get(TicketRow, outcome.ticket_id)
        stored = session.get(TicketOutcomeRow, outcome.ticket_id)
        assert ticket is not None and stored is not None
        assert ticket.body == QUESTION
        assert stored.outcome["produced_by"] == outcome.produced_by
        assert stored.outcome["model_calls"] == outcome.model_calls


Script = Callable[[ScriptedLLM], object]
ATTEMPTS = 1 + RETRIES
FAULTS: dict[str, tuple[Script, str]] = {
    "429": (lambda s: s.fail_next(429, times=ATTEMPTS, retry_after=0.01), "rate_limit"),
    "500": (lambda s: s.fail_next(500, times=ATTEMPTS), "server_error"),
    "hang": (lambda s: s.hang_next(3 * TIMEOUT_S + 1, times=ATTEMPTS), "timeout"),
    "invalid-json": (lambda s: s.reply_invalid_json(times=ATTEMPTS), "malformed_output"),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_triage_fault_is_retried_then_the_offline_brain_answers(runner, scripted_llm, fault):
    script, kind = FAULTS[fault]
    script(scripted_llm)
    before = runner.services.brain.stats.snapshot()
    start = time.monotonic()

    out = run(runner)

    assert out.produced_by == "offline" and out.resolution == "answer"
    assert out.citations[0] == "reset-password"
    # every attempt reached the server, then no more calls for the rest of the run (the reply step too)
    assert scripted_llm.calls == ATTEMPTS and out.model_calls == ATTEMPTS and scripted_llm.pending == 0
    assert time.monotonic() - start < ATTEMPTS * (TIMEOUT_S + 1) + 5  # bounded: no endless retry or hang
    attempts, retries, fallbacks = runner.services.brain.stats.snapshot()
    assert attempts.get(kind, 0) - before[0].get(kind, 0) == ATTEMPTS
    assert (retries - before[1], fallbacks - before[2]) == (RETRIES, 1)
    assert_stored_whole(runner, out)


def test_malformed_tool_calls_in_the_reply_step_fall_back_after_a_good_triage(runner, scripted_llm):
    scripted_llm.reply_json(TRIAGE).reply_malformed_tool_call(times=ATTEMPTS)

    out = run(runner)

    assert out.produced_by == "offline"  # one decision fell back: the run is not the model's
    assert out.category == "account_access" and out.citations[0] == "reset-password"
    assert scripted_llm.calls == out.model_calls == 1 + ATTEMPTS
    assert_stored_whole(runner, out)


def test_a_final_answer_with_invalid_arguments_is_retried_like_any_malformed_output(runner, scripted_llm):
    # "maybe" is no resolution: the answer tool's arguments fail validation; the retry gets a good one
    scripted_llm.reply_json(TRIAGE).reply_tool_call("TicketReply", REPLY | {"resolution": "maybe"})
    scripted_llm.reply_tool_call("TicketReply", REPLY)

    out = run(runner)

    assert (out.produced_by, out.model_calls, scripted_llm.calls) == ("llm", 3, 3)
    assert out.reply.startswith("Use 'Forgot password'")
    assert_stored_whole(runner, out)


def test_one_failure_then_success_stays_with_the_model(runner, scripted_llm):
    scripted_llm.fail_next(500).hang_next(3 * TIMEOUT_S + 1)
    scripted_llm.reply_json(TRIAGE).reply_tool_call("TicketReply", REPLY)
    before = runner.services.brain.stats.snapshot()

    out = run(runner)

    assert (out.produced_by, out.model_calls) == ("llm", 4)
    attempts, retries, fallbacks = runner.services.brain.stats.snapshot()
    assert (retries - before[1], fallbacks - before[2]) == (2, 0)
    assert attempts["ok"] - before[0].get("ok", 0) == 2
    assert_stored_whole(runner, out)


def test_a_real_server_answers_through_model_faults_and_counts_them(
    fault_data: Path, spawn: Spawn, scripted_llm: ScriptedLLM
) -> None:
    server = start_uvicorn(
        spawn,
        fault_data,
        CS_AGENTS_LLM_PROVIDER="openai",
        OPENAI_BASE_URL=scripted_llm.base_url,
        CS_AGENTS_LLM_MODEL="scripted",
        CS_AGENTS_LLM_TIMEOUT_S=str(TIMEOUT_S),
        CS_AGENTS_LLM_MAX_RETRIES=str(RETRIES),
        CS_AGENTS_LLM_RETRY_WAIT_S="0.01",
    )
    with httpx.Client(base_url=server.url, headers=ADMIN, timeout=30) as http:
        assert http.get("/readyz").json()["checks"]["model"] == "ok"
        ticket_ids: list[str] = []

        def post_ticket() -> dict[str, object]:
            answer = http.post("/v1/tickets", json={"account_id": "acc_a", "body": QUESTION})
            assert answer.status_code == 201, answer.text
            ticket_ids.append(answer.json()["ticket"]["id"])
            return dict(answer.json()["outcome"])

        scripted_llm.fail_next(500, times=ATTEMPTS)
        assert post_ticket()["produced_by"] == "offline"
        scripted_llm.reply_invalid_json(times=ATTEMPTS)
        assert post_ticket()["produced_by"] == "offline"
        scripted_llm.hang_next(3 * TIMEOUT_S + 1, times=ATTEMPTS)
        chat = http.post("/v1/chat", json={"account_id": "acc_a", "message": QUESTION})
        assert chat.status_code == 200 and chat.json()["citations"][0] == "reset-password"
        ticket_ids.append(chat.json()["ticket_id"])
        scripted_llm.fail_next(429, retry_after=0.05)
        scripted_llm.reply_json(TRIAGE).reply_tool_call("TicketReply", REPLY)
        assert post_ticket()["produced_by"] == "llm"
        assert scripted_llm.pending == 0

        for ticket_id in ticket_ids:  # every ticket stored with its outcome
            stored = http.get(f"/v1/tickets/{ticket_id}")
            assert stored.status_code == 200 and stored.json()["outcome"] is not None

        text = http.get("/metrics").text
    for kind in ("server_error", "malformed_output", "timeout"):
        assert metric(text, "cs_agents_llm_attempts_total", result=kind) == ATTEMPTS
    assert metric(text, "cs_agents_llm_attempts_total", result="rate_limit") == 1
    assert metric(text, "cs_agents_llm_attempts_total", result="ok") == 2
    assert metric(text, "cs_agents_llm_retries_total") == 3 * RETRIES + 1
    assert metric(text, "cs_agents_llm_decision_fallbacks_total") == 3
    assert metric(text, "cs_agents_llm_fallbacks_total") == 3  # ticket runs answered offline
    assert metric(text, "cs_agents_model_calls_total") == 3 * ATTEMPTS + 3
    with_outcomes = _count_outcomes(fault_data, ticket_ids)
    assert with_outcomes == (4, 4)


def _count_outcomes(data: Path, ids: list[str]) -> tuple[int, int]:
    from cs_agents.db import get_database

    db = get_database(Settings(data_dir=data))
    with db.session() as session:
        tickets = session.scalar(select(func.count()).select_from(TicketRow).where(TicketRow.id.in_(ids)))
        outcomes = session.scalar(
            select(func.count()).select_from(TicketOutcomeRow).where(TicketOutcomeRow.ticket_id.in_(ids))
        )
    return int(tickets or 0), int(outcomes or 0)
