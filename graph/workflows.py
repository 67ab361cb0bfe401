"""The reviewable workflows every process can start and resume, by name: one explicit list.

A new workflow module defines its `workflow = define_workflow(...)` and is added here; importing a module
registers nothing by itself.
"""

from __future__ import annotations

from graph import celebration, knowledge_gaps, onboarding, retention
from graph.review import ReviewRegistry

registry = ReviewRegistry(
    [onboarding.workflow, celebration.workflow, retention.workflow, knowledge_gaps.workflow]
)
