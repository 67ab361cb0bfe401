"""One error format everywhere: RFC 9457 `application/problem+json`.

Every error body is `{type, title, status, detail, instance}`; validation errors add `errors`
(`[{field, message}]`), and some errors add what the client needs to go on (who decided a review, when a
rate limit resets). The detail always says what to fix; a 500 says only that it happened and the id under
which it was logged, never the internals.
"""

from __future__ import annotations

import logging
import uuid
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from pydantic import ValidationError as PydanticValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.review import DecisionNotPermitted, InvalidDecision
from graph.reviews_service import ReviewAlreadyDecided, ReviewNotFound, WorkflowResumeError
from knowledge_base.store import KnowledgeBaseUnavailable

PROBLEM_JSON = "application/problem+json"
KB_RETRY_AFTER_S = 5
log = logging.getLogger("api.errors")


class FieldProblem(BaseModel):
    field: str = Field(description="where in the request: body.events.3.timestamp, query.limit, header ...")
    message: str = Field(description="what is wrong with it")


class ProblemDetail(BaseModel):
    """The body of every error response (`application/problem+json`)."""

    type: str = Field(description="a URI naming the kind of problem")
    title: str = Field(description="a short summary of the kind of problem")
    status: int = Field(description="the HTTP status code")
    detail: str = Field(description="what went wrong in this request and what to do about it")
    instance: str = Field(description="the request path")
    errors: list[FieldProblem] | None = Field(default=None, description="validation errors, one per field")


class Problem(StarletteHTTPException):
    """An HTTP error with a problem type and extra members (e.g. `decided_by` of a review conflict)."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        type: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(status, detail, headers)
        self.type = type
        self.extra = extra


def _slug(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "-")
    except ValueError:
        return "error"


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def problem_response(
    request: Request | None,
    status: int,
    detail: str,
    *,
    type: str | None = None,
    headers: dict[str, str] | None = None,
    path: str | None = None,
    **extra: Any,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": f"urn:cs-agents:problem:{type or _slug(status)}",
        "title": _title(status),
        "status": status,
        "detail": detail,
        "instance": path if path is not None else (request.url.path if request is not None else ""),
    }
    body.update({k: v for k, v in extra.items() if v is not None})
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_JSON)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(p) for p in loc) or "request"


def _message(err: dict[str, Any]) -> str:
    kind = err.get("type", "")
    if kind == "json_invalid":
        ctx = err.get("ctx") or {}
        return f"the body is not valid JSON ({ctx.get('error', 'decode error')}); send a JSON object"
    if kind == "missing":
        return "required: add this field"
    if kind == "extra_forbidden":
        return "unknown field: remove it"
    return str(err.get("msg", "invalid value"))


def validation_errors(errors: Any) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for err in errors:
        loc = list(err.get("loc", ()))
        if err.get("type") == "json_invalid":
            loc = ["body"]
        out.append({"field": _field(loc), "message": _message(err)})
    return out


async def _http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"no endpoint at {request.url.path}; see /docs for the API"
    elif exc.status_code == 400 and detail == "There was an error parsing the body":
        # FastAPI's words for a body json.loads could not take at all (not UTF-8, nested too deeply)
        detail = "the body could not be read: send a JSON object encoded as UTF-8, not nested hundreds deep"
    elif exc.status_code == 405 and detail == "Method Not Allowed":
        detail = f"{request.method} is not allowed on {request.url.path}; see /docs for the methods it takes"
    extra = exc.extra if isinstance(exc, Problem) else {}
    kind = exc.type if isinstance(exc, Problem) else None
    headers = dict(exc.headers) if exc.headers else None
    return problem_response(request, exc.status_code, detail, type=kind, headers=headers, **extra)


async def _request_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = validation_errors(exc.errors())
    if len(errors) == 1:
        detail = f"{errors[0]['field']}: {errors[0]['message']}"
    else:
        detail = f"{len(errors)} problems in the request; see errors"
    return problem_response(request, 422, detail, type="validation-error", errors=errors)


async def _review_not_found(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ReviewNotFound)
    detail = f"no review {exc.review_id}; GET /v1/reviews lists them"
    return problem_response(request, 404, detail, type="review-not-found")


async def _review_decided(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ReviewAlreadyDecided)
    review = exc.review
    return problem_response(
        request,
        409,
        str(exc),
        type="review-already-decided",
        review_id=review.id,
        review_status=review.status,
        decided_by=review.decided_by,
        decided_at=review.decided_at.isoformat() if review.decided_at else None,
    )


async def _invalid_decision(request: Request, exc: Exception) -> JSONResponse:
    return problem_response(request, 422, str(exc), type="invalid-decision")


async def _not_permitted(request: Request, exc: Exception) -> JSONResponse:
    return problem_response(request, 403, str(exc), type="forbidden")


async def _resume_failed(request: Request, exc: Exception) -> JSONResponse:
    error_id = uuid.uuid4().hex[:12]
    log.error("workflow resume failed (error id %s): %s", error_id, exc)
    return problem_response(
        request,
        503,
        "the decision is recorded, but the workflow could not go on with it now; it is retried by "
        f"`cs-agents reviews recover` (error id {error_id})",
        type="workflow-resume-failed",
    )


async def _kb_unavailable(request: Request, exc: Exception) -> JSONResponse:
    # A dependency is down, not our bug and not the client's: 503 with a hint when to retry, and
    # nothing of the request was stored (the ticket flow stores a ticket only with its outcome).
    log.warning("knowledge base unavailable on %s %s: %s", request.method, request.url.path, exc)
    return problem_response(
        request,
        503,
        f"{exc}; the request was not processed, send it again (GET /readyz says when it is back)",
        type="knowledge-base-unavailable",
        headers={"Retry-After": str(KB_RETRY_AFTER_S)},
    )


async def _unicode(request: Request, exc: Exception) -> JSONResponse:
    # JSON may escape lone surrogates ("\\ud800") that no database or encoder accepts: the client's text.
    detail = f"the request holds text that is not valid Unicode ({exc}); send UTF-8 without lone surrogates"
    return problem_response(request, 422, detail, type="invalid-text")


async def _lookup(request: Request, exc: Exception) -> JSONResponse:
    return problem_response(request, 404, str(exc).strip("'\""), type="not-found")


async def _value(request: Request, exc: Exception) -> JSONResponse:
    return problem_response(request, 422, str(exc), type="invalid-value")


async def _internal(request: Request, exc: Exception) -> JSONResponse:
    error_id = uuid.uuid4().hex[:12]
    log.error("unhandled error %s on %s %s", error_id, request.method, request.url.path, exc_info=exc)
    return problem_response(
        request,
        500,
        f"an internal error occurred; it is logged under id {error_id}, quote it when reporting the problem",
        type="internal-error",
        error_id=error_id,
    )


def install(app: FastAPI) -> None:
    """Register the handlers: specific domain errors first (handlers are found along the class's MRO)."""
    app.add_exception_handler(StarletteHTTPException, _http_exception)
    app.add_exception_handler(RequestValidationError, _request_validation)
    app.add_exception_handler(ReviewNotFound, _review_not_found)
    app.add_exception_handler(ReviewAlreadyDecided, _review_decided)
    app.add_exception_handler(DecisionNotPermitted, _not_permitted)
    app.add_exception_handler(InvalidDecision, _invalid_decision)
    app.add_exception_handler(WorkflowResumeError, _resume_failed)
    app.add_exception_handler(KnowledgeBaseUnavailable, _kb_unavailable)
    app.add_exception_handler(LookupError, _lookup)
    # a KeyError or IndexError escaping our code is a bug, not an unknown record
    app.add_exception_handler(KeyError, _internal)
    app.add_exception_handler(IndexError, _internal)
    app.add_exception_handler(ValueError, _value)
    app.add_exception_handler(UnicodeError, _unicode)
    # pydantic's ValidationError is a ValueError, but one escaping our code is a bug, not bad input
    app.add_exception_handler(PydanticValidationError, _internal)
    app.add_exception_handler(Exception, _internal)


# OpenAPI: the error responses the routers declare
def problem(description: str) -> dict[str, Any]:
    return {"model": ProblemDetail, "description": description, "content": {PROBLEM_JSON: {}}}


COMMON_ERRORS: dict[int | str, dict[str, Any]] = {
    401: problem("no or an unknown API key or token, or an expired token"),
    403: problem("the key's role or the token's account does not allow this"),
    413: problem("the request body is larger than the limit"),
    422: problem("the request is not valid: `errors` lists each field and what is wrong with it"),
    429: problem("rate limit reached: `Retry-After` says when to try again"),
    503: problem("the knowledge base server does not answer: `Retry-After` says when to try again"),
}
