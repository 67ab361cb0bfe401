"""The relational store (SQLAlchemy 2): SQLite file by default, PostgreSQL by URL.

The schema is versioned by Alembic (`cs_agents/schema.py`, migrations in `cs_agents/migrations/`): a new
database is created on first use, an older one is refused until `cs-agents db upgrade` (on PostgreSQL
under an advisory lock, so several workers starting at once do not race). Every table is declared here, so
the migrations see them all. Timestamps are stored as UTC and come back timezone-aware. Writes that must
be atomic across workers use `insert_for` (the dialect's INSERT ... ON CONFLICT), never SQLite- or
PostgreSQL-only SQL.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Connection,
    Date,
    DateTime,
    Engine,
    Float,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    bindparam,
    create_engine,
    event,
    insert,
    make_url,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from cs_agents import schema
from cs_agents.settings import Settings


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC; returns aware datetimes on every backend (SQLite keeps no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        date: Date(),
    }


class AccountRow(Base):
    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    plan: Mapped[str] = mapped_column(String(20))
    seats: Mapped[int] = mapped_column(Integer)
    mrr: Mapped[float] = mapped_column(Float, default=0.0)
    signup_date: Mapped[date]
    industry: Mapped[str | None] = mapped_column(String(120))
    contact_name: Mapped[str | None] = mapped_column(String(300))
    contact_email: Mapped[str | None] = mapped_column(String(320))
    record_hash: Mapped[str] = mapped_column(String(64))


class AccountsRevisionRow(Base):
    """A number that changes with every write to the accounts table (one row): what the caches of account
    data (agents/account_index.py) compare with, in every process. Bumped in the same transaction as the
    write by the sessions of `Database` (see `_bump_accounts_revision`); a writer that bypasses the ORM must
    call `bump_accounts_revision` itself."""

    __tablename__ = "accounts_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, default=0)


class FeatureRow(Base):
    __tablename__ = "feature_catalog"

    feature: Mapped[str] = mapped_column(String(200), primary_key=True)
    tier: Mapped[str] = mapped_column(String(20))


class EventRow(Base):
    __tablename__ = "events"
    # No index but the keys: the lifecycle scan reads the daily rollup below, not this table.

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dedup_key: Mapped[str] = mapped_column(String(64), unique=True)
    event_id: Mapped[str | None] = mapped_column(String(200))
    account_id: Mapped[str] = mapped_column(String(128))
    user_id: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(100))
    ts: Mapped[datetime]
    day: Mapped[date]  # UTC calendar day: every lifecycle window is counted in days
    properties: Mapped[dict[str, Any]]


# The daily activity rollup: what the lifecycle rules (SPEC section 5) read of the events, kept exact by
# cs_agents/rollup.py in the transaction that stores the events, so the scan reads at most one row per
# account and day (and feature, user or feedback kind) however many events a day holds. Clustered on
# their keys on SQLite (WITHOUT ROWID, in the migration), where the scan walks them in key order.


class ActivityDayRow(Base):
    """One row per account and UTC day with an event: how many events, and how many of each name the
    rules count (milestones ever, key actions and limits in L30)."""

    __tablename__ = "activity_days"
    __table_args__ = ({"sqlite_with_rowid": False},)

    account_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    events: Mapped[int] = mapped_column(Integer)
    key_actions: Mapped[int] = mapped_column(Integer)
    limits: Mapped[int] = mapped_column(Integer)
    profiles: Mapped[int] = mapped_column(Integer)
    integrations: Mapped[int] = mapped_column(Integer)
    workspaces: Mapped[int] = mapped_column(Integer)


class FeatureDayRow(Base):
    """One row per account, `properties.feature` of its `feature_used` events, and UTC day."""

    __tablename__ = "feature_days"
    __table_args__ = ({"sqlite_with_rowid": False},)

    account_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    feature: Mapped[str] = mapped_column(String(200), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    events: Mapped[int] = mapped_column(Integer)


class UserDayRow(Base):
    """One row per account, UTC day and user with an event (active users are distinct over a window)."""

    __tablename__ = "user_days"
    __table_args__ = ({"sqlite_with_rowid": False},)

    account_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    user_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    events: Mapped[int] = mapped_column(Integer)


class FeedbackDayRow(Base):
    """The latest NPS or CSAT answer of an account on a UTC day (by timestamp; two at the same instant: the
    higher score): the rules read the latest answer of D-89 .. D."""

    __tablename__ = "feedback_days"
    __table_args__ = ({"sqlite_with_rowid": False},)

    account_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    ts: Mapped[datetime]
    score: Mapped[float] = mapped_column(Float)


class TicketRow(Base):
    __tablename__ = "tickets"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    account_id: Mapped[str | None] = mapped_column(String(128), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime | None] = mapped_column(index=True)
    expected: Mapped[dict[str, Any] | None]
    record_hash: Mapped[str] = mapped_column(String(64))


class TicketOutcomeRow(Base):
    """The latest outcome of the ticket flow for a ticket (the full record as JSON)."""

    __tablename__ = "ticket_outcomes"

    ticket_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    thread_id: Mapped[str] = mapped_column(String(128), index=True)
    account_id: Mapped[str | None] = mapped_column(String(128), index=True)
    resolution: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]


class TicketLabelRow(Base):
    """The support team's labels of a ticket: imported with a history ticket, or set by a reviewer (API,
    CLI, pages). A reviewer's label is never overwritten by an import."""

    __tablename__ = "ticket_labels"

    ticket_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    category: Mapped[str | None] = mapped_column(String(40))
    priority: Mapped[str | None] = mapped_column(String(20))
    resolution: Mapped[str | None] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(20))  # history | reviewer
    labelled_by: Mapped[str] = mapped_column(String(200))
    labelled_at: Mapped[datetime] = mapped_column(index=True)


class BugReportRow(Base):
    """A bug filed for engineering by the Bug Resolver."""

    __tablename__ = "bug_reports"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    ticket_id: Mapped[str] = mapped_column(String(128), index=True)
    account_id: Mapped[str | None] = mapped_column(String(128))
    title: Mapped[str] = mapped_column(String(300))
    details: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime]


class KBGapRow(Base):
    """A question the knowledge base could not answer, for the Documentation agent."""

    __tablename__ = "kb_gaps"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    ticket_id: Mapped[str] = mapped_column(String(128), index=True)
    question: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(40))
    confidence: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[datetime]


class HealthSnapshotRow(Base):
    """An account's lifecycle state as of a day (agents/health_history.py): one row per account and day,
    written by the scan of that day (re-runs overwrite it)."""

    __tablename__ = "health_snapshots"
    __table_args__ = (
        Index("ix_health_snapshots_account_day", "account_id", "day"),
        Index("ix_health_snapshots_day_order", "day", "risk_rank", "health_score", "account_id"),
    )

    day: Mapped[date] = mapped_column(primary_key=True)
    account_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    risk_tier: Mapped[str] = mapped_column(String(10))
    risk_rank: Mapped[int] = mapped_column(Integer)  # 0 high, 1 medium, 2 low: the attention order
    health_score: Mapped[int] = mapped_column(Integer)
    activation_tier: Mapped[int] = mapped_column(Integer)
    play: Mapped[str | None] = mapped_column(String(20))
    age_days: Mapped[int] = mapped_column(Integer)
    # what the incremental scan compares with the accounts and tickets tables
    seats: Mapped[int] = mapped_column(Integer)
    tickets_l30: Mapped[int] = mapped_column(Integer)
    tickets_p30: Mapped[int] = mapped_column(Integer)
    health: Mapped[dict[str, Any]]  # the whole AccountHealth, as JSON


class HealthDayRow(Base):
    """A day whose every account has a health snapshot, and what its scan had read: the last event id
    (the watermark of the incremental scan), the accounts' revision and the feature catalog's hash."""

    __tablename__ = "health_days"

    day: Mapped[date] = mapped_column(primary_key=True)
    accounts: Mapped[int] = mapped_column(Integer)
    mean_health: Mapped[float | None] = mapped_column(Float)  # over accounts signed up by the day
    metrics: Mapped[dict[str, Any] | None]  # cs_metrics of the last full scan
    event_watermark: Mapped[int] = mapped_column(Integer)  # the largest event id the scan could see
    events_up_to_watermark: Mapped[int] = mapped_column(Integer)  # more later: a late commit (PostgreSQL)
    accounts_revision: Mapped[int] = mapped_column(Integer)
    catalog_hash: Mapped[str] = mapped_column(String(64))
    key_action_threshold: Mapped[int | None] = mapped_column(Integer)
    full_scan_at: Mapped[datetime]
    scanned_at: Mapped[datetime]


class Database:
    """An engine plus a session factory. A new database gets the schema on first use; one at an older
    schema revision raises `SchemaOutdated` unless `upgrade` (what `cs-agents db upgrade` passes)."""

    def __init__(self, url: str, *, upgrade: bool = False) -> None:
        self.url = normalize_url(url)
        self.engine = make_engine(self.url)
        with self.engine.begin() as conn:
            _lock_schema(conn)
            self.revision = schema.prepare(conn, Base.metadata, upgrade=upgrade)
            _migrate(conn)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "after_flush", _bump_accounts_revision)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed at the end, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session


def accounts_revision(conn: Connection | Session) -> int:
    """The accounts' revision now (0 before any write that bumped it)."""
    value = conn.execute(select(AccountsRevisionRow.revision).where(AccountsRevisionRow.id == 1)).scalar()
    return int(value or 0)


def bump_accounts_revision(conn: Connection | Session) -> None:
    """Mark the accounts as changed, atomically across workers (an upsert of the one row)."""
    dialect = conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name
    table = AccountsRevisionRow.__table__
    statement = _dialect_insert(dialect)(table).values(id=1, revision=1)
    conn.execute(
        statement.on_conflict_do_update(index_elements=[table.c.id], set_={"revision": table.c.revision + 1})
    )


def _bump_accounts_revision(session: Session, _context: Any) -> None:
    """After a flush that inserted, changed or deleted accounts (the lists still hold the flushed objects)."""
    if any(isinstance(o, AccountRow) for o in (*session.new, *session.dirty, *session.deleted)):
        bump_accounts_revision(session)


# Any constant works; it only has to be the same in every process creating this schema.
SCHEMA_LOCK_KEY = 0x63735F6167656E74  # "cs_agent"


def _lock_schema(conn: Connection) -> None:
    """Serialise schema creation across processes: concurrent CREATE TABLEs collide on PostgreSQL's
    catalog (a unique violation in pg_type) even with IF NOT EXISTS. Released at commit."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})


class SchemaMarkRow(Base):
    """Data migrations this database has had (each runs once, under the schema lock)."""

    __tablename__ = "schema_marks"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    at: Mapped[datetime]


EVENT_KEYS_BY_ACCOUNT = "event_keys_by_account"


def _migrate(conn: Connection) -> None:
    done = set(conn.scalars(select(SchemaMarkRow.name)))
    if EVENT_KEYS_BY_ACCOUNT not in done:
        _rekey_events(conn)
        conn.execute(insert(SchemaMarkRow).values(name=EVENT_KEYS_BY_ACCOUNT, at=datetime.now(UTC)))


def _rekey_events(conn: Connection) -> None:
    """Events stored with the old, unscoped `event_id` key get the account-scoped one, so loading the
    same events again still skips them."""
    from cs_agents.records import event_id_key  # records imports this module

    rows = conn.execute(
        select(EventRow.id, EventRow.account_id, EventRow.event_id, EventRow.dedup_key).where(
            EventRow.event_id.is_not(None)
        )
    )
    updates = [
        {"row_id": row_id, "key": event_id_key(account_id, event_id)}
        for row_id, account_id, event_id, key in rows
        if event_id is not None and key == hashlib.sha256(f"id:{event_id}".encode()).hexdigest()
    ]
    if updates:
        conn.execute(
            update(EventRow).where(EventRow.id == bindparam("row_id")).values(dedup_key=bindparam("key")),
            updates,
        )


def private_file(path: Path) -> Path:
    """Create `path` readable and writable by its owner only (0600), or tighten an existing one: the
    database and checkpoint files hold customer data. SQLite gives its -wal and -shm files the same mode."""
    if str(path) in ("", ":memory:"):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    # Only a new file is opened here: closing any descriptor of a database file this process has open
    # would drop SQLite's POSIX locks on it (the "close() problem"), so existing files are only chmod-ed.
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists() and side.stat().st_mode & 0o077:
            side.chmod(0o600)
    return path


def is_postgres(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def normalize_url(url: str) -> str:
    """`postgresql://` and `postgres://` mean psycopg 3 (the driver installed), not SQLAlchemy's default
    psycopg2; any other URL is returned as given."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url.removeprefix("postgres://")
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


def libpq_url(url: str) -> str:
    """The same PostgreSQL database as a libpq connection string (for psycopg itself)."""
    return make_url(normalize_url(url)).set(drivername="postgresql").render_as_string(hide_password=False)


def insert_for(session: Session) -> Any:
    """The dialect's `insert` (with `on_conflict_do_nothing/_update`): SQLite and PostgreSQL only."""
    return _dialect_insert(session.get_bind().dialect.name)


def _dialect_insert(dialect: str) -> Any:
    if dialect == "postgresql":
        return postgresql.insert
    if dialect == "sqlite":
        return sqlite.insert
    raise NotImplementedError(f"cs-agents supports SQLite and PostgreSQL databases, not {dialect}")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        database = make_url(url).database
        if database and not database.startswith("file:"):
            private_file(Path(database))
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(conn: Any, _record: Any) -> None:
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    # pre_ping: a worker outlives database restarts and idle-connection timeouts of proxies.
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


@lru_cache(maxsize=8)
def _database(url: str) -> Database:
    return Database(url)


def get_database(settings: Settings) -> Database:
    """One Database (engine and pool) per URL and process."""
    if settings.database_url is None:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    return _database(settings.resolved_database_url)


class ReviewRow(Base):
    """One human review: one LangGraph interrupt of one workflow thread, pending until someone decides."""

    __tablename__ = "reviews"
    __table_args__ = (Index("uq_reviews_thread_interrupt", "thread_id", "interrupt_id", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workflow: Mapped[str] = mapped_column(String(100))
    thread_id: Mapped[str] = mapped_column(String(200), index=True)
    interrupt_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(40))  # campaign | play | article | ...
    account_id: Mapped[str | None] = mapped_column(String(128), index=True)
    title: Mapped[str] = mapped_column(String(300))
    payload: Mapped[dict[str, Any]]  # the interrupt value: action_requests + review_configs
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None]
    decision: Mapped[dict[str, Any] | None]  # the resume value sent to the workflow
    resumed_at: Mapped[datetime | None]  # when the workflow went on with the decision
    resume_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]


class AuditLogRow(Base):
    """Who did what and when: review decisions (with the field-level diff of edits), deliveries."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    review_id: Mapped[int | None] = mapped_column(Integer, index=True)
    details: Mapped[dict[str, Any]]


class OutboxRow(Base):
    """A message approved to leave the system; the idempotency key makes a re-run node harmless."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    review_id: Mapped[int | None] = mapped_column(Integer, index=True)
    channel: Mapped[str] = mapped_column(String(20))  # email | in_app | csm_task | ae_task
    recipient: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)  # pending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    claimed_until: Mapped[datetime | None]  # a sender is working on it until then
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class ReviewThreadLeaseRow(Base):
    """Who is running a review workflow's thread now: one resume per thread at a time, across processes."""

    __tablename__ = "review_thread_leases"

    thread_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime]


class WorkerJobRow(Base):
    """One piece of proactive work (`cs-agents worker`): the daily scan, a play, an onboarding or milestone
    draft. The unique key is what makes it happen once: every worker that finds the same work inserts the
    same key, and the database keeps one row. A worker claims a row until `claimed_until`; a claim that
    expires without the job finishing (the worker died) lets another worker run it again."""

    __tablename__ = "worker_jobs"
    __table_args__ = (Index("ix_worker_jobs_kind_account", "kind", "account_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)  # e.g. play:acc_001:2026-11-15
    kind: Mapped[str] = mapped_column(String(20))  # scan | play | onboarding | milestone
    account_id: Mapped[str | None] = mapped_column(String(128))
    params: Mapped[dict[str, Any]]  # what the job runs with: as_of, account_id, milestone, reason
    status: Mapped[str] = mapped_column(
        String(20), default="pending", index=True
    )  # pending|running|done|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    claimed_until: Mapped[datetime | None]  # a running job's lease; a pending job's retry time
    last_error: Mapped[str | None] = mapped_column(Text)
    result: Mapped[dict[str, Any] | None]
    created_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]


class AccountChangeRow(Base):
    """An account with product events the worker has not reacted to yet, written in the same transaction
    as the events (so no event is missed, whatever order concurrent writers commit in). `version` grows
    with every batch: a worker removes the row only if no new events came while it was reacting."""

    __tablename__ = "account_changes"

    account_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    limit_day: Mapped[date | None]  # the latest day of a new `limit_reached` event
    changed_at: Mapped[datetime]
    claimed_until: Mapped[datetime | None]


class PageSessionRow(Base):
    """A signed-in session of the web pages (api/sessions.py): the cookie holds an id, this row its hash."""

    __tablename__ = "page_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the cookie's id
    kind: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(300))
    account_id: Mapped[str | None] = mapped_column(String(128))
    token_id: Mapped[str | None] = mapped_column(String(64))
    credential_digest: Mapped[str] = mapped_column(String(64))  # of the key, or of the token secret
    expires_at: Mapped[datetime] = mapped_column(index=True)


class RateLimitRow(Base):
    """Requests of one key in one fixed window (api/limits.py)."""

    __tablename__ = "rate_limits"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    window_start: Mapped[int] = mapped_column(Integer, primary_key=True)  # epoch seconds
    count: Mapped[int] = mapped_column(Integer, default=0)
