"""A review service on one process's `Services` (database, knowledge base, brain): what the app shares
between requests besides the ticket runner, and what the worker runs its workflows with."""

from __future__ import annotations

import dataclasses
from typing import Any

from agents.context import Services
from graph.review import ReviewRegistry, Workflow
from graph.reviews_service import ReviewService
from graph.workflows import registry


class SharedServicesRegistry(ReviewRegistry):
    """The process-wide workflow registry, with the app's `Services` as every workflow's run context
    (instead of building new services, a new knowledge-base client and model, for each run)."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services

    def get(self, name: str) -> Workflow:
        workflow = registry.get(name)
        if workflow.context == Services.build:
            return dataclasses.replace(workflow, context=self._context)
        return workflow

    def names(self) -> list[str]:
        return registry.names()

    def _context(self, _settings: Any) -> Services:
        return self.services


def review_service(services: Services) -> ReviewService:
    return ReviewService(services.settings, services.db, workflows=SharedServicesRegistry(services))
