"""The Dask runner on a real LocalCluster: same records as ``rasd extract``, resumable, atomic."""

import json
import os

import pyarrow.parquet as pq
import pytest

from corpus import mixed_corpus, unique_corpus
from rasd.batch.dask_runner import ClusterOptions, run_batch
from rasd.batch.output import read_documents
from rasd.batch.partition import JobSettings
from rasd.errors import ErrorCode, RasdError
from rasd.store import open_store


def canonical(records):
    return [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in records]


def batch(cluster, inputs, outdir, **kw):
    return run_batch(inputs, str(outdir), JobSettings(outdir=str(outdir)),
                     ClusterOptions(scheduler=cluster.scheduler_address), **kw)


def test_same_records_as_rasd_extract(cluster, reference, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # relative inputs: the workers' working folder is another one
    inputs = [os.path.relpath(p, tmp_path) for p in mixed_corpus(tmp_path / "in")]
    expected = reference(inputs)
    summary = batch(cluster, inputs, tmp_path / "out", partition_size=4, block_bytes=6000)
    got = read_documents(str(tmp_path / "out"))
    assert sorted(canonical(got)) == sorted(canonical(expected))
    assert canonical(got) == canonical(expected)          # and in the same order
    assert summary.partitions > 8 and not summary.failed_partitions
    assert summary.documents == len(expected)
    ids = [r["doc_id"] for r in got]
    assert "demo_a01#2" in ids and "demo_a02#2" in ids and "demo_a05#3" in ids   # repeats across partitions
    events = pq.read_table(tmp_path / "out" / "events").num_rows
    assert events == sum(len(r["events"]) for r in expected) > 0
    errors = [json.loads(x) for x in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    codes = {e["code"] for e in errors}
    assert {ErrorCode.MALFORMED_JSON.value, ErrorCode.NOT_ARABIC.value, ErrorCode.BAD_FIELD.value,
            ErrorCode.NOT_UTF8.value, ErrorCode.UNREADABLE_FILE.value} <= codes
    assert json.loads((tmp_path / "out" / "_SUCCESS.json").read_text())["documents"] == len(expected)


def test_resume_redoes_only_unmarked_partitions(cluster, reference, tmp_path):
    inputs = [str(unique_corpus(tmp_path / "in.jsonl", 40))]
    out = tmp_path / "out"
    first = batch(cluster, inputs, out, partition_size=5)
    assert first.ran == first.partitions == 8
    (out / "_done" / "part-000002.json").unlink()
    (out / "_done" / "part-000005.json").unlink()
    (out / "documents" / "part-000005.parquet").unlink()       # as if killed between writes
    (out / "documents" / ".part-000005.parquet.tmp-dead").write_bytes(b"half")
    second = batch(cluster, inputs, out, partition_size=5)
    assert (second.already_done, second.ran) == (6, 2)
    assert canonical(read_documents(str(out))) == canonical(reference(inputs))
    assert not list(out.rglob(".*.tmp-*"))
    with pytest.raises(RasdError) as caught:
        batch(cluster, inputs, out, partition_size=7)           # other settings, same folder
    assert caught.value.code is ErrorCode.OUTPUT_CONFLICT


def test_db_loads_each_partition_once(cluster, tmp_path):
    inputs = [str(unique_corpus(tmp_path / "in.jsonl", 12))]
    db = str(tmp_path / "events.db")
    first = batch(cluster, inputs, tmp_path / "out", partition_size=5, db=db)
    again = batch(cluster, inputs, tmp_path / "out", partition_size=5, db=db)
    assert (first.loaded, again.loaded) == (12, 0)
    store = open_store(db)
    try:
        assert store.counts()["articles"] == 12
        assert sorted(a.id for a, _d in store.iter_documents())[0] == "demo_a01-0000"
    finally:
        store.close()


def test_each_worker_builds_its_extractor_once_and_lazily(cluster, tmp_path):
    import subprocess
    import sys

    from distributed import Client

    batch(cluster, [str(unique_corpus(tmp_path / "in.jsonl", 6))], tmp_path / "out", partition_size=1)
    with Client(cluster) as client:
        built = client.run(lambda: len(__import__("rasd.batch.partition", fromlist=["_EXTRACTORS"])._EXTRACTORS))
    assert max(built.values()) == 1             # one extractor per worker process, however many partitions
    fresh = subprocess.run([sys.executable, "-c", "import rasd.batch.partition as p, rasd.batch.dask_runner; "
                            "print(len(p._EXTRACTORS))"], capture_output=True, text=True, check=True)
    assert fresh.stdout.strip() == "0"          # importing builds nothing
