"""`cs-agents retention ...`: the lifecycle scan of SPEC section 5 from the command line."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from agents.observability import AccountHealth
from cs_agents.settings import Settings

app = typer.Typer(
    no_args_is_help=True,
    help="Customer health: activation tiers, churn-risk and growth signals, plays (SPEC section 5).",
)
out = Console()
err = Console(stderr=True)
RISK_ORDER = {"high": 0, "medium": 1, "low": 2}


@app.callback()
def retention() -> None:
    """Customer health: activation tiers, churn-risk and growth signals, plays (SPEC section 5)."""


def parse_as_of(value: str | None) -> date:
    """The --as-of day (YYYY-MM-DD); default: today in UTC. A bad value exits 2 with a message."""
    if value is None:
        return datetime.now(UTC).date()
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        err.print(f"[red]error:[/red] --as-of must be a date like 2026-11-15, not {value!r}")
        raise typer.Exit(2) from None


def health_record(health: AccountHealth) -> dict[str, Any]:
    """One account of `retention scan --json`."""
    return {
        "account_id": health.account_id,
        "as_of": health.as_of.isoformat(),
        "activation_tier": health.activation_tier,
        "risk_tier": health.risk_tier,
        "health_score": health.health_score,
        "signals": [s.name for s in health.signals],
        "growth_signals": [s.name for s in health.growth_signals],
        "play": health.play,
        "milestones": health.milestones,
        "evidence": {s.name: s.evidence for s in [*health.signals, *health.growth_signals]},
        "age_days": health.age_days,
        "metrics": health.metrics,
    }


@app.command("scan")
def scan_command(
    ctx: typer.Context,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="the day D the rules are evaluated for (UTC); default today")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="print a JSON list, one object per account")
    ] = False,
    account: Annotated[
        list[str] | None, typer.Option("--account", help="only this account (repeat for more)")
    ] = None,
) -> None:
    """Score every account as of a day: activation tier, risk tier and signals with evidence, play."""
    from agents.lifecycle import scan
    from cs_agents.db import get_database

    day = parse_as_of(as_of)
    settings: Settings = ctx.obj
    results = scan(get_database(settings), day, account or None)
    if account:
        missing = sorted(set(account) - {h.account_id for h in results})
        if missing:
            err.print(f"[red]error:[/red] unknown account(s): {', '.join(missing)}")
            raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps([health_record(h) for h in results], indent=2))
        return
    if not results:
        out.print("no accounts (load a product data folder first: cs-agents load DIR)")
        return
    ordered = sorted(results, key=lambda h: (RISK_ORDER[h.risk_tier], h.health_score, h.account_id))
    table = Table(title=f"Account health as of {day.isoformat()}")
    for column in ("account", "tier", "risk", "health", "risk signals", "growth signals", "play"):
        table.add_column(column, justify="right" if column in ("tier", "health") else "left", overflow="fold")
    for h in ordered:
        table.add_row(
            h.account_id,
            str(h.activation_tier),
            h.risk_tier,
            str(h.health_score),
            ", ".join(s.name for s in h.signals) or "-",
            ", ".join(s.name for s in h.growth_signals) or "-",
            h.play or "-",
        )
    out.print(table)
    counts = {tier: sum(h.risk_tier == tier for h in results) for tier in RISK_ORDER}
    spread = ", ".join(f"{tier} {n}" for tier, n in counts.items())
    out.print(f"{len(results)} accounts; risk: {spread}")


@app.command("snapshot")
def snapshot_command(
    ctx: typer.Context,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="the day D the rules are evaluated for (UTC); default today")
    ] = None,
    full: Annotated[
        bool, typer.Option("--full", help="scan every account even if the day is stored already")
    ] = False,
    weeks: Annotated[
        int, typer.Option("--weeks", min=1, max=104, help="also store the N-1 weekly days before (the trend)")
    ] = 1,
) -> None:
    """Store the day's health of every account (the dashboard and the account page read it). A stored day
    is brought up to date incrementally: only accounts with new events, tickets or account changes."""
    from datetime import timedelta

    from agents import health_history
    from cs_agents.db import get_database

    day = parse_as_of(as_of)
    settings: Settings = ctx.obj
    db = get_database(settings)
    for back in range(weeks - 1, -1, -1):
        when = day - timedelta(weeks=back)
        done = health_history.record(db, when) if full else health_history.refresh(db, when)
        how = "full scan" if done.full else "incremental"
        out.print(
            f"{when.isoformat()}: {done.accounts} accounts stored, {done.scanned} scanned ({how}) "
            f"in {done.seconds:.2f} s"
        )
