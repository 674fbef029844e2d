"""A full or read-only store raises a coded StoreError from its write paths and keeps nothing of
the failed article (SQLite: max_page_count / query_only; PostgreSQL: a read-only session)."""

import sqlite3

import pytest

from rasd.errors import ErrorCode
from rasd.store import open_store
from rasd.store.faults import StoreError, coded_store_error
from rasd.store.keys import article_key


def test_sqlite_full_raises_e506_and_keeps_nothing(tmp_path, demo_docs):
    store = open_store(str(tmp_path / "s.db"))
    try:
        conn = store._conn()
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        before = store.counts()
        with pytest.raises(StoreError) as caught:
            for article, doc in demo_docs:
                store.put_document(article, doc, "v1")
        assert caught.value.code is ErrorCode.STORE_FULL and "full" in caught.value.message
        stored = {a.id for a, _d in store.iter_documents()}
        assert len(stored) < len(demo_docs) and store.counts()["articles"] == before["articles"] + len(stored)
        for article, doc in demo_docs:
            if article.id in stored:
                assert store.get_document(article_key(article).article_id) == (article, doc)
    finally:
        store.close()


def test_sqlite_read_only_raises_e507(tmp_path, demo_docs):
    store = open_store(str(tmp_path / "s.db"))
    try:
        store._conn().execute("PRAGMA query_only = ON")
        with pytest.raises(StoreError) as caught:
            store.put_document(*demo_docs[0], "v1")
        assert caught.value.code is ErrorCode.STORE_READ_ONLY
        assert store.counts()["articles"] == 0
    finally:
        store.close()


def test_postgres_read_only_session_raises_e507(postgres_url, postgres_template, demo_docs):
    import psycopg

    name = "ro_" + postgres_template[:20]
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {postgres_template}")
        admin.execute(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
    url = postgres_url.rsplit("/", 1)[0] + "/" + name
    with pytest.raises(StoreError) as caught:
        open_store(url)                                    # the migration check is a write
    assert caught.value.code is ErrorCode.STORE_READ_ONLY
    store = open_store(url, migrate=False)
    try:
        with pytest.raises(StoreError) as caught:
            store.put_document(*demo_docs[0], "v1")
        assert caught.value.code is ErrorCode.STORE_READ_ONLY
        assert store.counts()["articles"] == 0
    finally:
        store.close()


def test_other_errors_are_not_coded():
    assert coded_store_error(sqlite3.IntegrityError("UNIQUE constraint failed")) is None
    assert coded_store_error(ValueError("x")) is None
    assert coded_store_error(OSError(28, "No space left on device")).code is ErrorCode.STORE_FULL
