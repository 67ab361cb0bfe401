"""The `cs-agents` command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from cs_agents import __version__
from cs_agents.commands.db import db_app
from cs_agents.commands.evals_lifecycle import lifecycle as eval_lifecycle
from cs_agents.commands.retention import app as retention_app
from cs_agents.commands.reviews import outbox_app, reviews_app
from cs_agents.commands.tickets import tickets_app
from cs_agents.commands.triage import app as triage_app
from cs_agents.commands.worker import worker
from cs_agents.commands.workflows import gaps_app, onboarding_app, retention_propose
from cs_agents.schema import SchemaOutdated
from cs_agents.settings import Settings, configure

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Multi-agent customer-success service.")
eval_app = typer.Typer(no_args_is_help=True, help="Offline evaluations with reports and a CI gate.")
kb_app = typer.Typer(no_args_is_help=True, help="The knowledge base: ingest a folder of articles, search it.")
app.add_typer(kb_app, name="kb")
app.add_typer(eval_app, name="eval")
app.add_typer(reviews_app, name="reviews")
app.add_typer(outbox_app, name="outbox")
app.add_typer(retention_app, name="retention")
retention_app.command("propose")(retention_propose)
app.add_typer(onboarding_app, name="onboarding")
app.add_typer(gaps_app, name="gaps")
app.add_typer(triage_app, name="triage")
app.add_typer(tickets_app, name="tickets")
app.add_typer(db_app, name="db")
eval_app.command("lifecycle")(eval_lifecycle)
app.command("worker")(worker)

out = Console()
err = Console(stderr=True)
SAMPLE_PRODUCT = Path(__file__).parent / "sample_product"
DEFAULT_THRESHOLDS = Path(__file__).resolve().parent.parent / "config" / "eval_thresholds.yaml"


class BarProgress:
    """Progress bars on stderr for long loads."""

    def __init__(self) -> None:
        self.progress = Progress(
            TextColumn("{task.description:<16}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
        )

    def task(self, description: str, total: int) -> Callable[[int], None]:
        task_id = self.progress.add_task(description, total=total)
        return lambda n: self.progress.advance(task_id, n)


def _settings(ctx: typer.Context) -> Settings:
    settings: Settings = ctx.obj
    return settings


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


@app.callback()
def root(
    ctx: typer.Context,
    data_dir: Annotated[
        Path | None,
        typer.Option("--data-dir", help="data directory for every command (env CS_AGENTS_DATA_DIR)"),
    ] = None,
    version: Annotated[bool, typer.Option("--version", help="print the version and exit")] = False,
) -> None:
    if version:
        out.print(__version__)
        raise typer.Exit()
    try:
        ctx.obj = configure(data_dir=data_dir)
    except ValueError as exc:
        _fail(f"invalid settings: {exc}")


@app.command()
def load(
    ctx: typer.Context,
    folder: Annotated[Path | None, typer.Argument(help="product data folder (SPEC section 6)")] = None,
    sample: Annotated[
        bool, typer.Option("--sample", help="load the sample product that ships with the project")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print the summary as JSON")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="exit 1 if any line or file was rejected")] = False,
) -> None:
    """Load a product data folder: knowledge base, feature catalog, accounts, events, tickets."""
    from cs_agents.db import get_database
    from cs_agents.loader import load_folder

    if (folder is None) == (not sample):
        _fail("give a data folder, or --sample for the sample product")
    target = SAMPLE_PRODUCT if sample else folder
    assert target is not None
    settings = _settings(ctx)
    bars = BarProgress()
    try:
        with bars.progress:
            summary = load_folder(target, settings, get_database(settings), bars)
    except FileNotFoundError as exc:
        _fail(str(exc))
        return
    if as_json:
        out.print_json(json.dumps(summary.to_dict()))
    else:
        _print_load_summary(summary.to_dict())
    if strict and summary.problems:
        raise typer.Exit(1)


def _print_load_summary(summary: dict[str, Any]) -> None:
    table = Table(title=f"Loaded {summary['folder']}")
    for column in ("file", "loaded", "updated", "unchanged", "skipped", "rejected"):
        table.add_column(column, justify="left" if column == "file" else "right")
    for f in summary["files"]:
        table.add_row(
            f["file"],
            *(str(f[k]) for k in ("loaded", "updated", "unchanged", "skipped")),
            str(len(f["rejected"])),
        )
    out.print(table)
    for f in summary["files"]:
        if f["error"]:
            out.print(f"[red]{f['file']}[/red]: {f['error']}")
        for r in f["rejected"][:50]:
            where = f["file"] + (r["path"] or "") + (f":{r['line']}" if r["line"] is not None else "")
            out.print(f"[yellow]{where}[/yellow] rejected: {r['reason']}")
        if len(f["rejected"]) > 50:
            out.print(f"[yellow]{f['file']}[/yellow]: {len(f['rejected']) - 50} more rejections (use --json)")
        for note in f["notes"]:
            out.print(f"{f['file']}: {note}")


@kb_app.command("ingest")
def kb_ingest(
    ctx: typer.Context,
    folder: Annotated[Path, typer.Argument(help="folder of Markdown articles, searched recursively")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Ingest a folder of articles; unchanged files are not re-embedded, deleted files disappear."""
    from knowledge_base.ingest import ingest_folder
    from knowledge_base.store import KBStore

    settings = _settings(ctx)
    if not folder.is_dir():
        _fail(f"knowledge-base folder not found: {folder}")
    bars = BarProgress()
    files = sum(1 for p in folder.rglob("*.md") if p.is_file())
    with bars.progress:
        report = ingest_folder(
            KBStore(settings),
            folder,
            settings.kb_chunk_words,
            settings.kb_max_file_bytes,
            bars.task("articles", files),
        )
    data = report.to_dict()
    if as_json:
        out.print_json(json.dumps(data))
        return
    out.print(
        f"added {len(report.added)}, updated {len(report.updated)}, unchanged {len(report.unchanged)}, "
        f"removed {len(report.removed)}, chunks written {report.chunks_written}, errors {len(report.errors)}"
    )
    for e in report.errors:
        out.print(f"[yellow]{e.path}[/yellow]: {e.message}")


@kb_app.command("search")
def kb_search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="the question or keywords")],
    k: Annotated[int, typer.Option("--k", min=1, max=100, help="how many articles")] = 5,
    doc_type: Annotated[
        str | None, typer.Option("--type", help="only this type: article, known_issue or policy")
    ] = None,
    category: Annotated[str | None, typer.Option("--category", help="only this ticket category")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print a JSON list of hits")] = False,
) -> None:
    """Hybrid search (dense + keyword) over the knowledge base."""
    from cs_agents.models import CATEGORIES
    from knowledge_base.search import KnowledgeBase

    if doc_type and doc_type not in ("article", "known_issue", "policy"):
        _fail(f"--type must be article, known_issue or policy, not {doc_type!r}")
    if category and category not in CATEGORIES:
        _fail(f"--category must be one of {', '.join(CATEGORIES)}")
    try:
        result = KnowledgeBase(_settings(ctx)).search(query, k=k, doc_type=doc_type, category=category)
    except ValueError as exc:
        _fail(str(exc))
        return
    if as_json:
        out.print_json(json.dumps([h.to_dict() for h in result.hits]))
        return
    if not result.hits:
        out.print("no results (is the knowledge base loaded? try: cs-agents load --sample)")
        return
    table = Table(
        title=f"confidence {result.confidence:.2f} ({'covered' if result.covered else 'not covered'})"
    )
    for column in ("#", "id", "title", "section", "score", "similarity"):
        table.add_column(column)
    for i, h in enumerate(result.hits, 1):
        table.add_row(str(i), h.id, h.title, h.section, f"{h.score:.4f}", f"{h.similarity:.2f}")
    out.print(table)


@app.command()
def ask(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="the customer's message")],
    account: Annotated[str | None, typer.Option("--account", help="the customer's account id")] = None,
    thread: Annotated[str | None, typer.Option("--thread", help="continue this conversation")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the outcome as JSON")] = False,
) -> None:
    """Run one message through the ticket flow and print the reply (or the handoff)."""
    from agents.context import Services
    from cs_agents.llm import LLMConfigError
    from graph.run import TicketRunner

    if not text.strip():
        _fail("the message is empty")
    try:
        runner = TicketRunner(Services.build(_settings(ctx)))
    except LLMConfigError as exc:
        _fail(str(exc))
        return
    try:
        outcome = runner.ask(text, account_id=account, thread_id=thread)
    except ValueError as exc:  # the message itself is unusable (e.g. nothing visible in it)
        _fail(str(exc))
        return
    if as_json:
        out.print_json(outcome.model_dump_json())
        return
    out.print(
        f"[bold]{outcome.resolution}[/bold]  {outcome.category} / {outcome.priority}  "
        f"({outcome.produced_by}, {outcome.latency_ms:.0f} ms, thread {outcome.thread_id})"
    )
    out.print(outcome.reply, markup=False, highlight=False)
    if outcome.citations:
        out.print("citations: " + ", ".join(outcome.citations))
    if outcome.handoff:
        out.print(
            f"handoff to {outcome.handoff.queue}: {outcome.handoff.summary}", markup=False, highlight=False
        )


@eval_app.command("tickets")
def eval_tickets(
    ctx: typer.Context,
    source: Annotated[
        Path | None,
        typer.Argument(
            help="tickets.jsonl (uses the data directory's knowledge base) or a product data folder "
            "(loaded into a fresh temporary data directory); default: the sample product"
        ),
    ] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="where report.json and report.md go")] = Path(
        "reports/tickets"
    ),
    gate: Annotated[bool, typer.Option("--gate", help="exit 1 if a metric misses its threshold")] = False,
    thresholds: Annotated[Path, typer.Option(help="thresholds YAML")] = DEFAULT_THRESHOLDS,
    concurrency: Annotated[int, typer.Option(min=1, max=16, help="tickets run at once")] = 2,
    history: Annotated[
        float,
        typer.Option(
            min=0.0,
            max=0.9,
            help="share of the labelled tickets given to the triage as the product's labelled history; "
            "the rest is scored without and with it",
        ),
    ] = 0.0,
    trials: Annotated[
        int,
        typer.Option(
            "--trials",
            min=1,
            max=20,
            help="run every ticket K times and report pass^k for k = 1..K (trials.json); the report and "
            "the gate read the first trial",
        ),
    ] = 1,
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=1, help="only the first N labelled tickets (a subset, for a slow model)"),
    ] = None,
) -> None:
    """Run the labelled tickets through the ticket flow and score them (SPEC section 2 `expected`)."""
    from evals.gate import ThresholdError
    from evals.tickets import evaluate_tickets

    target = source or SAMPLE_PRODUCT
    if not target.exists():
        _fail(f"not found: {target}")
    bars = BarProgress()
    task: list[Callable[[int], None]] = []
    done = [0]

    def progress(finished: int, total: int) -> None:
        if not task:
            task.append(bars.task("tickets", total))
        task[0](finished - done[0])
        done[0] = finished

    try:
        with bars.progress:
            run = evaluate_tickets(
                target, _settings(ctx), out_dir, thresholds, concurrency, progress, trials, history, limit
            )
    except (ThresholdError, FileNotFoundError) as exc:
        _fail(str(exc))
        return
    metrics = run.summary.metrics
    table = Table(title=f"{run.summary.n} tickets from {target}")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name, value in metrics.items():
        table.add_row(
            name, "—" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)
        )
    out.print(table)
    learned = json.loads(run.report_json.read_text(encoding="utf-8"))["dataset"].get("history")
    if learned:
        before, after = learned["without_history"], learned["with_history"]
        out.print(
            f"with {learned['history_tickets']} labelled history tickets "
            f"({learned.get('of_which_shipped', 0)} from the folder's history), "
            f"on the other {learned['evaluated']}, against no history at all:"
        )
        for name in ("category_accuracy", "priority_accuracy", "resolution_accuracy", "escalation_recall"):
            out.print(f"  {name}: {before.get(name) or 0:.3f} without -> {after.get(name) or 0:.3f} with")
    for r in run.dataset.rejections:
        err.print(f"[yellow]{r.where(str(run.dataset.path))}[/yellow] rejected: {r.reason}")
    if run.trials is not None:
        passes = Table(title=f"pass^k over {trials} trials of {run.trials['tickets']} tickets")
        passes.add_column("k", justify="right")
        passes.add_column("pass^k", justify="right")
        for k, value in run.trials["pass_hat_k"].items():
            passes.add_row(k, f"{value:.3f}")
        out.print(passes)
        out.print(f"per ticket (passes, tokens, calls, latency): {run.trials_json}")
    out.print(f"reports: {run.report_json} and {run.report_md}")
    if run.failures:
        for failure in run.failures:
            err.print(f"[red]gate:[/red] {failure.message}")
        if gate:
            raise typer.Exit(1)
    elif gate:
        out.print("gate passed")


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    product: Annotated[
        Path | None,
        typer.Option(help="product data folder to load on first start (default: the sample product)"),
    ] = None,
    sample: Annotated[
        bool, typer.Option("--sample/--no-sample", help="load a product folder into an empty data directory")
    ] = True,
) -> None:
    """Start the HTTP service on the embedded defaults."""
    import uvicorn

    from api.app import create_app
    from api.auth import parse_api_keys
    from api.bootstrap import load_sample_if_empty
    from api.hardening import is_loopback
    from api.server import uvicorn_options

    settings = _settings(ctx)
    if not parse_api_keys(settings.api_keys) and not is_loopback(host):
        # Without keys every caller is an admin: that is for this machine only.
        err.print(
            f"[red]refusing to serve on {host} without API keys[/red]: local dev mode makes every caller an "
            "admin. Add a key, e.g.\n  export CS_AGENTS_API_KEYS=\"ops:admin:$(python3 -c 'import secrets; "
            "print(secrets.token_urlsafe(24))')\"\nor serve on 127.0.0.1 (the default). Clients then send "
            "`Authorization: Bearer <key>`; list the host name they use in CS_AGENTS_ALLOWED_HOSTS."
        )
        raise typer.Exit(1)
    if sample:
        load_sample_if_empty(settings, product or SAMPLE_PRODUCT, BarProgress, err)
    err.print(f"serving on http://{host}:{port}  (data: {settings.data_dir}; API docs at /docs)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", **uvicorn_options(settings))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except SchemaOutdated as exc:  # any command on a database at another schema revision
        err.print(f"[red]error:[/red] {exc}")
        sys.exit(1)


if __name__ == "__main__":
    main()
