"""Customer tokens, minted by an admin: signed, with an expiry and one account id."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from api.deps import AdminDep, AuthenticatorDep, DatabaseDep, RateLimited, SettingsDep
from api.problems import COMMON_ERRORS, Problem, problem
from cs_agents.db import AccountRow

router = APIRouter(prefix="/v1/tokens", tags=["auth"], dependencies=[RateLimited], responses=COMMON_ERRORS)


class TokenIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    account_id: str = Field(min_length=1, max_length=128, description="the one account the token may see")
    ttl_s: int | None = Field(
        default=None, ge=60, description="lifetime in seconds (default CS_AGENTS_TOKEN_DEFAULT_TTL_S)"
    )


class TokenOut(BaseModel):
    token: str = Field(description="send as `Authorization: Bearer <token>`")
    token_type: str = "Bearer"
    account_id: str
    expires_at: datetime
    expires_in: int = Field(description="seconds until it expires")
    token_id: str = Field(description="the token's jti")


@router.post("", status_code=201, response_model=TokenOut, responses={404: problem("unknown account")})
def mint_token(
    body: TokenIn, _admin: AdminDep, auth: AuthenticatorDep, db: DatabaseDep, settings: SettingsDep
) -> TokenOut:
    """A customer token for one account (admin keys only)."""
    ttl = body.ttl_s or settings.token_default_ttl_s
    if ttl > settings.token_max_ttl_s:
        raise Problem(
            422,
            f"ttl_s {ttl} is over the maximum of {settings.token_max_ttl_s} s (CS_AGENTS_TOKEN_MAX_TTL_S)",
            type="validation-error",
        )
    with db.session() as session:
        if session.get(AccountRow, body.account_id) is None:
            raise Problem(404, f"unknown account {body.account_id!r}", type="unknown-account")
    token, claims = auth.mint(body.account_id, ttl)
    return TokenOut(
        token=token,
        account_id=body.account_id,
        expires_at=datetime.fromtimestamp(claims["exp"], UTC),
        expires_in=ttl,
        token_id=claims["jti"],
    )
