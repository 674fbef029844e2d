"""Persistence of articles, extracted records and merged events (SQLite file or PostgreSQL).

``open_store("events.db")`` opens (and creates) an SQLite file; ``open_store("postgresql://...")``
connects to PostgreSQL. Both apply pending schema migrations on open and implement
:class:`rasd.store.base.Store`. Backends are imported lazily: psycopg is needed only for a URL.
"""

from __future__ import annotations

from pathlib import Path

from rasd.store.base import (
    ArticleKey,
    EventFilter,
    IngestResult,
    MentionRef,
    MergedEvent,
    Store,
)

__all__ = [
    "ArticleKey", "EventFilter", "IngestResult", "MentionRef", "MergedEvent", "Store",
    "is_postgres_url", "open_store",
]


def is_postgres_url(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def open_store(target: str | Path, migrate: bool = True) -> Store:
    """The store behind ``target``: a ``postgresql://`` URL, else an SQLite file path.

    Example: ``open_store("out/rasd.db")`` or ``open_store("postgresql://rasd@127.0.0.1:5432/rasd")``.
    With ``migrate`` (the default) pending schema migrations are applied first.
    """
    store: Store
    if is_postgres_url(target):
        from rasd.store.postgres import PostgresStore

        store = PostgresStore(str(target))
    else:
        from rasd.store.sqlite import SqliteStore

        store = SqliteStore(target)
    if migrate:
        try:
            store.migrate()
        except BaseException:
            store.close()
            raise
    return store
