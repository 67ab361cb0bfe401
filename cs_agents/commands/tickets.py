"""`cs-agents tickets ...`: the support team's labels on stored tickets.

Mount in `cs_agents.cli`: `app.add_typer(tickets_app, name="tickets")`.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from cs_agents.commands.reviews import command_settings, fail, reviewer_name

tickets_app = typer.Typer(
    no_args_is_help=True, help="Stored tickets: the labels the support team gives them."
)

out = Console()
err = Console(stderr=True)


@tickets_app.callback()
def tickets() -> None:
    """Stored tickets: the labels the support team gives them."""


@tickets_app.command("label")
def label(
    ctx: typer.Context,
    ticket_id: Annotated[str, typer.Argument(help="the ticket's id")],
    category: Annotated[str | None, typer.Option("--category", help="one of SPEC's categories")] = None,
    priority: Annotated[str | None, typer.Option("--priority", help="low, normal, high or urgent")] = None,
    resolution: Annotated[str | None, typer.Option("--resolution", help="answer or escalate")] = None,
    by: Annotated[
        str | None,
        typer.Option("--by", help="who labels (default: CS_AGENTS_REVIEWER_NAME, else your login name)"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the stored label as JSON")] = False,
) -> None:
    """Label a ticket (what triage learns from). Values left out keep the stored ones; exit 1 for an
    unknown ticket, 2 for a value outside SPEC's vocabularies."""
    from cs_agents.db import get_database
    from cs_agents.labels import InvalidLabel, UnknownTicket, check_values, set_label

    settings = command_settings(ctx)
    try:
        check_values(category, priority, resolution)
    except InvalidLabel as exc:
        fail(str(exc))
    actor = reviewer_name(by, settings)
    try:
        stored = set_label(
            get_database(settings),
            ticket_id,
            by=actor,
            category=category,
            priority=priority,
            resolution=resolution,
        )
    except UnknownTicket as exc:
        fail(f"{exc} (load it first: cs-agents load DIR)", 1)
    except InvalidLabel as exc:
        fail(str(exc))
    record = {
        "ticket_id": stored.ticket_id,
        "category": stored.category,
        "priority": stored.priority,
        "resolution": stored.resolution,
        "source": stored.source,
        "labelled_by": stored.labelled_by,
        "labelled_at": stored.labelled_at.isoformat(),
    }
    if as_json:
        out.print_json(json.dumps(record))
        return
    values = ", ".join(f"{k} {record[k] or '-'}" for k in ("category", "priority", "resolution"))
    out.print(f"ticket {escape(stored.ticket_id)} labelled: {values} (by {escape(actor)})", highlight=False)
