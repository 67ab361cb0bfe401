"""Human review inside a graph node, and the workflows a reviewer's decision can resume.

A node calls `review_interrupt(name, args, description)`. The graph stops there (LangGraph `interrupt`)
with the payload agent-inbox style clients render (LangChain HITL middleware shape):

    {"action_requests": [{"name", "args", "description"}],
     "review_configs": [{"action_name", "allowed_decisions": ["approve", "edit", "reject"]}]}

and goes on when resumed with `Command(resume={"decisions": [{"type": "approve"} | {"type": "edit",
"edited_action": {"name", "args"}} | {"type": "reject", "message"}]})`. The node then gets one normalised
`ReviewDecision`. Threads live in a durable checkpointer (PostgreSQL when the database is, else SQLite in
the data directory), so any process can resume any pending review of a workflow in
`graph.workflows.registry` (`graph.reviews_service`).
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypedDict, cast, get_args

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.postgres import PostgresSaver
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import interrupt
from psycopg import Connection
from psycopg.rows import DictRow, dict_row
from psycopg_pool import ConnectionPool
from pydantic import BaseModel, ValidationError

from agents.context import Services
from cs_agents.db import is_postgres, libpq_url, private_file
from cs_agents.settings import Settings

DecisionType = Literal["approve", "edit", "reject"]
DECISION_TYPES: tuple[DecisionType, ...] = get_args(DecisionType)


class ReviewDecision(TypedDict):
    """What the reviewer decided, as the node sees it after the interrupt returns."""

    type: DecisionType
    args: dict[str, Any]  # the final args: the edited ones for an edit, the proposed ones otherwise
    message: str | None  # the reason of a rejection
    review_id: int | None  # the `reviews` row, when resumed through the review service
    decided_by: str | None


class InvalidDecision(ValueError):
    """A resume value that is not a decision this review allows."""


class DecisionNotPermitted(InvalidDecision):
    """A decision this review allows, but not to the decider's role (an article edit by a reviewer)."""


# The fields a review without an `editable` list lets a reviewer change: the words a customer reads, as
# the review pages edit them.
LEGACY_EDITABLE_KEYS = frozenset({"subject", "body", "title"})


# ---------------------------------------------------------------------------------------------- payload


def review_payload(
    name: str,
    args: Mapping[str, Any],
    description: str,
    *,
    allowed: Iterable[DecisionType] = DECISION_TYPES,
    kind: str | None = None,
    title: str | None = None,
    account_id: str | None = None,
    editable: Iterable[str] | None = None,
    edit_role: str | None = None,
) -> dict[str, Any]:
    """The interrupt value for one proposed action; `metadata` (kind, title, account) files the review.

    `editable` lists the fields an edit may change (`messages[].body`: that field of every list item;
    `tags`: the field and anything in it); everything else, and the shape (list lengths, keys), stays as
    proposed. Without the list, text fields named subject, body or title are editable (what the review
    pages edit). `edit_role` reserves edits to one role (article text is admin-only, like article writes).
    """
    if not name.strip():
        raise ValueError("the action name is empty")
    allowed_list = list(dict.fromkeys(allowed))
    if not allowed_list or any(d not in DECISION_TYPES for d in allowed_list):
        raise ValueError(
            f"allowed decisions must be a non-empty subset of {DECISION_TYPES}, not {allowed_list}"
        )
    plain_args = _json_object(args, "the proposal's args", ValueError)
    metadata = {"kind": kind, "title": title, "account_id": account_id}
    config: dict[str, Any] = {"action_name": name, "allowed_decisions": allowed_list}
    if editable is not None:
        config["editable"] = list(editable)
    if edit_role is not None:
        config["edit_role"] = edit_role
    return {
        "action_requests": [{"name": name, "args": plain_args, "description": description}],
        "review_configs": [config],
        "metadata": {k: v for k, v in metadata.items() if v is not None},
    }


def review_interrupt(
    name: str,
    args: Mapping[str, Any],
    description: str,
    *,
    allowed: Iterable[DecisionType] = DECISION_TYPES,
    kind: str | None = None,
    title: str | None = None,
    account_id: str | None = None,
    editable: Iterable[str] | None = None,
    edit_role: str | None = None,
) -> ReviewDecision:
    """Stop the graph for a reviewer; returns their decision when the thread is resumed.

    Call it inside a node. The node runs again from its start on resume, so anything it did before this
    call runs twice; put side effects after it, and make them idempotent (`cs_agents.outbox.enqueue`).
    """
    payload = review_payload(
        name,
        args,
        description,
        allowed=allowed,
        kind=kind,
        title=title,
        account_id=account_id,
        editable=editable,
        edit_role=edit_role,
    )
    return parse_decision(payload, interrupt(payload))


def action_of(payload: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The one action request of a review payload and the decisions allowed for it."""
    try:
        (request,) = payload["action_requests"]
        (config,) = payload["review_configs"]
        name, args, allowed = request["name"], request["args"], list(config["allowed_decisions"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(
            "not a review payload: expected one action_requests entry and one review_configs entry"
        ) from exc
    if config.get("action_name") != name or not isinstance(args, dict):
        raise ValueError("not a review payload: review_configs[0].action_name must name the action")
    return request, allowed


# --------------------------------------------------------------------------------------------- decisions


def resume_value(
    decision: DecisionType,
    action_name: str,
    *,
    edited_args: Mapping[str, Any] | None = None,
    message: str | None = None,
    review_id: int | None = None,
    decided_by: str | None = None,
) -> dict[str, Any]:
    """The value to resume a review interrupt with (`Command(resume=...)`)."""
    item: dict[str, Any] = {"type": decision}
    if decision == "edit":
        item["edited_action"] = {"name": action_name, "args": dict(edited_args or {})}
    elif decision == "reject" and message is not None:
        item["message"] = message
    value: dict[str, Any] = {"decisions": [item]}
    if review_id is not None:
        value["review_id"] = review_id
    if decided_by is not None:
        value["decided_by"] = decided_by
    return value


def parse_decision(payload: Mapping[str, Any], value: Any) -> ReviewDecision:
    """Validate a resume value against the review it answers; raises `InvalidDecision`."""
    request, allowed = action_of(payload)
    if not isinstance(value, Mapping) or not isinstance(value.get("decisions"), list):
        raise InvalidDecision(f'resume with {{"decisions": [...]}}, not {value!r:.200}')
    if len(value["decisions"]) != 1:
        raise InvalidDecision(f"this review has one action; got {len(value['decisions'])} decisions")
    item = value["decisions"][0]
    kind = item.get("type") if isinstance(item, Mapping) else None
    if kind not in DECISION_TYPES:
        raise InvalidDecision(f"decision type must be one of {', '.join(DECISION_TYPES)}, not {kind!r}")
    if kind not in allowed:
        raise InvalidDecision(
            f"{kind!r} is not allowed for {request['name']!r} (allowed: {', '.join(allowed)})"
        )
    args = dict(request["args"])
    message = item.get("message")
    if message is not None and not isinstance(message, str):
        raise InvalidDecision("a rejection message must be text")
    if kind == "edit":
        edited = item.get("edited_action")
        if not isinstance(edited, Mapping) or not isinstance(edited.get("args"), Mapping):
            raise InvalidDecision('an edit needs "edited_action": {"name": ..., "args": {...}}')
        if edited.get("name", request["name"]) != request["name"]:
            raise InvalidDecision(f"an edit may change the args, not the action ({request['name']!r})")
        args = _json_object(edited["args"], "the edited args", InvalidDecision)
        check_edit(payload, request["args"], args)
    review_id = value.get("review_id")
    decided_by = value.get("decided_by")
    return ReviewDecision(
        type=cast(DecisionType, kind),
        args=args,
        message=message,
        review_id=review_id if isinstance(review_id, int) else None,
        decided_by=decided_by if isinstance(decided_by, str) else None,
    )


def edit_rules(payload: Mapping[str, Any]) -> tuple[list[str] | None, str | None]:
    """The review's editable fields (None: a review stored before they were listed) and edit role."""
    config = payload["review_configs"][0]
    editable = config.get("editable")
    return (list(editable) if isinstance(editable, list) else None), config.get("edit_role")


def check_edit(payload: Mapping[str, Any], before: Mapping[str, Any], after: Mapping[str, Any]) -> None:
    """Refuse an edit that changes a field the review does not list as editable, or the args' shape
    (a key added or removed, a list of another length, text turned into something else)."""
    editable, _role = edit_rules(payload)
    for change in args_diff(before, after):
        where = change["field"]
        if change["op"] != "changed":
            raise InvalidDecision(
                f"an edit may not add or remove fields ({where!r} {change['op']}); change the text only"
            )
        if not _is_editable(where, editable):
            allowed = ", ".join(editable or sorted(LEGACY_EDITABLE_KEYS)) or "none"
            raise InvalidDecision(f"{where!r} is not editable in this review (editable: {allowed})")
        if not _same_kind(change["before"], change["after"]):
            raise InvalidDecision(f"{where!r} must stay {_kind(change['before'])}")


def check_args(model: type[BaseModel], args: Mapping[str, Any]) -> None:
    """Refuse edited args the workflow's model would refuse on resume (an article id off the slug rule)."""
    try:
        model.model_validate(args)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "args"
        raise InvalidDecision(f"the edited args are not valid: {where}: {first['msg']}") from None


def _is_editable(where: str, editable: list[str] | None) -> bool:
    path = re.sub(r"\[\d+\]", "[]", where)  # messages[3].body -> messages[].body
    if editable is None:
        return re.split(r"[.\[\]]+", path.strip("[]."))[-1] in LEGACY_EDITABLE_KEYS
    # a listed field and anything inside it (tags -> tags[])
    return any(path == e or (path.startswith(e) and path[len(e)] in ".[") for e in editable)


def _same_kind(before: Any, after: Any) -> bool:
    if isinstance(before, str) or before is None:
        return isinstance(after, str) or (before is None and after is None)
    if isinstance(before, list):
        return isinstance(after, list) and all(isinstance(item, str) for item in after)
    return False  # numbers, flags and objects are the agent's, not the reviewer's


def _kind(value: Any) -> str:
    return "a list of text" if isinstance(value, list) else "text"


def args_diff(before: Any, after: Any, path: str = "") -> list[dict[str, Any]]:
    """Field-level differences: [{"field": "steps[1].subject", "op": "changed", "before", "after"}]."""
    if isinstance(before, Mapping) and isinstance(after, Mapping):
        changes: list[dict[str, Any]] = []
        for key in [*before.keys(), *(k for k in after if k not in before)]:
            where = f"{path}.{key}" if path else str(key)
            if key not in after:
                changes.append({"field": where, "op": "removed", "before": before[key]})
            elif key not in before:
                changes.append({"field": where, "op": "added", "after": after[key]})
            else:
                changes.extend(args_diff(before[key], after[key], where))
        return changes
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        return [
            c
            for i, (b, a) in enumerate(zip(before, after, strict=True))
            for c in args_diff(b, a, f"{path}[{i}]")
        ]
    if before == after and type(before) is type(after):
        return []
    return [{"field": path or "args", "op": "changed", "before": before, "after": after}]


def _json_object(value: Mapping[str, Any], what: str, error: type[ValueError]) -> dict[str, Any]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise error(f"{what} must be a JSON object with text keys")
    try:
        plain: dict[str, Any] = json.loads(json.dumps(dict(value), allow_nan=False))
    except (TypeError, ValueError) as exc:
        raise error(f"{what} must be JSON-serialisable: {exc}") from exc
    return plain


# ------------------------------------------------------------------------------------- checkpoint types

_CHECKPOINT_TYPES: set[tuple[str, str]] = set()


def register_checkpoint_types(*types: type | tuple[str, str]) -> None:
    """Allow these types (classes, or (module, name)) back out of review checkpoints; others are refused."""
    _CHECKPOINT_TYPES.update(_type_key(t) for t in types)


def checkpoint_types() -> list[tuple[str, str]]:
    return sorted(_CHECKPOINT_TYPES)


def _type_key(t: type | tuple[str, str]) -> tuple[str, str]:
    return (t.__module__, t.__qualname__) if isinstance(t, type) else (t[0], t[1])


Checkpointer = SqliteSaver | PostgresSaver

# Any constant works; it only has to be the same in every process setting up the checkpoint tables.
_CHECKPOINT_SETUP_LOCK = 0x63735F636B707400  # "cs_ckpt"
_set_up: set[str] = set()  # PostgreSQL URLs whose checkpoint tables this process has set up
_set_up_lock = threading.Lock()


def durable_checkpointer(
    settings: Settings, extra_types: Iterable[type | tuple[str, str]] = ()
) -> Checkpointer:
    """The durable checkpointer for review workflows; it only revives the registered state types."""
    allowed = sorted({*_CHECKPOINT_TYPES, *(_type_key(t) for t in extra_types)})
    return open_checkpointer(settings, allowed)


def open_checkpointer(settings: Settings, allowed_types: Iterable[tuple[str, str]]) -> Checkpointer:
    """A checkpointer where the data lives: PostgreSQL when the database URL is PostgreSQL (so every
    worker and machine sees every thread), else a SqliteSaver on `<data_dir>/checkpoints.sqlite`.

    Only `allowed_types` (module, name) are revived from msgpack; anything else is refused when loading.
    The caller owns the connection (a psycopg pool on PostgreSQL): close it with `saver.conn.close()`.
    """
    serde = JsonPlusSerializer(allowed_msgpack_modules=sorted(set(allowed_types)))
    url = settings.resolved_database_url
    if is_postgres(url):
        conninfo = libpq_url(url)
        _setup_postgres_checkpoints(conninfo)
        # PostgresSaver serialises its own calls (one lock per saver), so a small pool is enough; the pool
        # replaces connections the server dropped. These kwargs are what PostgresSaver requires.
        pool: ConnectionPool[Connection[DictRow]] = ConnectionPool(
            conninfo,
            min_size=1,
            max_size=4,
            kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
            open=True,
        )
        return PostgresSaver(pool, serde=serde)
    path = private_file(settings.data_dir / "checkpoints.sqlite")
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
    saver = SqliteSaver(conn, serde=serde)
    saver.setup()
    return saver


def _setup_postgres_checkpoints(conninfo: str) -> None:
    """`PostgresSaver.setup()` once per process and database, one process at a time (an advisory lock):
    its migrations are not safe to run concurrently."""
    with _set_up_lock:
        if conninfo in _set_up:
            return
        with Connection.connect(conninfo, autocommit=True, prepare_threshold=0, row_factory=dict_row) as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (_CHECKPOINT_SETUP_LOCK,))
            PostgresSaver(conn).setup()  # the lock is released when the connection closes
        _set_up.add(conninfo)


# ------------------------------------------------------------------------------------------- registry

Graph = CompiledStateGraph[Any, Any, Any, Any]
Builder = Callable[[BaseCheckpointSaver[Any]], Graph]
ContextFactory = Callable[[Settings], Any]


class UnknownWorkflow(LookupError):
    """A review names a workflow this process has not registered."""


@dataclass(frozen=True)
class Workflow:
    """A reviewable workflow: how to compile its graph on a checkpointer, and its runtime context."""

    name: str
    build: Builder
    kind: str  # the default kind of its reviews: campaign, play, article, ...
    context: ContextFactory | None = None  # LangGraph runtime context for each run, from the settings
    checkpoint_types: tuple[tuple[str, str], ...] = ()
    # the model the node validates the final args with: checked before a decision is recorded, so a
    # bad edit is a 422 and the review stays pending instead of failing the workflow after the claim
    args_model: type[BaseModel] | None = None


def observe_draft_review(
    state: type[Any],
    observe: Callable[..., Any],
    draft: Callable[..., Any],
    review: Callable[..., Any],
    checkpointer: BaseCheckpointSaver[Any],
) -> Graph:
    """The shape of a drafted-message workflow: read the account, draft, wait for a person's review."""
    graph = StateGraph(state, context_schema=Services)
    graph.add_node("observe", observe)
    graph.add_node("draft", draft)
    graph.add_node("review", review)
    graph.add_edge(START, "observe")
    graph.add_edge("observe", "draft")
    graph.add_edge("draft", "review")
    graph.add_edge("review", END)
    return graph.compile(checkpointer=checkpointer)


def define_workflow(
    name: str,
    build: Builder,
    *,
    kind: str,
    context: ContextFactory | None = None,
    checkpoint_types: Iterable[type | tuple[str, str]] = (),
    args_model: type[BaseModel] | None = None,
) -> Workflow:
    """A workflow's definition; `graph/workflows.py` lists the ones every process can resume."""
    types = tuple(sorted(_type_key(t) for t in checkpoint_types))
    return Workflow(name, build, kind, context, types, args_model)


class ReviewRegistry:
    """Workflows by name, so any process can resume any pending review. Built from an explicit list
    (`graph.workflows.registry`); nothing registers itself by being imported."""

    def __init__(self, workflows: Iterable[Workflow] = ()) -> None:
        self._workflows: dict[str, Workflow] = {}
        for workflow in workflows:
            self.add(workflow)

    def add(self, workflow: Workflow) -> Workflow:
        known = self._workflows.get(workflow.name)
        if known is not None and _origin(known.build) != _origin(workflow.build):
            raise ValueError(
                f"workflow {workflow.name!r} is already registered by {'.'.join(_origin(known.build))}"
            )
        self._workflows[workflow.name] = workflow
        return workflow

    def get(self, name: str) -> Workflow:
        try:
            return self._workflows[name]
        except KeyError:
            known = ", ".join(sorted(self._workflows)) or "none"
            raise UnknownWorkflow(
                f"workflow {name!r} is not registered in this process (registered: {known}); "
                "add it to graph.workflows.registry"
            ) from None

    def names(self) -> list[str]:
        return sorted(self._workflows)


def _origin(build: Builder) -> tuple[str, str]:
    return (getattr(build, "__module__", "?"), getattr(build, "__qualname__", repr(build)))
