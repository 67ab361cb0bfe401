"""A setting's default and the text that describes it agree: the README's settings table, and any
docstring, document or tool description that says `<setting> (default N)`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import AliasChoices
from pydantic_core import PydanticUndefined

from agents import tools
from cs_agents.settings import Settings

ROOT = Path(__file__).resolve().parents[2]

# Drift found when this test was written, in files other changes own right now: each entry fails as it
# should (strict xfail), and must be removed once its text says the setting's default.
KNOWN_DRIFT: dict[str, str] = {}


def _env_names() -> dict[str, str]:
    """Every environment variable name a setting is read from -> the setting's field name."""
    names: dict[str, str] = {}
    for field, info in Settings.model_fields.items():
        names[f"CS_AGENTS_{field.upper()}"] = field
        if isinstance(info.validation_alias, AliasChoices):
            names.update({str(alias): field for alias in info.validation_alias.choices})
    return names


def _default(field: str) -> Any:
    info = Settings.model_fields[field]
    return None if info.default is PydanticUndefined else info.default


def _settings_table() -> list[list[str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Settings\n", 1)[1].split("\n## ", 1)[0]
    rows = [line.strip().strip("|").split("|") for line in section.splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in row] for row in rows[2:] if len(row) == 3]


def _readme_defaults() -> list[tuple[str, str, str]]:
    """(variable, field, the default the README states) for every variable its settings table names."""
    env = _env_names()
    found: list[tuple[str, str, str]] = []
    for variables_cell, default_cell, _meaning in _settings_table():
        variables = re.findall(r"`([A-Z_*]+)`", variables_cell)
        if variables[0].startswith("CS_AGENTS_"):  # `CS_AGENTS_SMTP_HOST`, `_PORT`: shorthand for SMTP_PORT
            prefix = variables[0].rsplit("_", 1)[0]
            variables = [prefix + v if v.startswith("_") else v for v in variables]
        fields = list(dict.fromkeys(env.get(v, "") for v in variables))
        if "" in fields:  # a wildcard (`CS_AGENTS_RATE_LIMIT_*`) or a name no setting is read from
            assert all(v.endswith("*") for v in variables if v not in env), variables
            continue
        if len(fields) == 1:
            found.append((variables[0], fields[0], default_cell))
            continue
        defaults = [d.strip() for d in default_cell.split(", ")]
        assert len(defaults) == len(fields), f"{variables_cell}: one default per variable, got {default_cell}"
        found.extend(
            (next(v for v in variables if env[v] == f), f, d) for f, d in zip(fields, defaults, strict=True)
        )
    return found


def _stated(text: str) -> tuple[str, Any] | None:
    """What a table cell says the default is: ("number", 30.0), ("unset", None), ("literal", "x") or None
    (prose such as "the login name", which no test can compare)."""
    if re.fullmatch(r"`-?[\d_]+(\.\d+)?`", text):
        return "number", float(text.strip("`").replace("_", ""))
    if text == "unset" or text.startswith("unset:") or text.startswith("unset "):
        return "unset", None
    if re.fullmatch(r"`[\w.-]+`", text):
        return "literal", text.strip("`")
    return None


README_ROWS = _readme_defaults()
# The rows whose default can be compared (the others describe it in words: "the login name").
COMPARABLE = [row for row in README_ROWS if _stated(row[2]) is not None]


def _marks(case: str) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason=KNOWN_DRIFT[case])] if case in KNOWN_DRIFT else []


@pytest.mark.parametrize(
    ("variable", "field", "stated"),
    [pytest.param(*row, id=row[0], marks=_marks(f"README.md:{row[0]}")) for row in COMPARABLE],
)
def test_readme_settings_table_states_the_default(variable: str, field: str, stated: str) -> None:
    kind, value = _stated(stated) or ("", None)
    default = _default(field)
    if kind == "number":
        assert isinstance(default, int | float) and not isinstance(default, bool), (variable, default)
        assert float(default) == value, (
            f"README says {variable} defaults to {stated}; the setting is {default}"
        )
    elif kind == "unset":
        assert default is None, f"README says {variable} is unset by default; the setting is {default!r}"
    else:
        assert str(default).lower() == value, (
            f"README says {variable} defaults to {stated}; it is {default!r}"
        )


def test_readme_settings_table_covers_the_numeric_settings() -> None:
    """The rows the test above reads: every numeric default the table states is among them."""
    numeric = {field for _v, field, stated in COMPARABLE if (_stated(stated) or ("", 0))[0] == "number"}
    assert {
        "kb_max_file_bytes",
        "kb_chunk_words",
        "retrieval_min_confidence",
        "llm_timeout_s",
        "llm_max_retries",
        "llm_retry_wait_s",
        "smtp_port",
    } <= numeric


def _source_texts() -> dict[str, str]:
    """Documents and code (docstrings included) that may describe a setting."""
    paths = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    for package in ["cs_agents", "agents", "graph", "knowledge_base", "api", "evals"]:
        paths += sorted((ROOT / package).rglob("*.py"))
    return {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in paths}


def _numeric_fields() -> dict[str, str]:
    """Names a text may call a numeric setting by (field name or variable) -> field."""
    return {
        name: field
        for name, field in {**{f: f for f in Settings.model_fields}, **_env_names()}.items()
        if isinstance(_default(field), int | float) and not isinstance(_default(field), bool)
    }


def _default_mentions() -> list[tuple[str, str, str]]:
    """(file, field, number) for every "`setting` (default N" / "setting, default N" in the texts."""
    names = "|".join(sorted(map(re.escape, _numeric_fields()), key=len, reverse=True))
    pattern = re.compile(rf"\b({names})\b`?[ ,(:]{{1,3}}(?:by )?default(?: is|:)? `?(-?\d[\d_,]*(?:\.\d+)?)")
    mentions = []
    for path, text in _source_texts().items():
        for match in pattern.finditer(text):
            mentions.append((path, _numeric_fields()[match[1]], match[2]))
    return mentions


MENTIONS = _default_mentions()


@pytest.mark.parametrize(
    ("path", "field", "stated"),
    [pytest.param(*m, id=f"{m[0]}:{m[1]}", marks=_marks(f"{m[0]}:{m[1]}")) for m in MENTIONS],
)
def test_text_that_names_a_setting_default_states_it(path: str, field: str, stated: str) -> None:
    default = _default(field)
    assert float(stated.replace("_", "").replace(",", "")) == float(default), (
        f"{path} says {field} defaults to {stated}; the setting is {default}"
    )


def test_known_drift_entries_still_name_a_text() -> None:
    """An entry whose text was rewritten without the mention, or removed, goes from the list."""
    cases = {f"README.md:{v}" for v, _f, _s in README_ROWS} | {f"{p}:{f}" for p, f, _s in MENTIONS}
    assert set(KNOWN_DRIFT) <= cases


def test_the_tool_text_the_model_reads_names_no_threshold_of_its_own() -> None:
    """The model reads `covered` for the coverage threshold instead of a number that could drift."""
    description = tools.search_kb.description
    assert "covered" in description
    for number in re.findall(r"\b0\.\d+\b", description):
        assert float(number) == Settings.model_fields["retrieval_min_confidence"].default
