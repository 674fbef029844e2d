"""The server backend: PostgreSQL through psycopg 3, with PostGIS when the server has it.

Every public method is one transaction run by :meth:`PostgresStore._run`, which reconnects and
retries when the connection drops (a restarted server, a failover) or the server rolls the
transaction back for a deadlock or serialisation failure; a transaction that failed that way
left nothing behind, so running it again is safe. Connections come from one bounded pool per
store (``psycopg_pool``, at most ``pool_size``), tested on checkout, so threads that come and go
(the API's workers, ingesters) share them instead of each leaving one open. Full-text search is a ``tsvector`` with the
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
from psycopg_pool import ConnectionPool, PoolTimeout

from rasd.model.io import ArticleIn, DocumentOut
from rasd.store import rows
from rasd.store import listing
from rasd.store.base import ArticleListing, EventFilter, EventWindow, IngestResult, MergedEvent
from rasd.store.faults import coded_faults
from rasd.store.keys import article_key
from rasd.store.migrations import SCHEMA_VERSION_DDL, migrations
from rasd.store.query import Dialect, page, select
from rasd.store.search import index_document

T = TypeVar("T")
PAGE = 500
MIGRATION_LOCK = 7_261_801  # pg_advisory_xact_lock key: one migrating process at a time
MERGE_LOCK = 7_261_802      # pg_advisory_xact_lock key: one merging process at a time
POOL_SIZE = 8               # connections per store at most (the API's default store_threads)
POOL_TIMEOUT_S = 30.0       # wait for a free connection (or for a restarted server) this long


class PostgresStore:
    """:class:`rasd.store.base.Store` on a PostgreSQL database (``postgresql://`` URL)."""

    dialect = "postgres"

    def __init__(self, url: str, retries: int = 8, connect_timeout: int = 5, pool_size: int = POOL_SIZE,
                 pool_timeout: float = POOL_TIMEOUT_S) -> None:
        self.url = url
        self.retries = retries
        self.connect_timeout = connect_timeout
        self.pool_size = max(1, int(pool_size))
        self.pool_timeout = pool_timeout
        self._pool: ConnectionPool | None = None
        self._guard = threading.Lock()
        self._dialect = Dialect("postgres", "%s")
        self._local = threading.local()   # .conn: the merge transaction's connection on this thread

    # -- connections and retries -----------------------------------------------------------
    def _connections(self) -> ConnectionPool:
        """The store's pool, created on first use after one direct connection succeeded.

        The probe connection makes a wrong URL or a server that is down fail with the server's
        own message (the pool would only report a timeout) and go through :meth:`_run`'s
        retries, as before pooling.
        """
        with self._guard:
            if self._pool is not None:
                return self._pool
            probe = psycopg.connect(self.url, connect_timeout=self.connect_timeout)
            probe.close()
            pool = ConnectionPool(
                self.url, min_size=1, max_size=self.pool_size, open=False, timeout=self.pool_timeout,
                kwargs={"autocommit": True, "row_factory": dict_row, "connect_timeout": self.connect_timeout,
                        "application_name": "rasd",
                        # plan every query for its values: a prepared statement's generic plan
                        # cannot tell a box holding a third of the events from a small one
                        # (measured: 1 ms custom vs 30 ms generic for the same page)
                        "prepare_threshold": None},
                # an idle connection may have died with a restarted server: test it on checkout
                check=ConnectionPool.check_connection, name="rasd-store",
            )
            pool.open(wait=False)
            self._pool = pool
            return pool

    def _run(self, work: Callable[[psycopg.Connection], T]) -> T:
        """Run ``work`` in one transaction; on a lost connection, reconnect and run it again.
        Inside :meth:`merge_transaction` it runs in the merge's transaction (a savepoint), and a
        lost connection fails the whole merge, which is then run again."""
        pinned = getattr(self._local, "conn", None)
        if pinned is not None:
            with pinned.transaction():
                return work(pinned)
        delay = 0.1
        for attempt in range(self.retries + 1):
            conn: psycopg.Connection | None = None
            try:
                pool = self._connections()
                with pool.connection() as conn:
                    with conn.transaction():
                        return work(conn)
            except PoolTimeout:
                raise  # no free connection within pool_timeout: busy, or the server stayed down
            except psycopg.OperationalError as exc:
                lost = conn is None or conn.closed or conn.broken
                retryable = lost or isinstance(exc, psycopg.errors.TransactionRollbackError)
                if not retryable or attempt == self.retries:
                    raise
                if lost and self._pool is not None:
                    self._pool.check()  # drop the other idle connections the restart broke, now
                time.sleep(delay)
                delay = min(delay * 2, 2.0)
        raise AssertionError("unreachable")

    def close(self) -> None:
        with self._guard:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

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

        with coded_faults():   # a read-only database fails here, coded RASD-E507
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
        values = (*rows.article_row(key, article, doc, lexicon_version), index_document(article.text))

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
            with coded_faults():   # full disk, read-only transaction: RASD-E506/E507
                return self._run(work)
        except (psycopg.DataError, psycopg.IntegrityError) as exc:  # e.g. a NUL character in the text
            return IngestResult(key.article_id, "error", message=str(exc).strip())

    def has_article(self, article_id: str) -> bool:
        if "\x00" in article_id:
            return False
        return self._run(lambda c: c.execute("SELECT 1 FROM articles WHERE article_id = %s",
                                             (article_id,)).fetchone() is not None)

    def stored_version(self, article_id: str) -> tuple[str, str] | None:
        """(content hash, lexicon version) of a stored article (see :meth:`SqliteStore.stored_version`)."""
        if "\x00" in article_id:
            return None
        row = self._run(lambda c: c.execute("SELECT content_hash, lexicon_version FROM articles WHERE article_id = %s",
                                            (article_id,)).fetchone())
        return (row["content_hash"], row["lexicon_version"]) if row else None

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

    def list_articles(self, limit: int = 50, offset: int = 0, cursor: str | None = None,
                      outlet: str | None = None) -> ArticleListing:
        """A page of stored articles (see :meth:`SqliteStore.list_articles`)."""
        after = listing.cursor_id(cursor)
        limit, offset = listing.clamp(limit, offset)
        if outlet is not None and "\x00" in outlet:
            return ArticleListing((), 0, None)
        page_sql, count_sql = listing.list_sql(self._dialect, outlet)
        first = (outlet,) if outlet is not None else ()

        def work(conn: psycopg.Connection) -> ArticleListing:
            found = conn.execute(page_sql, (*first, after, limit + 1, offset)).fetchall()
            total = conn.execute(count_sql, first).fetchone()["n"]
            items = tuple(listing.stored_article(r) for r in found[:limit])
            more = len(found) > limit and limit > 0
            return ArticleListing(items, total, str(found[limit - 1]["id"]) if more else None)

        return self._run(work)

    def merged_event_ids(self, article_id: str) -> list[str]:
        """Ids of the merged events that the article's events belong to (sorted)."""
        if "\x00" in article_id:
            return []
        return self._run(lambda c: [r["event_id"] for r in c.execute(
            "SELECT DISTINCT event_id FROM merged_mentions WHERE article_id = %s ORDER BY event_id", (article_id,))])

    # -- merged events ---------------------------------------------------------------------
    def merge_transaction(self, work: Callable[[], T]) -> T:
        """``work()`` in one transaction holding a transaction-level advisory lock (``MERGE_LOCK``):
        every store call it makes on this thread runs on that transaction's connection, so a merge's
        reads and its write see no other merge, and two processes merging the same database run
        one after the other. Ingest (``put_document``) and readers are not blocked. Reentrant. A
        deadlock, or a connection lost while the merge reads, runs the whole merge again (as
        :meth:`_run` does); nothing of a failed merge is kept."""
        if getattr(self._local, "conn", None) is not None:
            return work()

        def merge(conn: psycopg.Connection) -> T:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MERGE_LOCK,))
            self._local.conn, self._local.vacuum = conn, set()
            try:
                return work()
            finally:
                self._local.conn = None

        try:
            return self._run(merge)
        finally:
            pending, self._local.vacuum = getattr(self._local, "vacuum", None), None
            if pending:
                self._vacuum(*sorted(pending))   # after the commit: VACUUM waits for the merge's locks

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

        with coded_faults():
            self._run(work)
        if getattr(self._local, "conn", None) is not None:   # inside a merge: vacuum after its commit
            self._local.vacuum.update(("merged_events", "merged_mentions", "merged_actors"))
        else:
            self._vacuum("merged_events", "merged_mentions", "merged_actors")

    def _vacuum(self, *tables: str) -> None:
        """``VACUUM (ANALYZE)`` after a bulk write: statistics for the planner, and the visibility
        map that lets a count read only an index (a count of 33,000 events in a box: 7 ms instead
        of 26 ms). Maintenance only: when it cannot run, the data written is still there."""
        try:
            with self._connections().connection() as conn:  # autocommit: VACUUM refuses a transaction
                conn.execute(f"VACUUM (ANALYZE) {', '.join(tables)}")  # fixed table names, never input
        except psycopg.Error:
            pass

    def update_merged(self, remove: Sequence[str], events: Sequence[MergedEvent]) -> None:
        """Replace some merged events (``remove``, by id) with ``events``, in one transaction."""
        def work(conn: psycopg.Connection) -> None:
            conn.execute("LOCK TABLE merged_events IN EXCLUSIVE MODE")  # one merge at a time
            ids = list(remove)
            for table in ("merged_actors", "merged_mentions", "merged_events"):
                conn.execute(f"DELETE FROM {table} WHERE event_id = ANY(%s)", (ids,))
            with conn.cursor() as cur:
                for table, columns, make in (
                    ("merged_events", rows.MERGED_COLUMNS, lambda e: [rows.merged_row(e)]),
                    ("merged_mentions", rows.MENTION_COLUMNS, rows.mention_rows),
                    ("merged_actors", rows.ACTOR_COLUMNS, rows.actor_rows),
                ):
                    batch = [r for e in events for r in make(e)]
                    if batch:
                        cur.executemany(rows.insert_sql(table, columns, "%s"), batch)

        with coded_faults():
            self._run(work)

    def candidate_articles(self, window: EventWindow) -> list[str]:
        sql, params = listing.window_sql(self._dialect, window)
        return self._run(lambda c: [r["article_id"] for r in c.execute(sql, params)]) if sql else []

    def unmerged_article_ids(self) -> list[str]:
        return self._run(lambda c: [r["article_id"] for r in c.execute(listing.UNMERGED_SQL)])

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
        sel = select(flt, self._dialect)
        limit, offset = page(flt)
        sql = f"SELECT m.* {sel.sql} {sel.order_by} LIMIT %s OFFSET %s"
        return self._run(lambda c: self._with_mentions(c, c.execute(sql, (*sel.params, limit, offset)).fetchall()))

    def count_events(self, flt: EventFilter) -> int:
        sel = select(flt, self._dialect)
        return self._run(lambda c: c.execute(f"SELECT count(*) AS n {sel.count_sql}", sel.params).fetchone()["n"])

    def merged_events_per_outlet(self) -> dict[str | None, int]:
        """Per outlet (see :meth:`SqliteStore.merged_events_per_outlet`): one ``COUNT`` query."""
        return self._run(lambda c: {r["outlet"]: r["n"] for r in c.execute(listing.MERGED_PER_OUTLET_SQL)})

    def get_event(self, event_id: str) -> MergedEvent | None:
        if "\x00" in event_id:
            return None

        def work(conn: psycopg.Connection) -> MergedEvent | None:
            row = conn.execute("SELECT * FROM merged_events WHERE event_id = %s", (event_id,)).fetchone()
            return self._with_mentions(conn, [row])[0] if row else None

        return self._run(work)

    def stats(self, flt: EventFilter) -> dict[str, list[tuple[str, int]]]:
        sel, dated = select(flt, self._dialect), select(flt, self._dialect, also=("m.date IS NOT NULL",))

        def work(conn: psycopg.Connection) -> dict[str, list[tuple[str, int]]]:
            per_day = conn.execute(f"SELECT m.date AS d, count(*) AS n {dated.sql} "
                                   "GROUP BY m.date ORDER BY m.date", dated.params).fetchall()
            per_type = conn.execute(
                f"SELECT coalesce(m.event_type, m.plover_type, m.family) AS t, count(*) AS n {sel.sql} "
                "GROUP BY t ORDER BY n DESC, t", sel.params).fetchall()
            return {"per_day": [(r["d"].isoformat(), r["n"]) for r in per_day],
                    "per_type": [(r["t"], r["n"]) for r in per_type]}

        return self._run(work)

    def counts(self) -> dict[str, int]:
        tables = {"articles": "articles", "events": "events", "quotes": "quotes",
                  "merged": "merged_events", "mentions": "merged_mentions"}
        sql = "SELECT " + ", ".join(f"(SELECT count(*) FROM {t}) AS {n}" for n, t in tables.items())
        return self._run(lambda c: dict(c.execute(sql).fetchone()))
