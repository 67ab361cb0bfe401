"""Liveness and readiness."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from api.deps import DatabaseDep, KnowledgeBaseDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get("/readyz", response_model=None)
def readyz(db: DatabaseDep, kb: KnowledgeBaseDep) -> dict[str, Any] | JSONResponse:
    """The database and the knowledge base answer."""
    checks: dict[str, str] = {}
    try:
        with db.session() as session:
            session.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as exc:  # noqa: BLE001 - report any failure as not ready
        checks["database"] = f"error: {exc}"
    try:
        checks["knowledge_base"] = f"ok ({kb.store.count()} chunks)"
    except Exception as exc:  # noqa: BLE001
        checks["knowledge_base"] = f"error: {exc}"
    ready = all(v.startswith("ok") for v in checks.values())
    body = {"status": "ready" if ready else "not ready", "checks": checks}
    return body if ready else JSONResponse(body, status_code=503)
