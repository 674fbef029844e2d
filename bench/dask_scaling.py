"""Scaling of ``rasd batch`` on a Dask LocalCluster against single-process ``rasd extract``.

Generates N articles (default 10,000) with ``rasd.ingest.demo.recombined_articles`` (recombined
demo sentences, seeded: the generator of ``bench/extract_throughput.py``), writes them as JSONL shards, then runs

    1. ``rasd extract`` in a subprocess (single process, the reference output);
    2. the Dask runner on a LocalCluster of 1 worker, then of 2 workers (threads_per_worker=1,
       127.0.0.1), each into a fresh output folder;

and prints, per run: wall time end to end (process or cluster start included), the extraction
phase alone, articles/s, peak RSS (per worker for Dask), the 2-vs-1-worker scaling ratio, and
whether the records equal the single-process output (sorted JSON).

    .venv/bin/python bench/dask_scaling.py [--n 10000] [--workers 1 2] [--partition-size 250]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rasd.batch.dask_runner import BatchProgress, local_cluster, run_batch
from rasd.batch.output import iter_documents
from rasd.batch.partition import JobSettings
from rasd.ingest.demo import recombined_articles


class Timing(BatchProgress):
    """Times the extraction phase: from its start to the last finished partition."""

    def __init__(self) -> None:
        self.started: float | None = None
        self.last: float | None = None

    def phase(self, name: str, total: int, done: int = 0) -> None:
        if name == "extracting":
            self.started = self.last = time.perf_counter()

    def advance(self, n: int) -> None:
        self.last = time.perf_counter()


def write_shards(folder: Path, n: int, shards: int, seed: int) -> list[Path]:
    corpus = recombined_articles(n, seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"shard-{k:02d}.jsonl" for k in range(shards)]
    handles = [p.open("w", encoding="utf-8") for p in paths]
    for i, article in enumerate(corpus):
        handles[i * shards // n].write(article.model_dump_json(exclude_none=True) + "\n")
    for h in handles:
        h.close()
    return paths


def canonical(records) -> list[str]:
    """Sorted digests of the records as sorted-key JSON (digests keep 10k records out of memory)."""
    return sorted(hashlib.sha1(json.dumps(r, sort_keys=True, ensure_ascii=False).encode()).hexdigest() for r in records)


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM). Not ru_maxrss: on Linux that survives exec, so a
    worker started from a large parent would report the parent's peak."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


_CHILD = (
    "import atexit, sys; sys.path.insert(0, sys.argv.pop(1)); from dask_scaling import peak_rss_mb; "
    "atexit.register(lambda: print(f'peak_rss_mb={peak_rss_mb():.1f}', file=sys.stderr)); "
    "from rasd.cli.app import main; sys.argv[0] = 'rasd'; main()"
)


def run_single(paths: list[Path], out: Path) -> dict:
    """``rasd extract`` in a subprocess; its start-up (interpreter, imports, lexicons) is measured on a
    one-article input and subtracted to give the extraction time."""
    def timed(inputs: list[Path], target: Path) -> tuple[float, float]:
        began = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _CHILD, str(Path(__file__).resolve().parent), "extract",
                               *map(str, inputs), "-o", str(target), "-q"], check=True, capture_output=True, text=True)
        peak = float(done.stderr.rsplit("peak_rss_mb=", 1)[1].split()[0])
        return time.perf_counter() - began, peak

    one = out.with_name("one.jsonl")
    with paths[0].open(encoding="utf-8") as handle:
        one.write_text(handle.readline(), encoding="utf-8")
    cpu0 = children_cpu()
    startup, _ = timed([one], out.with_name("one.out.jsonl"))
    cpu1 = children_cpu()
    wall, peak = timed(paths, out)
    cpu2 = children_cpu()
    return {"wall": wall, "extract": wall - startup, "peak_mb": peak, "cpu": (cpu2 - cpu1) - (cpu1 - cpu0), "cpu_other": 0.0}


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def process_cpu() -> float:
    times = os.times()
    return times.user + times.system


def run_dask(paths: list[Path], out: Path, workers: int, partition_size: int) -> dict:
    from distributed import Client

    began = time.perf_counter()
    with local_cluster(workers) as cluster, Client(cluster) as client:
        idle = client.run(process_cpu)
        client_cpu = own_cpu()
        timing = Timing()
        summary = run_batch([str(p) for p in paths], str(out), JobSettings(outdir=str(out)),
                            partition_size=partition_size, progress=timing, client=client)
        wall = time.perf_counter() - began
        client_cpu = own_cpu() - client_cpu
        busy = client.run(process_cpu)
        peaks = client.run(peak_rss_mb)
    assert not summary.failed_partitions, summary.failed_partitions
    return {"wall": wall, "extract": timing.last - timing.started, "peak_mb": max(peaks.values()),
            "partitions": summary.partitions, "cpu": sum(busy[w] - idle[w] for w in busy), "cpu_other": client_cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--partition-size", type=int, default=250)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path, help="keep the corpus and outputs in this folder")
    args = parser.parse_args()

    root = args.keep or Path(tempfile.mkdtemp(prefix="rasd-bench-"))
    paths = write_shards(root / "corpus", args.n, args.shards, args.seed)
    print(f"cpu: {os.cpu_count()} cores; corpus: {args.n} articles in {args.shards} shards; "
          f"partition size {args.partition_size}")

    single = run_single(paths, root / "single.jsonl")
    with (root / "single.jsonl").open(encoding="utf-8") as handle:
        reference = canonical(json.loads(line) for line in handle)
    rows = [("rasd extract (1 process)", single, True)]
    for w in args.workers:
        out = root / f"dask-{w}"
        result = run_dask(paths, out, w, args.partition_size)
        same = canonical(iter_documents(str(out))) == reference
        rows.append((f"dask LocalCluster, {w} worker{'s' if w > 1 else ''}", result, same))

    print(f"{'run':32} {'wall s':>8} {'extract s':>10} {'art/s (wall)':>13} {'art/s (extract)':>16} "
          f"{'CPU ms/art':>11} {'+client':>8} {'peak RSS MB':>12}  identical")
    for name, r, same in rows:
        print(f"{name:32} {r['wall']:8.1f} {r['extract']:10.1f} {args.n / r['wall']:13.1f} "
              f"{args.n / r['extract']:16.1f} {1000 * r['cpu'] / args.n:11.2f} {1000 * r['cpu_other'] / args.n:8.2f} "
              f"{r['peak_mb']:12.0f}  {'yes' if same else 'NO'}")
    print("CPU ms/art: CPU time of the extracting processes (Dask: all workers, planning included) per article;"
          " +client: the bench process (client and scheduler); Dask peak RSS: the largest worker."
          " CPU time does not depend on other load on the machine; wall time does.")
    by_workers = {w: r for w, (_n, r, _s) in zip(args.workers, rows[1:])}
    if 1 in by_workers and 2 in by_workers:
        one, two = by_workers[1], by_workers[2]
        print(f"scaling 2 vs 1 worker: {one['extract'] / two['extract']:.2f}x (extraction phase), "
              f"{one['wall'] / two['wall']:.2f}x (end to end); target >= 1.8x on 2 cores")
    if 2 in by_workers:
        print(f"2 workers vs single process: {single['extract'] / by_workers[2]['extract']:.2f}x (extraction phase), "
              f"{single['wall'] / by_workers[2]['wall']:.2f}x (end to end)")
    print(f"outputs identical to rasd extract: {'yes' if all(s for _n, _r, s in rows) else 'NO'}")
    if not args.keep:
        import shutil

        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
