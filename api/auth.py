"""Who is calling: API keys with roles, signed customer tokens, and the account a customer may see.

- API keys come from `CS_AGENTS_API_KEYS` (`name:role:key`, role `admin` or `reviewer`), compared in
  constant time against every configured key.
- Customer tokens are minted by an admin (`POST /v1/tokens`): `cst1.<payload>.<signature>`, the payload
  base64url JSON `{sub: account_id, exp, iat, jti}`, the signature HMAC-SHA256 over `cst1.<payload>` with
  `CS_AGENTS_TOKEN_SECRET` (or a secret generated once into `<data_dir>/token_secret`, shared by every
  worker on that data directory).
- Both travel as `Authorization: Bearer <key or token>`, or, for the web pages, in the HttpOnly,
  SameSite=Strict session cookie the login page sets; a state-changing request authenticated by that
  cookie must come from the service's own pages (its Origin names this host), so other sites cannot
  ride on it.
- No key configured at all: local dev mode, a request without credentials (or with any bearer that is not
  a customer token, as OpenAI clients send) is an admin.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import math
import os
import secrets
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, get_args
from urllib.parse import urlsplit

from fastapi import Depends, Request
from pydantic import SecretStr

from api.limits import hit
from api.problems import Problem
from cs_agents.db import get_database
from cs_agents.settings import Settings

Role = Literal["admin", "reviewer", "customer"]
KeyRole = Literal["admin", "reviewer"]
KEY_ROLES: tuple[str, ...] = get_args(KeyRole)
STAFF: tuple[Role, ...] = ("admin", "reviewer")
TOKEN_PREFIX = "cst1"
MIN_KEY_CHARS = 16
SECRET_FILE = "token_secret"
CHALLENGE = {"WWW-Authenticate": 'Bearer realm="cs-agents"'}
SESSION_COOKIE = "cs_agents_session"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

log = logging.getLogger("api.auth")


@dataclass(frozen=True)
class ApiKey:
    name: str
    role: KeyRole
    key: SecretStr


@dataclass(frozen=True)
class Principal:
    """The authenticated caller. Customers carry the one account they may see."""

    kind: Literal["api_key", "customer"]
    role: Role
    name: str  # the key's name, or `customer:<account>`
    account_id: str | None = None  # customers only
    token_id: str | None = None  # a customer token's jti
    dev_mode: bool = False  # an admin by local dev mode (no keys configured, none sent)

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF

    @property
    def rate_key(self) -> str:
        """What the rate limit counts against: the key, or the customer's account."""
        return f"key:{self.name}" if self.kind == "api_key" else f"account:{self.account_id}"


# ----------------------------------------------------------------------------------------- API keys


def parse_api_keys(raw: SecretStr | None) -> list[ApiKey]:
    """`name:role:key` items, comma-separated or as a JSON list (of such strings or of objects).

    Raises ValueError with a message that says what to fix (never with a key in it)."""
    if raw is None or not raw.get_secret_value().strip():
        return []
    text = raw.get_secret_value().strip()
    items: list[Any]
    if text.startswith("["):
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"CS_AGENTS_API_KEYS looks like JSON but is not valid: {exc.msg}") from None
        if not isinstance(loaded, list):
            raise ValueError("CS_AGENTS_API_KEYS as JSON must be a list")
        items = loaded
    else:
        items = [part.strip() for part in text.split(",") if part.strip()]
    keys: list[ApiKey] = []
    for position, item in enumerate(items, start=1):
        if isinstance(item, dict):
            name, role, key = (str(item.get(k, "")).strip() for k in ("name", "role", "key"))
        elif isinstance(item, str) and item.count(":") >= 2:
            name, role, key = (p.strip() for p in item.split(":", 2))
        else:
            raise ValueError(
                f"CS_AGENTS_API_KEYS item {position} must be name:role:key (or a JSON object with "
                "name, role and key)"
            )
        if not name:
            raise ValueError(f"CS_AGENTS_API_KEYS item {position} has no name")
        if role not in KEY_ROLES:
            raise ValueError(
                f"CS_AGENTS_API_KEYS key {name!r} has role {role!r}; use one of {', '.join(KEY_ROLES)}"
            )
        if len(key) < MIN_KEY_CHARS:
            raise ValueError(
                f"CS_AGENTS_API_KEYS key {name!r} is {len(key)} characters; use at least {MIN_KEY_CHARS} "
                "(e.g. python -c 'import secrets; print(secrets.token_urlsafe(24))')"
            )
        if any(k.name == name for k in keys):
            raise ValueError(f"CS_AGENTS_API_KEYS names {name!r} twice; key names must be unique")
        keys.append(ApiKey(name, role, SecretStr(key)))  # type: ignore[arg-type]  # role checked above
    return keys


# ------------------------------------------------------------------------------------- token secret


def load_token_secret(settings: Settings) -> bytes:
    """The configured secret, else the data directory's: created once (0600), read by every worker."""
    if settings.token_secret is not None:
        value = settings.token_secret.get_secret_value()
        if len(value) < MIN_KEY_CHARS:
            raise ValueError(f"CS_AGENTS_TOKEN_SECRET is too short; use at least {MIN_KEY_CHARS} characters")
        return value.encode()
    path = settings.data_dir / SECRET_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_secret(path)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(secrets.token_urlsafe(48))
    return _read_secret(path)


def _read_secret(path: Path) -> bytes:
    for _ in range(50):  # another worker may have created it and not yet written it
        value = path.read_text(encoding="ascii").strip()
        if value:
            return value.encode()
        time.sleep(0.02)
    raise ValueError(f"{path} is empty; delete it to have a new token secret generated")


# ------------------------------------------------------------------------------------------- tokens


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Authenticator:
    """Resolves `Authorization` headers to principals; built once per app."""

    def __init__(self, keys: list[ApiKey], secret: bytes, clock: Callable[[], float] = time.time) -> None:
        self.keys = keys
        self._secret = secret
        self.clock = clock

    @classmethod
    def from_settings(cls, settings: Settings) -> Authenticator:
        return cls(parse_api_keys(settings.api_keys), load_token_secret(settings))

    @property
    def dev_mode(self) -> bool:
        return not self.keys

    def secret_digest(self) -> str:
        """A digest of the token secret (not the secret): page sessions of customers end when it changes."""
        return hmac.new(self._secret, b"cs-agents page sessions", hashlib.sha256).hexdigest()

    def _sign(self, signing_input: str) -> str:
        return _b64(hmac.new(self._secret, signing_input.encode("ascii"), hashlib.sha256).digest())

    def mint(self, account_id: str, ttl_s: int) -> tuple[str, dict[str, Any]]:
        now = int(self.clock())
        claims = {"sub": account_id, "iat": now, "exp": now + ttl_s, "jti": uuid.uuid4().hex}
        payload = _b64(json.dumps(claims, separators=(",", ":"), sort_keys=True).encode())
        signing_input = f"{TOKEN_PREFIX}.{payload}"
        return f"{signing_input}.{self._sign(signing_input)}", claims

    def verify(self, token: str) -> dict[str, Any]:
        """The claims of a valid, unexpired token; raises a 401 Problem saying what is wrong."""
        parts = token.split(".")
        if not token.isascii():  # tokens are base64url; other text made the signature check raise (500)
            raise _unauthorized("the customer token is not valid: it has characters no token has")
        if len(parts) != 3 or parts[0] != TOKEN_PREFIX:
            raise _unauthorized("the bearer credential is neither a known API key nor a customer token")
        signing_input = f"{parts[0]}.{parts[1]}"
        if not hmac.compare_digest(self._sign(signing_input), parts[2]):
            raise _unauthorized("the customer token's signature is not valid; use a token minted here")
        try:
            claims = json.loads(_unb64(parts[1]))
        except (binascii.Error, ValueError):
            raise _unauthorized("the customer token's payload is not readable") from None
        if (
            not isinstance(claims, dict)
            or not isinstance(claims.get("sub"), str)
            or not isinstance(claims.get("exp"), int)
        ):
            raise _unauthorized("the customer token lacks its account (sub) or expiry (exp)")
        if claims["exp"] <= self.clock():
            expired = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(claims["exp"]))
            raise _unauthorized(
                f"the customer token expired at {expired}; ask for a new one (POST /v1/tokens)",
                type="token-expired",
            )
        return claims

    def _match_key(self, presented: str) -> ApiKey | None:
        """Every key is compared (constant time each), so timing says nothing about which one matched."""
        found: ApiKey | None = None
        given = presented.encode()
        for key in self.keys:
            if hmac.compare_digest(given, key.key.get_secret_value().encode()):
                found = key
        return found

    def authenticate(self, authorization: str | None) -> Principal:
        if not authorization or not authorization.strip():
            if self.dev_mode:
                return Principal("api_key", "admin", "local-dev", dev_mode=True)
            raise _unauthorized("send `Authorization: Bearer <API key or customer token>`")
        scheme, _, credential = authorization.strip().partition(" ")
        credential = credential.strip()
        if scheme.lower() != "bearer" or not credential:
            raise _unauthorized("use the Bearer scheme: `Authorization: Bearer <API key or customer token>`")
        key = self._match_key(credential)
        if key is not None:
            return Principal("api_key", key.role, key.name)
        if self.dev_mode and not credential.startswith(f"{TOKEN_PREFIX}."):
            # OpenAI clients always send some key: in local dev mode any key is the local admin (a
            # customer token still means that customer).
            return Principal("api_key", "admin", "local-dev", dev_mode=True)
        claims = self.verify(credential)
        account = claims["sub"]
        return Principal("customer", "customer", f"customer:{account}", account, str(claims.get("jti")))


def _unauthorized(detail: str, type: str = "unauthorized") -> Problem:
    return Problem(401, detail, type=type, headers=dict(CHALLENGE))


# ------------------------------------------------------------------------------------- dependencies


def check_same_origin(request: Request) -> None:
    """Refuse a state-changing request a browser sent from another site (cookie or dev-mode credentials
    would otherwise come with it). Requests without Origin (curl, SDKs) carry their own credentials."""
    if request.method in SAFE_METHODS:
        return
    origin = request.headers.get("origin")
    if origin is None:
        return
    if origin == "null" or urlsplit(origin).netloc != request.headers.get("host", ""):
        raise Problem(
            403,
            "cross-site request refused: a browser may change data only from this service's own pages",
            type="cross-site-request",
        )


def request_principal(request: Request) -> Principal:
    """The caller of `request`: the Authorization header, else the pages' session cookie, else (dev mode
    only) the local admin."""
    header = request.headers.get("authorization")
    if header and header.strip():
        return authenticate_counted(request, header)
    check_same_origin(request)
    cookie = request.cookies.get(SESSION_COOKIE)
    authenticator: Authenticator = request.app.state.auth
    if cookie:
        try:
            return request.app.state.sessions.principal(cookie)
        except Problem:
            if not authenticator.dev_mode:
                raise
    return authenticator.authenticate(None)  # the local admin in dev mode, else a 401 saying what to send


def authenticate_counted(request: Request, authorization: str | None) -> Principal:
    """`Authenticator.authenticate`, with failed credentials counted per client address (in the database,
    so workers share the count). An address over `auth_failures_per_address` in the window gets 429 with
    Retry-After before its credentials are checked, until the window ends: guessing keys or tokens, or
    making the service check bad ones, stays bounded. Successful requests cost no database call: each
    process remembers the addresses it has seen go over the limit."""
    authenticator: Authenticator = request.app.state.auth
    settings: Settings = request.app.state.settings
    limit = settings.auth_failures_per_address
    if limit <= 0 or not (authorization and authorization.strip()):
        return authenticator.authenticate(authorization)  # no credentials: nothing was guessed
    address = request.client.host if request.client else "local"
    blocked: dict[str, float] = request.app.state.auth_blocked
    until = blocked.get(address)
    now = time.time()
    if until is not None and until > now:
        raise _too_many_failures(math.ceil(until - now))
    try:
        return authenticator.authenticate(authorization)
    except Problem as exc:
        if exc.status_code != 401:
            raise
        allowed, _remaining, reset = hit(
            get_database(settings), f"auth-failures:{address}", limit, settings.rate_limit_window_s
        )
        if not allowed:
            for stale in [a for a, t in blocked.items() if t <= now]:
                del blocked[stale]
            blocked[address] = now + reset
            raise _too_many_failures(reset) from None
        raise


def _too_many_failures(retry_s: int) -> Problem:
    return Problem(
        429,
        f"too many failed authentications from this address; retry in {retry_s} s",
        type="auth-rate-limited",
        headers={"Retry-After": str(retry_s)},
        retry_after_s=retry_s,
    )


async def get_principal(request: Request) -> Principal:
    principal = request_principal(request)
    request.state.principal = principal
    return principal


def role_check(principal: Principal, roles: tuple[Role, ...]) -> Principal:
    if principal.role in roles:
        return principal
    needed = " or ".join(roles)
    if principal.kind == "customer":
        detail = f"customer tokens cannot use this endpoint; it needs an API key with role {needed}"
    else:
        detail = f"this endpoint needs role {needed}; key {principal.name!r} has role {principal.role}"
    raise Problem(403, detail, type="forbidden")


def require_role(*roles: Role) -> Callable[..., Awaitable[Principal]]:
    """A dependency: the caller, if its role is one of `roles` (else 403)."""

    async def dependency(principal: Annotated[Principal, Depends(get_principal)]) -> Principal:
        return role_check(principal, roles)

    return dependency


def scoped_account(principal: Principal, requested: str | None, what: str = "account_id") -> str | None:
    """The account a request may act on: a customer's own (another one is a 403); staff: as requested."""
    if principal.kind != "customer":
        return requested
    if requested is not None and requested != principal.account_id:
        raise Problem(
            403,
            f"this customer token is for account {principal.account_id!r}; {what} {requested!r} is not "
            "yours (leave it out: it comes from the token)",
            type="forbidden-account",
        )
    return principal.account_id
