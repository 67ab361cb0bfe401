"""`POST /v1/tickets/{id}/labels`: staff label tickets for triage to learn from; the pages' label form."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from cs_agents.db import TicketRow, get_database
from cs_agents.labels import get_label, labelled_examples
from cs_agents.settings import Settings
from tests.api.conftest import ADMIN, REVIEWER, REVIEWER_KEY, customer_headers


@pytest.fixture
def ticket_id(secured_settings: Settings) -> str:
    """A stored ticket of acc_a, never run through the flow."""
    new_id = f"L-{uuid.uuid4().hex[:8]}"
    with get_database(secured_settings).session() as session:
        session.add(
            TicketRow(
                id=new_id,
                account_id="acc_a",
                channel="email",
                subject="Charged twice",
                body="We were charged twice this month.",
                created_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
                expected=None,
                record_hash="x",
            )
        )
    return new_id


def test_staff_label_a_ticket_and_read_it_back(api: TestClient, ticket_id: str, secured_settings: Settings):
    first = api.post(f"/v1/tickets/{ticket_id}/labels", json={"category": "billing"}, headers=REVIEWER)
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["ticket_id"] == ticket_id
    assert (body["category"], body["priority"], body["resolution"]) == ("billing", None, None)
    assert (body["source"], body["labelled_by"]) == ("reviewer", "maya")
    assert datetime.fromisoformat(body["labelled_at"]).tzinfo is not None

    second = api.post(
        f"/v1/tickets/{ticket_id}/labels", json={"priority": "high", "resolution": "escalate"}, headers=ADMIN
    )
    assert second.status_code == 200, second.text
    merged = second.json()
    assert (merged["category"], merged["priority"], merged["resolution"]) == ("billing", "high", "escalate")
    assert merged["labelled_by"] == "ops"

    shown = api.get(f"/v1/tickets/{ticket_id}", headers=REVIEWER).json()
    assert shown["label"] == merged
    db = get_database(secured_settings)
    example = next(e for e in labelled_examples(db) if e.ticket_id == ticket_id)
    assert example.text == "Charged twice\nWe were charged twice this month."
    assert (example.category, example.priority, example.resolution) == ("billing", "high", "escalate")


def test_customers_may_not_label_nor_see_labels(api: TestClient, ticket_id: str, secured_settings: Settings):
    customer = customer_headers(api, "acc_a")
    refused = api.post(f"/v1/tickets/{ticket_id}/labels", json={"category": "billing"}, headers=customer)
    assert refused.status_code == 403
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert get_label(get_database(secured_settings), ticket_id) is None
    api.post(f"/v1/tickets/{ticket_id}/labels", json={"category": "billing"}, headers=ADMIN)
    own = api.get(f"/v1/tickets/{ticket_id}", headers=customer)
    assert own.status_code == 200
    assert own.json()["label"] is None


def test_an_unknown_ticket_is_a_404(api: TestClient):
    answer = api.post("/v1/tickets/T-nowhere/labels", json={"category": "billing"}, headers=REVIEWER)
    assert answer.status_code == 404
    assert "T-nowhere" in answer.json()["detail"]


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"category": None},
        {"category": "complaint"},
        {"priority": "p1"},
        {"resolution": "close"},
        {"category": "billing", "labelled_by": "someone else"},
        ["billing"],
    ],
)
def test_bad_labels_are_a_422(api: TestClient, ticket_id: str, secured_settings: Settings, payload: object):
    answer = api.post(f"/v1/tickets/{ticket_id}/labels", json=payload, headers=REVIEWER)
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert get_label(get_database(secured_settings), ticket_id) is None


def test_the_endpoint_is_documented(api: TestClient):
    spec = api.get("/openapi.json").json()
    operation = spec["paths"]["/v1/tickets/{ticket_id}/labels"]["post"]
    assert {"200", "403", "404", "422"} <= set(operation["responses"])
    assert "staff" in operation["description"]
    assert "label" in spec["components"]["schemas"]["TicketOut"]["properties"]


# ------------------------------------------------------------------------------------------- pages


@pytest.fixture
def browser(api: TestClient) -> Iterator[TestClient]:
    client = TestClient(api.app, follow_redirects=False)
    signed_in = client.post("/ui/login", data={"credential": REVIEWER_KEY, "next": "/ui/reviews"})
    assert signed_in.status_code == 303
    yield client
    client.close()


def test_the_account_page_lists_its_tickets_linking_to_the_label_form(browser: TestClient, ticket_id: str):
    page = browser.get("/ui/accounts/acc_a")
    assert page.status_code == 200, page.text
    assert f'href="/ui/tickets/{ticket_id}"' in page.text
    ticket_page = browser.get(f"/ui/tickets/{ticket_id}")
    assert ticket_page.status_code == 200, ticket_page.text
    assert "Charged twice" in ticket_page.text
    assert f'action="/ui/tickets/{ticket_id}/labels"' in ticket_page.text
    assert '<option value="billing">' in ticket_page.text


def test_the_label_form_stores_the_label_like_the_api(
    browser: TestClient, ticket_id: str, secured_settings: Settings
):
    form = {"category": "billing", "priority": "", "resolution": "escalate"}
    posted = browser.post(f"/ui/tickets/{ticket_id}/labels", data=form)
    assert posted.status_code == 303, posted.text
    assert posted.headers["location"].startswith(f"/ui/tickets/{ticket_id}?done=")
    label = get_label(get_database(secured_settings), ticket_id)
    assert label is not None
    assert (label.category, label.priority, label.resolution) == ("billing", None, "escalate")
    assert (label.source, label.labelled_by) == ("reviewer", "maya")
    page = browser.get(posted.headers["location"])
    assert re.search(r'<option value="billing" selected>', page.text)
    assert "labelled by maya" in page.text


def test_the_label_form_refuses_bad_values_and_other_sites(
    browser: TestClient, ticket_id: str, secured_settings: Settings
):
    bad = browser.post(f"/ui/tickets/{ticket_id}/labels", data={"category": "complaint"})
    assert bad.status_code == 303
    assert "error=" in bad.headers["location"]
    shown = browser.get(bad.headers["location"])
    assert "category &#39;complaint&#39; is not one of" in shown.text
    empty = browser.post(f"/ui/tickets/{ticket_id}/labels", data={"category": "", "priority": ""})
    assert "error=" in empty.headers["location"]
    evil = browser.post(
        f"/ui/tickets/{ticket_id}/labels",
        data={"category": "billing"},
        headers={"Origin": "http://evil.example"},
    )
    assert evil.status_code == 403
    assert get_label(get_database(secured_settings), ticket_id) is None
    unknown = browser.post("/ui/tickets/T-nowhere/labels", data={"category": "billing"})
    assert unknown.status_code == 404


def test_customers_cannot_open_the_ticket_page(api: TestClient, ticket_id: str):
    client = TestClient(api.app, follow_redirects=False)
    token = customer_headers(api, "acc_a")["Authorization"].removeprefix("Bearer ")
    client.post("/ui/login", data={"credential": token, "next": "/ui/chat"})
    assert client.get(f"/ui/tickets/{ticket_id}").status_code == 403
    assert client.post(f"/ui/tickets/{ticket_id}/labels", data={"category": "billing"}).status_code == 403
    client.close()
