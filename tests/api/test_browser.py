"""The pages in a real browser (Debian's Chromium driven by Playwright) against a real uvicorn process."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from cs_agents.db import OutboxRow, ReviewRow, get_database
from cs_agents.settings import Settings
from tests.api.conftest import ADMIN, AS_OF, QUESTION_PASSWORD, REVIEWER_KEY

CHROMIUM = os.environ.get("CS_AGENTS_TEST_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium: Any) -> Iterator[Any]:
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_a_reviewer_edits_and_approves_a_campaign_in_the_queue(
    server: str, page: Any, data_dir: Path
) -> None:
    started = httpx.post(
        f"{server}/v1/accounts/acc_a/onboarding", json={"as_of": AS_OF}, headers=ADMIN, timeout=30
    )
    assert started.status_code == 201, started.text
    review_id = started.json()["review_ids"][0]
    p = page

    p.goto(f"{server}/ui/reviews")
    assert "/ui/login" in p.url
    p.fill("#credential", REVIEWER_KEY)
    p.click("form button[type=submit]")
    card = p.locator(f"#review-{review_id}")
    card.wait_for()
    evidence = card.locator(".evidence .markdown").inner_text()
    assert "Onboarding campaign for Brightside Dental" in evidence
    subject = card.locator("input[name$='.subject']").first
    subject.fill("Welcome aboard, from your own CSM")
    card.locator(".approve-form button[type=submit]").click()
    flash = p.locator(".flash.ok")
    flash.wait_for()
    assert f"review {review_id} edited by maya" in flash.inner_text()

    db = get_database(Settings(data_dir=data_dir))
    with db.session() as session:
        review = session.get(ReviewRow, review_id)
        assert review is not None and review.status == "edited"
        subjects = session.scalars(select(OutboxRow.subject).where(OutboxRow.review_id == review_id)).all()
    assert "Welcome aboard, from your own CSM" in subjects


def test_a_customer_sees_the_streamed_answer_with_a_citation(server: str, page: Any) -> None:
    token = httpx.post(f"{server}/v1/tokens", json={"account_id": "acc_a"}, headers=ADMIN, timeout=30).json()[
        "token"
    ]
    p = page
    p.goto(f"{server}/ui/login?next=/ui/chat")
    p.fill("#credential", token)
    p.click("form button[type=submit]")
    p.wait_for_url(f"{server}/ui/chat")
    p.fill("#message", QUESTION_PASSWORD)
    with p.expect_response(f"{server}/v1/chat") as streamed:
        p.click("#chat-form button[type=submit]")
    assert streamed.value.headers["content-type"].startswith("text/event-stream")
    citation = p.locator(".turn.agent .citations a").first
    citation.wait_for(timeout=20_000)
    assert citation.inner_text() == "reset-password"
    answer = p.locator(".turn.agent .text").first.inner_text()
    assert "password" in answer.lower()
    # Shown rendered from the server's HTML, not as Markdown source.
    assert p.locator(".turn.agent .text.rendered").count() == 1 and "**" not in answer
    assert p.locator(".turn.agent").first.get_attribute("data-resolution") == "answer"

    # The citation opens the article the answer relies on.
    with p.context.expect_page() as opened:
        citation.click()
    article = opened.value
    article.wait_for_load_state()
    assert "/ui/articles/reset-password" in article.url
    assert "password" in article.inner_text("h1").lower()
