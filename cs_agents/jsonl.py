"""JSONL reading per SPEC: blank lines ignored; a bad line is reported with its number, never fatal."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from cs_agents.records import Rejection

M = TypeVar("M", bound=BaseModel)


def validation_message(exc: ValidationError) -> str:
    """One line naming each bad field, e.g. `seats: Input should be greater than or equal to 1`."""
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {msg}" if where else msg)
    return "; ".join(parts)


def text_problem(value: object, where: str = "") -> str | None:
    """What no database stores although JSON can escape it: NUL characters (PostgreSQL refuses them) and
    lone surrogates (not Unicode at all). None when every string (keys too) is clean."""
    if isinstance(value, str):
        if "\x00" in value:
            return f"{where or 'value'}: contains a NUL character (\\u0000); remove it"
        if any("\ud800" <= ch <= "\udfff" for ch in value):
            return f"{where or 'value'}: has a lone surrogate (e.g. \\ud800), not Unicode; fix the encoding"
        return None
    items: list[tuple[str, object]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            shown = (
                ascii(key)[1:-1] if text_problem(key) else str(key)
            )  # printable even when it is the problem
            label = f"{where}.{shown}" if where else shown
            items += [(label, key), (label, item)]
    elif isinstance(value, list):
        items = [(f"{where}.{i}" if where else str(i), item) for i, item in enumerate(value)]
    for label, item in items:
        problem = text_problem(item, label)
        if problem:
            return problem
    return None


def read_jsonl(
    path: Path, model: type[M], on_bytes: Callable[[int], None] | None = None
) -> Iterator[tuple[int, M | Rejection]]:
    """(line number, record or rejection) for every non-blank line."""
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            if on_bytes:
                on_bytes(len(raw))
            if not raw.strip():
                continue
            yield number, _parse_line(number, raw, model)


def _parse_line(number: int, raw: bytes, model: type[M]) -> M | Rejection:
    try:
        text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return Rejection(number, f"not valid UTF-8 at byte {exc.start}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return Rejection(number, f"invalid JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:  # thousands of nested brackets: one bad line, not a crash of the whole file
        return Rejection(number, "invalid JSON: nested too deeply; a record is one flat object")
    if not isinstance(data, dict):
        return Rejection(number, f"expected a JSON object, got {type(data).__name__}")
    problem = text_problem(data)
    if problem:
        return Rejection(number, problem)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        return Rejection(number, validation_message(exc))
