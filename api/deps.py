"""FastAPI dependencies as Annotated aliases; tests swap them with dependency_overrides."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from cs_agents.db import Database, get_database
from cs_agents.settings import Settings
from knowledge_base.search import KnowledgeBase


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_db(settings: Annotated[Settings, Depends(get_app_settings)]) -> Database:
    return get_database(settings)


def get_kb(request: Request) -> KnowledgeBase:
    kb: KnowledgeBase = request.app.state.kb
    return kb


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
DatabaseDep = Annotated[Database, Depends(get_db)]
KnowledgeBaseDep = Annotated[KnowledgeBase, Depends(get_kb)]
