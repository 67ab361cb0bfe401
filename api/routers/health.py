"""Liveness, readiness and Prometheus metrics (no credentials needed)."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import APIRouter
from fastapi.responses import JSONResponse, PlainTextResponse
from sqlalchemy import func, select, text

from api.deps import (
    AuthenticatorDep,
    DatabaseDep,
    KnowledgeBaseDep,
    MetricsDep,
    ServicesDep,
    SettingsDep,
)
from cs_agents.db import ReviewRow
from cs_agents.settings import Settings

router = APIRouter(tags=["health"])
PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8"


@router.get("/healthz")
def healthz(auth: AuthenticatorDep) -> dict[str, str]:
    """The process is up; `auth` says whether API keys are required or the service runs in local dev mode."""
    if auth.dev_mode:
        return {
            "status": "ok",
            "auth": "local dev mode: no API keys configured (CS_AGENTS_API_KEYS), every request is admin",
        }
    return {"status": "ok", "auth": "api keys and customer tokens required on /v1"}


def _model_check(settings: Settings) -> str:
    base = (settings.openai_base_url or "https://api.openai.com/v1").rstrip("/")
    headers = {}
    if settings.openai_api_key is not None:
        headers["Authorization"] = f"Bearer {settings.openai_api_key.get_secret_value()}"
    try:
        answer = httpx.get(f"{base}/models", headers=headers, timeout=settings.readyz_timeout_s)
    except httpx.HTTPError as exc:
        return f"error: {type(exc).__name__} reaching {base}/models"
    if answer.status_code != 200:
        return f"error: {base}/models answered {answer.status_code}"
    return "ok"


@router.get("/readyz", response_model=None)
def readyz(
    db: DatabaseDep, kb: KnowledgeBaseDep, settings: SettingsDep, services: ServicesDep
) -> dict[str, Any] | JSONResponse:
    """The database and the knowledge base answer (and the model server, when a model is configured).

    With a model, `model` says which request shapes this process uses, which it changed because the server
    refused one (and why), and how many decisions fell back to the offline brain, by cause: a service can
    be ready while every ticket is answered offline, and this is where that shows."""
    checks: dict[str, str] = {}
    try:
        with db.session() as session:
            session.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as exc:  # noqa: BLE001 - report any failure as not ready
        checks["database"] = f"error: {type(exc).__name__}"
    try:
        checks["knowledge_base"] = f"ok ({kb.store.count()} chunks)"
    except Exception as exc:  # noqa: BLE001
        checks["knowledge_base"] = f"error: {type(exc).__name__}"
    if settings.llm_provider != "offline":
        checks["model"] = _model_check(settings)
    ready = all(v.startswith("ok") for v in checks.values())
    body: dict[str, Any] = {"status": "ready" if ready else "not ready", "checks": checks}
    if settings.llm_provider != "offline":
        brain = services.brain
        body["model"] = {**brain.request_shapes.report(), **brain.stats.report()}
    return body if ready else JSONResponse(body, status_code=503)


@router.get("/metrics", response_class=PlainTextResponse)
def metrics(db: DatabaseDep, registry: MetricsDep, services: ServicesDep) -> PlainTextResponse:
    """Prometheus text format: requests, latency, model calls, attempts by result, retries, tokens,
    fallbacks, pending reviews."""
    with db.session() as session:
        pending = session.scalar(
            select(func.count()).select_from(ReviewRow).where(ReviewRow.status == "pending")
        )
    gauges = {"cs_agents_reviews_pending": ("reviews waiting for a person", float(pending or 0))}
    text = registry.render(gauges, services.brain.stats, services.brain.request_shapes)
    return PlainTextResponse(text, media_type=PROMETHEUS_TEXT)
