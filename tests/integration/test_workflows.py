"""The proactive workflows on the sample product: draft → review (interrupt) → outbox or knowledge base."""

import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from agents.documentation import record_unanswered
from cs_agents.db import AuditLogRow, OutboxRow
from graph import knowledge_gaps, onboarding, retention
from graph.reviews_service import ReviewAlreadyDecided, ReviewService

AS_OF = "2026-11-15"


@pytest.fixture
def service(sample_settings):
    with ReviewService(sample_settings) as s:
        yield s


def outbox(service, review_id):
    with service.db.session() as s:
        return list(
            s.scalars(select(OutboxRow).where(OutboxRow.review_id == review_id).order_by(OutboxRow.id))
        )


def test_onboarding_campaign_waits_for_review_then_goes_to_the_outbox(service):
    started = service.start(
        onboarding.WORKFLOW, f"t-onb-{uuid.uuid4().hex[:6]}", {"account_id": "acc_066", "as_of": AS_OF}
    )
    [review] = started.reviews
    assert review.status == "pending" and review.kind == "campaign"
    assert outbox(service, review.id) == []  # nothing leaves before approval
    request = review.payload["action_requests"][0]
    assert request["name"] == "send_onboarding_campaign"
    assert review.payload["review_configs"][0]["allowed_decisions"] == ["approve", "edit", "reject"]
    days = [m["day"] for m in request["args"]["messages"]]
    assert days == [1, 3, 7]  # acc_066 is on a starter plan: no CSM check-ins

    service.decide(review.id, "approve", actor="maya")
    rows = outbox(service, review.id)
    assert [r.channel for r in rows] == ["email", "email", "email"]
    assert all(r.recipient.endswith(".example") for r in rows)


def test_retention_plays_fan_out_one_review_each_and_honour_edits_and_rejections(service):
    started = service.start(
        retention.WORKFLOW, f"t-ret-{uuid.uuid4().hex[:6]}", {"as_of": AS_OF, "account_ids": None, "limit": 3}
    )
    reviews = started.reviews
    assert len(reviews) == 3
    assert {r.kind for r in reviews} == {"play"}
    first, second, third = reviews

    args = first.payload["action_requests"][0]["args"]
    email = next(i for i, a in enumerate(args["actions"]) if a["channel"] == "email")
    args["actions"][email]["subject"] = "A quick call this week?"
    service.decide(first.id, "edit", actor="maya", edited_args=args)
    service.decide(second.id, "reject", actor="maya", reason="already in talks with the AE")
    with pytest.raises(ReviewAlreadyDecided, match="already rejected by maya"):
        service.decide(second.id, "approve", actor="tom")

    sent = outbox(service, first.id)
    assert len(sent) == len(args["actions"])
    assert any(r.subject == "A quick call this week?" for r in sent)
    assert outbox(service, second.id) == []
    assert service.get(third.id).status == "pending"  # the others still wait
    with service.db.session() as s:
        audit = s.scalars(select(AuditLogRow).where(AuditLogRow.review_id == first.id)).all()
    assert any("subject" in json.dumps(a.details) for a in audit)


def test_a_knowledge_gap_becomes_a_published_article_after_approval(service, runner):
    question = "How do we split the pooled tips between bartenders by the hours they worked?"
    record_unanswered(runner.services, "T-gap-1", question, "how_to", 0.1)
    started = service.start(knowledge_gaps.WORKFLOW, f"t-gap-{uuid.uuid4().hex[:6]}", {"limit": 1})
    [review] = started.reviews
    article = review.payload["action_requests"][0]["args"]
    article.update(
        id="tip-pooling",
        title="Split pooled tips by hours worked",
        tags=["tips", "tip pool"],
        body="# Split pooled tips by hours worked\n\n## Steps\n\n1. Open **Timesheets > Tips**.\n"
        "2. Enter the tip pool: it is split by approved hours.",
    )
    service.decide(review.id, "edit", actor="docs", edited_args=article)
    # the next similar ticket finds it
    hits = runner.services.kb.search("can Rosterly split our tip pool by hours worked?", k=3).hits
    assert "tip-pooling" in [h.id for h in hits]


def test_a_pending_review_survives_the_process_that_drafted_it(sample_settings):
    """Draft in one process, approve in another: the review and its draft come from disk."""
    exe = [str(Path(sys.executable).parent / "cs-agents"), "--data-dir", str(sample_settings.data_dir)]
    drafted = subprocess.run(
        [*exe, "onboarding", "draft", "acc_065", "--as-of", AS_OF, "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert drafted.returncode == 0, drafted.stderr
    [review_id] = json.loads(drafted.stdout)["reviews"]
    approved = subprocess.run(
        [*exe, "reviews", "approve", str(review_id), "--by", "maya"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert approved.returncode == 0, approved.stderr + approved.stdout
    listed = json.loads(
        subprocess.run([*exe, "outbox", "list", "--json"], capture_output=True, text=True, timeout=300).stdout
    )
    assert sum(1 for row in listed if row["review_id"] == review_id) >= 3
