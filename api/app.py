"""The FastAPI application factory."""

from __future__ import annotations

from fastapi import FastAPI

from api.routers import health, kb
from cs_agents import __version__
from cs_agents.settings import Settings, get_settings
from knowledge_base.search import KnowledgeBase


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(title="cs-agents", version=__version__, description="Multi-agent customer-success service")
    app.state.settings = settings
    app.state.kb = KnowledgeBase(settings)  # one store and model per process, shared by requests
    app.include_router(health.router)
    app.include_router(kb.router)
    return app
