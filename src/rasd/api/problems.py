"""Error answers: every 4xx (and the rare 500) is ``{"error": {"code": "RASD-E4xx", "message": ...}}``.

Codes are the stable ones of :mod:`rasd.errors`; the HTTP status is the number in the code for the
API's own errors (``RASD-E413`` is a 413), and 422 for an ingested article refused by the input
checks (``RASD-E104``: not Arabic). Messages never echo a submitted value back (an API key, a
hostile string); they name the parameter and what it should be.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd.api.schemas import ErrorBody, ErrorResponse, FieldProblem
from rasd.errors import ErrorCode

STATUS_CODES = {
    400: ErrorCode.API_BAD_REQUEST, 401: ErrorCode.API_KEY_MISSING, 403: ErrorCode.API_KEY_INVALID,
    404: ErrorCode.API_NOT_FOUND, 405: ErrorCode.API_METHOD, 413: ErrorCode.API_BODY_TOO_LARGE,
    415: ErrorCode.API_MEDIA_TYPE, 422: ErrorCode.API_INVALID, 429: ErrorCode.API_RATE_LIMITED,
}


class ApiError(Exception):
    """An error answer: HTTP status, stable code, a message for a person, optional headers."""

    def __init__(self, status: int, code: ErrorCode, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def error_response(status: int, code: ErrorCode | str, message: str, headers: dict[str, str] | None = None,
                   fields: list[FieldProblem] | None = None) -> JSONResponse:
    body = ErrorResponse(error=ErrorBody(code=str(getattr(code, "value", code)), message=message, fields=fields))
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status, headers=headers)


DESCRIPTIONS = {
    400: "malformed request", 401: "an API key is required (X-API-Key)", 403: "the API key is not valid, or writes are disabled",
    404: "not found", 405: "method not allowed", 413: "request body too large", 415: "unsupported media type",
    422: "invalid parameter or body", 429: "too many writes from this client (see Retry-After)",
}


def error_responses(*statuses: int) -> dict[int | str, dict]:
    """OpenAPI ``responses`` entries documenting the error body for these statuses."""
    return {s: {"model": ErrorResponse, "description": DESCRIPTIONS[s]} for s in statuses}


def _field_problems(exc: RequestValidationError) -> list[FieldProblem]:
    problems = []
    for e in exc.errors():
        where = [str(p) for p in e.get("loc", ())]
        loc = [p for p in where if p not in ("query", "body", "path", "header")]
        # pydantic's message only (never its "input": the submitted value may be hostile or a secret);
        # a problem with the body as a whole (missing, not an object) is the "body"'s
        problems.append(FieldProblem(field=".".join(loc) or (where[0] if where else "request"),
                                     problem=str(e.get("msg", "invalid"))))
    return problems[:20]


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = _field_problems(exc)
        summary = "; ".join(f"{p.field}: {p.problem}" for p in problems[:3])
        return error_response(422, ErrorCode.API_INVALID, f"invalid request: {summary}", fields=problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = STATUS_CODES.get(exc.status_code, ErrorCode.API_BAD_REQUEST)
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404:
            message = "not found"
        return error_response(exc.status_code, code, message, getattr(exc, "headers", None))

    # unexpected exceptions are answered (500, with the security headers) by rasd.api.guard.SecurityHeaders
