"""What a reviewer's edit may change (issue 12, finding 1): only the fields the review config lists, in
the same shape; article text only with an admin key; article ids by the one slug rule, so no edit writes
a file outside the published folder."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from agents.documentation import PUBLISHED_DIR, record_unanswered
from api.app import create_app
from cs_agents.db import get_database
from cs_agents.loader import load_folder
from cs_agents.settings import Settings
from tests.api.conftest import ADMIN, API_KEYS, AS_OF, REVIEWER


@pytest.fixture(scope="module")
def own_api(tmp_path_factory: pytest.TempPathFactory, product_dir: Path) -> Iterator[TestClient]:
    """An app on a data directory of its own: these tests publish articles, which other tests' searches
    must not see."""
    data_dir = tmp_path_factory.mktemp("edits") / "data"
    settings = Settings(data_dir=data_dir, api_keys=API_KEYS, rate_limit_requests=0)
    assert load_folder(product_dir, settings, get_database(settings)).problems == 0
    with TestClient(create_app(settings)) as client:
        yield client


def article_review(api: TestClient, thread: str) -> dict[str, Any]:
    services = api.app.state.services  # type: ignore[attr-defined]
    record_unanswered(services, f"T-{thread}", "Can I export the rota as a PDF for the wall?", "how_to", 0.1)
    [review] = api.app.state.reviews.start("knowledge_gaps", thread, {"limit": 1}).reviews  # type: ignore[attr-defined]
    out: dict[str, Any] = api.get(f"/v1/reviews/{review.id}", headers=ADMIN).json()
    return out


def approve(api: TestClient, review: dict[str, Any], args: dict[str, Any], headers: dict[str, str]) -> Any:
    return api.post(f"/v1/reviews/{review['id']}/approve", json={"edited_args": args}, headers=headers)


def test_article_ids_out_of_the_slug_rule_never_reach_the_disk(own_api: TestClient, tmp_path: Path) -> None:
    review = article_review(own_api, "gaps-ids")
    data_dir: Path = own_api.app.state.settings.data_dir  # type: ignore[attr-defined]
    outside = tmp_path / "planted"
    for bad in ["../../x", str(outside), "with space", ".hidden", "a/b", "x" * 129]:
        args = {**review["action"]["args"], "id": bad}
        answer = approve(own_api, review, args, ADMIN)
        assert answer.status_code == 422, (bad, answer.text)
        assert "id" in answer.json()["detail"]
    assert not (data_dir.parent / "x.md").exists() and not (data_dir / "x.md").exists()
    assert not outside.with_suffix(".md").exists()
    published = data_dir / PUBLISHED_DIR
    assert not published.exists() or sorted(p.name for p in published.iterdir()) == []
    # the refusals left the review pending: a good edit still publishes
    args = {**review["action"]["args"], "id": "rota-pdf-export", "body": "# Rota as PDF\n\nUse Print."}
    done = approve(own_api, review, args, ADMIN)
    assert done.status_code == 200, done.text
    assert (published / "rota-pdf-export.md").is_file()


def test_only_an_admin_edits_what_an_article_says(own_api: TestClient) -> None:
    review = article_review(own_api, "gaps-role")
    args = {**review["action"]["args"], "body": "# Refunds\n\nEvery refund is approved: mail us."}
    refused = approve(own_api, review, args, REVIEWER)
    assert refused.status_code == 403 and "admin" in refused.json()["detail"]
    assert own_api.get(f"/v1/reviews/{review['id']}", headers=ADMIN).json()["status"] == "pending"
    rejected = own_api.post(
        f"/v1/reviews/{review['id']}/reject", json={"reason": "needs the answer"}, headers=REVIEWER
    )
    assert rejected.status_code == 200  # a reviewer still decides on the draft itself


def test_a_draft_without_its_answer_is_never_published(own_api: TestClient) -> None:
    # Found by the attacker's second pass: a reviewer approving the offline draft as it stands put a
    # customer's words (their question, a phone number) in front of every customer as help-centre advice.
    review = article_review(own_api, "gaps-unanswered")
    for headers in (REVIEWER, ADMIN):
        refused = own_api.post(f"/v1/reviews/{review['id']}/approve", json={}, headers=headers)
        assert refused.status_code == 422, refused.text
        assert "no answer yet" in refused.json()["detail"]
    assert own_api.get(f"/v1/reviews/{review['id']}", headers=ADMIN).json()["status"] == "pending"
    args = {**review["action"]["args"], "body": "# Rota as PDF\n\nOpen the rota and choose Print."}
    assert approve(own_api, review, args, ADMIN).status_code == 200


def test_a_campaign_edit_changes_only_the_words(own_api: TestClient) -> None:
    started = own_api.post("/v1/accounts/acc_new/onboarding", json={"as_of": AS_OF}, headers=REVIEWER)
    [review_id] = started.json()["review_ids"]
    args = own_api.get(f"/v1/reviews/{review_id}", headers=REVIEWER).json()["action"]["args"]

    def edited(change: Any) -> dict[str, Any]:
        new = copy.deepcopy(args)
        change(new)
        return new

    extra = {**args["messages"][0], "subject": "Buy now", "day": 1}
    not_allowed = {
        "more messages": edited(lambda a: a["messages"].extend([extra] * 50)),
        "fewer messages": edited(lambda a: a["messages"].pop()),
        "another account": edited(lambda a: a.update(account_id="acc_b")),
        "another channel": edited(lambda a: a["messages"][0].update(channel="in_app")),
        "another day": edited(lambda a: a["messages"][0].update(day=99)),
        "a new field": edited(lambda a: a["messages"][0].update(bcc="x@evil.example")),
        "text made an object": edited(lambda a: a["messages"][0].update(body={"html": "<img>"})),
    }
    for what, bad in not_allowed.items():
        answer = own_api.post(f"/v1/reviews/{review_id}/approve", json={"edited_args": bad}, headers=REVIEWER)
        assert answer.status_code == 422, (what, answer.text)
    good = edited(lambda a: a["messages"][1].update(subject="Your first week", body="Hello again."))
    answer = own_api.post(f"/v1/reviews/{review_id}/approve", json={"edited_args": good}, headers=REVIEWER)
    assert answer.status_code == 200, answer.text
    assert answer.json()["review"]["status"] == "edited"


def test_the_review_queue_shows_a_customers_markup_as_text(own_api: TestClient) -> None:
    services = own_api.app.state.services  # type: ignore[attr-defined]
    question = (
        "Where is my invoice? ![p](https://tracker.example/p.png) [pay here](https://phish.example/pay)"
    )
    record_unanswered(services, "T-markup", question, "billing", 0.1)
    # every open group (other tests leave gaps open): this question gets a draft whatever the grouping
    own_api.app.state.reviews.start("knowledge_gaps", "gaps-markup", {"limit": None})  # type: ignore[attr-defined]
    page = own_api.get("/ui/reviews", headers=REVIEWER)
    assert page.status_code == 200
    assert "Where is my invoice?" in page.text
    assert "<img" not in page.text
    assert 'href="https://phish.example' not in page.text and "tracker.example" not in page.text


def test_the_queue_offers_article_text_for_editing_to_admins_only(own_api: TestClient) -> None:
    review = article_review(own_api, "gaps-page")
    card_of = f'id="review-{review["id"]}"'

    def card(headers: dict[str, str]) -> str:
        page = own_api.get("/ui/reviews", headers=headers).text
        start = page.index(card_of)
        return page[start : page.index("</article>", start)]

    as_reviewer = card(REVIEWER)
    assert "Approve as drafted" in as_reviewer and "<textarea" not in as_reviewer
    assert "needs the admin role" in as_reviewer
    as_admin = card(ADMIN)
    assert "<textarea" in as_admin and "Approve as drafted" not in as_admin
