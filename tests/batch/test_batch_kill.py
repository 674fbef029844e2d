"""kill -9 a running ``rasd batch`` (client, scheduler and workers), run it again: no duplicates, no gaps."""

import json
import os
import signal
import subprocess
import sys
import time

from corpus import unique_corpus
from rasd.batch.output import read_documents


def test_kill_9_midway_then_resume(reference, tmp_path):
    source = unique_corpus(tmp_path / "in.jsonl", 300)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "rasd.cli.app", "batch", str(source), "-o", str(out),
           "--workers", "1", "--partition-size", "10", "-q"]
    first = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and first.poll() is None:
            if len(list((out / "_done").glob("part-*.json"))) >= 3:
                break
            time.sleep(0.02)
        assert first.poll() is None, first.stderr.read().decode()
    finally:
        os.killpg(first.pid, signal.SIGKILL)   # the whole run: client, scheduler, nanny, worker
        first.wait()
    survived = {p.name: p.read_bytes() for p in (out / "_done").glob("part-*.json")}
    assert 3 <= len(survived) < 30

    second = subprocess.run(cmd[:-1], capture_output=True, timeout=120, text=True)
    assert second.returncode == 0, second.stderr
    assert f"({len(survived)} already done)" in second.stderr

    got = read_documents(str(out))
    ids = [r["doc_id"] for r in got]
    assert len(ids) == len(set(ids)) == 300                    # no duplicates, no gaps
    canon = lambda rs: sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rs)  # noqa: E731
    assert canon(got) == canon(reference([str(source)]))
    assert all((out / "_done" / name).read_bytes() == data for name, data in survived.items())  # not redone
    assert not list(out.rglob(".*.tmp-*"))
