"""Who may call what: read endpoints are open unless ``require_key_for_reads``; writes need the key
(``X-API-Key``) and pass the per-client rate limit first, so guessing keys is rate-limited too.

The answers, the same for reads and writes:

- no ``X-API-Key`` header, or an empty one: **401** ``RASD-E401`` with ``WWW-Authenticate`` (say who
  you are);
- a key that is not the server's: **403** ``RASD-E403`` (you are known not to be allowed);
- a write to a server with no key configured: **403** ``RASD-E403`` (nobody is allowed to write).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader

from rasd.api.guard import key_matches
from rasd.api.problems import ApiError
from rasd.api.state import ApiState, get_state
from rasd.errors import ErrorCode

api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False,
                              description="the server's API key (RASD_API_KEY); needed for writes")

# RFC 9110 asks a 401 to name the scheme; there is no registered one for API keys, so say where it goes
CHALLENGE = 'ApiKey header="X-API-Key"'

State = Annotated[ApiState, Depends(get_state)]
Key = Annotated[str | None, Security(api_key_header)]


def _check_key(state: ApiState, key: str | None) -> None:
    if not state.settings.api_key:
        raise ApiError(403, ErrorCode.API_KEY_INVALID,
                       "this server accepts no writes: no API key is configured (set RASD_API_KEY)")
    if not key:
        raise ApiError(401, ErrorCode.API_KEY_MISSING, "an API key is required (X-API-Key header)",
                       headers={"WWW-Authenticate": CHALLENGE})
    if not key_matches(key, state.settings.api_key):
        raise ApiError(403, ErrorCode.API_KEY_INVALID, "the API key is not valid")


async def require_read(state: State, key: Key) -> None:
    if state.settings.require_key_for_reads:
        _check_key(state, key)


async def require_write(request: Request, state: State, key: Key) -> None:
    client = request.client.host if request.client else "unknown"
    wait = state.limiter.take(client)
    if wait is not None:
        raise ApiError(429, ErrorCode.API_RATE_LIMITED, f"too many writes: retry in {wait} s",
                       headers={"Retry-After": str(wait)})
    _check_key(state, key)
