"""The server backend: PostgreSQL through psycopg 3, with PostGIS when the server has it.

Every public method is one transaction run by :meth:`PostgresStore._run`, which reconnects and
retries when the connection drops (a restarted server, a failover) or the server rolls the
transaction back for a deadlock or serialisation failure; a transaction that failed that way
left nothing behind, so running it again is safe. Full-text search is a ``tsvector`` with the
``simple`` configuration over text normalised in Python (:mod:`rasd.store.search`), so both
backends find the same articles for the same query.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

import psycopg
from psycopg.rows import dict_row

from rasd.model.io import ArticleIn, DocumentOut
from rasd.store import rows
from rasd.store.base import EventFilter, IngestResult, MergedEvent
from rasd.store.keys import article_key
from rasd.store.migrations import SCHEMA_VERSION_DDL, migrations
from rasd.store.query import Dialect, page, where_clause
from rasd.store.search import search_document

T = TypeVar("T")
PAGE = 500
MIGRATION_LOCK = 7_261_801  # pg_advisory_xact_lock key: one migrating process at a time


class PostgresStore:
    """:class:`rasd.store.base.Store` on a PostgreSQL database (``postgresql://`` URL)."""

    dialect = "postgres"

    def __init__(self, url: str, retries: int = 8, connect_timeout: int = 5) -> None:
        self.url = url
        self.retries = retries
        self.connect_timeout = connect_timeout
        self._local = threading.local()
        self._all: list[psycopg.Connection] = []
        self._guard = threading.Lock()
        self._dialect = Dialect("postgres", "%s")

    # -- connections and retries -----------------------------------------------------------
    def _conn(self) -> psycopg.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            conn = psycopg.connect(self.url, autocommit=True, row_factory=dict_row,
                                   connect_timeout=self.connect_timeout)
            self._local.conn = conn
            with self._guard:
                self._all.append(conn)
        return conn

    def _drop(self) -> None:
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        if conn is not None:
            with self._guard:
                if conn in self._all:
                    self._all.remove(conn)
            try:
                conn.close()
            except psycopg.Error:
                pass

    def _run(self, work: Callable[[psycopg.Connection], T]) -> T:
        """Run ``work`` in one transaction; on a lost connection, reconnect and run it again."""
        delay = 0.1
        for attempt in range(self.retries + 1):
            try:
                conn = self._conn()
                with conn.transaction():
                    return work(conn)
            except psycopg.OperationalError as exc:
                conn = getattr(self._local, "conn", None)
                lost = conn is None or conn.closed or conn.broken
                retryable = lost or isinstance(exc, psycopg.errors.TransactionRollbackError)
                if not retryable or attempt == self.retries:
                    raise
                if lost:
                    self._drop()
                time.sleep(delay)
                delay = min(delay * 2, 2.0)
        raise AssertionError("unreachable")

    def close(self) -> None:
        with self._guard:
            for conn in self._all:
                try:
                    conn.close()
                except psycopg.Error:
                    pass
            self._all.clear()
        self._local = threading.local()

    # -- schema ----------------------------------------------------------------------------
    def migrate(self) -> int:
        def work(conn: psycopg.Connection) -> int:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            conn.execute(SCHEMA_VERSION_DDL)
            current = conn.execute("SELECT coalesce(max(version), 0) AS v FROM schema_version").fetchone()["v"]
            for step in migrations("postgres"):
                if step.version <= current:
                    continue
                with conn.transaction():
                    for statement in step.statements:
                        conn.execute(statement)
                    if step.apply:
                        step.apply(conn)
                    conn.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (%s, %s, now()::text)",
                                 (step.version, step.name))
                current = step.version
            return current

        version = self._run(work)
        self._dialect = Dialect("postgres", "%s", postgis=self._has_geom())
        return version

    def schema_version(self) -> int:
        return self._run(lambda c: c.execute("SELECT coalesce(max(version), 0) AS v FROM schema_version").fetchone()["v"])

    def _has_geom(self) -> bool:
        sql = ("SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
               "AND table_name = 'merged_events' AND column_name = 'geom'")
        return self._run(lambda c: c.execute(sql).fetchone() is not None)

    @property
    def postgis(self) -> bool:
        """Whether bounding boxes use the PostGIS point (else plain lat/lon columns)."""
        return self._dialect.postgis

    # -- articles --------------------------------------------------------------------------
    def put_document(self, article: ArticleIn, doc: DocumentOut, lexicon_version: str) -> IngestResult:
        key = article_key(article)
        columns = (*rows.ARTICLE_COLUMNS, "search_text")
        values = (*rows.article_row(key, article, doc, lexicon_version), search_document(article.text))

        def work(conn: psycopg.Connection) -> IngestResult:
            # one writer per article: a concurrent ingest of the same URL waits here
            conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (key.article_id,))
            old = conn.execute("SELECT content_hash, lexicon_version, n_events, n_quotes FROM articles "
                               "WHERE article_id = %s", (key.article_id,)).fetchone()
            if old and old["content_hash"] == key.content_hash and old["lexicon_version"] == lexicon_version:
                return IngestResult(key.article_id, "unchanged", old["n_events"], old["n_quotes"])
            with conn.cursor() as cur:
                if old:
                    cur.execute("DELETE FROM events WHERE article_id = %s", (key.article_id,))
                    cur.execute("DELETE FROM quotes WHERE article_id = %s", (key.article_id,))
                    assignments = ", ".join(f"{c} = %s" for c in columns[1:])
                    cur.execute(f"UPDATE articles SET {assignments} WHERE article_id = %s", (*values[1:], key.article_id))
                else:
                    cur.execute(rows.insert_sql("articles", columns, "%s"), values)
                event_rows = rows.event_rows(key.article_id, doc)
                if event_rows:
                    cur.executemany(rows.insert_sql("events", rows.EVENT_COLUMNS, "%s"), event_rows)
                quote_rows = rows.quote_rows(key.article_id, doc)
                if quote_rows:
                    cur.executemany(rows.insert_sql("quotes", rows.QUOTE_COLUMNS, "%s"), quote_rows)
            return IngestResult(key.article_id, "replaced" if old else "inserted", len(doc.events), len(doc.quotes))

        try:
            return self._run(work)
        except (psycopg.DataError, psycopg.IntegrityError) as exc:  # e.g. a NUL character in the text
            return IngestResult(key.article_id, "error", message=str(exc).strip())

    def has_article(self, article_id: str) -> bool:
        if "\x00" in article_id:
            return False
        return self._run(lambda c: c.execute("SELECT 1 FROM articles WHERE article_id = %s",
                                             (article_id,)).fetchone() is not None)

    def get_document(self, article_id: str) -> tuple[ArticleIn, DocumentOut] | None:
        if "\x00" in article_id:
            return None
        row = self._run(lambda c: c.execute("SELECT article_json, document_json FROM articles WHERE article_id = %s",
                                            (article_id,)).fetchone())
        return rows.document_from_row(row) if row else None

    def iter_documents(self) -> Iterable[tuple[ArticleIn, DocumentOut]]:
        last = 0
        while True:
            page_rows = self._run(lambda c: c.execute(
                "SELECT id, article_json, document_json FROM articles WHERE id > %s ORDER BY id LIMIT %s",
                (last, PAGE)).fetchall())
            if not page_rows:
                return
            for row in page_rows:
                yield rows.document_from_row(row)
            last = page_rows[-1]["id"]

    # -- merged events ---------------------------------------------------------------------
    def replace_merged(self, events: Sequence[MergedEvent]) -> None:
        def work(conn: psycopg.Connection) -> None:
            conn.execute("LOCK TABLE merged_events IN EXCLUSIVE MODE")  # one re-merge at a time
            for table in ("merged_actors", "merged_mentions", "merged_events"):
                conn.execute(f"DELETE FROM {table}")
            with conn.cursor() as cur:
                for table, columns, make in (
                    ("merged_events", rows.MERGED_COLUMNS, lambda e: [rows.merged_row(e)]),
                    ("merged_mentions", rows.MENTION_COLUMNS, rows.mention_rows),
                    ("merged_actors", rows.ACTOR_COLUMNS, rows.actor_rows),
                ):
                    with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                        for e in events:
                            for r in make(e):
                                copy.write_row(r)
            conn.execute("ANALYZE merged_events, merged_mentions, merged_actors")  # plans for the new data

        self._run(work)

    def _with_mentions(self, conn: psycopg.Connection, merged_rows: list[dict]) -> list[MergedEvent]:
        if not merged_rows:
            return []
        ids = [r["event_id"] for r in merged_rows]
        found: dict[str, list] = {i: [] for i in ids}
        for m in conn.execute("SELECT * FROM merged_mentions WHERE event_id = ANY(%s) ORDER BY event_id, position",
                              (ids,)):
            found[m["event_id"]].append(rows.mention_from_row(m))
        return [rows.merged_from_row(r, found[r["event_id"]]) for r in merged_rows]

    def query_events(self, flt: EventFilter) -> list[MergedEvent]:
        where, params = where_clause(flt, self._dialect)
        limit, offset = page(flt)
        sql = f"SELECT m.* FROM merged_events m {where} {self._dialect.order_by} LIMIT %s OFFSET %s"
        return self._run(lambda c: self._with_mentions(c, c.execute(sql, (*params, limit, offset)).fetchall()))

    def count_events(self, flt: EventFilter) -> int:
        where, params = where_clause(flt, self._dialect)
        return self._run(lambda c: c.execute(f"SELECT count(*) AS n FROM merged_events m {where}",
                                             params).fetchone()["n"])

    def get_event(self, event_id: str) -> MergedEvent | None:
        if "\x00" in event_id:
            return None

        def work(conn: psycopg.Connection) -> MergedEvent | None:
            row = conn.execute("SELECT * FROM merged_events WHERE event_id = %s", (event_id,)).fetchone()
            return self._with_mentions(conn, [row])[0] if row else None

        return self._run(work)

    def stats(self, flt: EventFilter) -> dict[str, list[tuple[str, int]]]:
        where, params = where_clause(flt, self._dialect)
        dated = (where + " AND" if where else "WHERE") + " m.date IS NOT NULL"

        def work(conn: psycopg.Connection) -> dict[str, list[tuple[str, int]]]:
            per_day = conn.execute(f"SELECT m.date AS d, count(*) AS n FROM merged_events m {dated} "
                                   "GROUP BY m.date ORDER BY m.date", params).fetchall()
            per_type = conn.execute(
                "SELECT coalesce(m.event_type, m.plover_type, m.family) AS t, count(*) AS n "
                f"FROM merged_events m {where} GROUP BY t ORDER BY n DESC, t", params).fetchall()
            return {"per_day": [(r["d"].isoformat(), r["n"]) for r in per_day],
                    "per_type": [(r["t"], r["n"]) for r in per_type]}

        return self._run(work)

    def counts(self) -> dict[str, int]:
        tables = {"articles": "articles", "events": "events", "quotes": "quotes",
                  "merged": "merged_events", "mentions": "merged_mentions"}
        sql = "SELECT " + ", ".join(f"(SELECT count(*) FROM {t}) AS {n}" for n, t in tables.items())
        return self._run(lambda c: dict(c.execute(sql).fetchone()))
