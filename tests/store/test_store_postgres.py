"""PostgreSQL only: a restarted server does not break an open store."""

from __future__ import annotations

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
