"""SIGKILL during the retention workflow: while it drafts plays (a real `cs-agents retention propose`),
and while its plays wait for review (a real uvicorn process). After a restart nothing is lost, the plays
are approved once, the workflow goes on, and each approved email leaves once through a real SMTP server."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
from sqlalchemy import select

from cs_agents.db import ReviewRow, get_database
from cs_agents.outbox import SmtpSender, deliver, outbox_rows
from cs_agents.settings import Settings
from graph.retention import WORKFLOW
from graph.reviews_service import ReviewService
from tests.api.conftest import ADMIN, AS_OF, REVIEWER
from tests.fakes.openai_server import ScriptedLLM
from tests.faults.conftest import SmtpSink, Spawn, cli, kill_hard, start_uvicorn
from tests.net import clean_env

NEEDING_PLAY = ["acc_a", "acc_b"]  # the small product as of AS_OF: engagement and intervention


def reviews(data: Path) -> list[ReviewRow]:
    with get_database(Settings(data_dir=data)).session() as session:
        return list(session.scalars(select(ReviewRow).order_by(ReviewRow.id)))


def wait_for(condition, what: str, proc=None, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"the process ended ({proc.returncode}) before {what}: {proc.stdout.read()}")
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_a_retention_run_killed_while_drafting_and_while_waiting_for_review_loses_nothing(
    fault_data: Path, spawn: Spawn, scripted_llm: ScriptedLLM, smtp_sink: SmtpSink
) -> None:
    # 1. SIGKILL inside the fan-out: the model hangs on the first draft, so the process is, for certain,
    # drafting plays when it dies.
    scripted_llm.hang_next(60)
    model = clean_env(
        CS_AGENTS_LLM_PROVIDER="openai",
        OPENAI_BASE_URL=scripted_llm.base_url,
        CS_AGENTS_LLM_TIMEOUT_S="60",
        CS_AGENTS_LLM_MAX_RETRIES="0",
    )
    proc = spawn(*cli("--data-dir", str(fault_data), "retention", "propose", "--as-of", AS_OF), env=model)
    wait_for(lambda: scripted_llm.calls >= 1, "the first play's model call", proc)
    kill_hard(proc)
    assert reviews(fault_data) == []  # nothing was proposed to anyone, nothing is half-recorded
    assert outbox_rows(get_database(Settings(data_dir=fault_data))) == []

    # 2. The run again, through a real server: one play per account, none twice.
    server = start_uvicorn(spawn, fault_data)
    with httpx.Client(base_url=server.url, timeout=60) as http:
        started = http.post("/v1/retention/scan", json={"as_of": AS_OF, "propose": True}, headers=ADMIN)
        assert started.status_code == 200, started.text
        thread_id, review_ids = started.json()["thread_id"], started.json()["review_ids"]
    assert sorted(r.account_id for r in reviews(fault_data)) == NEEDING_PLAY

    # 3. SIGKILL while the plays wait for review; a new process finds them, approves each once.
    kill_hard(server.proc)
    server = start_uvicorn(spawn, fault_data)
    with httpx.Client(base_url=server.url, timeout=60) as http:
        listed = http.get("/v1/reviews", params={"status": "pending"}, headers=REVIEWER).json()
        assert sorted(r["id"] for r in listed) == sorted(review_ids)
        for review_id in review_ids:
            approved = http.post(f"/v1/reviews/{review_id}/approve", headers=REVIEWER)
            assert approved.status_code == 200, approved.text
        again = http.post(f"/v1/reviews/{review_ids[0]}/approve", headers=REVIEWER)
        assert again.status_code == 409
    kill_hard(server.proc)  # once more, between the approvals and the delivery

    with ReviewService(Settings(data_dir=fault_data)) as service:
        assert service.snapshot(WORKFLOW, thread_id).next == ()  # the workflow went on to its end
        assert service.pending() == []
        rows = outbox_rows(service.db)
    assert {r.review_id for r in rows} == set(review_ids)
    emails = sorted(r.subject for r in rows if r.channel == "email")
    assert emails  # the intervention play writes a win-back email

    # 4. The real CLI mails them; a second delivery finds nothing left to send.
    send = cli("--data-dir", str(fault_data), "outbox", "send", "--smtp-host", "127.0.0.1")
    proc = spawn(*send, "--smtp-port", str(smtp_sink.port), "--from", "success@rosterly.example")
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, out
    assert sorted(smtp_sink.subjects()) == emails
    db = get_database(Settings(data_dir=fault_data))
    assert deliver(db, SmtpSender("127.0.0.1", smtp_sink.port, "success@rosterly.example")).sent == []
    assert sorted(smtp_sink.subjects()) == emails


def test_running_a_killed_retention_propose_again_goes_on_with_the_same_plays(
    fault_data: Path, spawn: Spawn, scripted_llm: ScriptedLLM
) -> None:
    scripted_llm.hang_next(60)  # the first play's model call: the process is drafting when it dies
    model = clean_env(
        CS_AGENTS_LLM_PROVIDER="openai",
        OPENAI_BASE_URL=scripted_llm.base_url,
        CS_AGENTS_LLM_TIMEOUT_S="60",
        CS_AGENTS_LLM_MAX_RETRIES="0",  # unscripted calls then fail at once: the offline brain drafts
    )
    propose = cli("--data-dir", str(fault_data), "retention", "propose", "--as-of", AS_OF)
    proc = spawn(*propose, env=model)
    wait_for(lambda: scripted_llm.calls >= 1, "the first play's model call", proc)
    kill_hard(proc)
    assert reviews(fault_data) == []

    for _ in range(2):  # the operator runs it again, and once more to be sure
        again = spawn(*propose, env=model)
        out, _ = again.communicate(timeout=300)
        assert again.returncode == 0, out
        assert "plays waiting" in out
        plays = reviews(fault_data)
        assert sorted(r.account_id for r in plays) == NEEDING_PLAY  # one set: the killed run's, gone on
        assert len({r.thread_id for r in plays}) == 1
