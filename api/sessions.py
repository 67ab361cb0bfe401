"""Server-side sessions of the web pages (issue 12, finding 8).

The sign-in form used to put the API key or customer token itself in the cookie, and signing out only
deleted the browser's copy. Now the cookie holds an opaque random id; the database keeps its hash, who
signed in and a digest of the credential used. Signing out deletes the row, so a copied cookie stops
working at once; a session of an API key ends when that key is removed or changed
(`CS_AGENTS_API_KEYS`), and a customer's when its token expires or the token secret changes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete

from api.auth import Authenticator, Principal, _unauthorized
from cs_agents.db import Database, PageSessionRow


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


class PageSessions:
    def __init__(self, db: Database, authenticator: Authenticator) -> None:
        self.db = db
        self.auth = authenticator

    def create(self, principal: Principal, credential: str, ttl_s: int) -> str:
        """A new session for a signed-in principal; returns the id for the cookie."""
        session_id = secrets.token_urlsafe(32)
        now = datetime.now(UTC)
        row = PageSessionRow(
            id_hash=_digest(session_id),
            kind=principal.kind,
            role=principal.role,
            name=principal.name,
            account_id=principal.account_id,
            token_id=principal.token_id,
            credential_digest=self._credential_digest(principal, credential),
            expires_at=now + timedelta(seconds=ttl_s),
        )
        with self.db.session() as session:
            session.execute(delete(PageSessionRow).where(PageSessionRow.expires_at < now))  # housekeeping
            session.add(row)
        return session_id

    def principal(self, session_id: str) -> Principal:
        """Who the session is, while it is valid; else a 401 saying to sign in again."""
        with self.db.session() as session:
            row = session.get(PageSessionRow, _digest(session_id))
            found = None
            if row is not None:
                if row.expires_at > datetime.now(UTC) and self._still_valid(row):
                    found = Principal(row.kind, row.role, row.name, row.account_id, row.token_id)  # type: ignore[arg-type]
                else:
                    session.delete(row)  # ended: removed (committed with this unit of work)
        if found is None:
            raise _unauthorized(
                "the page session has ended (signed out, expired or its key changed); sign in again"
            )
        return found

    def revoke(self, session_id: str) -> None:
        with self.db.session() as session:
            session.execute(delete(PageSessionRow).where(PageSessionRow.id_hash == _digest(session_id)))

    def _credential_digest(self, principal: Principal, credential: str) -> str:
        if principal.kind == "api_key":
            return _digest(credential)
        return self.auth.secret_digest()

    def _still_valid(self, row: PageSessionRow) -> bool:
        if row.kind == "api_key":
            key = next((k for k in self.auth.keys if k.name == row.name), None)
            return key is not None and hmac.compare_digest(
                _digest(key.key.get_secret_value()), row.credential_digest
            )
        return hmac.compare_digest(self.auth.secret_digest(), row.credential_digest)
