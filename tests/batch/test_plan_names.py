"""File names whose bytes are not UTF-8: the planner reports each as a coded record (RASD-E103),
exactly as ``rasd extract`` does, instead of crashing on the name."""

import json
import os

from corpus import jsonl_line
from rasd.batch.dask_runner import ClusterOptions, run_batch
from rasd.batch.output import read_documents
from rasd.batch.partition import JobSettings
from rasd.batch.plan import build_partitions, expand_inputs, run_scan, scan_tasks
from rasd.errors import ErrorCode
from rasd.ingest.demo import demo_articles


def _folder(root) -> str:
    arts = demo_articles()
    base = os.fsencode(root / "in")
    os.makedirs(base + b"/sub\xff", exist_ok=True)                     # a folder with a bad name too
    files = {
        b"/ok.txt": arts[0].text,
        b"/bad\xff.txt": arts[1].text,
        b"/bad\xfe.jsonl": jsonl_line(arts[2]) + "\n",
        b"/bad\xc3\x28.html": f"<html><body><p>{arts[3].text}</p></body></html>",
        b"/sub\xff/inner.txt": arts[4].text,
        b"/z.jsonl": jsonl_line(arts[5]) + "\n",
    }
    for name, text in files.items():
        with open(base + name, "w", encoding="utf-8") as handle:
            handle.write(text)
    return str(root / "in")


def test_the_plan_skips_bad_names_with_a_reason(tmp_path):
    sources = expand_inputs([_folder(tmp_path)])
    bad = [s for s in sources if s.kind == "badname"]
    assert len(bad) == 4 and all("\ufffd" in s.path and s.path.encode("utf-8") for s in bad)
    tasks = scan_tasks(sources, partition_size=2)
    specs = build_partitions(tasks, [run_scan(t, 2, None) for t in tasks])
    assert sum(s.n_items for s in specs) == 6
    json.dumps([s.to_json() for s in specs], ensure_ascii=False).encode("utf-8")   # _plan.json is writable


def test_batch_records_for_bad_names_equal_rasd_extract(cluster, reference, tmp_path):
    inputs = [_folder(tmp_path)]
    out = tmp_path / "out"
    summary = run_batch(inputs, str(out), JobSettings(outdir=str(out)),
                        ClusterOptions(scheduler=cluster.scheduler_address), partition_size=2)
    got = read_documents(str(out))
    canon = lambda rs: [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rs]  # noqa: E731
    assert canon(got) == canon(reference(inputs))
    assert summary.documents == 6 and not summary.failed_partitions
    bad = [r for r in got if r["errors"] and r["errors"][0]["code"] == ErrorCode.NOT_UTF8.value]
    assert len(bad) == 4 and all(r["errors"][0]["message"] == "the file name is not valid UTF-8: rename the file" for r in bad)
