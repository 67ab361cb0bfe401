"""What approved drafts turn into: outbox rows, one per message or task, keyed by review and position so a
re-run of the node never duplicates them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select

from agents import marketing
from agents.observability import AccountHealth, Signal
from cs_agents.db import AccountRow, Database
from cs_agents.outbox import enqueue

# What a drafted campaign's checkpoint holds (the onboarding and celebration workflows): the types its
# serializer must know to read a paused review back.
CAMPAIGN_CHECKPOINT_TYPES: tuple[type, ...] = (
    AccountHealth,
    Signal,
    marketing.Campaign,
    marketing.DraftMessage,
    marketing.ChecklistItem,
)
INTERNAL_QUEUES = {"csm_task": "csm", "ae_task": "ae"}
CHANNELS = ("email", "in_app", "csm_task", "ae_task")


def account_record(db: Database, account_id: str) -> dict[str, Any]:
    """The account as the drafting agents read it (flat: contact_name, contact_email ...)."""
    with db.session() as session:
        row = session.get(AccountRow, account_id)
        if row is None:
            raise LookupError(f"unknown account {account_id!r}")
        return {
            "id": row.id,
            "name": row.name,
            "plan": row.plan,
            "seats": row.seats,
            "mrr": row.mrr,
            "signup_date": row.signup_date.isoformat(),
            "industry": row.industry,
            "contact_name": row.contact_name,
            "contact_email": row.contact_email,
        }


def account_records(db: Database, account_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    with db.session() as session:
        ids = list(session.scalars(select(AccountRow.id).where(AccountRow.id.in_(list(account_ids)))))
    return {i: account_record(db, i) for i in ids}


def enqueue_items(
    db: Database,
    review_id: int | None,
    key_prefix: str,
    account: Mapping[str, Any],
    items: Sequence[Mapping[str, Any]],
) -> int:
    """One outbox row per approved message or task; returns how many were new."""
    added = 0
    with db.session() as session:
        for index, item in enumerate(items):
            channel = item["channel"]
            if channel not in CHANNELS:
                raise ValueError(f"unknown channel {channel!r}: use one of {', '.join(CHANNELS)}")
            recipient = INTERNAL_QUEUES.get(channel) or (
                str(account.get("contact_email") or account["id"])
                if channel == "email"
                else str(account["id"])
            )
            subject = str(item.get("subject") or item.get("title") or "")
            added += enqueue(
                session,
                f"{key_prefix}:{review_id}:{index}",
                channel,
                recipient,
                subject,
                str(item.get("body", "")),
                {"account_id": account["id"], **{k: v for k, v in item.items() if k not in ("body",)}},
                review_id=review_id,
            )
    return added


def deliver_messages(
    db: Database, decision: Mapping[str, Any], key_prefix: str, account: Mapping[str, Any]
) -> dict[str, Any]:
    """A reviewed campaign's outcome: rejected, or its approved (or edited) messages queued in the outbox."""
    if decision["type"] == "reject":
        return {"status": "rejected", "reason": decision["message"], "by": decision["decided_by"]}
    messages = decision["args"]["messages"]
    added = enqueue_items(db, decision["review_id"], key_prefix, account, messages)
    return {"status": decision["type"], "queued": added, "by": decision["decided_by"]}
