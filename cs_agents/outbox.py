"""The outbox: the only way anything leaves the system, and only after a reviewer approved it.

Workflow nodes `enqueue` approved messages (a duplicate idempotency key is ignored, so a node that runs
again adds nothing). `deliver` hands pending rows to a `Sender`: by default `OutboxOnlySender`, which
sends nothing and leaves the rows pending for an external system; `SmtpSender` mails `email` rows.

Delivery is at-least-once with an idempotency key, not exactly-once: a row is claimed (for `claim_s`)
before it is sent, so no other deliverer sends it while the claim holds, and a row marked sent is never
sent again. A sender that dies after the server took the message but before the row is marked sent
(SIGKILL, power loss) leaves the row pending; once its claim expires the row is sent again, with the same
Message-ID (derived from the idempotency key), so the receiving side can drop the repeat. Nothing that
talks SMTP can do better: the server's "accepted" and our "sent" cannot be one transaction.
"""

from __future__ import annotations

import hashlib
import logging
import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any, Literal, Protocol, cast, get_args

from pydantic import SecretStr
from sqlalchemy import CursorResult, Insert, func, or_, select, update
from sqlalchemy.orm import Session

from cs_agents.audit import audit
from cs_agents.db import Database, OutboxRow

Channel = Literal["email", "in_app", "csm_task", "ae_task"]
CHANNELS: tuple[Channel, ...] = get_args(Channel)
log = logging.getLogger("cs_agents.outbox")

OutboxStatus = Literal["pending", "sent", "failed"]
OUTBOX_STATUSES: tuple[OutboxStatus, ...] = get_args(OutboxStatus)


def enqueue(
    session: Session,
    key: str,
    channel: Channel,
    recipient: str,
    subject: str,
    body: str,
    payload: dict[str, Any] | None = None,
    *,
    review_id: int | None = None,
) -> bool:
    """Add a message to the caller's unit of work; False if the key is already there (nothing changes).

    Make `key` stable for what is being sent (e.g. `onboarding:<thread>:<step>`), not for when.
    """
    if not key.strip():
        raise ValueError("the idempotency key is empty")
    if channel not in CHANNELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNELS)}, not {channel!r}")
    if not recipient.strip():
        raise ValueError("the recipient is empty")
    values = {
        "idempotency_key": key,
        "review_id": review_id,
        "channel": channel,
        "recipient": recipient,
        "subject": subject,
        "body": body,
        "payload": payload or {},
        "status": "pending",
        "attempts": 0,
        "created_at": datetime.now(UTC),
    }
    # RETURNING, not rowcount: PostgreSQL's insert returns the new id implicitly and reports rowcount -1.
    inserted = session.execute(_insert_ignoring_duplicates(session, values).returning(OutboxRow.id))
    return inserted.scalar_one_or_none() is not None


def _insert_ignoring_duplicates(session: Session, values: dict[str, Any]) -> Insert:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return (
            sqlite_insert(OutboxRow).values(values).on_conflict_do_nothing(index_elements=["idempotency_key"])
        )
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(OutboxRow).values(values).on_conflict_do_nothing(index_elements=["idempotency_key"])
    raise NotImplementedError(f"the outbox supports SQLite and PostgreSQL, not {dialect}")


# --------------------------------------------------------------------------------------------- senders


@dataclass(frozen=True)
class OutboxMessage:
    id: int
    idempotency_key: str
    channel: str
    recipient: str
    subject: str
    body: str
    payload: dict[str, Any]


class DeliveryError(Exception):
    """A message could not be sent this time; it stays pending (until the attempts run out)."""


class Sender(Protocol):
    """Sends outbox messages of some channels; raises `DeliveryError` when one cannot be sent."""

    name: str
    channels: frozenset[str]

    def send(self, message: OutboxMessage) -> None: ...


class OutboxOnlySender:
    """The default: sends nothing. Rows stay pending for an external system to pick up from the table."""

    name = "outbox-only"
    channels: frozenset[str] = frozenset()

    def send(self, message: OutboxMessage) -> None:
        raise DeliveryError("the outbox-only sender sends nothing")


class SmtpSender:
    """Mails `email` rows through an SMTP server (STARTTLS and login optional)."""

    name = "smtp"
    channels: frozenset[str] = frozenset({"email"})

    def __init__(
        self,
        host: str,
        port: int,
        from_addr: str,
        username: str | None = None,
        password: SecretStr | str | None = None,
        starttls: bool = False,
        timeout_s: float = 30.0,
    ) -> None:
        self.host, self.port, self.from_addr = host, port, from_addr
        self.username = username
        self._password = password if isinstance(password, SecretStr | None) else SecretStr(password)
        self.starttls = starttls
        self.timeout_s = timeout_s

    def build(self, message: OutboxMessage) -> EmailMessage:
        email = EmailMessage()
        email["From"] = self.from_addr
        email["To"] = message.recipient
        email["Subject"] = message.subject
        # The same row always gets the same Message-ID, so a receiver can drop a repeat.
        digest = hashlib.sha256(message.idempotency_key.encode()).hexdigest()[:32]
        email["Message-ID"] = f"<{digest}@{self.from_addr.rpartition('@')[2] or 'cs-agents'}>"
        email.set_content(message.body)
        return email

    def send(self, message: OutboxMessage) -> None:
        email = self.build(message)
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout_s) as smtp:
                if self.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if self.username is not None:
                    password = self._password.get_secret_value() if self._password else ""
                    smtp.login(self.username, password)
                smtp.send_message(email)
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"SMTP {self.host}:{self.port}: {exc or type(exc).__name__}") from exc


# -------------------------------------------------------------------------------------------- delivery


@dataclass
class DeliveryReport:
    sender: str
    sent: list[int] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)  # row id -> error (still pending, or failed)
    given_up: list[int] = field(default_factory=list)  # rows marked failed: attempts ran out
    left_pending: int = 0  # pending rows of channels this sender does not handle

    def to_dict(self) -> dict[str, Any]:
        return {
            "sender": self.sender,
            "sent": self.sent,
            "failed": {str(k): v for k, v in self.failed.items()},
            "given_up": self.given_up,
            "left_pending": self.left_pending,
        }


def deliver(
    db: Database, sender: Sender, limit: int = 100, max_attempts: int = 5, claim_s: float = 300.0
) -> DeliveryReport:
    """Send up to `limit` pending rows of the sender's channels, oldest first.

    Each row is claimed first (several deliverers never send the same row), then marked sent, or keeps
    its error and stays pending until `max_attempts` failures mark it failed.
    """
    report = DeliveryReport(sender.name)
    now = datetime.now(UTC)
    channels = sorted(sender.channels)
    with db.session() as session:
        report.left_pending = (
            session.scalar(
                select(func.count())
                .select_from(OutboxRow)
                .where(OutboxRow.status == "pending", OutboxRow.channel.not_in(channels))
            )
            or 0
        )
        ids = list(
            session.scalars(
                select(OutboxRow.id)
                .where(OutboxRow.status == "pending", OutboxRow.channel.in_(channels), _unclaimed(now))
                .order_by(OutboxRow.id)
                .limit(limit)
            )
        )
    for row_id in ids:
        message = _claim(db, row_id, claim_s, max_attempts, sender, report)
        if message is None:
            continue  # another deliverer has it, or its attempts ran out
        try:
            sender.send(message)
        except DeliveryError as exc:
            _record_failure(db, sender, row_id, str(exc), max_attempts, report)
        except Exception as exc:
            log.exception("sender %s failed on outbox row %s", sender.name, row_id)
            _record_failure(db, sender, row_id, f"{type(exc).__name__}: {exc}", max_attempts, report)
        else:
            with db.session() as session:
                session.execute(
                    update(OutboxRow)
                    .where(OutboxRow.id == row_id)
                    .values(status="sent", sent_at=datetime.now(UTC), claimed_until=None, last_error=None)
                )
                row = session.get_one(OutboxRow, row_id)
                audit(
                    session, sender.name, "outbox.sent", row.review_id, outbox_id=row_id, channel=row.channel
                )
            report.sent.append(row_id)
    return report


def _unclaimed(now: datetime) -> Any:
    return or_(OutboxRow.claimed_until.is_(None), OutboxRow.claimed_until < now)


def _claim(
    db: Database, row_id: int, claim_s: float, max_attempts: int, sender: Sender, report: DeliveryReport
) -> OutboxMessage | None:
    now = datetime.now(UTC)
    with db.session() as session:
        # Claimed `max_attempts` times with no outcome recorded: each sender holding it died (a crash on
        # this message, a kill). Sending it again would only repeat that, forever; it is given up.
        exhausted = session.execute(
            update(OutboxRow)
            .where(
                OutboxRow.id == row_id,
                OutboxRow.status == "pending",
                _unclaimed(now),
                OutboxRow.attempts >= max_attempts,
            )
            .values(
                status="failed",
                claimed_until=None,
                last_error=f"no outcome after {max_attempts} attempts: the sender stopped while sending it",
            )
        )
        if cast(CursorResult[Any], exhausted).rowcount:
            row = session.get_one(OutboxRow, row_id)
            audit(
                session,
                sender.name,
                "outbox.failed",
                row.review_id,
                outbox_id=row_id,
                attempts=row.attempts,
                error=row.last_error,
            )
            report.given_up.append(row_id)
            report.failed[row_id] = str(row.last_error)
            return None
        claimed = session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == row_id, OutboxRow.status == "pending", _unclaimed(now))
            .values(claimed_until=now + timedelta(seconds=claim_s), attempts=OutboxRow.attempts + 1)
        )
        if not cast(CursorResult[Any], claimed).rowcount:
            return None
        row = session.get_one(OutboxRow, row_id)
        return OutboxMessage(
            row.id, row.idempotency_key, row.channel, row.recipient, row.subject, row.body, dict(row.payload)
        )


def _record_failure(
    db: Database, sender: Sender, row_id: int, error: str, max_attempts: int, report: DeliveryReport
) -> None:
    with db.session() as session:
        row = session.get_one(OutboxRow, row_id)
        row.last_error = error
        row.claimed_until = None
        if row.attempts >= max_attempts:
            row.status = "failed"
            report.given_up.append(row_id)
        audit(
            session,
            sender.name,
            "outbox.failed" if row.status == "failed" else "outbox.retry",
            row.review_id,
            outbox_id=row_id,
            attempts=row.attempts,
            error=error,
        )
    report.failed[row_id] = error


def outbox_rows(db: Database, status: OutboxStatus | None = None, limit: int = 500) -> list[OutboxRow]:
    """Rows newest first, optionally of one status."""
    query = select(OutboxRow).order_by(OutboxRow.id.desc()).limit(limit)
    if status is not None:
        query = query.where(OutboxRow.status == status)
    with db.session() as session:
        return list(session.scalars(query))
