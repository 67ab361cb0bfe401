"""The shared tools, written for the model that reads them, and the lookups and writes the flows make
themselves (`account_summary`, `file_bug_report`, `record_gap`).

The account in scope comes from the authenticated request through the run's config
(`configurable.account_id`); no tool takes an account argument, and a tool asked about a record of
another account refuses.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import tool
from pydantic import BaseModel, Field
from sqlalchemy import select

from agents.context import Services
from cs_agents.db import AccountRow, BugReportRow, KBGapRow, TicketRow


class ScopeError(PermissionError):
    """A tool was asked about data outside the caller's account."""


def _services(config: RunnableConfig) -> Services:
    services: Services = (config.get("configurable") or {})["services"]
    return services


def _account(config: RunnableConfig) -> str | None:
    account: str | None = (config.get("configurable") or {}).get("account_id")
    return account


class SearchArgs(BaseModel):
    query: str = Field(description="the customer's question or the symptoms, in their words")
    k: int = Field(default=5, ge=1, le=10, description="how many articles to return")


def hits_payload(hits: list[Any]) -> list[dict[str, Any]]:
    return [
        {"id": h.id, "title": h.title, "section": h.section, "text": h.text, "type": h.type, "score": h.score}
        for h in hits
    ]


@tool(args_schema=SearchArgs)
def search_kb(query: str, k: int = 5, *, config: RunnableConfig) -> dict[str, Any]:
    """Search the help-centre articles and policies. Returns the best section of each matching article
    (id, title, section, text), a confidence from 0 to 1 and `covered`: false when the confidence is below
    the service's coverage threshold, and the help centre probably does not cover the question. Cite
    articles by id."""
    result = _services(config).kb.search(query, k=k)
    return {"confidence": result.confidence, "covered": result.covered, "articles": hits_payload(result.hits)}


@tool(args_schema=SearchArgs)
def search_known_issues(query: str, k: int = 3, *, config: RunnableConfig) -> dict[str, Any]:
    """Search the known issues (defects engineering knows about) for the symptoms a customer reports.
    Each result says whether the issue is open or fixed; a section whose title contains 'Workaround'
    is what the customer can do meanwhile."""
    result = _services(config).kb.search(query, k=k, doc_type="known_issue")
    return {"confidence": result.confidence, "issues": hits_payload(result.hits)}


@tool
def get_account(*, config: RunnableConfig) -> dict[str, Any]:
    """The customer's own account: name, plan, seats, signup date and main contact. Empty for an
    anonymous visitor."""
    account_id = _account(config)
    if account_id is None:
        return {}
    with _services(config).db.session() as session:
        row = session.get(AccountRow, account_id)
        if row is None:
            return {"id": account_id, "known": False}
        return {
            "id": row.id,
            "name": row.name,
            "plan": row.plan,
            "seats": row.seats,
            "signup_date": row.signup_date.isoformat(),
            "contact_name": row.contact_name,
        }


def account_summary(services: Services, account_id: str | None) -> dict[str, Any]:
    """The account a ticket came from, as the replies address it (empty for an anonymous visitor)."""
    if not account_id:
        return {}
    with services.db.session() as session:
        row = session.get(AccountRow, account_id)
        if row is None:
            return {"id": account_id}
        return {
            "id": row.id,
            "name": row.name,
            "plan": row.plan,
            "seats": row.seats,
            "contact_name": row.contact_name,
        }


class HistoryArgs(BaseModel):
    ticket_id: str | None = Field(default=None, description="one ticket to read; omit for the latest tickets")
    limit: int = Field(default=5, ge=1, le=20)


@tool(args_schema=HistoryArgs)
def get_ticket_history(
    ticket_id: str | None = None, limit: int = 5, *, config: RunnableConfig
) -> list[dict[str, Any]]:
    """The customer's earlier support tickets (subject, date, channel), newest first, or one ticket by id.
    Only tickets of the customer's own account are visible."""
    account_id = _account(config)
    with _services(config).db.session() as session:
        if ticket_id is not None:
            row = session.get(TicketRow, ticket_id)
            if row is None or row.account_id != account_id or account_id is None:
                raise ScopeError(f"ticket {ticket_id} is not one of this customer's tickets")
            rows = [row]
        elif account_id is None:
            return []
        else:
            rows = list(
                session.scalars(
                    select(TicketRow)
                    .where(TicketRow.account_id == account_id)
                    .order_by(TicketRow.created_at.desc().nulls_last())
                    .limit(limit)
                )
            )
        return [
            {
                "id": r.id,
                "subject": r.subject,
                "channel": r.channel,
                "created_at": r.created_at.isoformat() if r.created_at else None,
            }
            for r in rows
        ]


def file_bug_report(
    services: Services, ticket_id: str, account_id: str | None, title: str, details: str, severity: str
) -> str:
    report_id = f"BUG-{uuid.uuid4().hex[:8]}"
    with services.db.session() as session:
        session.add(
            BugReportRow(
                id=report_id,
                ticket_id=ticket_id,
                account_id=account_id,
                title=title[:300],
                details=details,
                severity=severity,
                created_at=datetime.now(UTC),
            )
        )
    return report_id


def record_gap(services: Services, ticket_id: str, question: str, category: str, confidence: float) -> str:
    gap_id = f"GAP-{uuid.uuid4().hex[:8]}"
    with services.db.session() as session:
        session.add(
            KBGapRow(
                id=gap_id,
                ticket_id=ticket_id,
                question=question[:4000],
                category=category,
                confidence=confidence,
                status="open",
                created_at=datetime.now(UTC),
            )
        )
    return gap_id
