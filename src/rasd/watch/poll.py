"""Polling: feed → new entries → article text → extraction → store, each article exactly once.

For every entry of a feed, in order:

1. its key is the canonical link (tracking parameters removed); an entry without a link but with a
   guid is keyed ``FEED_URL#guid=...`` and can only use the feed's own text;
2. a key already ``done`` or ``skipped`` in the state file, or already in the store, is passed over;
3. the text comes from the page (``content: page``), the feed (``feed``), or the feed when it is at
   least ``min_feed_chars`` long and else the page (``auto``; if the page cannot be had for good,
   the feed's shorter text is used rather than nothing);
4. the article is extracted and written to the store; only after the store's commit is the key
   marked ``done``.

A feed that is down, malformed or answers with an HTML page is a failed poll in its health record;
the other feeds go on. Validators (ETag/Last-Modified) are kept only after a poll that left nothing
to retry, so a 304 can never hide an entry that still needs work.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rasd.build import Extractor
from rasd.errors import ErrorCode
from rasd.ingest.feeds import Feed, FeedEntry, entry_article, parse_feed
from rasd.ingest.fetch import Fetched, Fetcher, FetchProblem, Kind
from rasd.ingest.html import html_article
from rasd.ingest.readers import InputProblem
from rasd.ingest.urls import url_doc_id
from rasd.model.io import ArticleIn
from rasd.store.base import Store
from rasd.watch.config import ContentMode, FeedSpec
from rasd.watch.state import FeedHealth, SeenStatus, WatchState

log = logging.getLogger("rasd.watch")


@dataclass(frozen=True, slots=True)
class PollReport:
    """What one poll of one feed did."""

    feed: str
    ok: bool
    not_modified: bool = False
    new: int = 0          # articles written to the store
    skipped: int = 0      # entries that will not become articles (coded reasons in the state file)
    pending: int = 0      # entries with a transient problem, tried again on a later poll
    known: int = 0        # entries done or skipped on an earlier poll
    code: str | None = None
    message: str | None = None
    health: FeedHealth | None = None


class _StoreFailed(Exception):
    pass


@dataclass
class Watcher:
    """Polls feeds with one fetcher, one extractor and one store (single-threaded)."""

    feeds: Sequence[FeedSpec]
    store: Store
    state: WatchState
    extractor: Extractor
    fetcher: Fetcher
    lexicon_version: str
    max_attempts: int = 5
    stop: threading.Event = None  # type: ignore[assignment]
    on_article: Callable[[str, ArticleIn], None] | None = None

    def __post_init__(self) -> None:
        if self.stop is None:
            self.stop = threading.Event()

    def run(self, once: bool = False) -> list[PollReport]:
        """Poll every feed once (``once``), or forever on each feed's interval until ``stop`` is set."""
        if once:
            return [self._poll_guarded(feed) for feed in self.feeds if not self.stop.is_set()]
        due = {feed.name: 0.0 for feed in self.feeds}
        while not self.stop.is_set():
            for feed in self.feeds:
                if self.stop.is_set():
                    break
                if due[feed.name] <= time.monotonic():
                    self._poll_guarded(feed)
                    due[feed.name] = time.monotonic() + feed.interval_s
            self.stop.wait(max(0.0, min(due.values()) - time.monotonic()))
        return []

    def poll(self, feed: FeedSpec) -> PollReport:
        """Fetch one feed and process its new entries; never raises for a bad feed or article."""
        fetched = self.fetcher.fetch(feed.url, Kind.FEED, self.state.validators(feed.name, feed.url))
        if isinstance(fetched, FetchProblem):
            return self._failed(feed, fetched.code.value, fetched.message)
        if fetched.not_modified:
            health = self.state.record_poll(feed.name, feed.url, ok=True, validators=fetched.validators)
            return self._logged(PollReport(feed.name, True, not_modified=True, health=health))
        parsed = parse_feed(fetched.body, fetched.charset, fetched.content_type)
        if isinstance(parsed, tuple):
            return self._failed(feed, parsed[0].value, parsed[1])
        new = skipped = pending = known = 0
        try:
            for entry in reversed(parsed.entries):  # feeds list newest first; work oldest first
                if self.stop.is_set():
                    pending += 1
                    continue
                outcome = self._entry(feed, parsed, entry)
                new += outcome == "new"
                skipped += outcome == "skipped"
                pending += outcome == "pending"
                known += outcome == "known"
        except _StoreFailed as exc:
            return self._failed(feed, ErrorCode.STORE_WRITE_FAILED.value, str(exc))
        clean = pending == 0
        health = self.state.record_poll(feed.name, feed.url, ok=True, articles=new,
                                        validators=fetched.validators if clean else None, keep_validators=clean)
        return self._logged(PollReport(feed.name, True, False, new, skipped, pending, known, health=health))

    def _poll_guarded(self, feed: FeedSpec) -> PollReport:
        """:meth:`poll`, with a bug in one feed's handling recorded in its health, not fatal to all."""
        try:
            return self.poll(feed)
        except Exception as exc:  # the loop must outlive any one feed
            log.exception("feed=%s unexpected failure", feed.name)
            return self._failed(feed, ErrorCode.STAGE_FAILED.value, f"{type(exc).__name__}: {exc}")

    # -- one entry ------------------------------------------------------------------------------

    def _entry(self, feed: FeedSpec, parsed: Feed, entry: FeedEntry) -> str:
        key = entry.url or (f"{feed.url}#guid={entry.guid}" if entry.guid else None)
        if key is None:
            log.info("feed=%s entry without link or guid skipped (title %r)", feed.name, entry.title)
            return "skipped"
        seen = self.state.seen(key)
        if seen is not None and seen.status is not SeenStatus.RETRY:
            return "known"
        # an entry without a link is keyed by its guid (and stored by its text's hash)
        doc_id = url_doc_id(entry.url) if entry.url else "g:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        try:
            stored = bool(entry.url) and self.store.has_article(doc_id)
        except Exception as exc:  # the store is down: stop this poll, mark nothing
            raise _StoreFailed(f"store look-up failed for {key}: {type(exc).__name__}: {exc}") from exc
        if stored:  # stored, but killed before it was marked
            self.state.mark_done(key, feed.name, doc_id)
            return "known"
        article = self._article(feed, parsed, entry, doc_id, key)
        if isinstance(article, FetchProblem) or isinstance(article, InputProblem):
            transient = isinstance(article, FetchProblem) and article.transient
            status = self.state.mark_failed(key, feed.name, article.code.value, article.message, transient, self.max_attempts)
            log.info("feed=%s url=%s %s: %s (%s)", feed.name, key, article.code.value, article.message, status.value)
            return "pending" if status is SeenStatus.RETRY else "skipped"
        record = self.extractor.extract(article)
        try:
            result = self.store.put_document(article, record, self.lexicon_version)
        except Exception as exc:  # the store is down or refuses: stop this poll, keep the entry unmarked
            raise _StoreFailed(f"store write failed for {key}: {type(exc).__name__}: {exc}") from exc
        if result.status == "error":  # the store refused this record (not the store being down)
            self.state.mark_failed(key, feed.name, ErrorCode.STORE_WRITE_FAILED.value, result.message or "refused",
                                   transient=False, max_attempts=self.max_attempts)
            log.warning("feed=%s url=%s %s: %s", feed.name, key, ErrorCode.STORE_WRITE_FAILED.value, result.message)
            return "skipped"
        self.state.mark_done(key, feed.name, result.article_id)
        if self.on_article:
            self.on_article(feed.name, article)
        return "new"

    def _article(self, feed: FeedSpec, parsed: Feed, entry: FeedEntry, doc_id: str, key: str) -> ArticleIn | InputProblem | FetchProblem:
        def from_feed() -> ArticleIn | InputProblem:
            return entry_article(entry, parsed, doc_id, key, outlet=feed.outlet,
                                 outlet_side=feed.outlet_side, country=feed.country)

        use_feed = feed.content is ContentMode.FEED or not entry.url or (
            feed.content is ContentMode.AUTO and len(entry.content) >= feed.min_feed_chars)
        if use_feed:
            return from_feed()
        page = self.fetcher.fetch(entry.url, Kind.PAGE)
        if isinstance(page, Fetched):
            article = html_article(page.body, doc_id, key, url=entry.url, http_charset=page.charset,
                                   published=entry.published, outlet=feed.outlet,
                                   outlet_side=feed.outlet_side, country=feed.country)
        else:
            article = page
        if feed.content is ContentMode.AUTO and entry.content and not (isinstance(article, ArticleIn) or _transient(article)):
            fallback = from_feed()
            if isinstance(fallback, ArticleIn):
                return fallback
        return article

    # -- health ---------------------------------------------------------------------------------

    def _failed(self, feed: FeedSpec, code: str, message: str) -> PollReport:
        health = self.state.record_poll(feed.name, feed.url, ok=False, code=code, message=message)
        return self._logged(PollReport(feed.name, False, code=code, message=message, health=health))

    @staticmethod
    def _logged(report: PollReport) -> PollReport:
        h = report.health
        counts = f"ok={h.ok_count} errors={h.error_count}" if h else ""
        if report.ok:
            what = "not-modified" if report.not_modified else (
                f"new={report.new} skipped={report.skipped} pending={report.pending} known={report.known}")
            last = f" last_error={h.last_error_code}" if h and h.last_error_code else ""
            log.info("feed=%s status=ok %s %s%s", report.feed, what, counts, last)
        else:
            log.warning("feed=%s status=error %s: %s %s consecutive_errors=%s", report.feed, report.code,
                        report.message, counts, h.consecutive_errors if h else "?")
        return report


def _transient(problem: InputProblem | FetchProblem) -> bool:
    return isinstance(problem, FetchProblem) and problem.transient
