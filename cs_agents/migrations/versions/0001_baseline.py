"""Baseline: the schema `create_all` made before migrations existed (the last release without them).

Every table and index is created only if missing, because adopting a database made by `create_all` is
running this revision on it (cs_agents/schema.py): such a database lacks at most the tables of the layers
that never opened it (a database only the CLI used has no `page_sessions` nor `rate_limits`).

Revision ID: 0001
Revises:
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("plan", sa.String(length=20), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("mrr", sa.Float(), nullable=False),
        sa.Column("signup_date", sa.Date(), nullable=False),
        sa.Column("industry", sa.String(length=120), nullable=True),
        sa.Column("contact_name", sa.String(length=300), nullable=True),
        sa.Column("contact_email", sa.String(length=320), nullable=True),
        sa.Column("record_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"], unique=False, if_not_exists=True)
    op.create_index("ix_audit_log_review_id", "audit_log", ["review_id"], unique=False, if_not_exists=True)
    op.create_table(
        "bug_reports",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("ticket_id", sa.String(length=128), nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_index(
        "ix_bug_reports_ticket_id", "bug_reports", ["ticket_id"], unique=False, if_not_exists=True
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("dedup_key", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(length=200), nullable=True),
        sa.Column("account_id", sa.String(length=128), nullable=False),
        sa.Column("user_id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("properties", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dedup_key"),
        if_not_exists=True,
    )
    op.create_index(
        "ix_events_account_day", "events", ["account_id", "day"], unique=False, if_not_exists=True
    )
    op.create_table(
        "feature_catalog",
        sa.Column("feature", sa.String(length=200), nullable=False),
        sa.Column("tier", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("feature"),
        if_not_exists=True,
    )
    op.create_table(
        "kb_gaps",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("ticket_id", sa.String(length=128), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_index("ix_kb_gaps_ticket_id", "kb_gaps", ["ticket_id"], unique=False, if_not_exists=True)
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("idempotency_key", sa.String(length=200), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("idempotency_key"),
        if_not_exists=True,
    )
    op.create_index("ix_outbox_review_id", "outbox", ["review_id"], unique=False, if_not_exists=True)
    op.create_index("ix_outbox_status", "outbox", ["status"], unique=False, if_not_exists=True)
    op.create_table(
        "page_sessions",
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=True),
        sa.Column("token_id", sa.String(length=64), nullable=True),
        sa.Column("credential_digest", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id_hash"),
        if_not_exists=True,
    )
    op.create_index(
        "ix_page_sessions_expires_at", "page_sessions", ["expires_at"], unique=False, if_not_exists=True
    )
    op.create_table(
        "rate_limits",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("window_start", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", "window_start"),
        if_not_exists=True,
    )
    op.create_table(
        "review_thread_leases",
        sa.Column("thread_id", sa.String(length=200), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("thread_id"),
        if_not_exists=True,
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("workflow", sa.String(length=100), nullable=False),
        sa.Column("thread_id", sa.String(length=200), nullable=False),
        sa.Column("interrupt_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision", sa.JSON(), nullable=True),
        sa.Column("resumed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resume_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_index("ix_reviews_account_id", "reviews", ["account_id"], unique=False, if_not_exists=True)
    op.create_index("ix_reviews_status", "reviews", ["status"], unique=False, if_not_exists=True)
    op.create_index("ix_reviews_thread_id", "reviews", ["thread_id"], unique=False, if_not_exists=True)
    op.create_index(
        "uq_reviews_thread_interrupt",
        "reviews",
        ["thread_id", "interrupt_id"],
        unique=True,
        if_not_exists=True,
    )
    op.create_table(
        "schema_marks",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name"),
        if_not_exists=True,
    )
    op.create_table(
        "ticket_labels",
        sa.Column("ticket_id", sa.String(length=128), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=True),
        sa.Column("priority", sa.String(length=20), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("labelled_by", sa.String(length=200), nullable=False),
        sa.Column("labelled_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("ticket_id"),
        if_not_exists=True,
    )
    op.create_index(
        "ix_ticket_labels_labelled_at", "ticket_labels", ["labelled_at"], unique=False, if_not_exists=True
    )
    op.create_table(
        "ticket_outcomes",
        sa.Column("ticket_id", sa.String(length=128), nullable=False),
        sa.Column("thread_id", sa.String(length=128), nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("outcome", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("ticket_id"),
        if_not_exists=True,
    )
    op.create_index(
        "ix_ticket_outcomes_account_id", "ticket_outcomes", ["account_id"], unique=False, if_not_exists=True
    )
    op.create_index(
        "ix_ticket_outcomes_thread_id", "ticket_outcomes", ["thread_id"], unique=False, if_not_exists=True
    )
    op.create_table(
        "tickets",
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("expected", sa.JSON(), nullable=True),
        sa.Column("record_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.create_index("ix_tickets_account_id", "tickets", ["account_id"], unique=False, if_not_exists=True)
    op.create_index("ix_tickets_created_at", "tickets", ["created_at"], unique=False, if_not_exists=True)


def downgrade() -> None:
    op.drop_table("tickets")
    op.drop_table("ticket_outcomes")
    op.drop_table("ticket_labels")
    op.drop_table("schema_marks")
    op.drop_table("reviews")
    op.drop_table("review_thread_leases")
    op.drop_table("rate_limits")
    op.drop_table("page_sessions")
    op.drop_table("outbox")
    op.drop_table("kb_gaps")
    op.drop_table("feature_catalog")
    op.drop_table("events")
    op.drop_table("bug_reports")
    op.drop_table("audit_log")
    op.drop_table("accounts")
