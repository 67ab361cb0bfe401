"""Reading knowledge-base articles (SPEC section 1): front matter, defaults and validation."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from cs_agents.models import CATEGORIES, ArticleType, Category

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_H1 = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
# The one rule for article ids, wherever they enter (files at ingest, the API's URLs, drafted and edited
# articles): no path separators and no leading dot, so an id is always a plain file name in its folder.
ARTICLE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
_ID = re.compile(ARTICLE_ID_PATTERN)


class ArticleMeta(BaseModel):
    """The front matter of an article; unknown keys are kept out, wrong values are errors."""

    model_config = ConfigDict(extra="ignore")

    id: str | None = None
    title: str | None = None
    type: ArticleType = "article"
    category: Category | None = None
    tags: list[str] = Field(default_factory=list)
    status: str | None = None
    updated: str | None = None

    @field_validator("id", "title", "updated", mode="before")
    @classmethod
    def _scalar_to_str(cls, value: object) -> object:
        # YAML reads `updated: 2026-05-01` as a date and `id: 404` as an int.
        return None if value is None else str(value)

    @field_validator("tags", mode="before")
    @classmethod
    def _tags(cls, value: object) -> object:
        if value is None:
            return []
        if isinstance(value, str):
            return [t.strip() for t in value.split(",") if t.strip()]
        if isinstance(value, list):  # `tags: [api, 429]`: YAML makes 429 an int
            return [str(t) for t in value if t is not None and not isinstance(t, dict | list)]
        return value


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    type: ArticleType
    category: str | None
    tags: list[str]
    status: str | None
    updated: str | None
    body: str
    path: str
    content_hash: str


@dataclass
class ArticleError:
    path: str
    message: str


@dataclass
class ParsedFolder:
    articles: list[Article] = field(default_factory=list)
    errors: list[ArticleError] = field(default_factory=list)


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def parse_article(raw: bytes, path: str, default_id: str, max_bytes: int) -> Article:
    """Parse one file's bytes; raises ValueError with a message that says what to fix."""
    if len(raw) > max_bytes:
        raise ValueError(f"file is {len(raw):,} bytes, over the {max_bytes:,}-byte limit for an article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not valid UTF-8 (byte {exc.start}); save the file as UTF-8") from exc
    if "\x00" in text:
        raise ValueError("contains NUL bytes; it looks like a binary file, not Markdown")
    meta_raw: object = {}
    body = text
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            meta_raw = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as exc:
            raise ValueError(f"malformed front matter: {_yaml_problem(exc)}") from exc
        if not isinstance(meta_raw, dict):
            raise ValueError("front matter must be a YAML mapping of key: value lines")
        body = text[match.end() :]
    elif text.startswith("---"):
        raise ValueError("front matter opened with '---' but never closed with a second '---' line")
    try:
        meta = ArticleMeta.model_validate(meta_raw)
    except ValidationError as exc:
        raise ValueError(f"invalid front matter: {_pydantic_message(exc)}") from exc
    if not body.strip():
        raise ValueError("the article has no text")
    article_id = check_article_id((meta.id or default_id).strip())
    if meta.type == "known_issue" and meta.status not in (None, "open", "fixed"):
        raise ValueError(f"invalid status {meta.status!r} for a known issue: use open or fixed")
    heading = _H1.search(body)
    title = meta.title or (heading.group(1).strip() if heading else article_id)
    return Article(
        id=article_id,
        title=title,
        type=meta.type,
        category=meta.category,
        tags=meta.tags,
        status=(meta.status or "open") if meta.type == "known_issue" else None,
        updated=meta.updated,
        body=body,
        path=path,
        content_hash=content_hash(raw),
    )


def check_article_id(article_id: str) -> str:
    """The id, if it follows the article id rule; else a ValueError saying what is allowed."""
    if not _ID.fullmatch(article_id):
        raise ValueError(
            f"invalid id {article_id[:140]!r}: use letters, digits, '-', '_' or '.' (1-128 characters, "
            "starting with a letter or digit)"
        )
    return article_id


def file_in(folder: Path, name: str) -> Path:
    """`folder / name`, resolved, if it stays inside the folder (symlinks included); else a ValueError.

    Ids follow the article id rule already; this is the second wall, for any name that reaches a path."""
    root = folder.resolve()
    target = (root / name).resolve()
    if target == root or not target.is_relative_to(root):
        raise ValueError(f"{name[:140]!r} does not name a file inside {root}")
    return target


def read_folder(folder: Path, max_bytes: int) -> ParsedFolder:
    """Every `*.md` below the folder, in path order; a bad file is reported and left out."""
    result = ParsedFolder()
    seen: dict[str, str] = {}
    for file in sorted(folder.rglob("*.md")):
        if not file.is_file():
            continue
        rel = file.relative_to(folder).as_posix()
        try:
            article = parse_article(file.read_bytes(), rel, file.stem, max_bytes)
        except (ValueError, OSError) as exc:
            result.errors.append(ArticleError(rel, str(exc)))
            continue
        if article.id in seen:
            result.errors.append(
                ArticleError(rel, f"duplicate id {article.id!r}: also used by {seen[article.id]}; skipped")
            )
            continue
        seen[article.id] = rel
        result.articles.append(article)
    return result


def _yaml_problem(exc: yaml.YAMLError) -> str:
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem and exc.problem_mark:
        # +2: the front matter starts on the file's second line
        return f"{exc.problem} (line {exc.problem_mark.line + 2} of the file)"
    return " ".join(str(exc).split())


def _pydantic_message(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "front matter"
        if err["type"] == "literal_error" and where == "category":
            parts.append(f"category must be one of {', '.join(CATEGORIES)}")
        else:
            parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)
