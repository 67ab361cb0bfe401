"""Which other accounts' identifiers a text holds, at a cost that does not grow with the number of accounts.

The output screen (agents/guardrails.py: `screen_output`) removes every other account's id, name, contact
name and contact e-mail from a reply. Reading all of them for every reply made a ticket's cost grow with
the customer base; this index is built once per process from the accounts table and rebuilt only when the
accounts change (the `accounts_revision` row, bumped in the same transaction as any write to accounts:
cs_agents/db.py), which one small query per reply checks.

The screen matches case-insensitive substrings of at least 4 characters, so each value is filed under one
4-character piece of its lower-case form: the piece fewest other values share. A value can only be in a
text if that piece is, so a text's own 4-character pieces find every candidate, and each candidate is then
checked exactly as the screen does. The values come back in the order the screen used to receive them
(the accounts table's order), so the screen's result is unchanged.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from cs_agents.db import AccountRow, Database, accounts_revision

PIECE = 4  # the screen ignores values shorter than this (agents/guardrails.py)
MARKER = "[another account]"  # what the screen writes in place of a value: a value inside it is found too


@dataclass(frozen=True)
class _Value:
    position: int  # in the order the accounts table returned them
    account_id: str
    text: str
    lowered: str


@dataclass(frozen=True)
class _Index:
    revision: int
    by_piece: dict[str, list[_Value]]
    size: int


def _pieces(text: str) -> set[str]:
    return {text[i : i + PIECE] for i in range(len(text) - PIECE + 1)}


def build(revision: int, rows: Sequence[tuple[str, str | None, str | None, str | None]]) -> _Index:
    values = [
        _Value(position, row[0], value, value.lower())
        for position, (row, value) in enumerate((row, v) for row in rows for v in row if v)
        if len(value) >= PIECE
    ]
    pieces = [_pieces(v.lowered) for v in values]
    shared = Counter(p for own in pieces for p in own)
    by_piece: dict[str, list[_Value]] = {}
    for value, own in zip(values, pieces, strict=True):
        key = min(own, key=lambda p: (shared[p], p))  # the rarest piece (ties: the same one every time)
        by_piece.setdefault(key, []).append(value)
    return _Index(revision, by_piece, len(values))


class AccountIdentifiers:
    """The identifiers of accounts other than the caller's that occur in a text; safe to share between
    threads. Owned by the process's Services (agents/context.py)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._index: _Index | None = None
        self._lock = threading.Lock()

    def others_in(self, text: str, own_account: str | None) -> list[str]:
        """Every id, name, contact name and contact e-mail (4 characters or more) of an account other than
        `own_account` that occurs in `text` ignoring case, in the accounts table's order."""
        index = self._current()
        lowered = text.lower()
        found: dict[int, _Value] = {}
        # The marker too: the screen looks again after each replacement (a value inside it is removed).
        for piece in _pieces(lowered) | _pieces(MARKER):
            for value in index.by_piece.get(piece, ()):
                if value.account_id != own_account and (value.lowered in lowered or value.lowered in MARKER):
                    found[value.position] = value
        return [found[p].text for p in sorted(found)]

    def _current(self) -> _Index:
        with self._db.engine.connect() as conn:
            revision = accounts_revision(conn)
        index = self._index
        if index is not None and index.revision == revision:
            return index
        with self._lock:
            index = self._index
            if index is None or index.revision != revision:
                index = self._load()
                self._index = index
            return index

    def _load(self) -> _Index:
        columns = select(AccountRow.id, AccountRow.name, AccountRow.contact_name, AccountRow.contact_email)
        with self._db.engine.connect() as conn:
            # The revision first: a write between the two reads makes the next check rebuild again.
            revision = accounts_revision(conn)
            rows = [(r[0], r[1], r[2], r[3]) for r in conn.execute(columns)]
        return build(revision, rows)
