"""A store that cannot be written (disk full, read-only file) fails ``rasd watch``'s poll with a
coded error and a non-zero exit under ``--once``, and marks nothing done: the next run stores it.

Disk full is SQLite's ``max_page_count`` (SQLITE_FULL) on the store's connections, in-process; a
read-only file is ``chattr +i`` when we are root (chmod does not stop root), else ``chmod 0444``.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from typer.testing import CliRunner

from fixture_site import REPORTS, Answer, page, rss
from rasd.cli.app import app
from rasd.store import open_store
from rasd.store.sqlite import SqliteStore


def _feeds(site, tmp_path, n: int = 3):
    reports = list(REPORTS.values())
    items = []
    for i in range(n):
        title, body = reports[i % len(reports)]
        site.route(f"/a/{i}", Answer(body=page(f"{title} ({i})", body).encode("utf-8")))
        items.append({"title": f"{title} ({i})", "link": site.url(f"/a/{i}"), "description": "موجز"})
    site.route("/feed.xml", Answer(body=rss(items), content_type="application/rss+xml"))
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(textwrap.dedent(f"""
        fetch: {{host_interval: 0, timeout: 2, retries: 0}}
        feeds:
          - url: {site.url('/feed.xml')}
            name: test
            content: page
    """), encoding="utf-8")
    return feeds


def _done(state) -> int:
    with sqlite3.connect(state) as db:
        return db.execute("SELECT COUNT(*) FROM seen WHERE status = 'done'").fetchone()[0]


def _articles(db) -> int:
    store = open_store(str(db))
    try:
        return store.counts()["articles"]
    finally:
        store.close()


def test_disk_full_fails_the_poll_and_marks_nothing(site, tmp_path, monkeypatch):
    feeds = _feeds(site, tmp_path)
    db, state = tmp_path / "w.db", tmp_path / "w.db.watch.sqlite"
    open_store(str(db)).close()
    with sqlite3.connect(db) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    opened = SqliteStore._conn

    def full(self):
        conn = opened(self)
        conn.execute(f"PRAGMA max_page_count = {pages}")   # not one page more than now
        return conn

    monkeypatch.setattr(SqliteStore, "_conn", full)
    result = CliRunner().invoke(app, ["watch", str(feeds), "--db", str(db), "--once"], env={"COLUMNS": "200"})
    assert result.exit_code == 1, result.output
    assert "RASD-E504" in result.output and "RASD-E506" in result.output and "Traceback" not in result.output
    monkeypatch.undo()
    stored = _articles(db)                    # an article may fit in the pages the file already has
    assert stored < 3 and _done(state) == stored   # done only what the store committed

    again = CliRunner().invoke(app, ["watch", str(feeds), "--db", str(db), "--once"])
    assert again.exit_code == 0, again.output
    assert _done(state) == 3 and _articles(db) == 3


def test_read_only_store_file_fails_the_poll_and_marks_nothing(site, tmp_path):
    feeds = _feeds(site, tmp_path)
    db, state = tmp_path / "w.db", tmp_path / "w.db.watch.sqlite"
    open_store(str(db)).close()
    if os.geteuid() != 0:
        os.chmod(db, 0o444)
        how = "chmod"
    elif shutil.which("chattr") and subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode == 0:
        how = "chattr"
    else:
        pytest.skip("cannot make a file read-only for root here (no chattr +i)")
    cmd = [sys.executable, "-m", "rasd.cli.app", "watch", str(feeds), "--db", str(db), "--once"]
    try:
        first = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env={**os.environ, "COLUMNS": "200"})
    finally:
        if how == "chattr":
            subprocess.run(["chattr", "-i", str(db)], check=True)
        else:
            os.chmod(db, 0o644)
    assert first.returncode == 1, first.stderr
    assert "RASD-E507" in first.stderr and "Traceback" not in first.stderr
    assert _done(state) == 0 and _articles(db) == 0
    second = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert second.returncode == 0, second.stderr
    assert _done(state) == 3 and _articles(db) == 3
