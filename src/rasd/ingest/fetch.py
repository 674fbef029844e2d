"""Polite, bounded HTTP fetching of pages and feeds (httpx).

Every outcome is a value, never an exception: :class:`Fetched`, or a :class:`FetchProblem` with a
stable code and whether trying again later may help (``transient``). The fetcher

- asks robots.txt first (``urllib.robotparser``; per RFC 9309 a 4xx robots.txt allows everything and
  a 5xx one forbids everything until it is asked again; a host that cannot be reached at all is a
  fetch failure), and follows redirects itself so that every hop is checked;
- keeps a minimum gap between two requests to one host (the larger of the policy's and the site's
  ``Crawl-delay``, capped);
- retries timeouts, connection errors, 429 and 5xx with exponential back-off (``Retry-After`` is
  honoured up to the cap), never other 4xx;
- sends ``If-None-Match``/``If-Modified-Since`` from validators the caller stored, and reports 304
  as ``not_modified``. The caller stores the new validators only once it has processed the body:
  storing them at fetch time would turn a crash into lost articles (the next poll would get 304);
- streams the body and stops at ``max_bytes`` (decompressed), or at once when Content-Length says
  the body is larger, and refuses content types that cannot be an article or a feed before reading.
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from urllib.parse import urljoin

import httpx

from rasd.errors import ErrorCode
from rasd.ingest.readers import InputProblem
from rasd.ingest.urls import origin

_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class Kind(Enum):
    """What a URL is expected to hold: decides which content types are acceptable."""

    PAGE = "page"
    FEED = "feed"


@dataclass(frozen=True)
class FetchPolicy:
    """Limits and manners. The defaults suit polling news sites; tests shrink the times."""

    user_agent: str = "rasd/0.1 (Arabic conflict-news monitor; +https://github.com/rasd-project/rasd)"
    robots_agent: str = "rasd"
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 15.0           # between two chunks of the answer
    total_timeout_s: float = 60.0          # for one whole answer, however slowly it trickles
    retries: int = 3                       # further attempts after the first
    backoff_s: float = 1.0                 # 1, 2, 4, ... seconds between attempts
    backoff_max_s: float = 30.0
    host_interval_s: float = 1.0           # minimum gap between two requests to one host
    crawl_delay_max_s: float = 30.0        # a robots.txt Crawl-delay is honoured up to this
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    respect_robots: bool = True
    robots_ttl_s: float = 3600.0
    robots_max_bytes: int = 512 * 1024


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server gave to recognise an unchanged resource (for a conditional GET)."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Fetched:
    """A usable answer: the body (empty for 304), its declared type and charset, and validators."""

    url: str
    final_url: str
    status: int
    body: bytes
    content_type: str | None
    charset: str | None
    validators: Validators
    not_modified: bool = False


@dataclass(frozen=True, slots=True)
class FetchProblem:
    """A URL that gave no usable answer; ``transient`` when a later attempt may succeed."""

    url: str
    code: ErrorCode
    message: str
    status: int | None = None
    transient: bool = False
    retry_after_s: float | None = None     # what a 429/503 asked for

    def as_input_problem(self, doc_id: str | None = None) -> InputProblem:
        return InputProblem(self.url, doc_id, self.code, self.message)


@dataclass
class _Robots:
    parser: urllib.robotparser.RobotFileParser
    expires: float


@dataclass
class Fetcher:
    """Fetch pages and feeds politely. One fetcher per thread (it keeps per-host timing state)."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    client: httpx.Client | None = None
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _robots: dict[str, _Robots] = field(default_factory=dict, init=False, repr=False)
    _next_at: dict[str, float] = field(default_factory=dict, init=False, repr=False)
    _delay: dict[str, float] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.client is None:
            p = self.policy
            self.client = httpx.Client(
                timeout=httpx.Timeout(p.read_timeout_s, connect=p.connect_timeout_s),
                headers={"User-Agent": p.user_agent, "Accept-Encoding": "gzip, deflate"},
                follow_redirects=False,
                trust_env=False,
            )

    def close(self) -> None:
        if self.client is not None:
            self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def fetch(self, url: str, kind: Kind = Kind.PAGE, validators: Validators | None = None) -> Fetched | FetchProblem:
        """GET ``url`` within the policy; 304 gives ``Fetched(not_modified=True)`` with no body."""
        current = url
        for _hop in range(self.policy.max_redirects + 1):
            if not current.startswith(("http://", "https://")):
                return FetchProblem(url, ErrorCode.FETCH_FAILED, f"not an http(s) URL: {current}")
            refused = self._robots_refusal(current)
            if refused is not None:
                return refused
            outcome = self._with_retries(url, current, kind, validators)
            if isinstance(outcome, str):  # a redirect: check the next hop like the first
                current = outcome
                continue
            return outcome
        return FetchProblem(url, ErrorCode.HTTP_STATUS, f"more than {self.policy.max_redirects} redirects")

    # -- one hop, with retries ------------------------------------------------------------------

    def _with_retries(self, url: str, current: str, kind: Kind, validators: Validators | None) -> Fetched | FetchProblem | str:
        p = self.policy
        headers = {}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        last: FetchProblem | None = None
        for attempt in range(p.retries + 1):
            if attempt:
                self.sleep(self._backoff(attempt, last))
            self._wait_turn(current)
            try:
                with self.client.stream("GET", current, headers=headers) as response:
                    outcome = self._answer(url, current, kind, response)
            except httpx.TimeoutException as exc:
                outcome = FetchProblem(url, ErrorCode.FETCH_TIMEOUT, f"timed out ({type(exc).__name__})", transient=True)
            except httpx.HTTPError as exc:
                outcome = FetchProblem(url, ErrorCode.FETCH_FAILED, f"{type(exc).__name__}: {exc}", transient=True)
            if not isinstance(outcome, FetchProblem) or not outcome.transient:
                return outcome
            last = outcome
        assert last is not None
        return FetchProblem(last.url, last.code, f"{last.message}; gave up after {p.retries + 1} attempts",
                            last.status, transient=True)

    def _backoff(self, attempt: int, last: FetchProblem | None) -> float:
        p = self.policy
        wait = p.backoff_s * 2 ** (attempt - 1)
        if last is not None and last.retry_after_s:
            wait = max(wait, last.retry_after_s)
        return min(wait, p.backoff_max_s)

    def _answer(self, url: str, current: str, kind: Kind, response: httpx.Response) -> Fetched | FetchProblem | str:
        status = response.status_code
        if status in _REDIRECTS and "location" in response.headers:
            return urljoin(current, response.headers["location"])
        validators = Validators(response.headers.get("etag"), response.headers.get("last-modified"))
        if status == 304:
            return Fetched(url, str(response.url), status, b"", None, None, validators, not_modified=True)
        if status == 429 or status >= 500:
            retry_after = response.headers.get("retry-after", "").strip()
            return FetchProblem(url, ErrorCode.HTTP_STATUS, f"HTTP {status}", status, transient=True,
                                retry_after_s=float(retry_after) if retry_after.isdigit() else None)
        if status >= 400 or status < 200 or status in _REDIRECTS:
            return FetchProblem(url, ErrorCode.HTTP_STATUS, f"HTTP {status}", status)
        content_type, charset = _content_type(response.headers.get("content-type"))
        if not _acceptable(kind, content_type):
            return FetchProblem(url, ErrorCode.BAD_CONTENT_TYPE,
                                f"content type {content_type!r} cannot be a {kind.value}", status)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.policy.max_bytes:
            return FetchProblem(url, ErrorCode.TOO_LARGE,
                                f"response is {int(declared):,} bytes (limit {self.policy.max_bytes:,}); not read", status)
        body = self._read_body(url, response)
        if isinstance(body, FetchProblem):
            return body
        return Fetched(url, str(response.url), status, body, content_type, charset, validators)

    def _read_body(self, url: str, response: httpx.Response) -> bytes | FetchProblem:
        p = self.policy
        deadline = self.clock() + p.total_timeout_s
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > p.max_bytes:
                return FetchProblem(url, ErrorCode.TOO_LARGE,
                                    f"response exceeds {p.max_bytes:,} bytes; stopped reading", response.status_code)
            if self.clock() > deadline:
                return FetchProblem(url, ErrorCode.FETCH_TIMEOUT,
                                    f"answer took longer than {p.total_timeout_s:.0f} s in total", transient=True)
            chunks.append(chunk)
        return b"".join(chunks)

    # -- manners ------------------------------------------------------------------------------------

    def _wait_turn(self, url: str) -> None:
        host = origin(url)
        now = self.clock()
        ready = self._next_at.get(host, now)
        if ready > now:
            self.sleep(ready - now)
            now = ready
        gap = max(self.policy.host_interval_s, self._delay.get(host, 0.0))
        self._next_at[host] = now + gap

    def _robots_refusal(self, url: str) -> FetchProblem | None:
        if not self.policy.respect_robots:
            return None
        host = origin(url)
        entry = self._robots.get(host)
        if entry is None or entry.expires < self.clock():
            loaded = self._load_robots(host)
            if isinstance(loaded, FetchProblem):  # the host cannot be reached at all: say so
                return FetchProblem(url, loaded.code, loaded.message, transient=True)
            entry = self._robots[host] = loaded
        if entry.parser.can_fetch(self.policy.robots_agent, url):
            return None
        if entry.parser.disallow_all:  # robots.txt answered 5xx: a later attempt may be allowed
            why = "robots.txt answered with a server error: treated as disallowing all (RFC 9309)"
            return FetchProblem(url, ErrorCode.ROBOTS_DISALLOWED, why, transient=True)
        why = f"robots.txt of {host} disallows it for '{self.policy.robots_agent}'"
        return FetchProblem(url, ErrorCode.ROBOTS_DISALLOWED, why)

    def _load_robots(self, host: str) -> _Robots | FetchProblem:
        p = self.policy
        parser = urllib.robotparser.RobotFileParser(host + "/robots.txt")
        ttl = p.robots_ttl_s
        self._wait_turn(host)
        try:
            response = self.client.get(host + "/robots.txt", follow_redirects=True)
        except httpx.TimeoutException as exc:
            return FetchProblem(host, ErrorCode.FETCH_TIMEOUT, f"robots.txt timed out ({type(exc).__name__})", transient=True)
        except httpx.HTTPError as exc:
            return FetchProblem(host, ErrorCode.FETCH_FAILED, f"robots.txt: {type(exc).__name__}: {exc}", transient=True)
        if response.status_code >= 500:
            parser.disallow_all = True
            ttl = min(ttl, 300.0)  # ask again soon: an outage should not silence a site for an hour
        elif response.status_code >= 400:
            parser.allow_all = True
        else:
            text = response.content[: p.robots_max_bytes].decode("utf-8", errors="replace")
            parser.parse(text.splitlines())
            delay = parser.crawl_delay(p.robots_agent)
            if delay:
                self._delay[host] = min(float(delay), p.crawl_delay_max_s)
        parser.modified()
        return _Robots(parser, self.clock() + ttl)


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    parts = [x.strip() for x in header.split(";")]
    charset = None
    for param in parts[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return parts[0].lower() or None, charset


def _acceptable(kind: Kind, content_type: str | None) -> bool:
    """Pages: HTML or plain text. Feeds: any XML type, and text/html or text/plain or
    octet-stream too (feeds are often mislabelled; the parser then sniffs the document)."""
    if content_type is None:
        return True
    if kind is Kind.PAGE:
        return content_type in ("text/html", "application/xhtml+xml", "text/plain")
    return ("xml" in content_type or "rss" in content_type or "atom" in content_type
            or content_type in ("text/html", "text/plain", "application/octet-stream"))
