"""The FastAPI application factory."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool

from agents.context import Services
from api import problems
from api.auth import Authenticator
from api.hardening import HostGuard, SecurityHeaders
from api.limits import BodySizeLimit, InFlight, ReleaseInFlight
from api.metrics import Metrics, RequestMetrics
from api.routers import accounts, chat, events, health, kb, openai_compat, pages, reviews, tickets, tokens
from api.sessions import PageSessions
from cs_agents import __version__
from cs_agents.db import get_database
from cs_agents.settings import Settings, get_settings
from graph.run import TicketRunner
from graph.runtime import review_service
from graph.worker import Worker, show_progress, start_in_background

log = logging.getLogger("api")

DESCRIPTION = """Multi-agent customer-success service.

Send `Authorization: Bearer <API key or customer token>` on every `/v1` endpoint. API keys have the role
`admin` or `reviewer`; customer tokens (minted with `POST /v1/tokens`) see only their own account.
Errors are `application/problem+json`."""


class _NoQueryInAccessLog(logging.Filter):
    """uvicorn's access log writes the path with its query string: `/v1/kb/search?q=...` would put what a
    customer searched (unscreened) in the log. The path stays; the query becomes `?…`."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str) and "?" in args[2]:
            record.args = (*args[:2], args[2].split("?", 1)[0] + "?…", *args[3:])
        return True


def _quiet_access_log() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, _NoQueryInAccessLog) for f in access.filters):
        access.addFilter(_NoQueryInAccessLog())


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    _quiet_access_log()
    authenticator = Authenticator.from_settings(settings)  # ValueError: the keys setting says what to fix
    get_database(settings)  # a new database gets its tables; an outdated one is refused (docs/migrations.md)
    services = Services.build(settings)
    runner = TicketRunner(services)
    review_svc = review_service(services)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if authenticator.dev_mode:
            log.warning(
                "no API keys configured (CS_AGENTS_API_KEYS): local dev mode, every request without "
                "credentials is an admin; configure keys before exposing the service"
            )
        # The first chat would otherwise wait for the triage examples (embedded once, then cached on disk).
        await run_in_threadpool(runner.warm)
        stop = threading.Event()
        if settings.worker_enabled:
            show_progress()
            start_in_background(Worker(services, review_svc), stop)
        try:
            yield
        finally:
            stop.set()  # the worker stops after its job in progress; a job cut short is run again later
            runner.close()
            review_svc.close()

    app = FastAPI(title="cs-agents", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    app.state.auth = authenticator
    app.state.sessions = PageSessions(get_database(settings), authenticator)
    app.state.in_flight = InFlight()  # requests in progress per caller (api.deps.count_request)
    app.state.auth_blocked = {}  # client address -> when its failed-authentication block ends (api.auth)
    app.state.services = services
    app.state.kb = services.kb  # one store and model per process, shared by requests
    app.state.runner = runner
    app.state.reviews = review_svc
    app.state.metrics = Metrics()
    problems.install(app)
    for router in (health, chat, openai_compat, tickets, reviews, accounts, events, kb, tokens):
        app.include_router(router.router)
    pages.install(app)
    app.add_middleware(ReleaseInFlight)  # around the routes: a streamed answer is done when it returns
    app.add_middleware(
        BodySizeLimit, max_bytes=settings.max_request_bytes, timeout_s=settings.server_body_timeout_s
    )
    app.add_middleware(HostGuard, allowed_hosts=settings.allowed_host_names, dev_mode=authenticator.dev_mode)
    app.add_middleware(SecurityHeaders)  # outside the guards: their refusals carry the headers too
    app.add_middleware(RequestMetrics, metrics=app.state.metrics)  # outermost: counts 413s too
    return app
