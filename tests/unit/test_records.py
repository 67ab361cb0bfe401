"""The write rules of SPEC section 4, on a real SQLite file."""

import hashlib
from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError
from sqlalchemy import delete, func, select, update

from cs_agents.db import EVENT_KEYS_BY_ACCOUNT, AccountRow, Database, EventRow, SchemaMarkRow, TicketRow
from cs_agents.models import Account, Event, Ticket
from cs_agents.records import insert_events, replace_feature_catalog, upsert_accounts, upsert_tickets


def account(**over):
    data = {"id": "acc_001", "name": "Brightside", "plan": "pro", "seats": 10, "signup_date": "2026-06-01"}
    return Account.model_validate(data | over)


def event(**over):
    data = {"account_id": "acc_001", "user_id": "u1", "name": "login", "timestamp": "2026-11-01T09:30:00Z"}
    return Event.model_validate(data | over)


@pytest.fixture
def with_account(db):
    with db.session() as s:
        upsert_accounts(s, [(1, account())])
    return db


def count(db, model):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_account_upsert_is_new_then_unchanged_then_updated(db):
    with db.session() as s:
        assert upsert_accounts(s, [(1, account())]).loaded == 1
    with db.session() as s:
        assert upsert_accounts(s, [(1, account())]).unchanged == 1
    with db.session() as s:
        assert upsert_accounts(s, [(1, account(seats=12))]).updated == 1
        assert s.get(AccountRow, "acc_001").seats == 12


def test_event_with_known_event_id_is_ignored_even_if_fields_differ(with_account):
    db = with_account
    with db.session() as s:
        assert insert_events(s, [(1, event(event_id="e1"))]).loaded == 1
    with db.session() as s:
        counts = insert_events(s, [(1, event(event_id="e1", user_id="u2"))])
    assert (counts.loaded, counts.skipped) == (0, 1)
    assert count(db, EventRow) == 1


def test_event_without_id_is_keyed_by_its_fields(with_account):
    db = with_account
    first = event(properties={"feature": "reports"}, name="feature_used")
    same_instant_other_zone = event(
        properties={"feature": "reports"}, name="feature_used", timestamp="2026-11-01T11:30:00+02:00"
    )
    other_feature = event(properties={"feature": "exports"}, name="feature_used")
    with db.session() as s:
        counts = insert_events(s, [(1, first), (2, same_instant_other_zone), (3, other_feature)])
    assert (counts.loaded, counts.skipped) == (2, 1)
    with db.session() as s:
        assert insert_events(s, [(1, first)]).skipped == 1
    assert count(db, EventRow) == 2


def test_events_of_unknown_accounts_are_rejected_and_counted(with_account):
    with with_account.session() as s:
        counts = insert_events(s, [(7, event(account_id="acc_404")), (8, event())])
    assert counts.loaded == 1
    assert [(r.line, r.reason) for r in counts.rejected] == [(7, "unknown account 'acc_404'")]


def test_event_times_are_stored_utc_with_utc_day(with_account):
    db = with_account
    with db.session() as s:
        insert_events(s, [(1, event(timestamp="2026-11-01T23:30:00-02:00"))])
    with db.session() as s:
        row = s.scalars(select(EventRow)).one()
    assert row.ts == datetime(2026, 11, 2, 1, 30, tzinfo=UTC)
    assert row.day == date(2026, 11, 2)


@pytest.mark.parametrize(
    ("over", "message"),
    [
        ({"timestamp": "2026-11-01T09:30:00"}, "no timezone"),
        ({"name": "nps_submitted", "properties": {"score": 11}}, "outside 0-10"),
        ({"name": "csat_submitted", "properties": {"score": 0}}, "outside 1-5"),
        ({"name": "nps_submitted", "properties": {"score": "9"}}, "integer"),
        ({"name": "feature_used", "properties": {}}, "properties.feature"),
        ({"name": "limit_reached", "properties": {"limit": " "}}, "properties.limit"),
    ],
)
def test_invalid_events_say_why(over, message):
    with pytest.raises(ValidationError, match=message):
        event(**over)


def test_unknown_event_names_are_activity_not_errors():
    assert event(name="report_viewed").name == "report_viewed"


def test_ticket_upsert_keeps_null_account_and_expected(db):
    ticket = Ticket.model_validate(
        {
            "id": "T-1",
            "account_id": None,
            "channel": "chat",
            "subject": None,
            "body": "hi",
            "expected": {"category": "how_to", "kb_ids": ["a"]},
        }
    )
    with db.session() as s:
        assert upsert_tickets(s, [(1, ticket)]).loaded == 1
    with db.session() as s:
        assert upsert_tickets(s, [(1, ticket)]).unchanged == 1
        row = s.get(TicketRow, "T-1")
    assert row.account_id is None and row.subject == ""
    assert row.expected["kb_ids"] == ["a"] and row.expected["category"] == "how_to"


def test_feature_catalog_is_replaced_whole(db):
    with db.session() as s:
        assert replace_feature_catalog(s, {"a": "basic", "b": "core"}).loaded == 2
    with db.session() as s:
        counts = replace_feature_catalog(s, {"a": "basic", "b": "advanced"})
    assert (counts.unchanged, counts.updated) == (1, 1)
    with db.session() as s:
        counts = replace_feature_catalog(s, {"a": "basic"})
    assert counts.updated == 1  # b removed


def test_one_accounts_event_ids_never_hide_another_accounts_events(with_account):
    db = with_account
    with db.session() as s:
        upsert_accounts(s, [(1, account(id="acc_002"))])
        # acc_002 posts the id acc_001 is about to use: both events are stored, neither skipped
        assert insert_events(s, [(1, event(account_id="acc_002", event_id="e-shared"))]).loaded == 1
    with db.session() as s:
        counts = insert_events(s, [(1, event(event_id="e-shared")), (2, event(event_id="e-shared"))])
    assert (counts.loaded, counts.skipped) == (1, 1)  # a repeat within the account is still a repeat
    with db.session() as s:
        stored = s.execute(select(EventRow.account_id).where(EventRow.event_id == "e-shared")).scalars()
        assert sorted(stored) == ["acc_001", "acc_002"]


def test_events_stored_under_the_old_unscoped_key_are_rekeyed_once(with_account, settings):
    db = with_account
    with db.session() as s:
        insert_events(s, [(1, event(event_id="e-old"))])
        # as the previous version stored it, and as if the migration had not run yet
        s.execute(update(EventRow).values(dedup_key=hashlib.sha256(b"id:e-old").hexdigest()))
        s.execute(delete(SchemaMarkRow))
    reopened = Database(settings.resolved_database_url)  # what a restart after the upgrade does
    with reopened.session() as s:
        assert insert_events(s, [(1, event(event_id="e-old"))]).skipped == 1
        assert s.scalar(select(func.count()).select_from(EventRow)) == 1
        assert s.scalars(select(SchemaMarkRow.name)).all() == [EVENT_KEYS_BY_ACCOUNT]
