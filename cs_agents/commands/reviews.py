"""`cs-agents reviews ...` and `cs-agents outbox ...`: decide what the agents propose, see what leaves.

Mount in `cs_agents.cli`: `app.add_typer(reviews_app, name="reviews")` and
`app.add_typer(outbox_app, name="outbox")`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, cast

import typer
from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape
from rich.table import Table

from cs_agents.settings import Settings, get_settings

if TYPE_CHECKING:  # the service (and LangGraph) load when a command runs, not when the CLI starts
    from graph.reviews_service import Review, ReviewService

REVIEW_STATUSES = ("pending", "approved", "edited", "rejected")

reviews_app = typer.Typer(
    no_args_is_help=True, help="Human review of what the agents propose: list, show, approve, reject."
)
outbox_app = typer.Typer(no_args_is_help=True, help="Approved messages waiting to leave, and sending them.")

out = Console()
err = Console(stderr=True)


def command_settings(ctx: typer.Context) -> Settings:
    """The settings the root command built (the data directory and the rest), for every sub-command."""
    obj = ctx.obj
    return obj if isinstance(obj, Settings) else get_settings()


def fail(message: str, code: int = 2) -> NoReturn:
    err.print(f"[red]error:[/red] {escape(message)}")
    raise typer.Exit(code)


@contextmanager
def _service(ctx: typer.Context) -> Iterator[ReviewService]:
    from graph.reviews_service import ReviewService

    service = ReviewService(command_settings(ctx))
    try:
        yield service
    finally:
        service.close()


def reviewer_name(by: str | None, settings: Settings) -> str:
    """--by, else CS_AGENTS_REVIEWER_NAME, else the name of the local account running the command."""
    by = by if by is not None else settings.reviewer_name
    if by is not None:
        if not by.strip():
            fail("--by (or CS_AGENTS_REVIEWER_NAME) is empty")
        return by.strip()
    try:
        import pwd  # not on Windows

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError):
        return "cli"


def _get(service: ReviewService, review_id: int) -> Review:
    from graph.reviews_service import ReviewNotFound

    try:
        return service.get(review_id)
    except ReviewNotFound as exc:
        fail(f"{exc} (see: cs-agents reviews list --status all)")


# --------------------------------------------------------------------------------------------- reviews


@reviews_app.command("list")
def list_reviews(
    ctx: typer.Context,
    status: Annotated[
        str, typer.Option("--status", help="pending, approved, edited, rejected or all")
    ] = "pending",
    as_json: Annotated[bool, typer.Option("--json", help="print a JSON list")] = False,
) -> None:
    """The reviews waiting for a decision (or of another status)."""
    if status != "all" and status not in REVIEW_STATUSES:
        fail(f"--status must be one of {', '.join(REVIEW_STATUSES)} or all, not {status!r}")
    with _service(ctx) as service:
        reviews = service.list(None if status == "all" else cast(Any, status))
    if as_json:
        out.print_json(json.dumps([r.model_dump(mode="json") for r in reviews]))
        return
    if not reviews:
        out.print(f"no {'' if status == 'all' else status + ' '}reviews")
        return
    table = Table(title=f"{len(reviews)} {'' if status == 'all' else status + ' '}reviews")
    for column in ("id", "status", "kind", "account", "title", "created", "decided by"):
        table.add_column(column)
    for r in reviews:
        table.add_row(
            str(r.id),
            r.status,
            r.kind,
            r.account_id or "—",
            escape(r.title),
            r.created_at.strftime("%Y-%m-%d %H:%M"),
            escape(r.decided_by or "—"),
        )
    out.print(table)


@reviews_app.command("show")
def show(
    ctx: typer.Context,
    review_id: Annotated[int, typer.Argument(help="the review id (see: reviews list)")],
    as_json: Annotated[bool, typer.Option("--json", help="print the review as JSON")] = False,
) -> None:
    """The proposal, its evidence, and the decisions a reviewer may take."""
    with _service(ctx) as service:
        review = _get(service, review_id)
    action = review.action
    if as_json:
        data = review.model_dump(mode="json")
        data.update(action=action, allowed_decisions=review.allowed_decisions)
        out.print_json(json.dumps(data))
        return
    out.print(
        f"[bold]review {review.id}[/bold]  {review.status}  {review.kind}  "
        f"account {escape(review.account_id or '—')}  ({review.workflow}, thread {escape(review.thread_id)})"
    )
    out.print(f"[bold]{escape(review.title)}[/bold]")
    out.print(f"\n[bold]proposed action:[/bold] {escape(action['name'])}")
    out.print_json(json.dumps(action["args"]))
    out.print("\n[bold]description and evidence:[/bold]")
    out.print(Markdown(action.get("description") or "(none)"))
    out.print(f"\n[bold]allowed decisions:[/bold] {', '.join(review.allowed_decisions)}")
    if review.status != "pending" and review.decided_at:
        item = (review.decision or {}).get("decisions", [{}])[0]
        line = f"{review.status} by {review.decided_by} at {review.decided_at.isoformat(timespec='seconds')}"
        if item.get("message"):
            line += f": {item['message']}"
        out.print(escape(line))
        if review.status == "edited":
            for change in _diff(review):
                out.print(f"  {change}", markup=False, highlight=False)
        if review.resume_error:
            out.print(f"[yellow]the workflow has not gone on yet:[/yellow] {escape(review.resume_error)}")


def _edited_args(args: dict[str, Any], edit_file: Path | None, sets: list[str]) -> dict[str, Any] | None:
    if edit_file is not None and sets:
        fail("give --edit-file or --set, not both")
    if edit_file is not None:
        try:
            edited = json.loads(edit_file.read_text(encoding="utf-8"))
        except OSError as exc:
            fail(f"cannot read {edit_file}: {exc.strerror or exc}")
        except ValueError as exc:
            fail(f"{edit_file} is not valid JSON: {exc}")
        if not isinstance(edited, dict):
            fail(f"{edit_file} must hold a JSON object: the complete edited args")
        return edited
    if not sets:
        return None
    edited = dict(args)
    for item in sets:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            fail(f"--set takes key=value, not {item!r}")
        if key not in args:
            fail(f"--set: {key!r} is not a field of this proposal (fields: {', '.join(args)})")
        if isinstance(args[key], str):
            edited[key] = raw
            continue
        try:
            edited[key] = json.loads(raw)
        except ValueError:
            fail(f"--set {key}: the field holds {type(args[key]).__name__}; give a JSON value, not {raw!r}")
    return edited


def _decide(
    ctx: typer.Context,
    review_id: int,
    decision: str,
    by: str | None,
    edited: dict[str, Any] | None = None,
    reason: str | None = None,
) -> None:
    from graph.review import InvalidDecision, UnknownWorkflow
    from graph.reviews_service import ReviewAlreadyDecided, WorkflowResumeError

    actor = reviewer_name(by, command_settings(ctx))
    with _service(ctx) as service:
        _get(service, review_id)
        try:
            result = service.decide(review_id, cast(Any, decision), actor, edited_args=edited, reason=reason)
        except ReviewAlreadyDecided as exc:
            fail(str(exc), 1)
        except InvalidDecision as exc:
            fail(str(exc))
        except UnknownWorkflow as exc:
            fail(f"cannot decide here: {exc}", 1)
        except WorkflowResumeError as exc:
            fail(f"{exc}; fix the cause, then run: cs-agents reviews recover", 1)
    review = result.review
    out.print(f"review {review.id} {review.status} by {escape(actor)}")
    if review.status == "edited":
        for change in _diff(review):
            out.print(f"  {change}", markup=False, highlight=False)
    if result.new_reviews:
        out.print("new reviews: " + ", ".join(str(r.id) for r in result.new_reviews))


def _diff(review: Review) -> list[str]:
    from graph.review import args_diff

    edited = (review.decision or {})["decisions"][0]["edited_action"]["args"]
    return [
        f"{c['field']}: {c.get('before', '(absent)')!r} -> {c.get('after', '(removed)')!r}"
        for c in args_diff(review.action["args"], edited)
    ]


@reviews_app.command("approve")
def approve(
    ctx: typer.Context,
    review_id: Annotated[int, typer.Argument(help="the review id")],
    edit_file: Annotated[
        Path | None, typer.Option("--edit-file", help="JSON file with the complete edited args")
    ] = None,
    sets: Annotated[
        list[str] | None,
        typer.Option("--set", help="change one field: key=value (JSON unless the field is text); repeatable"),
    ] = None,
    by: Annotated[str | None, typer.Option("--by", help="who decides (default: your login name)")] = None,
) -> None:
    """Approve a proposal as it is, or with edits (recorded as an edit, with the changed fields)."""
    with _service(ctx) as service:
        review = _get(service, review_id)
    edited = _edited_args(review.action["args"], edit_file, sets or [])
    _decide(ctx, review_id, "approve" if edited is None else "edit", by, edited=edited)


@reviews_app.command("reject")
def reject(
    ctx: typer.Context,
    review_id: Annotated[int, typer.Argument(help="the review id")],
    reason: Annotated[str, typer.Option("--reason", help="why: kept with the review and in the audit log")],
    by: Annotated[str | None, typer.Option("--by", help="who decides (default: your login name)")] = None,
) -> None:
    """Reject a proposal: nothing is sent, the reason is recorded."""
    if not reason.strip():
        fail("--reason is empty")
    _decide(ctx, review_id, "reject", by, reason=reason)


@reviews_app.command("recover")
def recover(ctx: typer.Context) -> None:
    """Apply decisions whose workflow did not go on (after a crash or a failing step)."""
    with _service(ctx) as service:
        before = {r.id for r in service.list() if r.status != "pending" and r.resumed_at is None}
        new = service.recover()
        stuck = [r for r in service.list() if r.status != "pending" and r.resumed_at is None]
    out.print(f"applied {len(before) - len(stuck)} decisions; new reviews: {len(new)}")
    for r in stuck:
        err.print(f"[yellow]review {r.id}[/yellow] still not applied: {escape(r.resume_error or 'busy')}")
    if stuck:
        raise typer.Exit(1)


# ---------------------------------------------------------------------------------------------- outbox


@outbox_app.command("list")
def outbox_list(
    ctx: typer.Context,
    status: Annotated[str, typer.Option("--status", help="pending, sent, failed or all")] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="print a JSON list")] = False,
) -> None:
    """Messages approved to leave, newest first."""
    from cs_agents.db import get_database
    from cs_agents.outbox import OUTBOX_STATUSES, outbox_rows

    if status != "all" and status not in OUTBOX_STATUSES:
        fail(f"--status must be one of {', '.join(OUTBOX_STATUSES)} or all, not {status!r}")
    rows = outbox_rows(get_database(command_settings(ctx)), None if status == "all" else cast(Any, status))
    if as_json:
        columns = ("id", "idempotency_key", "review_id", "channel", "recipient", "subject", "body", "payload")
        data = [
            {
                **{c: getattr(r, c) for c in columns},
                **{"status": r.status, "attempts": r.attempts, "last_error": r.last_error},
                "created_at": r.created_at.isoformat(),
                "sent_at": r.sent_at.isoformat() if r.sent_at else None,
            }
            for r in rows
        ]
        out.print_json(json.dumps(data))
        return
    if not rows:
        out.print("the outbox is empty" if status == "all" else f"no {status} messages")
        return
    table = Table(title=f"{len(rows)} messages")
    for column in ("id", "status", "channel", "recipient", "subject", "attempts", "last error"):
        table.add_column(column)
    for r in rows:
        table.add_row(
            str(r.id),
            r.status,
            r.channel,
            escape(r.recipient),
            escape(r.subject),
            str(r.attempts),
            escape(r.last_error or ""),
        )
    out.print(table)


@outbox_app.command("send")
def outbox_send(
    ctx: typer.Context,
    smtp_host: Annotated[
        str | None, typer.Option("--smtp-host", help="mail email rows through this server")
    ] = None,
    smtp_port: Annotated[int | None, typer.Option("--smtp-port", min=1, max=65535)] = None,
    from_addr: Annotated[str | None, typer.Option("--from", help="sender address (with --smtp-host)")] = None,
    smtp_user: Annotated[str | None, typer.Option("--smtp-user", help="log in as this user")] = None,
    smtp_password_file: Annotated[
        Path | None, typer.Option("--smtp-password-file", help="file holding the SMTP password")
    ] = None,
    starttls: Annotated[
        bool | None, typer.Option("--starttls/--no-starttls", help="upgrade the connection with STARTTLS")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="at most this many messages")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="print the delivery report as JSON")] = False,
) -> None:
    """Send pending messages. Without an SMTP host nothing is sent: rows stay for an external sender.

    Each option falls back to its setting (CS_AGENTS_SMTP_HOST, _PORT, _FROM, _USER, _PASSWORD, _STARTTLS)."""
    from cs_agents.db import get_database
    from cs_agents.outbox import OutboxOnlySender, Sender, SmtpSender, deliver

    settings = command_settings(ctx)
    host = smtp_host or settings.smtp_host
    sender: Sender
    if host is None:
        sender = OutboxOnlySender()
    else:
        sender_addr = from_addr or settings.smtp_from
        if not sender_addr:
            fail("--from (or CS_AGENTS_SMTP_FROM) is required with an SMTP host")
        password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
        if smtp_password_file is not None:
            try:
                password = smtp_password_file.read_text(encoding="utf-8").strip()
            except OSError as exc:
                fail(f"cannot read {smtp_password_file}: {exc.strerror or exc}")
        sender = SmtpSender(
            host,
            smtp_port or settings.smtp_port,
            sender_addr,
            smtp_user or settings.smtp_user,
            password,
            settings.smtp_starttls if starttls is None else starttls,
        )
    report = deliver(get_database(settings), sender, limit)
    if as_json:
        out.print_json(json.dumps(report.to_dict()))
    else:
        out.print(f"sent {len(report.sent)}, failed {len(report.failed)} ({sender.name})")
        if report.left_pending:
            out.print(f"{report.left_pending} pending messages left for an external sender")
        for row_id, error in report.failed.items():
            state = "given up" if row_id in report.given_up else "will retry"
            err.print(f"[yellow]message {row_id}[/yellow] ({state}): {escape(error)}")
    if report.failed:
        raise typer.Exit(1)
