"""A draft's args as form fields a reviewer edits in place, and the form back to args.

Only the words a customer reads are editable (subjects, bodies, titles); ids, channels, owners and
flags stay as the agent set them, and the workflow validates the edited args again on resume.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

EDITABLE_KEYS = frozenset({"subject", "body", "title"})
FIELD_PREFIX = "f:"


@dataclass(frozen=True)
class EditField:
    name: str  # the form field's name: FIELD_PREFIX + the dotted path, e.g. f:messages.0.body
    label: str  # e.g. "messages 1 · body"
    value: str
    multiline: bool


CONTEXT_KEYS = ("day", "channel", "owner")  # shown beside a list item's label: "messages 2 (day 3, email)"


def _walk(
    value: Any, path: tuple[str, ...], label: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], tuple[str, ...], str]]:
    """(path, label parts, text) of every editable string under `value`."""
    if isinstance(value, Mapping):
        return [
            leaf
            for key, item in value.items()
            for leaf in _walk(item, (*path, str(key)), (*label, str(key).replace("_", " ")))
        ]
    if isinstance(value, list):
        leaves = []
        for i, item in enumerate(value):
            context = []
            if isinstance(item, Mapping):
                context = [
                    f"day {item[k]}" if k == "day" else str(item[k]) for k in CONTEXT_KEYS if k in item
                ]
            part = f"{i + 1}" + (f" ({', '.join(context)})" if context else "")
            head = f"{label[-1]} {part}" if label else part
            leaves += _walk(item, (*path, str(i)), (*label[:-1], head))
        return leaves
    if isinstance(value, str) and path and path[-1] in EDITABLE_KEYS:
        return [(path, label, value)]
    return []


def edit_fields(args: Mapping[str, Any]) -> list[EditField]:
    return [
        EditField(
            FIELD_PREFIX + ".".join(path), " · ".join(label), value, path[-1] == "body" or "\n" in value
        )
        for path, label, value in _walk(args, ())
    ]


def apply_edits(args: Mapping[str, Any], form: Mapping[str, str]) -> dict[str, Any]:
    """A copy of `args` with every editable field the form carries replaced (browsers send CRLF)."""
    edited: dict[str, Any] = copy.deepcopy(dict(args))
    for path, _label, _old in _walk(args, ()):
        submitted = form.get(FIELD_PREFIX + ".".join(path))
        if submitted is None:
            continue
        target: Any = edited
        for part in path[:-1]:
            target = target[int(part)] if isinstance(target, list) else target[part]
        target[path[-1]] = submitted.replace("\r\n", "\n")
    return edited


def read_only_facts(args: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The top-level args that are not edited (account, play, ...), for display beside the fields."""
    facts = []
    for key, value in args.items():
        if isinstance(value, str | int | float | bool) and key not in EDITABLE_KEYS:
            facts.append((key.replace("_", " "), str(value)))
    return facts
