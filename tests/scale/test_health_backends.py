"""The health history and the accounts' revision on SQLite and PostgreSQL (upserts, the incremental scan's
watermark, concurrent writers of the same day)."""

from __future__ import annotations

import threading
from datetime import timedelta

from agents import health_history
from agents.account_index import AccountIdentifiers
from cs_agents.db import Database
from cs_agents.models import Account
from cs_agents.records import upsert_accounts
from tests.unit import test_health_history as history_cases
from tests.unit.test_lifecycle_rules import D


def test_refresh_stores_what_a_full_scan_would(db: Database) -> None:
    history_cases.test_refresh_scans_only_what_changed_and_stores_what_a_full_scan_would(db)


def test_a_re_run_overwrites_the_same_rows(db: Database) -> None:
    history_cases.test_a_re_run_overwrites_the_same_rows(db)


def test_two_writers_of_the_same_day_leave_one_row_per_account(db: Database) -> None:
    accounts = [history_cases._account(i) for i in range(8)]
    history_cases._write(db, accounts)
    errors: list[Exception] = []

    def write() -> None:
        try:
            health_history.record(db, D, metrics=False)
        except Exception as exc:  # noqa: BLE001 - every failure is reported below
            errors.append(exc)

    threads = [threading.Thread(target=write) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    stored = health_history.stored_day(db, D)
    assert stored is not None and stored.accounts == 8
    assert health_history.refresh(db, D).scanned == 0


def test_an_account_write_reaches_the_output_screens_index(db: Database) -> None:
    identifiers = AccountIdentifiers(db)
    assert identifiers.others_in("Harbor Cafe", None) == []
    signup = D - timedelta(days=10)
    with db.session() as s:
        upsert_accounts(
            s, [(1, Account(id="acc_h", name="Harbor Cafe", plan="pro", seats=2, signup_date=signup))]
        )
    assert identifiers.others_in("Harbor Cafe", "acc_x") == ["Harbor Cafe"]
