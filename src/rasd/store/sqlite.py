"""The embedded backend: one SQLite file in WAL mode, FTS5 over Arabic-normalised article text.

Each thread gets its own connection (WAL lets readers run beside the one writer; ``busy_timeout``
makes a second writer wait instead of failing). Writes run in ``BEGIN IMMEDIATE`` transactions, so
re-ingesting an article replaces its rows all at once or not at all.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from rasd.model.io import ArticleIn, DocumentOut
from rasd.store import rows
from rasd.store import listing
from rasd.store.base import ArticleListing, EventFilter, EventWindow, IngestResult, MergedEvent
from rasd.store.faults import coded_store_error
from rasd.store.keys import article_key
from rasd.store.migrations import SCHEMA_VERSION_DDL, migrations
from rasd.store.query import Dialect, page, select
from rasd.store.search import index_document

T = TypeVar("T")
DIALECT = Dialect("sqlite", "?")
PAGE = 500
DATE_ORDER_ABOVE = 2_000  # matching events beyond which a filtered page is read in date order


def _value(v: object) -> object:
    """Dates as ISO text (SQLite has no date type; ISO text sorts and compares as dates)."""
    return v.isoformat() if hasattr(v, "isoformat") and not isinstance(v, str) else v


def _values(row: Sequence[object]) -> tuple:
    return tuple(_value(v) for v in row)


class SqliteStore:
    """:class:`rasd.store.base.Store` on a single SQLite file."""

    dialect = "sqlite"

    def __init__(self, path: str | Path, busy_timeout_ms: int = 30_000) -> None:
        self.path = str(path)
        self.busy_timeout_ms = busy_timeout_ms
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._guard = threading.Lock()
        self._memory = self.path == ":memory:"
        if not self._memory:
            Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)

    # -- connections -----------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn = self._all[0] if self._memory and self._all else getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                   timeout=self.busy_timeout_ms / 1000)
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
            if not self._memory:
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            self._local.conn = conn
            with self._guard:
                self._all.append(conn)
        return conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; a full disk or a read-only file raises a coded :class:`StoreError`
        (``RASD-E506``/``E507``) after the rollback, so nothing of it is left behind. Inside
        :meth:`merge_transaction` a write is part of the merge's transaction."""
        if getattr(self._local, "merging", False):
            yield self._conn()
            return
        try:
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:   # SQLite may already have rolled back (SQLITE_FULL does)
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            coded = coded_store_error(exc)
            if coded is None:
                raise
            raise coded from exc

    def close(self) -> None:
        with self._guard:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

    # -- schema ----------------------------------------------------------------------------
    def migrate(self) -> int:
        conn = self._conn()
        conn.execute(SCHEMA_VERSION_DDL)
        with self._write() as c:  # the write lock also keeps a second process from migrating
            current = c.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
            for step in migrations("sqlite"):
                if step.version <= current:
                    continue
                for statement in step.statements:
                    c.execute(statement)
                if step.apply:
                    step.apply(c)
                c.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, datetime('now'))",
                          (step.version, step.name))
                current = step.version
        return current

    def schema_version(self) -> int:
        return self._conn().execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]

    # -- articles --------------------------------------------------------------------------
    def put_document(self, article: ArticleIn, doc: DocumentOut, lexicon_version: str) -> IngestResult:
        key = article_key(article)
        try:
            with self._write() as c:
                old = c.execute("SELECT id, content_hash, lexicon_version, n_events, n_quotes FROM articles "
                                "WHERE article_id = ?", (key.article_id,)).fetchone()
                if old and old["content_hash"] == key.content_hash and old["lexicon_version"] == lexicon_version:
                    return IngestResult(key.article_id, "unchanged", old["n_events"], old["n_quotes"])
                values = _values(rows.article_row(key, article, doc, lexicon_version))
                if old:
                    for table in ("events", "quotes"):
                        c.execute(f"DELETE FROM {table} WHERE article_id = ?", (key.article_id,))
                    c.execute("DELETE FROM article_fts WHERE rowid = ?", (old["id"],))
                    assignments = ", ".join(f"{col} = ?" for col in rows.ARTICLE_COLUMNS[1:])
                    c.execute(f"UPDATE articles SET {assignments} WHERE id = ?", (*values[1:], old["id"]))
                    rowid, status = old["id"], "replaced"
                else:
                    rowid = c.execute(rows.insert_sql("articles", rows.ARTICLE_COLUMNS, "?"), values).lastrowid
                    status = "inserted"
                c.execute("INSERT INTO article_fts (rowid, body) VALUES (?, ?)", (rowid, index_document(article.text)))
                c.executemany(rows.insert_sql("events", rows.EVENT_COLUMNS, "?"),
                              [_values(r) for r in rows.event_rows(key.article_id, doc)])
                c.executemany(rows.insert_sql("quotes", rows.QUOTE_COLUMNS, "?"),
                              [_values(r) for r in rows.quote_rows(key.article_id, doc)])
        except (sqlite3.DataError, sqlite3.IntegrityError) as exc:
            return IngestResult(key.article_id, "error", message=str(exc))
        return IngestResult(key.article_id, status, len(doc.events), len(doc.quotes))

    def has_article(self, article_id: str) -> bool:
        row = self._conn().execute("SELECT 1 FROM articles WHERE article_id = ?", (article_id,)).fetchone()
        return row is not None

    def stored_version(self, article_id: str) -> tuple[str, str] | None:
        """(content hash, lexicon version) of a stored article: a rerun of ``rasd ingest`` skips the
        extraction of an article stored with the same text and lexicons."""
        row = self._conn().execute("SELECT content_hash, lexicon_version FROM articles WHERE article_id = ?",
                                   (article_id,)).fetchone()
        return (row["content_hash"], row["lexicon_version"]) if row else None

    def get_document(self, article_id: str) -> tuple[ArticleIn, DocumentOut] | None:
        row = self._conn().execute("SELECT article_json, document_json FROM articles WHERE article_id = ?",
                                   (article_id,)).fetchone()
        return rows.document_from_row(row) if row else None

    def iter_documents(self) -> Iterable[tuple[ArticleIn, DocumentOut]]:
        # keyset pages: no read transaction stays open while the caller works (or writes)
        last = 0
        while True:
            page_rows = self._conn().execute(
                "SELECT id, article_json, document_json FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                (last, PAGE)).fetchall()
            if not page_rows:
                return
            for row in page_rows:
                yield rows.document_from_row(row)
            last = page_rows[-1]["id"]

    def list_articles(self, limit: int = 50, offset: int = 0, cursor: str | None = None,
                      outlet: str | None = None) -> ArticleListing:
        """A page of stored articles in the order first stored: by ``offset``, or after ``cursor``
        (the ``next_cursor`` of the previous page: constant cost however deep), of one ``outlet``."""
        after = listing.cursor_id(cursor)
        limit, offset = listing.clamp(limit, offset)
        page_sql, count_sql = listing.list_sql(DIALECT, outlet)
        first = (outlet,) if outlet is not None else ()
        conn = self._conn()
        found = conn.execute(page_sql, (*first, after, limit + 1, offset)).fetchall()
        total = conn.execute(count_sql, first).fetchone()[0]
        items = tuple(listing.stored_article(r) for r in found[:limit])
        more = len(found) > limit and limit > 0
        return ArticleListing(items, total, str(found[limit - 1]["id"]) if more else None)

    def merged_event_ids(self, article_id: str) -> list[str]:
        """Ids of the merged events that the article's events belong to (sorted)."""
        return [r[0] for r in self._conn().execute(
            "SELECT DISTINCT event_id FROM merged_mentions WHERE article_id = ? ORDER BY event_id", (article_id,))]

    # -- merged events ---------------------------------------------------------------------
    def merge_transaction(self, work: Callable[[], T]) -> T:
        """``work()`` in one ``BEGIN IMMEDIATE`` transaction: the merge's reads (on this thread's
        connection) and its write see no other writer, so two processes merging the same file run
        one after the other instead of each re-clustering what the other is replacing. Other
        writers wait (``busy_timeout``); readers go on (WAL). Reentrant: a merge inside a merge
        (an incremental merge falling back to a full one) is part of the outer transaction."""
        if getattr(self._local, "merging", False):
            return work()
        with self._write():
            self._local.merging = True
            try:
                return work()
            finally:
                self._local.merging = False

    def replace_merged(self, events: Sequence[MergedEvent]) -> None:
        with self._write() as c:
            for table in ("merged_actors", "merged_mentions", "merged_events"):
                c.execute(f"DELETE FROM {table}")
            _insert_merged(c, events)
            # fresh statistics let the planner choose between the date index and a filter's own
            # index (a box over half the events is faster read in date order, a small one by lon/lat)
            c.execute("ANALYZE merged_events")
            c.execute("ANALYZE merged_actors")

    def update_merged(self, remove: Sequence[str], events: Sequence[MergedEvent]) -> None:
        """Replace some merged events (``remove``, by id) with ``events``, in one transaction."""
        with self._write() as c:
            for start in range(0, len(remove), 900):
                chunk = list(remove[start:start + 900])
                marks = ", ".join("?" * len(chunk))
                for table in ("merged_actors", "merged_mentions", "merged_events"):
                    c.execute(f"DELETE FROM {table} WHERE event_id IN ({marks})", chunk)
            _insert_merged(c, events)

    def candidate_articles(self, window: EventWindow) -> list[str]:
        sql, params = listing.window_sql(DIALECT, window)
        return [r[0] for r in self._conn().execute(sql, params)] if sql else []

    def unmerged_article_ids(self) -> list[str]:
        return [r[0] for r in self._conn().execute(listing.UNMERGED_SQL)]

    def _with_mentions(self, merged_rows: list[sqlite3.Row]) -> list[MergedEvent]:
        if not merged_rows:
            return []
        ids = [r["event_id"] for r in merged_rows]
        found: dict[str, list] = {i: [] for i in ids}
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            marks = ", ".join("?" * len(chunk))
            for m in self._conn().execute(
                f"SELECT * FROM merged_mentions WHERE event_id IN ({marks}) ORDER BY event_id, position", chunk
            ):
                found[m["event_id"]].append(rows.mention_from_row(m))
        return [rows.merged_from_row(r, found[r["event_id"]]) for r in merged_rows]

    def query_events(self, flt: EventFilter) -> list[MergedEvent]:
        limit, offset = page(flt)
        # A box that holds many events is faster read in date order, stopping after one page, than
        # collected through its lon/lat index and sorted; SQLite's planner cannot tell the two
        # cases apart, so count first (cheap: a covering index) and choose. (An actor's events
        # are read from its own (actor, date) index, already in page order.)
        date_order = False
        if flt.bbox is not None:
            date_order = self.count_events(flt) > DATE_ORDER_ABOVE + offset
        sel = select(flt, DIALECT, date_order)
        sql = f"SELECT m.* {sel.sql} {sel.order_by} LIMIT ? OFFSET ?"
        return self._with_mentions(self._conn().execute(sql, (*sel.params, limit, offset)).fetchall())

    def count_events(self, flt: EventFilter) -> int:
        sel = select(flt, DIALECT)
        return self._conn().execute(f"SELECT count(*) {sel.count_sql}", sel.params).fetchone()[0]

    def merged_events_per_outlet(self) -> dict[str | None, int]:
        """Per outlet (``None``: articles without one), the merged events it is a source of: one
        ``COUNT`` over the merged mentions, not a read of the events."""
        return {r["outlet"]: r["n"] for r in self._conn().execute(listing.MERGED_PER_OUTLET_SQL)}

    def get_event(self, event_id: str) -> MergedEvent | None:
        row = self._conn().execute("SELECT * FROM merged_events WHERE event_id = ?", (event_id,)).fetchone()
        return self._with_mentions([row])[0] if row else None

    def stats(self, flt: EventFilter) -> dict[str, list[tuple[str, int]]]:
        sel, dated = select(flt, DIALECT), select(flt, DIALECT, also=("m.date IS NOT NULL",))
        conn = self._conn()
        per_day = conn.execute(f"SELECT m.date, count(*) {dated.sql} GROUP BY m.date ORDER BY m.date",
                               dated.params).fetchall()
        per_type = conn.execute(
            f"SELECT coalesce(m.event_type, m.plover_type, m.family) AS t, count(*) AS n {sel.sql} "
            "GROUP BY t ORDER BY n DESC, t", sel.params).fetchall()
        return {"per_day": [(str(d), n) for d, n in per_day], "per_type": [(t, n) for t, n in per_type]}

    def counts(self) -> dict[str, int]:
        conn = self._conn()
        tables = {"articles": "articles", "events": "events", "quotes": "quotes",
                  "merged": "merged_events", "mentions": "merged_mentions"}
        return {name: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for name, table in tables.items()}


def _insert_merged(c, events: Sequence[MergedEvent]) -> None:
    """Rows of merged events, their mentions and their actors (inside the caller's transaction)."""
    c.executemany(rows.insert_sql("merged_events", rows.MERGED_COLUMNS, "?"),
                  (_values(rows.merged_row(e)) for e in events))
    c.executemany(rows.insert_sql("merged_mentions", rows.MENTION_COLUMNS, "?"),
                  (r for e in events for r in rows.mention_rows(e)))
    c.executemany(rows.insert_sql("merged_actors", rows.ACTOR_COLUMNS, "?"),
                  (_values(r) for e in events for r in rows.actor_rows(e)))
