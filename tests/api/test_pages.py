"""The web pages over the app: sign-in, scope, the review forms, the dashboard, cross-site refusal."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.app import create_app
from api.auth import SESSION_COOKIE
from cs_agents.db import OutboxRow, ReviewRow, get_database
from cs_agents.settings import Settings
from tests.api.conftest import ADMIN, API_KEYS, AS_OF, REVIEWER_KEY, customer_headers

EVIL = {"Origin": "http://evil.example"}


@pytest.fixture
def browser(api: TestClient) -> Iterator[TestClient]:
    """A client with its own cookie jar on the shared (secured) app, like a browser tab."""
    client = TestClient(api.app, follow_redirects=False)
    yield client
    client.close()


def sign_in(client: TestClient, credential: str, next_page: str = "/ui") -> None:
    answer = client.post("/ui/login", data={"credential": credential, "next": next_page})
    assert answer.status_code == 303, answer.text
    assert answer.headers["location"] == next_page


def draft_campaign(api: TestClient, account_id: str = "acc_a") -> int:
    started = api.post(f"/v1/accounts/{account_id}/onboarding", json={"as_of": AS_OF}, headers=ADMIN)
    assert started.status_code == 201, started.text
    return int(started.json()["review_ids"][0])


def review_card(html: str, review_id: int) -> str:
    match = re.search(rf'<article class="review" id="review-{review_id}".*?</article>', html, re.S)
    assert match, f"review {review_id} is not on the page"
    return match.group(0)


def field_values(card: str) -> dict[str, str]:
    """The approve form's fields as a browser would submit them."""
    values = {
        m[0]: unescape(m[1]) for m in re.findall(r'<input id="[^"]+" name="(f:[^"]+)" value="([^"]*)"', card)
    }
    for name, text in re.findall(r'<textarea id="[^"]+" name="(f:[^"]+)"[^>]*>(.*?)</textarea>', card, re.S):
        values[name] = unescape(text)
    return values


def test_pages_send_strangers_to_the_sign_in_form(browser: TestClient) -> None:
    answer = browser.get("/ui/reviews")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/ui/login?next=/ui/reviews"
    form = browser.get("/ui/login?next=/ui/reviews")
    assert form.status_code == 200
    assert 'name="credential"' in form.text


def test_a_wrong_key_is_refused_with_the_reason(browser: TestClient) -> None:
    answer = browser.post("/ui/login", data={"credential": "not-a-key", "next": "/ui/reviews"})
    assert answer.status_code == 401
    assert "neither a known API key nor a customer token" in answer.text
    assert SESSION_COOKIE not in answer.cookies


def test_sign_in_sets_an_http_only_strict_cookie_and_the_queue_opens(browser: TestClient) -> None:
    answer = browser.post("/ui/login", data={"credential": REVIEWER_KEY, "next": "/ui/reviews"})
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie
    assert "samesite=strict" in cookie
    page = browser.get("/ui/reviews")
    assert page.status_code == 200
    assert "Review queue" in page.text
    assert "maya" in page.text  # the signed-in key's name


def test_sign_in_never_redirects_off_site(browser: TestClient) -> None:
    answer = browser.post("/ui/login", data={"credential": REVIEWER_KEY, "next": "//evil.example/x"})
    assert answer.headers["location"] == "/ui"


def test_a_reviewer_edits_and_approves_a_campaign_and_the_outbox_has_the_edit(
    api: TestClient, browser: TestClient, secured_settings: Settings
) -> None:
    review_id = draft_campaign(api)
    sign_in(browser, REVIEWER_KEY)
    card = review_card(browser.get("/ui/reviews").text, review_id)
    assert "Evidence" in card
    fields = field_values(card)
    subject_field = next(name for name in fields if name.endswith(".subject"))
    fields[subject_field] = "Welcome to the team, edited by a person"
    fields["f:account_id"] = "acc_b"  # not an editable field: ignored

    answer = browser.post(f"/ui/reviews/{review_id}/approve", data=fields)
    assert answer.status_code == 303
    flash = browser.get(answer.headers["location"]).text
    assert f"review {review_id} edited by maya" in unescape(flash)

    db = get_database(secured_settings)
    with db.session() as session:
        review = session.get(ReviewRow, review_id)
        assert review is not None and review.status == "edited"
        subjects = session.scalars(select(OutboxRow.subject).where(OutboxRow.review_id == review_id)).all()
        recipients = session.scalars(
            select(OutboxRow.recipient).where(OutboxRow.review_id == review_id)
        ).all()
    assert "Welcome to the team, edited by a person" in subjects
    assert all("zephyr" not in r for r in recipients)  # still acc_a's contact


def test_approving_unchanged_is_an_approval_and_a_second_decision_is_refused(
    api: TestClient, browser: TestClient
) -> None:
    review_id = draft_campaign(api)
    sign_in(browser, REVIEWER_KEY)
    fields = field_values(review_card(browser.get("/ui/reviews").text, review_id))
    first = browser.post(f"/ui/reviews/{review_id}/approve", data=fields)
    assert "approved" in browser.get(first.headers["location"]).text
    again = browser.post(f"/ui/reviews/{review_id}/approve", data=fields)
    page = unescape(browser.get(again.headers["location"]).text)
    assert f"review {review_id} was already approved by maya" in page


def test_a_rejection_needs_a_reason_and_records_it(api: TestClient, browser: TestClient) -> None:
    review_id = draft_campaign(api)
    sign_in(browser, REVIEWER_KEY)
    blank = browser.post(f"/ui/reviews/{review_id}/reject", data={"reason": "  "})
    assert "needs a reason" in unescape(browser.get(blank.headers["location"]).text)
    answer = browser.post(f"/ui/reviews/{review_id}/reject", data={"reason": "wrong tone"})
    assert "rejected" in browser.get(answer.headers["location"]).text
    detail = api.get(f"/v1/reviews/{review_id}", headers=ADMIN).json()
    assert detail["status"] == "rejected"
    assert detail["decision"]["decisions"][0]["message"] == "wrong tone"


def test_a_cross_site_form_post_is_refused_and_changes_nothing(api: TestClient, browser: TestClient) -> None:
    review_id = draft_campaign(api)
    sign_in(browser, REVIEWER_KEY)
    answer = browser.post(f"/ui/reviews/{review_id}/approve", data={}, headers=EVIL)
    assert answer.status_code == 403
    assert "cross-site request refused" in answer.text
    api_call = browser.post(f"/v1/reviews/{review_id}/approve", json={}, headers=EVIL)
    assert api_call.status_code == 403
    assert api.get(f"/v1/reviews/{review_id}", headers=ADMIN).json()["status"] == "pending"
    same_site = browser.post(
        f"/v1/reviews/{review_id}/approve", json={}, headers={"Origin": "http://testserver"}
    )
    assert same_site.status_code == 200  # the cookie works from the service's own pages


def test_a_customer_token_reaches_the_chat_but_not_the_staff_pages(
    api: TestClient, browser: TestClient
) -> None:
    token = customer_headers(api, "acc_a")["Authorization"].removeprefix("Bearer ")
    sign_in(browser, token)
    assert browser.get("/ui").headers["location"] == "/ui/chat"
    chat = browser.get("/ui/chat")
    assert chat.status_code == 200
    assert "Chat as account" not in chat.text  # a customer is their own account
    for page in ("/ui/reviews", "/ui/dashboard", "/ui/accounts/acc_b"):
        refused = browser.get(page)
        assert refused.status_code == 403, page
        assert "Zephyr" not in refused.text
    # The chat endpoint takes the cookie, scoped to the token's account.
    reply = browser.post("/v1/chat", json={"message": "How do I reset my password?"})
    assert reply.status_code == 200
    assert reply.json()["staff"] is None
    other = browser.post("/v1/chat", json={"message": "hi", "account_id": "acc_b"})
    assert other.status_code == 403


def test_the_dashboard_draws_charts_and_lists_accounts_needing_attention(browser: TestClient) -> None:
    sign_in(browser, REVIEWER_KEY)
    page = browser.get(f"/ui/dashboard?as_of={AS_OF}")
    assert page.status_code == 200
    assert page.text.count('<svg class="chart"') == 4
    for title in ("Accounts by risk tier", "Activation funnel", "Mean health score, weekly"):
        assert f'aria-label="{title}' in page.text
    assert "Accounts needing attention" in page.text
    assert "/ui/accounts/acc_b" in page.text  # the dormant enterprise account is at risk


def test_the_account_page_shows_signals_milestones_and_trend(browser: TestClient) -> None:
    sign_in(browser, REVIEWER_KEY)
    page = browser.get(f"/ui/accounts/acc_b?as_of={AS_OF}")
    assert page.status_code == 200
    assert "Zephyr Orchard Labs" in page.text
    assert "dormant" in page.text
    assert "Complete your company profile" in page.text
    assert 'aria-label="Health score of Zephyr Orchard Labs, weekly"' in page.text


def test_page_errors_are_pages_that_say_what_to_fix(browser: TestClient) -> None:
    sign_in(browser, REVIEWER_KEY)
    bad_day = browser.get("/ui/dashboard?as_of=yesterday")
    assert bad_day.status_code == 422
    assert "use YYYY-MM-DD" in bad_day.text
    assert bad_day.headers["content-type"].startswith("text/html")
    missing = browser.get("/ui/accounts/acc_nope")
    assert missing.status_code == 404
    assert "unknown account" in unescape(missing.text)
    assert browser.get("/ui/articles/no-such-article").status_code == 404
    assert browser.get("/ui/reviews?status=maybe").status_code == 422
    assert browser.post(f"/ui/reviews/{2**64}/approve", data={}).status_code == 422
    assert browser.post("/ui/reviews/1/maybe", data={}).status_code == 404
    unknown = browser.post("/ui/reviews/999999/approve", data={})
    assert "no review 999999" in unescape(browser.get(unknown.headers["location"]).text)


def test_a_cited_article_opens_as_a_page(browser: TestClient) -> None:
    sign_in(browser, REVIEWER_KEY)
    page = browser.get("/ui/articles/reset-password")
    assert page.status_code == 200
    assert "password" in page.text.lower()


def test_sign_out_forgets_the_session(browser: TestClient) -> None:
    sign_in(browser, REVIEWER_KEY)
    assert browser.get("/ui/reviews").status_code == 200
    out = browser.post("/ui/logout")
    assert out.status_code == 303
    assert browser.get("/ui/reviews").status_code == 303


def test_the_session_cookie_is_an_opaque_id_that_signing_out_revokes(api: TestClient) -> None:
    tab = TestClient(api.app, follow_redirects=False)
    sign_in(tab, REVIEWER_KEY, "/ui/reviews")
    session_id = tab.cookies[SESSION_COOKIE]
    assert REVIEWER_KEY not in session_id and len(session_id) >= 40
    copy = TestClient(api.app, follow_redirects=False, cookies={SESSION_COOKIE: session_id})
    assert copy.get("/ui/reviews").status_code == 200  # a stolen copy works ... until sign-out
    assert tab.post("/ui/logout").status_code == 303
    assert copy.get("/ui/reviews").status_code == 303  # revoked on the server, not only in the tab
    assert copy.post("/v1/chat", json={"message": "hi", "account_id": "acc_a"}).status_code == 401


def test_rotating_a_key_or_the_token_secret_ends_its_sessions(api: TestClient, data_dir: Path) -> None:
    tab = TestClient(api.app, follow_redirects=False)
    sign_in(tab, REVIEWER_KEY, "/ui/reviews")
    customer = TestClient(api.app, follow_redirects=False)
    token = customer_headers(api, "acc_a")["Authorization"].removeprefix("Bearer ")
    sign_in(customer, token, "/ui/chat")
    # the service restarted with maya's key changed and a new token secret
    rotated = Settings(
        data_dir=data_dir,
        api_keys=API_KEYS.replace(REVIEWER_KEY, "a-new-reviewer-key-0123456789"),
        token_secret="a-new-token-secret-0123456789",
    )
    with TestClient(create_app(rotated), follow_redirects=False) as restarted:
        old_key_session = restarted.get(
            "/ui/reviews", headers={"Cookie": f"{SESSION_COOKIE}={tab.cookies[SESSION_COOKIE]}"}
        )
        assert old_key_session.status_code == 303
        old_token_session = restarted.get(
            "/ui/chat", cookies={SESSION_COOKIE: customer.cookies[SESSION_COOKIE]}
        )
        assert old_token_session.status_code == 303
        assert restarted.get("/ui/reviews", headers=ADMIN).status_code == 200  # ops' key did not change


def test_the_review_queue_page_filters_and_counts(browser: TestClient) -> None:
    sign_in(browser, REVIEWER_KEY)
    page = browser.get("/ui/reviews", params={"status": "all", "kind": "no-such-kind"})
    assert page.status_code == 200
    assert 'data-total="0"' in page.text
    every = browser.get("/ui/reviews", params={"status": "all"})
    assert 'name="risk"' in every.text and "data-total=" in every.text
    assert browser.get("/ui/reviews", params={"risk": "severe"}).status_code == 422
