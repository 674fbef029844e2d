"""kill -9 a running ``rasd watch``, restart it: every article stored once, none lost, none redone."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections import Counter

from fixture_site import REPORTS, Answer, page, rss
from rasd.store import open_store

N = 12


def done_count(state_path) -> int:
    if not state_path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{state_path}?mode=ro", uri=True) as db:
            return db.execute("SELECT COUNT(*) FROM seen WHERE status = 'done'").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_kill_9_and_restart_loses_nothing_and_redoes_nothing(site, tmp_path):
    reports = list(REPORTS.values())
    items = []
    for i in range(N):
        title, body = reports[i % len(reports)]
        site.route(f"/a/{i}", Answer(body=page(f"{title} ({i})", body).encode("utf-8"), delay_s=0.15))
        items.append({"title": f"{title} ({i})", "link": site.url(f"/a/{i}"), "description": "موجز"})
    site.route("/feed.xml", Answer(body=rss(items), content_type="application/rss+xml"))
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(textwrap.dedent(f"""
        fetch: {{host_interval: 0, timeout: 2, retries: 1, backoff: 0.01}}
        feeds:
          - url: {site.url('/feed.xml')}
            name: test
            content: page
    """), encoding="utf-8")
    db = tmp_path / "watch.db"
    state = tmp_path / "watch.db.watch.sqlite"
    cmd = [sys.executable, "-m", "rasd.cli.app", "watch", str(feeds), "--db", str(db), "-q"]

    first = subprocess.Popen([*cmd, "--interval", "0.2"], start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while done_count(state) < 3 and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.02)
        assert first.poll() is None, first.stderr.read().decode()
        killed_at = done_count(state)
        assert 3 <= killed_at < N
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()

    second = subprocess.run([*cmd, "--once"], capture_output=True, timeout=60)
    assert second.returncode == 0, second.stderr.decode()

    store = open_store(str(db))
    try:
        urls = Counter(article.url for article, _record in store.iter_documents())
    finally:
        store.close()
    assert urls == Counter({site.url(f"/a/{i}"): 1 for i in range(N)})   # no gaps, no duplicates
    fetched = [site.hits[f"/a/{i}"] for i in range(N)]
    assert min(fetched) == 1 and sum(fetched) - N <= 1   # at most the article in flight is fetched again
    assert done_count(state) == N


def test_sigterm_stops_a_running_watch_cleanly(site, tmp_path):
    title, body = REPORTS["aden"]
    site.route("/a/0", Answer(body=page(title, body).encode("utf-8")))
    site.route("/feed.xml", Answer(body=rss([{"title": title, "link": site.url("/a/0")}]), content_type="application/rss+xml"))
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"fetch: {{host_interval: 0}}\nfeeds:\n  - url: {site.url('/feed.xml')}\n", encoding="utf-8")
    state = tmp_path / "w.db.watch.sqlite"
    proc = subprocess.Popen([sys.executable, "-m", "rasd.cli.app", "watch", str(feeds), "--db", str(tmp_path / "w.db"),
                             "--interval", "0.2", "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while done_count(state) < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)                      # a few more polls: the feed answers, nothing new
        assert site.hits["/feed.xml"] >= 2 and site.hits["/a/0"] == 1
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0, proc.stderr.read().decode()
    finally:
        if proc.poll() is None:
            proc.kill()
