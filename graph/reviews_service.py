"""Reviews: start a reviewable workflow, list what waits for a person, record a decision, go on.

One `reviews` row per pending interrupt (unique per thread and interrupt id). A decision is claimed
atomically (the first reviewer wins, the second gets `ReviewAlreadyDecided`), audited, and then the
workflow thread is resumed with `Command(resume={interrupt_id: value})`. Resumes of one thread run one at a
time across processes (a lease row), and a decision whose resume did not finish (a crash, a failing node)
stays marked so `recover()` completes it: the checkpointer still shows the interrupt, so it is resumed
again; the workflow's outbox writes are idempotent, so nothing is sent twice.
"""

from __future__ import annotations

import builtins
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, cast, get_args

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.types import Command, RunnableConfig, StateSnapshot
from pydantic import BaseModel
from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.exc import IntegrityError

from cs_agents.audit import audit
from cs_agents.db import (
    Database,
    HealthDayRow,
    HealthSnapshotRow,
    ReviewRow,
    ReviewThreadLeaseRow,
    get_database,
    insert_for,
)
from cs_agents.outbox import DeliveryReport, Sender, deliver
from cs_agents.settings import Settings
from graph.review import (
    DecisionNotPermitted,
    DecisionType,
    Graph,
    InvalidDecision,
    ReviewRegistry,
    Workflow,
    action_of,
    args_diff,
    check_args,
    durable_checkpointer,
    edit_rules,
    parse_decision,
    resume_value,
)
from graph.workflows import registry

ReviewStatus = Literal["pending", "approved", "edited", "rejected"]
REVIEW_STATUSES: tuple[ReviewStatus, ...] = get_args(ReviewStatus)
_STATUS_OF: dict[DecisionType, ReviewStatus] = {"approve": "approved", "edit": "edited", "reject": "rejected"}


class Review(BaseModel):
    """A review as the CLI and API show it."""

    id: int
    workflow: str
    thread_id: str
    interrupt_id: str
    kind: str
    account_id: str | None
    title: str
    payload: dict[str, Any]
    status: ReviewStatus
    decided_by: str | None
    decided_at: datetime | None
    decision: dict[str, Any] | None
    resumed_at: datetime | None
    resume_error: str | None
    created_at: datetime

    @property
    def action(self) -> dict[str, Any]:
        """The proposed action: name, args, description (the evidence, as Markdown)."""
        return action_of(self.payload)[0]

    @property
    def allowed_decisions(self) -> list[str]:
        return action_of(self.payload)[1]

    @classmethod
    def of(cls, row: ReviewRow) -> Review:
        return cls.model_validate(row, from_attributes=True)


class ReviewNotFound(LookupError):
    def __init__(self, review_id: int) -> None:
        super().__init__(f"no review {review_id}")
        self.review_id = review_id


class ReviewAlreadyDecided(Exception):
    """A second decision on a review: the message says who decided it, when and how."""

    def __init__(self, review: Review) -> None:
        when = review.decided_at.isoformat(timespec="seconds") if review.decided_at else "an unknown time"
        how = review.status
        reason = (review.decision or {}).get("decisions", [{}])[0].get("message")
        super().__init__(
            f"review {review.id} was already {how} by {review.decided_by or 'someone'} at {when}"
            + (f" (reason: {reason})" if reason else "")
        )
        self.review = review


class WorkflowResumeError(RuntimeError):
    """The decision is recorded, but the workflow failed to go on with it; `recover()` retries."""


@dataclass
class StartResult:
    thread_id: str
    finished: bool
    values: dict[str, Any]
    reviews: list[Review]  # the thread's pending reviews


@dataclass
class DecisionResult:
    review: Review
    new_reviews: list[Review] = field(default_factory=list)  # interrupts the resumed workflow raised next


class ReviewService:
    """Reviews over one database and one durable checkpointer; safe to share between threads."""

    def __init__(
        self,
        settings: Settings,
        db: Database | None = None,
        workflows: ReviewRegistry = registry,
        checkpointer: BaseCheckpointSaver[Any] | None = None,
        lease_s: float = 900.0,
        lease_wait_s: float = 120.0,
    ) -> None:
        self.settings = settings
        self.db = db or get_database(settings)
        self.workflows = workflows
        self._own_checkpointer = checkpointer is None
        self.checkpointer = checkpointer or durable_checkpointer(settings)
        self.lease_s, self.lease_wait_s = lease_s, lease_wait_s
        self._graphs: dict[str, Graph] = {}
        self._savers: dict[str, BaseCheckpointSaver[Any]] = {}
        self._build_lock = threading.RLock()

    def close(self) -> None:
        conn = getattr(self.checkpointer, "conn", None)
        if self._own_checkpointer and conn is not None:
            conn.close()

    def __enter__(self) -> ReviewService:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------------------------------- running

    def start(self, workflow: str, thread_id: str, input: Mapping[str, Any]) -> StartResult:
        """Run a workflow on a new thread until it finishes or waits for review.

        For a thread that already exists nothing runs again: its pending interrupts are recorded (the
        retry after a crash between the interrupt and the `reviews` rows), and a run that stopped between
        steps (a killed process) goes on from its last checkpoint.
        """
        wf = self.workflows.get(workflow)
        graph = self._graph(wf)
        config = _config(thread_id)
        with self._lease(thread_id):
            if self._saver(wf).get_tuple(config) is None:
                graph.invoke(dict(input), config, context=self._context(wf))
            else:
                state = graph.get_state(config)
                if state.next and not any(task.interrupts for task in state.tasks):
                    # A run that died between steps (killed while drafting): go on from its last
                    # checkpoint instead of leaving it, or drafting everything again on a new thread.
                    graph.invoke(None, config, context=self._context(wf))
            self._record_pending(wf, thread_id)
            snapshot = graph.get_state(config)
        return StartResult(
            thread_id, not snapshot.next, dict(snapshot.values), self.list("pending", thread_id=thread_id)
        )

    def sync(self, workflow: str, thread_id: str) -> builtins.list[Review]:
        """Record reviews for the thread's pending interrupts that have none; returns the new ones."""
        wf = self.workflows.get(workflow)
        with self._lease(thread_id):
            return self._record_pending(wf, thread_id)

    # ---------------------------------------------------------------------------------------- reading

    def snapshot(self, workflow: str, thread_id: str) -> StateSnapshot:
        """The thread's current state in its checkpointer (values, next nodes, pending interrupts)."""
        return self._graph(self.workflows.get(workflow)).get_state(_config(thread_id))

    def get(self, review_id: int) -> Review:
        with self.db.session() as session:
            row = session.get(ReviewRow, review_id)
            if row is None:
                raise ReviewNotFound(review_id)
            return Review.of(row)

    def pending(self) -> builtins.list[Review]:
        return self.list("pending")

    def list(
        self,
        status: ReviewStatus | None = None,
        thread_id: str | None = None,
        *,
        kind: str | None = None,
        account_id: str | None = None,
        risk: str | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> builtins.list[Review]:
        """Reviews oldest first; all statuses when `status` is None. `risk` keeps the reviews of accounts
        in that risk tier on the latest stored health day (agents/health_history.py); `offset` and
        `limit` take one page (`count` says how many match)."""
        query = self._filtered(select(ReviewRow), status, thread_id, kind, account_id, risk)
        query = query.order_by(ReviewRow.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.db.session() as session:
            return [Review.of(r) for r in session.scalars(query)]

    def count(
        self,
        status: ReviewStatus | None = None,
        *,
        kind: str | None = None,
        account_id: str | None = None,
        risk: str | None = None,
    ) -> int:
        """How many reviews `list` with the same filters holds (all of its pages)."""
        query = self._filtered(
            select(func.count()).select_from(ReviewRow), status, None, kind, account_id, risk
        )
        with self.db.session() as session:
            return int(session.scalar(query) or 0)

    @staticmethod
    def _filtered(
        query: Any,
        status: ReviewStatus | None,
        thread_id: str | None,
        kind: str | None,
        account_id: str | None,
        risk: str | None,
    ) -> Any:
        if status is not None:
            query = query.where(ReviewRow.status == status)
        if thread_id is not None:
            query = query.where(ReviewRow.thread_id == thread_id)
        if kind is not None:
            query = query.where(ReviewRow.kind == kind)
        if account_id is not None:
            query = query.where(ReviewRow.account_id == account_id)
        if risk is not None:
            snap = HealthSnapshotRow
            latest = select(func.max(HealthDayRow.day)).scalar_subquery()
            at_risk = select(snap.account_id).where(snap.day == latest, snap.risk_tier == risk)
            query = query.where(ReviewRow.account_id.in_(at_risk))
        return query

    # -------------------------------------------------------------------------------------- deciding

    def decide(
        self,
        review_id: int,
        decision: DecisionType,
        actor: str,
        edited_args: Mapping[str, Any] | None = None,
        reason: str | None = None,
        role: str | None = None,
    ) -> DecisionResult:
        """Record a decision (first one wins) and resume the workflow with it.

        `role` is the decider's role when it comes from a key (the API and pages); a review whose edits
        are reserved to another role refuses its edit (`DecisionNotPermitted`). The command line (an
        operator on the host) passes none.

        Raises `ReviewNotFound`, `ReviewAlreadyDecided`, `InvalidDecision` (nothing recorded), or
        `WorkflowResumeError` (recorded, the workflow failed to go on; `recover()` retries).
        """
        review = self.get(review_id)
        if review.status != "pending":
            raise ReviewAlreadyDecided(review)
        if not actor.strip():
            raise InvalidDecision("say who decides (actor)")
        name, original = review.action["name"], review.action["args"]
        value = resume_value(
            decision, name, edited_args=edited_args, message=reason, review_id=review_id, decided_by=actor
        )
        if decision != "edit" and edited_args is not None:
            raise InvalidDecision(f"edited args come with an edit, not with {decision!r}")
        if decision == "reject" and not (reason and reason.strip()):
            raise InvalidDecision("a rejection needs a reason")
        _editable, edit_role = edit_rules(review.payload)
        if decision == "edit" and role is not None and edit_role is not None and role != edit_role:
            raise DecisionNotPermitted(
                f"editing this {review.kind} needs the {edit_role} role (it publishes what you write); "
                f"approve it as drafted or reject it with what to change"
            )
        final = parse_decision(review.payload, value)  # the same check the node makes on resume
        diff = args_diff(original, final["args"]) if decision == "edit" else []
        if decision == "edit" and not diff:
            raise InvalidDecision("the edit changes nothing; approve it instead")
        wf = self.workflows.get(review.workflow)  # before claiming: a decision this process cannot apply
        if decision == "edit" and wf.args_model is not None:
            check_args(wf.args_model, final["args"])
        unpublishable = getattr(wf.args_model, "unpublishable", None)
        refusal = unpublishable(final["args"]) if unpublishable is not None and decision != "reject" else None
        if refusal:
            raise InvalidDecision(refusal)

        now = datetime.now(UTC)
        with self.db.session() as session:
            claimed = session.execute(
                update(ReviewRow)
                .where(ReviewRow.id == review_id, ReviewRow.status == "pending")
                .values(status=_STATUS_OF[decision], decided_by=actor, decided_at=now, decision=value)
            )
            won = cast(CursorResult[Any], claimed).rowcount == 1
            if won:
                details: dict[str, Any] = {"decision": decision, "thread_id": review.thread_id}
                if decision == "edit":
                    details["diff"] = diff
                if reason:
                    details["reason"] = reason
                audit(session, actor, f"review.{_STATUS_OF[decision]}", review_id, **details)
        if not won:
            raise ReviewAlreadyDecided(self.get(review_id))
        new = self._continue(wf, review.thread_id)
        return DecisionResult(self.get(review_id), new)

    def recover(self) -> builtins.list[Review]:
        """Resume every decided review whose workflow did not go on (a crash, a failing node).

        Returns the reviews the resumed workflows raised next. A thread that fails again is left as is
        (its `resume_error` says why) and the others still run.
        """
        with self.db.session() as session:
            rows = session.execute(
                select(ReviewRow.workflow, ReviewRow.thread_id)
                .where(ReviewRow.status != "pending", ReviewRow.resumed_at.is_(None))
                .distinct()
            ).all()
        new: builtins.list[Review] = []
        for workflow, thread_id in rows:
            try:
                new += self._continue(self.workflows.get(workflow), thread_id)
            except WorkflowResumeError:
                continue  # recorded on its reviews
        return new

    def deliver(self, sender: Sender, limit: int = 100) -> DeliveryReport:
        """Send pending outbox rows through `sender` (see `cs_agents.outbox.deliver`)."""
        return deliver(self.db, sender, limit)

    # ------------------------------------------------------------------------------------- internals

    def _graph(self, wf: Workflow) -> Graph:
        with self._build_lock:
            if wf.name not in self._graphs:
                self._graphs[wf.name] = wf.build(self._saver(wf))
            return self._graphs[wf.name]

    def _saver(self, wf: Workflow) -> BaseCheckpointSaver[Any]:
        """The checkpointer that also revives the workflow's own state types."""
        if wf.name not in self._savers:
            types = wf.checkpoint_types
            self._savers[wf.name] = self.checkpointer.with_allowlist(types) if types else self.checkpointer
        return self._savers[wf.name]

    def _context(self, wf: Workflow) -> Any:
        return wf.context(self.settings) if wf.context else None

    def _continue(self, wf: Workflow, thread_id: str) -> builtins.list[Review]:
        """Resume the thread with every decision not yet applied, until none is left."""
        graph, config = self._graph(wf), _config(thread_id)
        with self._lease(thread_id):
            while True:
                with self.db.session() as session:
                    todo = list(
                        session.scalars(
                            select(ReviewRow)
                            .where(
                                ReviewRow.thread_id == thread_id,
                                ReviewRow.status != "pending",
                                ReviewRow.resumed_at.is_(None),
                            )
                            .order_by(ReviewRow.decided_at, ReviewRow.id)
                        )
                    )
                if not todo:
                    break
                if self._saver(wf).get_tuple(config) is None:
                    raise WorkflowResumeError(
                        f"thread {thread_id!r} has no checkpoint: the decision cannot apply"
                    )
                waiting = {i.id for i in graph.get_state(config).interrupts}
                resume = {r.interrupt_id: r.decision for r in todo if r.interrupt_id in waiting}
                ids = [r.id for r in todo]
                if resume:
                    try:
                        graph.invoke(Command(resume=resume), config, context=self._context(wf))
                    except Exception as exc:
                        self._mark(ids, resume_error=f"{type(exc).__name__}: {exc}")
                        raise WorkflowResumeError(
                            f"decisions on reviews {ids} are recorded, but workflow {wf.name!r} failed on "
                            f"thread {thread_id!r}: {type(exc).__name__}: {exc}"
                        ) from exc
                self._mark(ids, resumed_at=datetime.now(UTC), resume_error=None)
            return self._record_pending(wf, thread_id)

    def _mark(self, ids: builtins.list[int], **values: Any) -> None:
        with self.db.session() as session:
            session.execute(update(ReviewRow).where(ReviewRow.id.in_(ids)).values(**values))

    def _record_pending(self, wf: Workflow, thread_id: str) -> builtins.list[Review]:
        """One `reviews` row per pending interrupt of the thread; returns the rows added now."""
        created: builtins.list[Review] = []
        for pending in self._graph(wf).get_state(_config(thread_id)).interrupts:
            payload = pending.value
            request, _allowed = action_of(payload)
            meta = payload.get("metadata") or {}
            args = request["args"]
            account = meta.get("account_id") or (
                args.get("account_id") if isinstance(args.get("account_id"), str) else None
            )
            row = ReviewRow(
                workflow=wf.name,
                thread_id=thread_id,
                interrupt_id=pending.id,
                kind=meta.get("kind") or wf.kind,
                account_id=account,
                title=(meta.get("title") or _title(request))[:300],
                payload=payload,
                status="pending",
                created_at=datetime.now(UTC),
            )
            try:
                with self.db.session() as session:
                    session.add(row)
                    session.flush()
                    audit(session, f"workflow:{wf.name}", "review.requested", row.id, thread_id=thread_id)
            except IntegrityError:
                continue  # already recorded (one interrupt, one review)
            created.append(Review.of(row))
        return created

    @contextmanager
    def _lease(self, thread_id: str) -> Iterator[None]:
        """Hold the thread: one run at a time per thread, across threads and processes."""
        holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        deadline = time.monotonic() + self.lease_wait_s
        while not self._take_lease(thread_id, holder):
            if time.monotonic() > deadline:
                raise WorkflowResumeError(
                    f"thread {thread_id!r} is busy in another run for more than {self.lease_wait_s:g} s; "
                    "a recorded decision is applied by that run, or later by recover()"
                )
            time.sleep(0.05)
        try:
            yield
        finally:
            with self.db.session() as session:
                session.execute(
                    delete(ReviewThreadLeaseRow).where(
                        ReviewThreadLeaseRow.thread_id == thread_id, ReviewThreadLeaseRow.holder == holder
                    )
                )

    def _take_lease(self, thread_id: str, holder: str) -> bool:
        now = datetime.now(UTC)
        expires = now + timedelta(seconds=self.lease_s)
        lease = ReviewThreadLeaseRow
        with self.db.session() as session:
            # A free thread or an expired lease is taken in one statement (ON CONFLICT DO UPDATE ... WHERE
            # expired), so two runs, in threads or in processes, never both get it; on PostgreSQL the second
            # waits for the first's row lock, then sees the fresh lease.
            taken = session.execute(
                insert_for(session)(lease)
                .values(thread_id=thread_id, holder=holder, expires_at=expires)
                .on_conflict_do_update(
                    index_elements=[lease.thread_id],
                    set_={"holder": holder, "expires_at": expires},
                    where=lease.expires_at < now,
                )
                .returning(lease.holder)
            ).scalar_one_or_none()
            if taken == holder:
                return True
            current = session.scalar(select(lease.holder).where(lease.thread_id == thread_id))
            if current is None or not _holder_is_gone(current):
                return False
            # The holder was killed mid-run: take it over, unless another run just did.
            stolen = session.execute(
                update(lease)
                .where(lease.thread_id == thread_id, lease.holder == current)
                .values(holder=holder, expires_at=expires)
            )
            return cast(CursorResult[Any], stolen).rowcount == 1


def _holder_is_gone(holder: str) -> bool:
    """A lease held by a process of this machine that no longer runs (killed mid-resume)."""
    host, _, rest = holder.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _config(thread_id: str) -> RunnableConfig:
    return {"configurable": {"thread_id": thread_id}}


def _title(request: Mapping[str, Any]) -> str:
    for line in str(request.get("description") or "").splitlines():
        text = line.strip().lstrip("#").strip()
        if text:
            return text
    return str(request["name"])
