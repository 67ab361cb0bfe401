"""Bug Resolver: match bug and outage reports to known issues, give workarounds, file bug reports."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from agents import cues, detectors
from agents.context import Services
from agents.customer_success.triage import Triage
from agents.tools import file_bug_report
from knowledge_base.search import Hit, KnowledgeBase

# Cosine of the report to the issue's best section, per vector space. English model: on the sample's
# labelled tickets true matches scored 0.57-0.91 and reports of other defects 0.33-0.55 (one outlier at
# 0.66). Multilingual model (non-English reports), on the tuning products' tickets: true matches 0.42-0.70,
# other defects 0.18-0.43 (one outlier at 0.59).
KNOWN_ISSUE_MATCH = {"english": 0.56, "multilingual": 0.44}


def is_match(similarity: float, space: str) -> bool:
    """Whether a known issue this similar to a report is the report's defect."""
    return similarity >= KNOWN_ISSUE_MATCH.get(space, KNOWN_ISSUE_MATCH["english"])


_WORKAROUND = re.compile(
    r"workaround|work-around|temporary fix|soluci[oó]n temporal|contournement|umgehung", re.I
)
_STATUS = re.compile(r"status|fix|resolved|what to do", re.I)


class BugAssessment(BaseModel):
    """Whether a reported defect is a known issue, and what the customer can do."""

    known_issue_id: str | None = Field(default=None, description="the matching known issue, if any")
    title: str | None = Field(default=None, description="its title")
    status: str | None = Field(default=None, description="open or fixed")
    workaround: str | None = Field(default=None, description="the workaround text, if the issue has one")
    fixed_note: str | None = Field(default=None, description="for fixed issues: what to do to get the fix")
    fix_failed: bool = Field(
        default=False, description="the customer says the known workaround or fix did not help"
    )

    @property
    def answerable(self) -> bool:
        return (
            self.known_issue_id is not None
            and (self.workaround is not None or self.status == "fixed")
            and not self.fix_failed
        )


def assess(kb: KnowledgeBase, issues: list[Hit]) -> BugAssessment:
    if not issues or not is_match(issues[0].similarity, issues[0].space):
        return BugAssessment()
    best = issues[0]
    sections = kb.article_sections(best.id)
    status = _status_of(kb, best.id)
    workaround = "\n\n".join(s.text for s in sections if _WORKAROUND.search(s.section)) or None
    fixed_note = None
    if status == "fixed":
        fixed_note = "\n\n".join(s.text for s in sections if _STATUS.search(s.section)) or None
    return BugAssessment(
        known_issue_id=best.id, title=best.title, status=status, workaround=workaround, fixed_note=fixed_note
    )


def _status_of(kb: KnowledgeBase, doc_id: str) -> str:
    return kb.article_status(doc_id) or "open"


def resolve(
    services: Services,
    ticket_id: str,
    account_id: str | None,
    text: str,
    triage: Triage,
    issues: list[dict[str, Any]],
) -> tuple[BugAssessment, str | None]:
    """Assess a bug or outage report against the known `issues` retrieval found; file a bug report for
    engineering when it is a defect with no known issue that answers it. Returns the assessment and the
    report's id (None when none was filed)."""
    assessment = assess(services.kb, [Hit(**h) for h in issues])
    if assessment.known_issue_id and cues.has(cues.FIX_FAILED, detectors.normalise(text)):
        assessment = assessment.model_copy(update={"fix_failed": True})
    if triage.category != "bug_report" or assessment.answerable:
        return assessment, None
    details = text + (
        f"\n\nRelated known issue: {assessment.known_issue_id}" if assessment.known_issue_id else ""
    )
    report = file_bug_report(services, ticket_id, account_id, triage.summary[:300], details, triage.priority)
    return assessment, report
