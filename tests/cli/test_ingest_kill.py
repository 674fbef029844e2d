"""kill -9 a running ``rasd ingest``, or restart its PostgreSQL server, then check the store:
every article once, each whole, none lost (real processes, SQLite and PostgreSQL)."""

import os
import re
import signal
import subprocess

from ingest_inputs import check_store, ingest_cmd, stored_articles, wait_for_articles, write_inputs

N = 240
WIDE = {**os.environ, "COLUMNS": "200"}   # one summary line, not wrapped at 80 columns


def test_kill_9_midway_then_rerun_resumes(store_url, tmp_path):
    source = tmp_path / "in.jsonl"
    keys = write_inputs(source, N)
    first = subprocess.Popen(ingest_cmd(source, store_url, "-q"), start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_articles(first, store_url, 20)
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
    survived = stored_articles(store_url)
    assert 20 <= survived < N

    second = subprocess.run(ingest_cmd(source, store_url), capture_output=True, text=True, timeout=240, env=WIDE)
    assert second.returncode == 0, second.stderr
    assert (f"{N - survived} inserted, {survived} unchanged, 0 replaced, 0 error "
            f"({survived} already stored, not extracted again)") in second.stderr
    check_store(store_url, keys)


def test_postgres_restarted_mid_ingest_reconnects_and_finishes(postgres_server, postgres_database, tmp_path):
    source = tmp_path / "in.jsonl"
    keys = write_inputs(source, N, seed=12)
    proc = subprocess.Popen(ingest_cmd(source, postgres_database), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=WIDE)
    try:
        wait_for_articles(proc, postgres_database, 20)
        postgres_server.restart()                   # every open connection is dropped
        assert proc.poll() is None, "ingest ended before the server came back"
        _out, err = proc.communicate(timeout=240)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    # a commit whose answer the restart swallowed is retried and found `unchanged`: never stored twice
    inserted, unchanged = map(int, re.search(r"(\d+) inserted, (\d+) unchanged, 0 replaced, 0 error", err).groups())
    assert inserted + unchanged == N and unchanged <= 1, err
    check_store(postgres_database, keys)
