"""Delivering the outbox: a real SMTP server on a loopback port (aiosmtpd), a closed port, the default."""

from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from cs_agents.audit import audit_trail
from cs_agents.outbox import OutboxOnlySender, SmtpSender, deliver, enqueue, outbox_rows
from graph.reviews_service import ReviewService
from tests.integration.review_demo import WORKFLOW, demo_input
from tests.net import free_port


@dataclass
class Collector:
    messages: list[tuple[str, list[str], Message]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(
            (envelope.mail_from, list(envelope.rcpt_tos), message_from_bytes(envelope.content))
        )
        return "250 Message accepted for delivery"


@dataclass
class SmtpServer:
    host: str
    port: int
    inbox: Collector


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    collector = Collector()
    controller = Controller(collector, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield SmtpServer("127.0.0.1", controller.port, collector)
    finally:
        controller.stop()


def add(db, key: str, channel: str = "email", recipient: str = "maya@brightside.example") -> None:
    with db.session() as session:
        enqueue(session, key, channel, recipient, f"Subject {key}", f"Body of {key}.", {"k": key})  # type: ignore[arg-type]


def test_smtp_sender_mails_email_rows_once_and_leaves_other_channels(db, smtp_server):
    add(db, "m1")
    add(db, "t1", channel="csm_task", recipient="csm:jordan")
    sender = SmtpSender(smtp_server.host, smtp_server.port, "success@shiftly.example")

    report = deliver(db, sender)

    assert (len(report.sent), report.failed, report.left_pending) == (1, {}, 1)
    ((mail_from, rcpt, message),) = smtp_server.inbox.messages
    assert (mail_from, rcpt) == ("success@shiftly.example", ["maya@brightside.example"])
    assert message["Subject"] == "Subject m1" and message.get_payload().strip() == "Body of m1."
    assert message["Message-ID"].endswith("@shiftly.example>")
    rows = {r.idempotency_key: r for r in outbox_rows(db)}
    assert (rows["m1"].status, rows["m1"].attempts, rows["m1"].sent_at is not None) == ("sent", 1, True)
    assert rows["t1"].status == "pending"

    again = deliver(db, sender)  # a sent row is never sent again
    assert again.sent == [] and len(smtp_server.inbox.messages) == 1
    with db.session() as session:
        assert [a.action for a in audit_trail(session)] == ["outbox.sent"]


def test_a_closed_smtp_port_records_the_error_and_leaves_the_row_pending(db):
    add(db, "m1")
    port = free_port()  # nothing listens there
    sender = SmtpSender("127.0.0.1", port, "success@shiftly.example", timeout_s=5)

    report = deliver(db, sender, max_attempts=2)

    (row,) = outbox_rows(db)
    assert (row.status, row.attempts, row.sent_at) == ("pending", 1, None)
    assert f"SMTP 127.0.0.1:{port}" in (row.last_error or "") and report.failed == {row.id: row.last_error}

    deliver(db, sender, max_attempts=2)  # the attempts run out: failed, and no longer picked up
    (row,) = outbox_rows(db)
    assert (row.status, row.attempts) == ("failed", 2)
    assert deliver(db, sender, max_attempts=2).failed == {}


def test_the_default_sender_sends_nothing_and_leaves_rows_for_an_external_system(db):
    add(db, "m1")
    add(db, "t1", channel="ae_task", recipient="ae:sam")

    report = deliver(db, OutboxOnlySender())

    assert (report.sent, report.failed, report.left_pending) == ([], {}, 2)
    assert {r.status for r in outbox_rows(db)} == {"pending"}


def test_an_approved_review_reaches_the_mail_server_edited(settings, smtp_server):
    with ReviewService(settings) as service:
        (review,) = service.start(WORKFLOW, "batch-1", demo_input("batch-1", "acme")).reviews
        service.decide(
            review.id, "edit", "ana", edited_args={**review.action["args"], "subject": "Hello acme"}
        )

        report = service.deliver(SmtpSender(smtp_server.host, smtp_server.port, "success@shiftly.example"))

    assert len(report.sent) == 1
    ((_, rcpt, message),) = smtp_server.inbox.messages
    assert rcpt == ["owner@acme.example"] and message["Subject"] == "Hello acme"


@dataclass
class PoisonSender:
    """Sends every email except one whose subject its code cannot handle (a bug, not a DeliveryError)."""

    name: str = "poison-test"
    channels: frozenset[str] = frozenset({"email"})
    sent: list[str] = field(default_factory=list)

    def send(self, message: Any) -> None:
        if "poison" in message.subject:
            raise RuntimeError("the sender cannot encode this subject")
        self.sent.append(message.subject)


def test_a_sender_failing_on_one_message_goes_on_and_gives_it_up_after_the_attempts(db):
    add(db, "poison-1")
    add(db, "m2")
    sender = PoisonSender()
    first = deliver(db, sender, max_attempts=3)
    assert sender.sent == ["Subject m2"]  # the message after it still left
    assert "RuntimeError" in first.failed[outbox_rows(db, "pending")[0].id]
    for _ in range(2):
        deliver(db, sender, max_attempts=3)
    [failed] = outbox_rows(db, "failed")
    assert failed.idempotency_key == "poison-1" and failed.attempts == 3
    assert deliver(db, sender, max_attempts=3).failed == {}  # not tried again


class Killed(BaseException):
    """What the sender's process meets in the middle of a send: it ends, no outcome is recorded."""


@dataclass
class DyingSender:
    name: str = "dying-test"
    channels: frozenset[str] = frozenset({"email"})
    calls: int = 0

    def send(self, message: Any) -> None:
        self.calls += 1
        raise Killed


def test_a_message_whose_sender_dies_each_time_is_given_up_not_retried_forever(db):
    add(db, "m-crash")
    sender = DyingSender()
    for _ in range(3):  # three processes, each claiming it and dying (claims expire at once here)
        with pytest.raises(Killed):
            deliver(db, sender, max_attempts=3, claim_s=0)
    report = deliver(db, sender, max_attempts=3, claim_s=0)
    assert sender.calls == 3  # the fourth run gave it up instead of sending it again
    [failed] = outbox_rows(db, "failed")
    assert report.given_up == [failed.id] and "no outcome after 3 attempts" in (failed.last_error or "")
    with db.session() as session:
        assert [e.action for e in audit_trail(session) if e.action.startswith("outbox.")] == ["outbox.failed"]
