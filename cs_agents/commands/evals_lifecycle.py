"""`cs-agents eval lifecycle`: the lifecycle engine against expected outcomes (see evals/lifecycle.py).

Mounted by cs_agents.cli as `eval_app.command("lifecycle")(lifecycle)`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from cs_agents.commands.retention import parse_as_of
from cs_agents.settings import Settings

out = Console()
err = Console(stderr=True)


def lifecycle(
    ctx: typer.Context,
    expected: Annotated[
        Path,
        typer.Option(
            "--expected",
            help="expectations JSONL: account_id, as_of, activation_tier, risk_tier, signals, "
            "growth_signals, play",
        ),
    ],
    data_folder: Annotated[
        Path | None,
        typer.Argument(
            help="product data folder, loaded into a fresh temporary data directory (its features.yaml, "
            "accounts, events and tickets); default: the data directory as it is"
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="evaluate every line as of this day (default: each line's as_of)"),
    ] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="where report.json and report.md go")] = Path(
        "reports/lifecycle"
    ),
    gate: Annotated[bool, typer.Option("--gate", help="exit 1 unless all four metrics are 1.0")] = False,
) -> None:
    """Score activation tiers, risk tiers, signals and plays against expected outcomes."""
    from evals.lifecycle import METRICS, evaluate_lifecycle

    day = parse_as_of(as_of) if as_of is not None else None
    settings: Settings = ctx.obj
    try:
        result = evaluate_lifecycle(data_folder, expected, day, settings, out_dir)
    except FileNotFoundError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    table = Table(title=f"Lifecycle evaluation: {result.n} expectations")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name in METRICS:
        value = result.metrics[name]
        table.add_row(name, "n/a" if value is None else f"{value:.4f}")
    out.print(table)
    for r in result.rejected:
        where = f"{expected}:{r.line}" if r.line is not None else str(expected)
        err.print(f"[yellow]{where}[/yellow] rejected: {r.reason}")
    for m in result.mismatches[:20]:
        err.print(
            f"{m['account_id']} {m['as_of']} {m['field']}: expected {m['expected']}, got {m['got']}",
            markup=False,
            highlight=False,
        )
    if len(result.mismatches) > 20:
        err.print(f"... {len(result.mismatches) - 20} more mismatches in {result.report_json}")
    out.print(f"reports: {result.report_json} and {result.report_md}")
    if gate:
        if not result.passed:
            err.print("[red]gate:[/red] not every metric is 1.0")
            raise typer.Exit(1)
        out.print("gate passed")
