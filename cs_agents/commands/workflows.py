"""Starting the reviewable workflows: onboarding drafts, retention plays, knowledge-gap articles.

Each run ends at its reviews: `cs-agents reviews list` shows them, approve/reject resumes the workflow."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Any

import typer
from rich.console import Console

from cs_agents.settings import Settings

onboarding_app = typer.Typer(
    no_args_is_help=True, help="Onboarding campaigns (SPEC section 5), drafted for review."
)
gaps_app = typer.Typer(no_args_is_help=True, help="Knowledge gaps: draft articles for unanswered questions.")
out = Console()
err = Console(stderr=True)


def _day(value: str | None) -> date:
    if value is None:
        return datetime.now(UTC).date()
    try:
        return date.fromisoformat(value)
    except ValueError:
        err.print(f"[red]error:[/red] --as-of must be a date like 2026-11-15, not {value!r}")
        raise typer.Exit(2) from None


def _start(settings: Settings, workflow: str, thread_id: str, state: dict[str, Any]) -> Any:
    from graph.reviews_service import ReviewService

    with ReviewService(settings) as service:
        return service.start(workflow, thread_id, state)


@onboarding_app.command("draft")
def onboarding_draft(
    ctx: typer.Context,
    account_id: Annotated[str, typer.Argument(help="the account to draft the campaign for")],
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="milestones as of this day (default today)")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Draft the onboarding campaign for an account and queue it for review."""
    from graph import onboarding
    from graph.delivery import account_record

    settings: Settings = ctx.obj
    day = _day(as_of)
    from cs_agents.db import get_database

    try:
        account_record(get_database(settings), account_id)
    except LookupError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    result = _start(
        settings,
        onboarding.WORKFLOW,
        f"onboarding-{account_id}-{uuid.uuid4().hex[:8]}",
        {"account_id": account_id, "as_of": day.isoformat()},
    )
    campaign = result.values["campaign"]
    if as_json:
        out.print_json(
            json.dumps(
                {"campaign": campaign.model_dump(mode="json"), "reviews": [r.id for r in result.reviews]}
            )
        )
        return
    for message in campaign.messages:
        out.print(f"[bold]day {message.day} · {message.channel}[/bold] — {message.subject}")
        out.print(message.body, markup=False, highlight=False)
        out.print()
    out.print("[bold]checklist[/bold]")
    for item in campaign.checklist:
        help_text = f" → {item.help_title} [{item.help_article}]" if item.help_article else ""
        out.print(f"  [{'x' if item.done else ' '}] {item.label or item.milestone}{help_text}", markup=False)
    for review in result.reviews:
        out.print(f"\nreview {review.id} pending: cs-agents reviews show {review.id}")


def retention_propose(
    ctx: typer.Context,
    as_of: Annotated[str | None, typer.Option("--as-of", help="score as of this day (default today)")] = None,
    account: Annotated[
        list[str] | None, typer.Option("--account", help="only these accounts (repeatable)")
    ] = None,
    limit: Annotated[
        int | None, typer.Option(min=1, help="at most this many plays, most at risk first")
    ] = None,
    again: Annotated[
        bool,
        typer.Option(
            "--again", help="draft a new set even if this day's run (same accounts and limit) exists"
        ),
    ] = False,
) -> None:
    """Propose a play for every account that needs one; each waits for review. Running it again for the
    same day, accounts and limit goes on with that run (after a crash) instead of drafting twice."""
    from graph import retention

    settings: Settings = ctx.obj
    day = _day(as_of)
    # One thread per day and selection: running the command again (after it was killed, or by mistake)
    # goes on with the same run and its plays instead of drafting a second set. --again starts a new one.
    selection = json.dumps([sorted(account or []), limit])
    suffix = uuid.uuid4().hex[:8] if again else hashlib.sha256(selection.encode()).hexdigest()[:8]
    result = _start(
        settings,
        retention.WORKFLOW,
        f"retention-{day.isoformat()}-{suffix}",
        {"as_of": day.isoformat(), "account_ids": account or None, "limit": limit},
    )
    if not result.reviews:
        out.print("no account needs a play")
        return
    for review in result.reviews:
        out.print(f"review {review.id}: {review.title}")
    out.print(f"{len(result.reviews)} plays waiting: cs-agents reviews list")


@gaps_app.command("draft")
def gaps_draft(
    ctx: typer.Context,
    limit: Annotated[
        int | None, typer.Option(min=1, help="at most this many articles, largest groups first")
    ] = None,
) -> None:
    """Group the open knowledge gaps and draft an article for each group, for review."""
    from graph import knowledge_gaps

    result = _start(ctx.obj, knowledge_gaps.WORKFLOW, f"gaps-{uuid.uuid4().hex[:8]}", {"limit": limit})
    if not result.reviews:
        out.print("no open knowledge gaps")
        return
    for review in result.reviews:
        out.print(f"review {review.id}: {review.title}")
