"""The web pages: review queue, health dashboard, account detail (with its tickets), ticket detail (with
the support team's label form), support chat, login.

Server-rendered (Jinja2 templates in api/templates, charts as inline SVG from api.charts); forms post
back here and redirect, so the queue and dashboard work without JavaScript. Only the chat page runs a
script (api/static/chat.js), to read the reply stream of `POST /v1/chat`. The pages authenticate like the
API (api.auth.request_principal); the login form opens a server-side session (api.sessions) whose opaque
id goes in an HttpOnly cookie.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qsl, quote, urlencode

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import ValidationError
from sqlalchemy import select

from agents import health_history, lifecycle
from agents.playbook import milestone_guides
from api import charts, dashboard
from api.auth import (
    SESSION_COOKIE,
    Authenticator,
    Principal,
    authenticate_counted,
    check_same_origin,
    request_principal,
)
from api.deps import DatabaseDep, KnowledgeBaseDep, ReviewsDep, SettingsDep, count_request
from api.markdown import render_markdown
from api.problems import Problem
from api.review_forms import apply_edits, edit_fields, read_only_facts
from api.routers.tickets import LabelIn, label_ticket
from api.schemas import EARLIEST_DAY, LATEST_DAY
from api.sessions import PageSessions
from cs_agents.db import AccountRow, Database, TicketLabelRow, TicketOutcomeRow, TicketRow
from cs_agents.labels import LABEL_FIELDS, VOCABULARIES, get_label
from cs_agents.settings import Settings
from graph.review import InvalidDecision, edit_rules
from graph.reviews_service import ReviewAlreadyDecided, ReviewNotFound, ReviewService, WorkflowResumeError

router = APIRouter(prefix="/ui", include_in_schema=False)
root_router = APIRouter(include_in_schema=False)
log = logging.getLogger("api.pages")

TEMPLATES = Jinja2Templates(directory=Path(__file__).resolve().parent.parent / "templates")
STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
TEMPLATES.env.filters["markdown"] = lambda text: Markup(render_markdown(text))
STAFF_PAGES = ("admin", "reviewer")
KEY_SESSION_S = 12 * 3600
STATUSES = ("pending", "approved", "edited", "rejected", "all")
ACCOUNT_TICKETS = 50  # the newest tickets an account page lists


class PageRedirect(Exception):
    """Raised inside a page to answer with a redirect (to the login form)."""

    def __init__(self, location: str) -> None:
        self.location = location


class PageError(Exception):
    """Raised inside a page to answer with the error page (the API answers problem+json instead)."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def _page_user(
    request: Request, db: Database, settings: Settings, roles: tuple[str, ...] | None = None
) -> Principal:
    """The signed-in user (else off to the login form), rate-limited like the API."""
    try:
        principal = request_principal(request)
        if roles is not None and principal.role not in roles:
            raise PageError(
                403, "this page is for customer-success staff: sign in with a reviewer or admin key"
            )
        count_request(principal, request, settings, db)
    except Problem as exc:
        if exc.status_code == 401:
            raise PageRedirect(f"/ui/login?next={quote(request.url.path)}") from None
        raise PageError(exc.status_code, exc.detail, dict(exc.headers or {})) from None
    return principal


def _render(request: Request, template: str, principal: Principal | None, **context: Any) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(
        request, template, {"user": principal, "path": request.url.path, **context}
    )


async def _form(request: Request) -> dict[str, str]:
    """An urlencoded form body (no multipart: the pages send none)."""
    body = (await request.body()).decode("utf-8", errors="replace")
    return dict(parse_qsl(body, keep_blank_values=True))


def _day(value: str | None, db: Database) -> date:
    if not value:
        return dashboard.default_as_of(db)
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise PageError(422, f"as_of {value[:40]!r} is not a date; use YYYY-MM-DD") from None
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise PageError(422, f"as_of must be between {EARLIEST_DAY} and {LATEST_DAY}")
    return day


async def _redirect(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, PageRedirect)
    return RedirectResponse(exc.location, status_code=303)


async def _error_page(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, PageError)
    response = _render(request, "error.html", None, status=exc.status, message=exc.message)
    response.status_code = exc.status
    response.headers.update(exc.headers)
    return response


def install(app: FastAPI) -> None:
    """Routes, static files and the handlers that turn page errors into HTML."""
    app.include_router(root_router)
    app.include_router(router)
    app.mount("/ui/static", StaticFiles(directory=STATIC_DIR), name="ui-static")
    app.add_exception_handler(PageRedirect, _redirect)
    app.add_exception_handler(PageError, _error_page)
    app.state.dashboards = dashboard.DashboardCache()


# ------------------------------------------------------------------------------------------- entry


@root_router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/ui", status_code=307)


@router.get("")
def ui_home(request: Request, db: DatabaseDep, settings: SettingsDep) -> Response:
    principal = _page_user(request, db, settings)
    return RedirectResponse("/ui/chat" if principal.kind == "customer" else "/ui/reviews", status_code=303)


@router.get("/login")
def login_form(request: Request, next: str = "/ui") -> HTMLResponse:
    return _render(request, "login.html", None, next=next, error=None)


def _same_origin(request: Request) -> None:
    try:
        check_same_origin(request)
    except Problem as exc:
        raise PageError(exc.status_code, exc.detail) from None


def _safe_next(target: str) -> str:
    # Only this site's pages: an open redirect would turn the login form into a phishing aid.
    return target if target.startswith("/ui") and not target.startswith("//") else "/ui"


@router.post("/login")
async def login(request: Request) -> Response:
    _same_origin(request)
    form = await _form(request)
    credential = form.get("credential", "").strip()
    next_page = _safe_next(form.get("next", "/ui"))
    authenticator: Authenticator = request.app.state.auth
    try:
        principal = await run_in_threadpool(
            authenticate_counted, request, f"Bearer {credential}" if credential else None
        )
    except Problem as exc:
        refused = _render(request, "login.html", None, next=next_page, error=exc.detail)
        refused.status_code = exc.status_code
        refused.headers.update(exc.headers or {})
        return refused
    response = RedirectResponse(next_page, status_code=303)
    if credential:
        max_age = KEY_SESSION_S
        if principal.kind == "customer":
            max_age = max(1, int(authenticator.verify(credential)["exp"] - authenticator.clock()))
        # The cookie holds an opaque session id, not the credential: signing out revokes it server-side.
        sessions: PageSessions = request.app.state.sessions
        session_id = await run_in_threadpool(sessions.create, principal, credential, max_age)
        response.set_cookie(
            SESSION_COOKIE,
            session_id,
            max_age=max_age,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
            path="/",
        )
    return response


@router.post("/logout")
def logout(request: Request) -> Response:
    _same_origin(request)
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        request.app.state.sessions.revoke(session_id)  # a copy of the cookie stops working too
    response = RedirectResponse("/ui/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# ------------------------------------------------------------------------------------ review queue


REVIEW_PAGE = 50


@router.get("/reviews")
def review_queue(
    request: Request,
    db: DatabaseDep,
    settings: SettingsDep,
    reviews: ReviewsDep,
    status: str = "pending",
    done: str | None = None,
    error: str | None = None,
    kind: Annotated[str, Query(max_length=40)] = "",
    account: Annotated[str, Query(max_length=128)] = "",
    risk: str = "",
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> HTMLResponse:
    principal = _page_user(request, db, settings, STAFF_PAGES)
    if status not in STATUSES:
        raise PageError(422, f"status {status!r} is not one of {', '.join(STATUSES)}")
    if risk not in ("", "high", "medium", "low"):
        raise PageError(422, f"risk {risk[:20]!r} is not one of high, medium, low")
    chosen = None if status == "all" else status
    filters: dict[str, Any] = {"kind": kind or None, "account_id": account or None, "risk": risk or None}
    total = reviews.count(chosen, **filters)  # type: ignore[arg-type]  # status checked above
    offset = (page - 1) * REVIEW_PAGE
    items = reviews.list(chosen, offset=offset, limit=REVIEW_PAGE, **filters)  # type: ignore[arg-type]
    names = dashboard.account_names(db, sorted({r.account_id for r in items if r.account_id}))
    cards = [
        {
            "review": r,
            "account_name": names.get(r.account_id or "", r.account_id),
            "action": r.action,
            "fields": edit_fields(r.action["args"]),
            "facts": read_only_facts(r.action["args"]),
            # an article's text is the admins' to edit: others approve or reject it as drafted
            "edit_role": (role := edit_rules(r.payload)[1]),
            "can_edit": role is None or principal.role == role,
        }
        for r in items
    ]
    return _render(
        request,
        "reviews.html",
        principal,
        cards=cards,
        status=status,
        statuses=STATUSES,
        done=done,
        error=error,
        total=total,
        page=page,
        pages=max(1, -(-total // REVIEW_PAGE)),
        filters={"kind": kind, "account": account, "risk": risk},
        query=urlencode({"status": status, "kind": kind, "account": account, "risk": risk}),
    )


def _decide(
    action: str, reviews: ReviewService, principal: Principal, review_id: int, form: dict[str, str]
) -> Response:
    by = form.get("by", "").strip()
    actor = f"{by} (key {principal.name})" if by and by != principal.name else principal.name
    try:
        if action == "approve":
            review = reviews.get(review_id)
            args = review.action["args"]
            edited = apply_edits(args, form)
            if edited != args:
                result = reviews.decide(review_id, "edit", actor, edited_args=edited, role=principal.role)
            else:
                result = reviews.decide(review_id, "approve", actor)
        else:
            result = reviews.decide(review_id, "reject", actor, reason=form.get("reason", ""))
    except (ReviewAlreadyDecided, InvalidDecision, ReviewNotFound) as exc:
        return RedirectResponse(f"/ui/reviews?error={quote(str(exc))}", status_code=303)
    except WorkflowResumeError:
        log.exception("review %s: the workflow could not go on", review_id)
        message = (
            f"review {review_id}: the decision is recorded, but the workflow could not go on yet; "
            "`cs-agents reviews recover` retries it"
        )
        return RedirectResponse(f"/ui/reviews?error={quote(message)}", status_code=303)
    note = f"review {review_id} {result.review.status} by {actor}"
    if result.new_reviews:
        note += f"; {len(result.new_reviews)} new draft(s) to review"
    return RedirectResponse(f"/ui/reviews?done={quote(note)}", status_code=303)


@router.post("/reviews/{review_id}/{action}")
async def decide(
    review_id: Annotated[int, PathParam(ge=1, le=2**63 - 1)],
    action: str,
    request: Request,
    db: DatabaseDep,
    settings: SettingsDep,
    reviews: ReviewsDep,
) -> Response:
    """The review cards' forms: approve (with the edited fields) or reject (with a reason)."""
    if action not in ("approve", "reject"):
        raise PageError(404, f"no such decision {action!r}; approve or reject")
    form = await _form(request)

    def work() -> Response:  # the database calls stay off the event loop
        principal = _page_user(request, db, settings, STAFF_PAGES)
        return _decide(action, reviews, principal, review_id, form)

    return await run_in_threadpool(work)


# ---------------------------------------------------------------------------------------- dashboard


@router.get("/dashboard")
def dashboard_page(
    request: Request,
    db: DatabaseDep,
    settings: SettingsDep,
    as_of: str | None = None,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> HTMLResponse:
    principal = _page_user(request, db, settings, STAFF_PAGES)
    day = _day(as_of, db)
    board = request.app.state.dashboards.get(db, day, page)
    risk_chart = charts.bar_chart(
        "Accounts by risk tier",
        [(tier, board.risk.get(tier, 0), dashboard.RISK_COLOURS[tier]) for tier in ("high", "medium", "low")],
    )
    signed_up = board.funnel[0][1] if board.funnel else 0
    funnel_chart = charts.funnel("Activation funnel", board.funnel, signed_up)
    trend_chart = charts.line_chart("Mean health score, weekly", board.trend)
    retention_chart = charts.bar_chart(
        "Accounts active in a month that came back the next month (%)",
        [(r["month"], round(100 * (r["rate"] or 0)), "#3b6fd4") for r in board.retention[-6:]],
        width=520,
    )
    return _render(
        request,
        "dashboard.html",
        principal,
        board=board,
        risk_chart=risk_chart,
        funnel_chart=funnel_chart,
        trend_chart=trend_chart,
        retention_chart=retention_chart,
        meter=charts.meter,
        colours=dashboard.RISK_COLOURS,
    )


@router.get("/accounts/{account_id}")
def account_page(
    account_id: str, request: Request, db: DatabaseDep, settings: SettingsDep, as_of: str | None = None
) -> HTMLResponse:
    principal = _page_user(request, db, settings, STAFF_PAGES)
    day = _day(as_of, db)
    with db.session() as session:
        account = session.get(AccountRow, account_id)
        if account is None:
            raise PageError(404, f"unknown account {account_id!r}")
        session.expunge(account)
    # The stored day (brought up to date: only accounts with something new are scanned), else this one.
    health = None
    if health_history.stored_day(db, day) is not None:
        health_history.refresh(db, day)
        health = health_history.health_of(db, account_id, day)
    health = health or lifecycle.scan(db, day, [account_id])[0]
    trend = dashboard.health_trend(db, day, [account_id])
    query = (
        select(TicketRow, TicketOutcomeRow, TicketLabelRow)
        .outerjoin(TicketOutcomeRow, TicketOutcomeRow.ticket_id == TicketRow.id)
        .outerjoin(TicketLabelRow, TicketLabelRow.ticket_id == TicketRow.id)
        .where(TicketRow.account_id == account_id)
        .order_by(TicketRow.created_at.desc().nulls_last(), TicketRow.id.desc())
        .limit(ACCOUNT_TICKETS)
    )
    with db.session() as session:
        tickets = [
            {"ticket": t, "outcome": o.outcome if o is not None else None, "label": label}
            for t, o, label in session.execute(query).all()
        ]
    guides = milestone_guides()
    return _render(
        request,
        "account.html",
        principal,
        account=account,
        health=health,
        trend_chart=charts.line_chart(f"Health score of {account.name}, weekly", trend),
        milestones=[(guides[m].label, reached) for m, reached in health.milestones.items()],
        colours=dashboard.RISK_COLOURS,
        tickets=tickets,
        tickets_limit=ACCOUNT_TICKETS,
    )


# ------------------------------------------------------------------------------------------ tickets


@router.get("/tickets/{ticket_id}")
def ticket_page(
    ticket_id: str,
    request: Request,
    db: DatabaseDep,
    settings: SettingsDep,
    done: str | None = None,
    error: str | None = None,
) -> HTMLResponse:
    """One ticket, its latest outcome and its label, with the form to set the label."""
    principal = _page_user(request, db, settings, STAFF_PAGES)
    with db.session() as session:
        ticket = session.get(TicketRow, ticket_id)
        if ticket is None:
            raise PageError(404, f"no ticket {ticket_id!r}")
        session.expunge(ticket)
        stored = session.get(TicketOutcomeRow, ticket_id)
        outcome = stored.outcome if stored is not None else None
        account = session.get(AccountRow, ticket.account_id) if ticket.account_id else None
        account_name = account.name if account is not None else None
    return _render(
        request,
        "ticket.html",
        principal,
        ticket=ticket,
        outcome=outcome,
        account_name=account_name,
        label=get_label(db, ticket_id),
        fields=LABEL_FIELDS,
        vocabularies=VOCABULARIES,
        done=done,
        error=error,
    )


@router.post("/tickets/{ticket_id}/labels")
async def label_form(ticket_id: str, request: Request, db: DatabaseDep, settings: SettingsDep) -> Response:
    """The ticket page's label form: the same validation and storage as `POST /v1/tickets/{id}/labels`.
    An empty choice leaves that field as it is."""
    form = await _form(request)

    def work() -> Response:  # the database calls stay off the event loop
        principal = _page_user(request, db, settings, STAFF_PAGES)
        here = f"/ui/tickets/{quote(ticket_id, safe='')}"
        given = {k: form[k] for k in LABEL_FIELDS if form.get(k)}
        try:
            body = LabelIn.model_validate(given)
            label = label_ticket(db, ticket_id, body, principal.name)
        except ValidationError as exc:
            message = "; ".join(_label_error(e) for e in exc.errors())
            return RedirectResponse(f"{here}?error={quote(message)}", status_code=303)
        except Problem as exc:
            if exc.status_code == 404:
                raise PageError(404, exc.detail) from None
            return RedirectResponse(f"{here}?error={quote(exc.detail)}", status_code=303)
        values = ", ".join(f"{k} {getattr(label, k) or '-'}" for k in LABEL_FIELDS)
        return RedirectResponse(f"{here}?done={quote(f'labelled: {values}')}", status_code=303)

    return await run_in_threadpool(work)


def _label_error(error: Any) -> str:
    field = ".".join(str(p) for p in error["loc"])
    if field in VOCABULARIES:
        return f"{field} {error['input']!r} is not one of {', '.join(VOCABULARIES[field])}"
    return str(error["msg"]).removeprefix("Value error, ")


# --------------------------------------------------------------------------------------------- chat


@router.get("/chat")
def chat_page(request: Request, db: DatabaseDep, settings: SettingsDep) -> HTMLResponse:
    principal = _page_user(request, db, settings)
    accounts: list[tuple[str, str]] = []
    if principal.role == "admin":  # admins chat on behalf of an account (customers are their own)
        accounts = sorted(dashboard.account_names(db).items(), key=lambda item: item[1])
    return _render(request, "chat.html", principal, accounts=accounts)


@router.get("/articles/{article_id}")
def article_page(
    article_id: str, request: Request, db: DatabaseDep, settings: SettingsDep, kb: KnowledgeBaseDep
) -> HTMLResponse:
    principal = _page_user(request, db, settings)
    sections = kb.article_sections(article_id)
    if not sections:
        raise PageError(404, f"no article {article_id!r} in the knowledge base")
    return _render(request, "article.html", principal, article_id=article_id, sections=sections)
