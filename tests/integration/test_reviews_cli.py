"""`reviews ...` and `outbox ...` commands, mounted as cs_agents.cli mounts them."""

import json
from pathlib import Path
from typing import Annotated

import pytest
import typer
from typer.testing import CliRunner

from cs_agents.commands.reviews import outbox_app, reviews_app
from cs_agents.settings import Settings
from graph.reviews_service import ReviewService
from tests.integration.review_demo import WORKFLOW, demo_input
from tests.integration.test_outbox_delivery import smtp_server  # noqa: F401


def make_app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def root(ctx: typer.Context, data_dir: Annotated[Path, typer.Option()]) -> None:
        ctx.obj = Settings(data_dir=data_dir)

    app.add_typer(reviews_app, name="reviews")
    app.add_typer(outbox_app, name="outbox")
    return app


@pytest.fixture
def cli(settings):
    app = make_app()

    def run(*args: str):
        return CliRunner().invoke(app, ["--data-dir", str(settings.data_dir), *args])

    return run


@pytest.fixture
def reviews(settings):
    with ReviewService(settings) as service:
        return {
            r.account_id: r for r in service.start(WORKFLOW, "b1", demo_input("b1", "acme", "globex")).reviews
        }


def test_list_and_show(cli, reviews):
    listed = cli("reviews", "list", "--json")
    assert listed.exit_code == 0, listed.output
    assert sorted(r["account_id"] for r in json.loads(listed.stdout)) == ["acme", "globex"]
    table = cli("reviews", "list")
    assert "2 pending reviews" in table.stdout and "globex" in table.stdout

    shown = cli("reviews", "show", str(reviews["acme"].id))
    assert shown.exit_code == 0, shown.output
    assert "send_email" in shown.stdout and "owner@acme.example" in shown.stdout
    assert "acme signed up 3 days ago" in shown.stdout  # the evidence
    assert "approve, edit, reject" in shown.stdout
    data = json.loads(cli("reviews", "show", str(reviews["acme"].id), "--json").stdout)
    assert data["allowed_decisions"] == ["approve", "edit", "reject"]
    assert data["action"]["args"]["subject"] == "Welcome aboard, acme"


def test_approve_with_set_records_an_edit_and_the_outbox_shows_it(cli, reviews):
    result = cli(
        "reviews", "approve", str(reviews["acme"].id), "--set", "subject=Hi from Shiftly", "--by", "ana"
    )
    assert result.exit_code == 0, result.output
    assert f"review {reviews['acme'].id} edited by ana" in result.stdout
    assert "subject: 'Welcome aboard, acme' -> 'Hi from Shiftly'" in result.stdout

    (row,) = json.loads(cli("outbox", "list", "--json").stdout)
    assert (row["subject"], row["status"], row["review_id"]) == (
        "Hi from Shiftly",
        "pending",
        reviews["acme"].id,
    )
    decided = json.loads(cli("reviews", "list", "--status", "edited", "--json").stdout)
    assert [r["decided_by"] for r in decided] == ["ana"]


def test_approve_with_an_edit_file_and_plain_approve(cli, reviews, tmp_path):
    edited = {**reviews["globex"].action["args"], "body": "Edited body."}
    (tmp_path / "edit.json").write_text(json.dumps(edited))
    assert (
        cli(
            "reviews", "approve", str(reviews["globex"].id), "--edit-file", str(tmp_path / "edit.json")
        ).exit_code
        == 0
    )
    assert cli("reviews", "approve", str(reviews["acme"].id), "--by", "ana").exit_code == 0
    bodies = sorted(r["body"] for r in json.loads(cli("outbox", "list", "--json").stdout))
    assert bodies == ["Edited body.", "Hi acme, here is your first-week checklist."]


def test_reject_then_a_second_decision_exits_1_with_who_decided(cli, reviews):
    review_id = str(reviews["acme"].id)
    rejected = cli("reviews", "reject", review_id, "--reason", "churning account", "--by", "bob")
    assert rejected.exit_code == 0, rejected.output

    again = cli("reviews", "approve", review_id, "--by", "ana")
    assert again.exit_code == 1
    assert f"review {review_id} was already rejected by bob at" in again.output
    assert "churning account" in again.output
    assert json.loads(cli("outbox", "list", "--json").stdout) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("reviews", "show", "999"), "no review 999"),
        (("reviews", "approve", "999"), "no review 999"),
        (("reviews", "reject", "999", "--reason", "x"), "no review 999"),
        (("reviews", "list", "--status", "done"), "--status must be one of"),
        (("reviews", "approve", "{acme}", "--set", "sujbect=Hi"), "'sujbect' is not a field"),
        (("reviews", "approve", "{acme}", "--set", "subject"), "--set takes key=value"),
        (("reviews", "approve", "{acme}", "--edit-file", "/nonexistent.json"), "cannot read"),
        (("reviews", "reject", "{acme}", "--reason", " "), "--reason is empty"),
        (("outbox", "send", "--smtp-host", "127.0.0.1"), "--from (or CS_AGENTS_SMTP_FROM) is required"),
    ],
)
def test_bad_input_exits_2_with_what_to_fix(cli, reviews, args, message):
    result = cli(*(a.replace("{acme}", str(reviews["acme"].id)) for a in args))
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert all(r.status == "pending" for r in reviews.values())


def test_outbox_send_through_smtp_and_the_default(cli, reviews, smtp_server):  # noqa: F811
    cli("reviews", "approve", str(reviews["acme"].id), "--by", "ana")

    default = cli("outbox", "send")
    assert default.exit_code == 0 and "1 pending messages left for an external sender" in default.stdout

    sent = cli(
        "outbox", "send", "--smtp-host", smtp_server.host, "--smtp-port", str(smtp_server.port),
        "--from", "success@shiftly.example", "--json",
    )  # fmt: skip
    assert sent.exit_code == 0, sent.output
    assert len(json.loads(sent.stdout)["sent"]) == 1
    assert [m[1] for m in smtp_server.inbox.messages] == [["owner@acme.example"]]
    assert json.loads(cli("outbox", "list", "--json").stdout)[0]["status"] == "sent"


def test_outbox_send_to_a_closed_port_exits_1_and_keeps_the_message(cli, reviews):
    from tests.net import free_port

    cli("reviews", "approve", str(reviews["acme"].id), "--by", "ana")
    result = cli(
        "outbox", "send", "--smtp-host", "127.0.0.1", "--smtp-port", str(free_port()), "--from", "a@b.example"
    )
    assert result.exit_code == 1
    assert "will retry" in result.output
    (row,) = json.loads(cli("outbox", "list", "--json").stdout)
    assert row["status"] == "pending" and row["last_error"]


def test_the_reviewer_and_the_mail_server_come_from_settings(cli, reviews, smtp_server, monkeypatch):  # noqa: F811
    monkeypatch.setenv("CS_AGENTS_REVIEWER_NAME", "maya")
    monkeypatch.setenv("CS_AGENTS_SMTP_HOST", smtp_server.host)
    monkeypatch.setenv("CS_AGENTS_SMTP_PORT", str(smtp_server.port))
    monkeypatch.setenv("CS_AGENTS_SMTP_FROM", "success@shiftly.example")

    approved = cli("reviews", "approve", str(reviews["acme"].id))
    assert approved.exit_code == 0, approved.output
    assert "by maya" in approved.output

    sent = cli("outbox", "send", "--json")
    assert sent.exit_code == 0, sent.output
    assert len(json.loads(sent.stdout)["sent"]) == 1
    ((mail_from, rcpt, _message),) = smtp_server.inbox.messages
    assert (mail_from, rcpt) == ("success@shiftly.example", ["owner@acme.example"])


def test_an_smtp_host_without_a_sender_address_says_what_to_set(cli, reviews, monkeypatch):
    monkeypatch.setenv("CS_AGENTS_SMTP_HOST", "127.0.0.1")
    result = cli("outbox", "send")
    assert result.exit_code == 2
    assert "CS_AGENTS_SMTP_FROM" in result.output
