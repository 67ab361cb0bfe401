"""The worker end to end on the small product (three accounts, the fixture knowledge base), on SQLite: the
daily scan's plays, a signup's onboarding campaign, a milestone's celebration and a limit's expansion play
are each drafted once and wait for review; a job cut short by a dead worker is finished without a second
draft; a failing job is retried, then given up, without stopping the others."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from agents.context import Services
from cs_agents.cli import app
from cs_agents.db import Database, OutboxRow, ReviewRow, WorkerJobRow, get_database
from cs_agents.jobs import add_jobs, claim_job
from cs_agents.models import Event
from cs_agents.records import insert_events
from cs_agents.settings import Settings
from graph import onboarding
from graph.runtime import review_service
from graph.worker import PassReport, Worker, onboarding_job, thread_id
from tests.api.conftest import AS_OF, data_dir, product_dir  # noqa: F401 - session fixtures reused

DAY = date.fromisoformat(AS_OF)


@pytest.fixture
def settings(data_dir: Path, tmp_path: Path) -> Settings:  # noqa: F811 - the imported session fixture
    """A private copy of the loaded small product."""
    target = tmp_path / "data"
    shutil.copytree(data_dir, target)
    return Settings(data_dir=target, worker_retry_s=0, worker_max_attempts=2)


@contextmanager
def worker(settings: Settings, name: str = "w1", as_of: date = DAY) -> Iterator[Worker]:
    services = Services.build(settings)
    with review_service(services) as reviews:
        yield Worker(services, reviews, name, as_of)


def add_event(db: Database, account: str, name: str, when: str, **properties: str) -> None:
    ts = datetime.fromisoformat(when).replace(tzinfo=UTC)
    ev = Event(
        event_id=f"{account}-{name}-{when}",
        account_id=account,
        user_id="u9",
        name=name,
        timestamp=ts,
        properties=properties,
    )
    with db.session() as session:
        assert insert_events(session, [(1, ev)]).loaded == 1


def drafts(db: Database) -> list[tuple[str, str | None, str]]:
    """(workflow, account, action) of every review, and every review must still be pending."""
    with db.session() as session:
        rows = list(session.scalars(select(ReviewRow).order_by(ReviewRow.id)))
    assert {r.status for r in rows} <= {"pending"}
    return sorted((r.workflow, r.account_id, r.payload["action_requests"][0]["name"]) for r in rows)


def jobs(db: Database) -> dict[str, str]:
    with db.session() as session:
        return {r.key: r.status for r in session.scalars(select(WorkerJobRow))}


def outbox(db: Database) -> list[OutboxRow]:
    with db.session() as session:
        return list(session.scalars(select(OutboxRow)))


def test_one_pass_drafts_each_thing_once_and_everything_waits_for_review(settings: Settings) -> None:
    db = get_database(settings)
    add_event(db, "acc_new", "limit_reached", "2026-11-14T12:00:00", limit="seats")
    with worker(settings) as w:
        report = w.run_pass()
    assert report.failed == []
    assert drafts(db) == [
        ("milestone", "acc_a", "send_milestone_campaign"),  # active 3 of the last 4 weeks since 11-09
        ("milestone", "acc_new", "send_milestone_campaign"),  # profile completed on 11-11
        ("onboarding", "acc_new", "send_onboarding_campaign"),  # signed up on 11-10
        ("retention", "acc_a", "run_retention_play"),  # the daily scan
        ("retention", "acc_b", "run_retention_play"),
        ("retention", "acc_new", "run_retention_play"),  # the limit, and the scan: one play
    ]
    with db.session() as session:
        plays = {
            r.account_id: r.payload["action_requests"][0]["args"]["play"]
            for r in session.scalars(select(ReviewRow).where(ReviewRow.kind == "play"))
        }
        celebrations = session.scalars(select(ReviewRow).where(ReviewRow.workflow == "milestone")).all()
    assert plays["acc_new"] == "expansion"
    assert sorted(r.payload["action_requests"][0]["args"]["milestone"] for r in celebrations) == [
        "active_3_of_4_weeks",
        "profile_completed",
    ]
    assert jobs(db) == {
        f"scan:{AS_OF}": "done",
        "onboarding:acc_new": "done",
        "milestone:acc_a:active_3_of_4_weeks": "done",
        "milestone:acc_new:profile_completed": "done",  # acc_a's three active users date from 11-03: old
        f"play:acc_a:{AS_OF}": "done",
        f"play:acc_b:{AS_OF}": "done",
        f"play:acc_new:{AS_OF}": "done",
    }
    assert outbox(db) == []  # nothing leaves before a person approves

    with worker(settings, "w2") as again:  # another worker, the same day: nothing new
        assert again.run_pass() == PassReport(DAY)
    with worker(settings, "w2", date(2026, 11, 16)) as next_day:
        report = next_day.run_pass()
    assert report.queued == ["scan:2026-11-16"]
    assert len(drafts(db)) == 6  # each account's play still waits for review: no second one
    with db.session() as session:
        skipped = session.scalars(
            select(WorkerJobRow).where(WorkerJobRow.key.like("play:%:2026-11-16"))
        ).all()
    assert skipped and all(str(j.result and j.result["summary"]).startswith("skipped") for j in skipped)


def test_new_events_start_celebrations_and_plays_but_history_does_not(settings: Settings) -> None:
    db = get_database(settings)
    with worker(settings) as w:
        w.run_pass()
        before = drafts(db)
        add_event(db, "acc_new", "key_action", "2026-11-15T09:00:00")  # news: a milestone today
        add_event(db, "acc_b", "key_action", "2026-10-01T09:00:00")  # history: reached weeks ago
        add_event(db, "acc_b", "limit_reached", "2026-10-20T09:00:00", limit="seats")  # history too
        report = w.run_pass()
    assert report.queued == ["milestone:acc_new:key_action"]
    assert drafts(db) == sorted([*before, ("milestone", "acc_new", "send_milestone_campaign")])


def test_a_job_whose_worker_died_after_drafting_is_finished_without_a_second_draft(
    settings: Settings,
) -> None:
    db = get_database(settings)
    with worker(settings, "dead") as dead:
        add_jobs(db, [onboarding_job("acc_new", DAY)])
        job = claim_job(db, "dead", lease_s=0, max_attempts=5)  # its lease is over at once
        assert job is not None
        first = dead.reviews.start(
            onboarding.WORKFLOW, thread_id(job), {"account_id": "acc_new", "as_of": AS_OF}
        )
        # ... and the process dies here, before the job is marked done
    with worker(settings, "w2") as w:
        report = w.run_pass()
    assert "onboarding:acc_new" in report.done
    with db.session() as session:
        campaigns = session.scalars(select(ReviewRow).where(ReviewRow.workflow == onboarding.WORKFLOW)).all()
        done = session.scalars(select(WorkerJobRow).where(WorkerJobRow.key == "onboarding:acc_new")).one()
    assert [r.id for r in campaigns] == [r.id for r in first.reviews]
    assert (done.attempts, done.result and done.result["reviews"]) == (2, [first.reviews[0].id])


def test_a_failing_job_is_retried_then_given_up_and_the_others_still_run(settings: Settings) -> None:
    db = get_database(settings)
    add_jobs(db, [onboarding_job("acc_gone", DAY)])  # no such account: its draft fails every time
    with worker(settings) as w:
        report = w.run_pass()
    assert report.failed == ["onboarding:acc_gone", "onboarding:acc_gone"]  # worker_max_attempts=2
    with db.session() as session:
        gone = session.scalars(select(WorkerJobRow).where(WorkerJobRow.key == "onboarding:acc_gone")).one()
    assert (gone.status, gone.attempts) == ("failed", 2) and gone.last_error
    assert ("onboarding", "acc_new", "send_onboarding_campaign") in drafts(db)


def test_the_command_runs_one_pass_and_refuses_bad_settings(settings: Settings, monkeypatch) -> None:
    runner = CliRunner()
    data = str(settings.data_dir)
    done = runner.invoke(app, ["--data-dir", data, "worker", "--once", "--as-of", AS_OF])
    assert done.exit_code == 0, done.output
    summary = f"{AS_OF}: 6 jobs done, 0 failed (4 new ones found by this pass); all jobs by status: done 6"
    assert summary in done.output
    assert len(drafts(get_database(settings))) == 5

    bad_day = runner.invoke(app, ["--data-dir", data, "worker", "--once", "--as-of", "15/11/2026"])
    assert bad_day.exit_code == 2 and "--as-of must be a date like 2026-11-15" in bad_day.output
    monkeypatch.setenv("CS_AGENTS_WORKER_SCAN_AT", "6am")
    bad_time = runner.invoke(app, ["--data-dir", data, "worker", "--once"])
    assert bad_time.exit_code == 2
    assert "CS_AGENTS_WORKER_SCAN_AT must be a time of day in UTC like 06:00" in bad_time.output


def test_an_approved_celebration_goes_to_the_outbox_and_only_then(settings: Settings) -> None:
    db = get_database(settings)
    with worker(settings) as w:
        w.run_pass()
        with db.session() as session:
            review = session.scalars(
                select(ReviewRow).where(ReviewRow.workflow == "milestone", ReviewRow.account_id == "acc_new")
            ).one()
        assert outbox(db) == []
        args = review.payload["action_requests"][0]["args"]
        args["messages"][0]["subject"] = "Your profile is done, Ines!"
        w.reviews.decide(review.id, "edit", actor="maya", edited_args=args)
    sent = outbox(db)
    assert sorted(r.channel for r in sent) == ["email", "in_app"]
    assert {r.review_id for r in sent} == {review.id}
    assert "Your profile is done, Ines!" in [r.subject for r in sent]
    assert next(r for r in sent if r.channel == "email").recipient == "ines@freshstart.example"
