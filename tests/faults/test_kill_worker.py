"""SIGKILL and the worker: a `cs-agents worker` killed while it drafts, and a `serve` process running the
worker killed after it drafted. The next worker finishes the job cut short once its lease ends; nothing is
drafted twice, and every draft still waits for review."""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import select

from cs_agents.db import OutboxRow, ReviewRow, WorkerJobRow, get_database
from cs_agents.models import Account
from cs_agents.records import upsert_accounts
from cs_agents.settings import Settings
from tests.api.conftest import ADMIN, AS_OF
from tests.fakes.openai_server import ScriptedLLM
from tests.faults.conftest import Spawn, cli, kill_hard, start_uvicorn
from tests.faults.test_kill_retention import wait_for
from tests.net import clean_env

LEASE_S = 2


def rows(data: Path) -> tuple[list[ReviewRow], dict[str, WorkerJobRow]]:
    with get_database(Settings(data_dir=data)).session() as session:
        assert list(session.scalars(select(OutboxRow))) == []  # nothing leaves before approval
        reviews = list(session.scalars(select(ReviewRow).order_by(ReviewRow.id)))
        return reviews, {j.key: j for j in session.scalars(select(WorkerJobRow))}


def test_a_worker_killed_while_drafting_leaves_its_job_to_the_next_one(
    fault_data: Path, spawn: Spawn, scripted_llm: ScriptedLLM
) -> None:
    # The model hangs on the first draft (the signup's onboarding campaign, after the scan): the process
    # is, for certain, inside a job when it dies.
    scripted_llm.hang_next(60)
    model = clean_env(
        CS_AGENTS_LLM_PROVIDER="openai",
        OPENAI_BASE_URL=scripted_llm.base_url,
        CS_AGENTS_LLM_TIMEOUT_S="60",
        CS_AGENTS_WORKER_LEASE_S=str(LEASE_S),
    )
    once = cli("--data-dir", str(fault_data), "worker", "--once", "--as-of", AS_OF)
    proc = spawn(*once, "--name", "doomed", env=model)
    wait_for(lambda: scripted_llm.calls >= 1, "the first draft's model call", proc)
    kill_hard(proc)
    reviews, jobs = rows(fault_data)
    assert reviews == []
    held = jobs["onboarding:acc_new"]
    assert (held.status, held.claimed_by, held.attempts) == ("running", "doomed", 1)

    time.sleep(LEASE_S)  # the dead worker's lease runs out
    again = spawn(*once, "--name", "next", env=clean_env(CS_AGENTS_WORKER_LEASE_S=str(LEASE_S)))
    out, _ = again.communicate(timeout=300)
    assert again.returncode == 0, out
    reviews, jobs = rows(fault_data)
    assert Counter((r.workflow, r.account_id) for r in reviews) == {
        ("onboarding", "acc_new"): 1,
        ("milestone", "acc_a"): 1,
        ("milestone", "acc_new"): 1,
        ("retention", "acc_a"): 1,
        ("retention", "acc_b"): 1,
    }
    assert {r.status for r in reviews} == {"pending"}
    finished = jobs["onboarding:acc_new"]
    assert (finished.status, finished.claimed_by, finished.attempts) == ("done", "next", 2)
    assert {j.status for j in jobs.values()} == {"done"}


def test_serve_with_the_worker_drafts_for_a_signup_once_across_a_kill(fault_data: Path, spawn: Spawn) -> None:
    today = datetime.now(UTC).date()
    signup = Account(id="acc_today", name="Dawn Bakery", plan="pro", seats=5, signup_date=today)
    with get_database(Settings(data_dir=fault_data)).session() as session:
        upsert_accounts(session, [(1, signup)])
    worker = {"CS_AGENTS_WORKER_ENABLED": "true", "CS_AGENTS_WORKER_POLL_S": "0.2"}
    worker |= {"CS_AGENTS_WORKER_SCAN_AT": "00:00", "CS_AGENTS_WORKER_LEASE_S": str(LEASE_S)}

    def onboarding_reviews(url: str) -> list[dict[str, object]]:
        listed = httpx.get(f"{url}/v1/reviews", params={"status": "pending"}, headers=ADMIN, timeout=30)
        assert listed.status_code == 200, listed.text
        return [r for r in listed.json() if r["account_id"] == "acc_today" and r["kind"] == "campaign"]

    server = start_uvicorn(spawn, fault_data, **worker)
    wait_for(lambda: onboarding_reviews(server.url), "the signup's onboarding campaign", server.proc)
    wait_for(lambda: rows(fault_data)[1].get(f"scan:{today}") is not None, "the daily scan", server.proc)
    kill_hard(server.proc)

    time.sleep(LEASE_S)  # a job the kill cut short is free again
    server = start_uvicorn(spawn, fault_data, **worker)
    wait_for(
        lambda: all(j.status == "done" for j in rows(fault_data)[1].values()), "every job done", server.proc
    )
    [campaign] = onboarding_reviews(server.url)
    assert "Dawn Bakery" in str(campaign["title"])
    reviews, jobs = rows(fault_data)
    drafted = [i for j in jobs.values() for i in (j.result or {}).get("reviews", [])]
    assert sorted(r.id for r in reviews) == sorted(drafted)  # each review is one job's, none twice
    assert {r.status for r in reviews} == {"pending"}
    assert "onboarding:acc_today" in jobs
