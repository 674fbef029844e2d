"""What stands between a client and the store: body-size limit, security headers, API key, rate limit.

- :class:`BodyLimit` refuses a body over ``max_bytes`` with 413, from its Content-Length before
  reading it, or while reading a chunked one.
- :class:`SecurityHeaders` adds a Content-Security-Policy (scripts and styles from this origin only,
  no inline script; images also from the tile server when one is configured), ``nosniff``, no
  framing and no referrer to every answer, and ``Cache-Control: no-store`` to API answers.
- :func:`key_matches` compares keys in constant time (:func:`hmac.compare_digest`).
- :class:`RateLimiter` is a token bucket per client address for writes (429 with Retry-After).
"""

from __future__ import annotations

import hmac
import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rasd.api.problems import error_response
from rasd.errors import ErrorCode

log = logging.getLogger("rasd.api")


class BodyLimit:
    """ASGI middleware: request bodies larger than ``max_bytes`` are answered 413, unread."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await error_response(400, ErrorCode.API_BAD_REQUEST, "bad Content-Length header")(scope, receive, send)
                return
            if declared > self.max_bytes:
                await self._too_large()(scope, receive, send)
                return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    # an HTTPException passes through FastAPI's body reader to the error handler
                    raise HTTPException(413, self._message())
            return message

        await self.app(scope, limited, send)

    def _message(self) -> str:
        return f"request body larger than {self.max_bytes:,} bytes"

    def _too_large(self):
        return error_response(413, ErrorCode.API_BODY_TOO_LARGE, self._message())


def content_security_policy(tile_origin: str | None) -> str:
    images = "'self'" + (f" {tile_origin}" if tile_origin else "")
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        f"img-src {images}; font-src 'self'; connect-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


class SecurityHeaders:
    """ASGI middleware adding the security headers to every answer."""

    def __init__(self, app: ASGIApp, tile_origin: str | None = None) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", content_security_policy(tile_origin).encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
            (b"cross-origin-opener-policy", b"same-origin"),
            (b"permissions-policy", b"geolocation=(), camera=(), microphone=()"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        api = scope.get("path", "").startswith("/api/")
        started = False

        async def with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [h for h in self.headers if h[0] not in names]
                if api and b"cache-control" not in names:
                    extra.append((b"cache-control", b"no-store"))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        try:
            await self.app(scope, receive, with_headers)
        except Exception:
            # answered here rather than by Starlette's outermost error middleware, so that a crash
            # too carries the headers; the traceback goes to the log, not to the client
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            await error_response(500, ErrorCode.API_INTERNAL, "internal error (see the server log)")(
                scope, receive, with_headers)


def key_matches(provided: str | None, expected: str | None) -> bool:
    """Whether ``provided`` is the configured key, in time independent of where they differ."""
    if not provided or not expected:
        return False
    return hmac.compare_digest(provided.encode("utf-8"), expected.encode("utf-8"))


class RateLimiter:
    """A token bucket per client: ``per_minute`` requests, refilled continuously, bursts allowed.

    At most ``max_clients`` buckets are kept (least recently seen dropped first), so a flood of
    addresses cannot grow memory without bound.
    """

    def __init__(self, per_minute: int, max_clients: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity = float(max(per_minute, 1))
        self.rate = self.capacity / 60.0
        self.max_clients = max_clients
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, client: str) -> float | None:
        """Spend one token; ``None`` when allowed, else the seconds until one is available."""
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.pop(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            self._buckets[client] = (tokens, now)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
        return None if allowed else math.ceil((1.0 - tokens) / self.rate)
