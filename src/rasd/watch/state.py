"""The watcher's durable memory: which article URLs are done, feed validators, feed health.

A small SQLite file beside the store (``news.sqlite`` → ``news.sqlite.watch.sqlite``). The store is
the source of truth for what was extracted: an article is marked ``done`` here only after the store
has committed it, and the watcher also asks the store (``has_article``) before working on a URL, so
a crash between the two writes costs one look-up, never a duplicate or a lost article. What only
this file knows: URLs skipped for good (not Arabic, robots.txt, 404 ...), URLs to retry (timeouts,
5xx; up to ``max_attempts``), each feed's ETag/Last-Modified and its health counters.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from rasd.ingest.fetch import Validators

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (
    url          TEXT PRIMARY KEY,
    article_id   TEXT,
    feed         TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('done', 'skipped', 'retry')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    code         TEXT,
    message      TEXT,
    updated_at   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS feeds (
    name               TEXT PRIMARY KEY,
    url                TEXT NOT NULL,
    etag               TEXT,
    last_modified      TEXT,
    polls              INTEGER NOT NULL DEFAULT 0,
    ok_count           INTEGER NOT NULL DEFAULT 0,
    error_count        INTEGER NOT NULL DEFAULT 0,
    consecutive_errors INTEGER NOT NULL DEFAULT 0,
    articles           INTEGER NOT NULL DEFAULT 0,
    last_polled_at     TEXT,
    last_ok_at         TEXT,
    last_error_at      TEXT,
    last_error_code    TEXT,
    last_error         TEXT
);
"""


class SeenStatus(str, Enum):
    """Where an article URL stands."""

    DONE = "done"          # in the store
    SKIPPED = "skipped"    # will not become an article (permanent problem, or retries used up)
    RETRY = "retry"        # a transient problem; tried again when the feed lists it again


@dataclass(frozen=True, slots=True)
class Seen:
    """What the state file knows about one article URL."""

    url: str
    status: SeenStatus
    attempts: int
    code: str | None
    message: str | None


@dataclass(frozen=True, slots=True)
class FeedHealth:
    """A feed's record: polls, successes, failures (and in a row), articles, the last error."""

    name: str
    url: str
    polls: int
    ok_count: int
    error_count: int
    consecutive_errors: int
    articles: int
    last_polled_at: str | None
    last_ok_at: str | None
    last_error_code: str | None
    last_error: str | None


def default_state_path(db: str) -> Path:
    """``FILE.watch.sqlite`` beside a SQLite store; for a database URL, a file named after it in the
    working folder (pass ``--state`` to put it elsewhere)."""
    if "://" in db:
        import hashlib

        return Path(f"rasd-watch-{hashlib.sha1(db.encode()).hexdigest()[:10]}.sqlite")
    return Path(db + ".watch.sqlite")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class WatchState:
    """Every write commits at once (WAL, synchronous=FULL): a kill -9 loses nothing written."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(str(path), isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA busy_timeout=10000")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> WatchState:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- articles -----------------------------------------------------------------------------

    def seen(self, url: str) -> Seen | None:
        """The record of ``url`` (canonical), or None for a URL never worked on."""
        row = self._db.execute("SELECT url, status, attempts, code, message FROM seen WHERE url = ?", (url,)).fetchone()
        return Seen(row[0], SeenStatus(row[1]), row[2], row[3], row[4]) if row else None

    def mark_done(self, url: str, feed: str, article_id: str | None) -> None:
        """Call only after the store has committed the article."""
        self._db.execute(
            "INSERT INTO seen (url, article_id, feed, status, attempts, updated_at) VALUES (?, ?, ?, 'done', 0, ?) "
            "ON CONFLICT(url) DO UPDATE SET article_id = excluded.article_id, status = 'done', code = NULL, "
            "message = NULL, updated_at = excluded.updated_at",
            (url, article_id, feed, _now()),
        )

    def mark_failed(self, url: str, feed: str, code: str, message: str, transient: bool, max_attempts: int) -> SeenStatus:
        """Record a failure; a transient one is retried until ``max_attempts`` attempts have failed."""
        previous = self.seen(url)
        attempts = (previous.attempts if previous else 0) + 1
        status = SeenStatus.RETRY if transient and attempts < max_attempts else SeenStatus.SKIPPED
        self._db.execute(
            "INSERT INTO seen (url, feed, status, attempts, code, message, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(url) DO UPDATE SET status = excluded.status, attempts = excluded.attempts, "
            "code = excluded.code, message = excluded.message, updated_at = excluded.updated_at",
            (url, feed, status.value, attempts, code, message, _now()),
        )
        return status

    def counts(self) -> dict[str, int]:
        """URLs per status (``done``, ``skipped``, ``retry``)."""
        return dict(self._db.execute("SELECT status, COUNT(*) FROM seen GROUP BY status").fetchall())

    # -- feeds --------------------------------------------------------------------------------

    def validators(self, name: str, url: str) -> Validators | None:
        """The validators stored for this feed, unless its URL has changed since."""
        row = self._db.execute("SELECT url, etag, last_modified FROM feeds WHERE name = ?", (name,)).fetchone()
        if not row or row[0] != url or not (row[1] or row[2]):
            return None
        return Validators(row[1], row[2])

    def record_poll(self, name: str, url: str, ok: bool, articles: int = 0, code: str | None = None,
                    message: str | None = None, validators: Validators | None = None, keep_validators: bool = True) -> FeedHealth:
        """Update a feed's health after a poll. ``validators`` are stored (or, with
        ``keep_validators=False``, cleared) only on success: see :mod:`rasd.ingest.fetch` for why."""
        now = _now()
        self._db.execute("INSERT OR IGNORE INTO feeds (name, url) VALUES (?, ?)", (name, url))
        if ok:
            self._db.execute(
                "UPDATE feeds SET url = ?, polls = polls + 1, ok_count = ok_count + 1, consecutive_errors = 0, "
                "articles = articles + ?, last_polled_at = ?, last_ok_at = ? WHERE name = ?",
                (url, articles, now, now, name),
            )
            if validators is not None:
                self._db.execute("UPDATE feeds SET etag = ?, last_modified = ? WHERE name = ?",
                                 (validators.etag, validators.last_modified, name))
            elif not keep_validators:
                self._db.execute("UPDATE feeds SET etag = NULL, last_modified = NULL WHERE name = ?", (name,))
        else:
            self._db.execute(
                "UPDATE feeds SET url = ?, polls = polls + 1, error_count = error_count + 1, "
                "consecutive_errors = consecutive_errors + 1, last_polled_at = ?, last_error_at = ?, "
                "last_error_code = ?, last_error = ? WHERE name = ?",
                (url, now, now, code, message, name),
            )
        return self.health(name)

    def health(self, name: str) -> FeedHealth:
        """One feed's health record."""
        row = self._db.execute(
            "SELECT name, url, polls, ok_count, error_count, consecutive_errors, articles, last_polled_at, "
            "last_ok_at, last_error_code, last_error FROM feeds WHERE name = ?", (name,)).fetchone()
        return FeedHealth(*row)

    def all_health(self) -> list[FeedHealth]:
        """Every feed's health record, by name."""
        rows = self._db.execute("SELECT name FROM feeds ORDER BY name").fetchall()
        return [self.health(r[0]) for r in rows]
