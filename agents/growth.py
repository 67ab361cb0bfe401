"""Growth: retention and expansion plays. In the ticket flow: a save proposal for a cancellation.

The proposal is for the person who owns the save attempt; nothing in it reaches the customer unapproved,
and any offer is only ever a proposal.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

_PRICE = re.compile(r"pric|expensive|cost|budget|cheaper|caro|cher|teuer|barato|costoso|duur", re.I)
_FEATURE = re.compile(r"missing|doesn'?t (?:have|support)|lack|need a feature|no (?:tiene|a pas)|fehlt", re.I)
_USAGE = re.compile(
    r"not using|don'?t use|barely use|no (?:lo )?usamos|n'utilisons|nutzen (?:es )?nicht|too complicated",
    re.I,
)
_COMPETITOR = re.compile(
    r"switch|competitor|another (?:tool|provider|scheduler|app)|otra herramienta|concurrent|anderen anbieter",
    re.I,
)


class SaveProposal(BaseModel):
    """A proposed save attempt for a customer who wants to cancel."""

    reason: str = Field(description="why the customer is leaving, as far as the message says")
    actions: list[str] = Field(description="what the account owner should do, in order")
    offer_requires_approval: bool = Field(description="true when an action is a commercial offer")


def offline_save_proposal(text: str, account: dict[str, Any]) -> SaveProposal:
    plan = account.get("plan", "unknown plan")
    seats = account.get("seats")
    actions = ["Call the main contact within one business day; listen first, confirm the reason."]
    offer = False
    if _PRICE.search(text):
        reason = "price"
        actions.append(f"Review their {plan} plan and seats ({seats}) for a right-sized option.")
        actions.append("Propose a retention discount for approval only if right-sizing is not enough.")
        offer = True
    elif _FEATURE.search(text):
        reason = "missing capability"
        actions.append("Check the roadmap and known workarounds for what they need; involve product.")
    elif _USAGE.search(text):
        reason = "low adoption"
        actions.append("Offer a free training session on the core features they have not adopted.")
    elif _COMPETITOR.search(text):
        reason = "switching to a competitor"
        actions.append("Prepare a value summary from their usage; offer an executive conversation.")
    else:
        reason = "not stated"
        actions.append("Ask what would have to change for them to stay.")
    actions.append("Confirm the cancellation terms in writing if they still want to leave.")
    return SaveProposal(reason=reason, actions=actions, offer_requires_approval=offer)


def describe(proposal: SaveProposal) -> str:
    approval = " (any offer needs approval)" if proposal.offer_requires_approval else ""
    return f"Save attempt, reason: {proposal.reason}{approval}. " + " ".join(
        f"{i}. {a}" for i, a in enumerate(proposal.actions, 1)
    )
