"""Schema migrations: numbered steps, a schema_version table, idempotent re-runs."""

from __future__ import annotations

from rasd.store import open_store
from rasd.store.migrations import latest_version, migrations


def test_steps_are_numbered_from_one_in_each_dialect():
    for dialect in ("sqlite", "postgres"):
        steps = migrations(dialect)
        assert [s.version for s in steps] == list(range(1, len(steps) + 1))
        assert steps[0].name == "initial"


def test_a_new_store_is_at_the_latest_version_and_migrate_is_idempotent(store):
    latest = latest_version(store.dialect)
    assert store.schema_version() == latest
    assert store.migrate() == latest
    assert store.migrate() == latest
    assert store.counts() == {"articles": 0, "events": 0, "quotes": 0, "merged": 0, "mentions": 0}


def test_reopening_keeps_data_and_version(store_url, demo_docs):
    first = open_store(store_url)
    article, doc = demo_docs[0]
    first.put_document(article, doc, "v1")
    first.close()
    again = open_store(store_url)
    try:
        assert again.schema_version() == latest_version(again.dialect)
        assert again.counts()["articles"] == 1
    finally:
        again.close()


def test_postgres_uses_postgis_when_the_server_has_it(postgres_url, postgres_database):
    import psycopg

    from rasd.store.postgres import PostgresStore

    with psycopg.connect(postgres_url) as conn:
        available = conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'").fetchone()
    s = open_store(postgres_database)
    try:
        assert isinstance(s, PostgresStore)
        assert s.postgis == bool(available)
    finally:
        s.close()


def test_sqlite_file_is_in_wal_mode_with_a_busy_timeout(tmp_path):
    s = open_store(tmp_path / "rasd.db")
    try:
        conn = s._conn()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    finally:
        s.close()
