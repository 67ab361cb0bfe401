"""SIGKILL of a sender in the middle of SMTP delivery (the mail server has the message, the sender dies
before it hears "accepted" or marks the row sent).

The outbox's contract, documented in cs_agents/outbox.py: a row is claimed before it is sent, so while
the claim holds no other deliverer sends it again; once the dead sender's claim expires, the row is sent
again (at-least-once) with the same Message-ID, derived from its idempotency key, so the receiving side
can drop the repeat. A row marked sent is never sent again."""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime

from cs_agents.db import Database
from cs_agents.outbox import SmtpSender, deliver, enqueue, outbox_rows
from cs_agents.settings import Settings
from tests.faults.conftest import SmtpSink, Spawn, kill_hard

CLAIM_S = 2.0  # the killed sender's claim: short, so its expiry is part of the test
SENDER = """
import sys
from cs_agents.db import get_database
from cs_agents.outbox import SmtpSender, deliver
from cs_agents.settings import Settings
db = get_database(Settings(data_dir=sys.argv[1]))
deliver(db, SmtpSender("127.0.0.1", int(sys.argv[2]), "success@rosterly.example"), claim_s=float(sys.argv[3]))
"""


def add(db: Database, key: str) -> None:
    with db.session() as session:
        enqueue(session, key, "email", "maya@brightside.example", f"Subject {key}", f"Body of {key}.")


def test_a_sender_killed_mid_delivery_never_sends_twice_while_its_claim_holds(
    settings: Settings, db: Database, spawn: Spawn, smtp_sink: SmtpSink
) -> None:
    add(db, "m1")
    add(db, "m2")
    smtp_sink.hold.clear()  # the sink keeps m1 and withholds its "250"
    proc = spawn(sys.executable, "-c", SENDER, str(settings.data_dir), str(smtp_sink.port), str(CLAIM_S))
    deadline = time.monotonic() + 60
    while not smtp_sink.holding.is_set():
        assert proc.poll() is None and time.monotonic() < deadline, "the sender never reached DATA"
        time.sleep(0.02)
    kill_hard(proc)
    smtp_sink.hold.set()

    m1, m2 = sorted(outbox_rows(db), key=lambda r: r.id)
    assert (m1.status, m1.attempts, m1.sent_at) == ("pending", 1, None)  # the dead sender's claim
    assert m1.claimed_until is not None and m2.attempts == 0
    sender = SmtpSender("127.0.0.1", smtp_sink.port, "success@rosterly.example")

    report = deliver(db, sender)  # another deliverer, while the claim holds: m2 only

    assert report.sent == [m2.id]
    assert smtp_sink.subjects() == ["Subject m1", "Subject m2"]  # m1 once

    claimed_until = m1.claimed_until.replace(tzinfo=m1.claimed_until.tzinfo or UTC)
    while datetime.now(UTC) <= claimed_until:  # the dead sender's claim runs out
        time.sleep(0.05)
    report = deliver(db, sender)  # the documented at-least-once: m1 again, under the same Message-ID

    assert report.sent == [m1.id]
    first, _, again = smtp_sink.messages
    assert (first["Subject"], again["Subject"]) == ("Subject m1", "Subject m1")
    assert first["Message-ID"] == again["Message-ID"]  # the receiver's key to drop the repeat
    assert {r.status for r in outbox_rows(db)} == {"sent"}
    assert deliver(db, sender).sent == [] and len(smtp_sink.messages) == 3  # sent rows never go again
