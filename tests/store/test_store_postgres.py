"""PostgreSQL only: a restarted server does not break an open store; threads share a bounded pool."""

from __future__ import annotations

import time

from rasd.store import EventFilter, open_store


def test_store_reconnects_after_a_server_restart(postgres_server, postgres_database, demo_docs):
    store = open_store(postgres_database)
    try:
        article, doc = demo_docs[0]
        store.put_document(article, doc, "v1")
        postgres_server.restart()  # every open connection is dropped
        assert store.counts()["articles"] == 1
        article2, doc2 = demo_docs[1]
        assert store.put_document(article2, doc2, "v1").status == "inserted"
        assert store.count_events(EventFilter()) == 0
    finally:
        store.close()


def _server_connections(monitor) -> int:
    """Client connections to the monitor's database other than the monitor itself (pg_stat_activity).

    One monitor connection is kept open: a fresh one per count would leave its own server process
    ending in the background and be counted by the next look."""
    return monitor.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND backend_type = 'client backend' AND pid <> pg_backend_pid()").fetchone()[0]


def test_short_lived_threads_share_a_bounded_pool(postgres_database):
    import threading

    import psycopg

    from rasd.store.postgres import PostgresStore

    store = PostgresStore(postgres_database, pool_size=3)
    with psycopg.connect(postgres_database, autocommit=True) as monitor:
        try:
            store.migrate()
            errors: list[BaseException] = []

            def call() -> None:
                try:
                    store.count_events(EventFilter(country="LY"))
                except BaseException as exc:  # noqa: BLE001 - reported below
                    errors.append(exc)

            for _ in range(6):  # waves of threads that each make one call and end
                wave = [threading.Thread(target=call) for _ in range(10)]
                for t in wave:
                    t.start()
                for t in wave:
                    t.join()
            assert errors == []
            assert 1 <= _server_connections(monitor) <= 3
        finally:
            store.close()
        for _ in range(100):  # a server process ends a moment after its client hung up
            if _server_connections(monitor) == 0:
                break
            time.sleep(0.05)
        assert _server_connections(monitor) == 0
