"""What the input screen masks (card numbers, IBANs, ID numbers, API keys, passwords: README "Answering
tickets", agents/guardrails.py) never reaches storage, the model or the logs: a chat message and a ticket
full of them go through the real app (model path on the scripted local server), then the tickets table,
the stored outcomes, the API's answers, the conversation checkpoints, the model's prompts and every log
line captured at DEBUG are searched for the raw values."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.app import create_app
from cs_agents.db import TicketOutcomeRow, TicketRow, get_database
from cs_agents.loader import load_folder
from cs_agents.settings import Settings
from tests.api.conftest import ACCOUNTS
from tests.conftest import FIXTURES
from tests.fakes.openai_server import ScriptedLLM
from tests.fakes.replies import triage_reply

ACCOUNT = ACCOUNTS[0]  # acc_a, Brightside Dental
TRIAGE = triage_reply("Wants to update the card on file.", category="billing", priority="normal")
REPLY = {
    "resolution": "escalate",
    "reply": "Thanks, a person on our team will update this with you.",
    "citations": [],
    "handoff_summary": "Card update requested.",
}
# raw value -> what the screen stores instead (a masked form that is checked to be there: not vacuous)
MASKED = {
    "4111 1111 1111 1111": "[card ending 1111]",
    "DE89 3704 0044 0532 0130 00": "[bank account masked]",
    "123-45-6789": "[id number masked]",
    "sk_live_4eC39HqLyjWDarjtT1zdp7dc": "[secret masked]",
    "Hunter2!orchard": "password: [masked]",
}
RAW_FORMS = [*MASKED, "4111111111111111", "DE89370400440532013000", "4eC39HqLyjWDarjtT1zdp7dc"]
EMAIL, PHONE = "jane.doe@brightside.example", "+1 415 555 0134"
MESSAGE = (
    "Please update my billing. New card 4111 1111 1111 1111, or debit DE89 3704 0044 0532 0130 00. "
    "My SSN is 123-45-6789 if you need it. Our Stripe key sk_live_4eC39HqLyjWDarjtT1zdp7dc stopped "
    f"working, and the admin password: Hunter2!orchard. Reach me at {EMAIL} or {PHONE}."
)


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    product = tmp_path_factory.mktemp("pii-product")
    shutil.copytree(FIXTURES / "kb", product / "kb")
    (product / "accounts.jsonl").write_text(json.dumps(ACCOUNT) + "\n")
    settings = Settings(data_dir=tmp_path_factory.mktemp("pii-data"))
    assert load_folder(product, settings, get_database(settings)).problems == 0
    return settings


@pytest.fixture
def app(settings: Settings, scripted_llm: ScriptedLLM) -> Iterator[TestClient]:
    llm = settings.model_copy(
        update={
            "llm_provider": "openai",
            "openai_base_url": scripted_llm.base_url,
            "llm_model": "scripted",
            "llm_retry_wait_s": 0.0,
            "llm_timeout_s": 2.0,
            "llm_max_retries": 0,
        }
    )
    with TestClient(create_app(llm)) as client:  # no API keys: local dev mode, every request is admin
        yield client


@pytest.fixture
def stored(
    app: TestClient, settings: Settings, scripted_llm: ScriptedLLM, caplog: pytest.LogCaptureFixture
) -> dict[str, str]:
    """Everything a message full of secrets left behind, as text, by where it is."""
    caplog.set_level(logging.DEBUG)
    scripted_llm.reply_json(TRIAGE).reply_tool_call("TicketReply", REPLY)
    chat = app.post("/v1/chat", json={"message": MESSAGE, "account_id": "acc_a"})
    assert chat.status_code == 200, chat.text
    assert chat.json()["produced_by"] == "llm"
    assert "pii_masked" in chat.json()["staff"]["flags"]  # masked once before the graph, still flagged
    scripted_llm.reply_json(TRIAGE).reply_tool_call("TicketReply", REPLY)
    ticket = app.post(
        "/v1/tickets",
        json={
            "account_id": "acc_a",
            "channel": "email",
            "subject": "card 4111 1111 1111 1111",
            "body": MESSAGE,
        },
    )
    assert ticket.status_code == 201, ticket.text
    ids = [chat.json()["ticket_id"], ticket.json()["ticket"]["id"]]
    fetched = [app.get(f"/v1/tickets/{i}").text for i in ids]

    db = get_database(settings)
    with db.session() as session:
        rows = session.scalars(select(TicketRow).where(TicketRow.id.in_(ids))).all()
        outcomes = session.scalars(select(TicketOutcomeRow).where(TicketOutcomeRow.ticket_id.in_(ids))).all()
        assert len(rows) == 2 and len(outcomes) == 2
        tickets = "\n".join(f"{r.subject}\n{r.body}" for r in rows)
        outcome_text = "\n".join(json.dumps(o.outcome) for o in outcomes)
    checkpoints = b"".join(p.read_bytes() for p in settings.data_dir.glob("checkpoints.sqlite*"))
    return {
        "tickets table": tickets,
        "ticket_outcomes table": outcome_text,
        "API answers": "\n".join([chat.text, ticket.text, *fetched]),
        "model prompts": json.dumps(scripted_llm.requests),
        "logs": caplog.text + "\n".join(r.getMessage() for r in caplog.records),
        "checkpoints": checkpoints.decode("utf-8", errors="replace"),
    }


def test_masked_values_are_stored_masked_and_never_raw(stored: dict[str, str]) -> None:
    for masked in MASKED.values():
        assert masked in stored["tickets table"]  # the screen ran on what was stored
        assert masked in stored["model prompts"]  # and on what the model read
    assert any(stored["logs"].splitlines())  # DEBUG output was captured
    leaks = [f"{raw!r} in the {where}" for where, text in stored.items() for raw in RAW_FORMS if raw in text]
    assert not leaks, "unmasked: " + "; ".join(leaks)


@pytest.mark.xfail(
    strict=True,
    reason="the input screen masks cards, IBANs, ID numbers, API keys and passwords, not e-mail addresses "
    "or phone numbers (a support reply may need them); see docs/threat-model.md",
)
def test_emails_and_phone_numbers_are_masked_in_stored_tickets(stored: dict[str, str]) -> None:
    assert EMAIL not in stored["tickets table"]
    assert PHONE not in stored["tickets table"]
