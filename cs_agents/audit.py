"""The audit log: who did what and when (review decisions, deliveries)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cs_agents.db import AuditLogRow


def audit(
    session: Session, actor: str, action: str, review_id: int | None = None, **details: Any
) -> AuditLogRow:
    """Add an audit entry to the caller's unit of work (it commits with the change it records)."""
    row = AuditLogRow(at=datetime.now(UTC), actor=actor, action=action, review_id=review_id, details=details)
    session.add(row)
    return row


def audit_trail(session: Session, review_id: int | None = None) -> list[AuditLogRow]:
    """Entries oldest first, for one review or all."""
    query = select(AuditLogRow).order_by(AuditLogRow.id)
    if review_id is not None:
        query = query.where(AuditLogRow.review_id == review_id)
    return list(session.scalars(query))
