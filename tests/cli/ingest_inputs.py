"""Inputs and checks shared by the ``rasd ingest`` fault tests (real processes, both backends)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from rasd.ingest.demo import recombined_articles
from rasd.store import is_postgres_url
from rasd.store.keys import article_key


def write_inputs(path: Path, n: int, seed: int = 11) -> set[str]:
    """``n`` recombined demo articles with their own URLs, one JSONL file; returns their store keys."""
    articles = recombined_articles(n, seed, url_prefix=f"https://faults.example/{seed}/")
    with path.open("w", encoding="utf-8") as handle:
        for a in articles:
            handle.write(a.model_dump_json(exclude_none=True) + "\n")
    return {article_key(a).article_id for a in articles}


def ingest_cmd(source: Path, db: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "rasd.cli.app", "ingest", str(source), "--db", db, *extra]


def _query(db: str, sql: str) -> list[tuple]:
    if is_postgres_url(db):
        import psycopg

        with psycopg.connect(db, autocommit=True, connect_timeout=2) as conn:
            return conn.execute(sql).fetchall()
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
        return conn.execute(sql).fetchall()


def stored_articles(db: str) -> int:
    """Articles committed so far (0 while the store does not exist yet or is unreachable)."""
    try:
        return _query(db, "SELECT count(*) FROM articles")[0][0]
    except Exception:  # noqa: BLE001 - not created yet, or the server is restarting
        return 0


def wait_for_articles(proc: subprocess.Popen, db: str, at_least: int, timeout_s: float = 90) -> int:
    """Wait until ``at_least`` articles are stored while ``proc`` still runs; returns the count."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and proc.poll() is None:
        n = stored_articles(db)
        if n >= at_least:
            return n
        time.sleep(0.02)
    raise AssertionError(f"ingest ended or stalled: rc={proc.poll()} stored={stored_articles(db)} "
                         f"{proc.stderr.read().decode() if proc.poll() is not None and proc.stderr else ''}")


def check_store(db: str, expected_keys: set[str]) -> None:
    """Every expected article stored once, each whole (its events and quotes all there), nothing else,
    and every merged mention pointing at a stored article's event."""
    ids = [r[0] for r in _query(db, "SELECT article_id FROM articles")]
    assert len(ids) == len(set(ids)), "an article stored twice"
    assert set(ids) == expected_keys, (f"missing {len(expected_keys - set(ids))}, "
                                       f"unexpected {len(set(ids) - expected_keys)}")
    partial = _query(db, """
        SELECT a.article_id, a.n_events, a.n_quotes,
               (SELECT count(*) FROM events e WHERE e.article_id = a.article_id),
               (SELECT count(*) FROM quotes q WHERE q.article_id = a.article_id)
        FROM articles a""")
    assert [r for r in partial if (r[1], r[2]) != (r[3], r[4])] == []
    assert _query(db, "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT article_id FROM articles)") == [(0,)]
    assert _query(db, "SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT article_id FROM articles)") == [(0,)]
    dangling = _query(db, """
        SELECT count(*) FROM merged_mentions m WHERE NOT EXISTS (
            SELECT 1 FROM events e WHERE e.article_id = m.article_id AND e.event_index = m.event_index)""")
    assert dangling == [(0,)]
    assert sum(r[1] for r in partial) > 0   # the corpus does yield events: the checks above had work to do
