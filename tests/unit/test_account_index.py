"""The output screen's index of other accounts' identifiers: the same protection as reading every account
for every reply, and it follows account writes made by any process."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import delete, select

from agents.account_index import AccountIdentifiers, build
from agents.guardrails import screen_output
from cs_agents.db import AccountRow, Database, bump_accounts_revision
from cs_agents.models import Account
from cs_agents.records import upsert_accounts

WORDS = ["harbor", "cafe", "maya", "lopez", "north", "gate", "acc_", "another", "account", "@", ".example"]


def _account(account_id: str, name: str, contact: str, email: str) -> Account:
    return Account.model_validate(
        {
            "id": account_id,
            "name": name,
            "plan": "pro",
            "seats": 5,
            "signup_date": "2026-01-01",
            "contact": {"name": contact, "email": email},
        }
    )


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS).title() if rng.random() < 0.3 else rng.choice(WORDS) for _ in range(n))


def test_the_screen_gives_the_same_reply_as_with_every_account() -> None:
    rng = random.Random(7)
    rows = [
        (f"acc_{i:03d}", _text(rng, 2), _text(rng, 2) if i % 3 else None, f"{_text(rng, 1)}@x.example")
        for i in range(60)
    ]
    rows.append(("acc_900", "another", "Acc_001", "cafe"))  # inside the marker; another id; short
    index = build(0, rows)
    identifiers = AccountIdentifiers.__new__(AccountIdentifiers)
    identifiers._current = lambda: index  # type: ignore[method-assign]
    for trial in range(400):
        reply = _text(rng, rng.randint(0, 30))
        if trial % 4 == 0:  # some replies hold whole identifiers too
            reply += " " + " ".join(rng.choice(rows)[rng.randint(0, 3)] or "" for _ in range(3))
        own = rng.choice([None, *[r[0] for r in rows]])
        every = [v for row in rows if row[0] != own for v in row if v]
        found = identifiers.others_in(reply, own)
        assert set(found) <= set(every)
        assert screen_output(reply, own, found) == screen_output(reply, own, every), reply


def test_account_writes_reach_the_index_of_another_process(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    writer, reader = Database(url), Database(url)  # two engines: what two workers have
    identifiers = AccountIdentifiers(reader)
    with writer.session() as s:
        upsert_accounts(s, [(1, _account("acc_001", "Harbor Cafe", "Maya Lopez", "maya@harbor.example"))])
    assert identifiers.others_in("Ask Maya Lopez at Harbor Cafe", "acc_002") == ["Harbor Cafe", "Maya Lopez"]
    assert identifiers.others_in("Ask Maya Lopez at Harbor Cafe", "acc_001") == []
    with writer.session() as s:  # a renamed account: the old name is no one's now, the new one is
        upsert_accounts(s, [(1, _account("acc_001", "Bayside Bistro", "Maya Lopez", "maya@harbor.example"))])
    assert identifiers.others_in("Harbor Cafe or Bayside Bistro?", None) == ["Bayside Bistro"]
    with writer.session() as s:  # any ORM write counts, not only the loader's
        s.add(
            AccountRow(
                id="acc_002",
                name="Northgate",
                plan="pro",
                seats=3,
                signup_date=date(2026, 1, 1),
                record_hash="",
            )
        )
    assert identifiers.others_in("northgate", "acc_001") == ["Northgate"]
    with writer.session() as s:
        s.delete(s.scalars(select(AccountRow).where(AccountRow.id == "acc_002")).one())
    assert identifiers.others_in("northgate", "acc_001") == []
    with writer.session() as s:  # a bulk delete bypasses the unit of work: the writer bumps it itself
        s.execute(delete(AccountRow))
        bump_accounts_revision(s)
    assert identifiers.others_in("Bayside Bistro", None) == []
