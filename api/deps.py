"""FastAPI dependencies as Annotated aliases; tests swap them with dependency_overrides."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from agents.context import Services
from api.auth import Authenticator, Principal, get_principal, require_role
from api.limits import enforce, hold_in_flight
from api.metrics import Metrics
from cs_agents.db import Database, get_database
from cs_agents.settings import Settings
from graph.reviews_service import ReviewService
from graph.run import TicketRunner
from knowledge_base.search import KnowledgeBase


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_db(settings: Annotated[Settings, Depends(get_app_settings)]) -> Database:
    return get_database(settings)


def get_kb(request: Request) -> KnowledgeBase:
    kb: KnowledgeBase = request.app.state.kb
    return kb


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def get_runner(request: Request) -> TicketRunner:
    runner: TicketRunner = request.app.state.runner
    return runner


def get_reviews(request: Request) -> ReviewService:
    reviews: ReviewService = request.app.state.reviews
    return reviews


def get_metrics(request: Request) -> Metrics:
    metrics: Metrics = request.app.state.metrics
    return metrics


def get_authenticator(request: Request) -> Authenticator:
    auth: Authenticator = request.app.state.auth
    return auth


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
DatabaseDep = Annotated[Database, Depends(get_db)]
KnowledgeBaseDep = Annotated[KnowledgeBase, Depends(get_kb)]
ServicesDep = Annotated[Services, Depends(get_services)]
RunnerDep = Annotated[TicketRunner, Depends(get_runner)]
ReviewsDep = Annotated[ReviewService, Depends(get_reviews)]
MetricsDep = Annotated[Metrics, Depends(get_metrics)]
AuthenticatorDep = Annotated[Authenticator, Depends(get_authenticator)]

# Who is calling (401 without valid credentials once keys are configured) ...
PrincipalDep = Annotated[Principal, Depends(get_principal)]
# ... and with which role (403 otherwise).
StaffDep = Annotated[Principal, Depends(require_role("admin", "reviewer"))]
AdminDep = Annotated[Principal, Depends(require_role("admin"))]


def count_request(principal: Principal, request: Request, settings: Settings, db: Database) -> None:
    """Count the request against the caller's key (or token's account; in dev mode its address): the
    rate limit, and the requests it has in progress."""
    key = principal.rate_key
    if principal.dev_mode:
        key = f"dev:{request.client.host if request.client else 'local'}"
    enforce(db, key, settings.rate_limit_requests, settings.rate_limit_window_s)
    limit = (
        settings.resolved_max_in_flight_per_account
        if principal.kind == "customer"
        else settings.max_in_flight_per_key
    )
    hold_in_flight(request.scope.setdefault("state", {}), request.app.state.in_flight, key, limit)


def rate_limit(principal: PrincipalDep, settings: SettingsDep, db: DatabaseDep, request: Request) -> None:
    count_request(principal, request, settings, db)


# Every /v1 router takes this: authentication, then the rate limit.
RateLimited = Depends(rate_limit)
