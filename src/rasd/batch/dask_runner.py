"""Distributed batch extraction on Dask: plan, run partitions, resume, load into a store.

    plan    inputs → scan tasks on the workers (JSONL blocks, Parquet files, runs of files) →
            partitions with line numbers and repeated-id counts → ``OUTDIR/_plan.json`` (once)
    run     one task per partition without a done marker: the worker builds its extractor once
            (:func:`rasd.batch.partition.worker_extractor`), runs the same pipeline as
            ``rasd extract`` and writes the partition's files, marker last
    load    with ``--db``, the client loads each finished partition into the store and marks it
            loaded (``_loaded/<db>/part-N``); loading is idempotent (articles are keyed)
    finish  when every partition is done: ``errors.jsonl`` (all partitions, in input order) and
            ``_SUCCESS.json`` with the totals

A run killed at any point is resumed by running the same command again: marked partitions are
kept, the others redone from scratch. A different input set or settings in the same OUTDIR is
refused (``RASD-E503``) rather than mixed in.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field

from rasd.batch.output import (
    DOCUMENTS,
    DONE,
    ERRORS,
    EVENTS,
    PartitionResult,
    join,
    read_bytes,
    read_marker,
    write_atomic,
)
from rasd.batch.partition import JobSettings, run_partition
from rasd.batch.plan import (
    DEFAULT_BLOCK_BYTES,
    DEFAULT_PARTITION_SIZE,
    PartitionSpec,
    build_partitions,
    expand_inputs,
    is_url,
    run_scan,
    scan_tasks,
)
from rasd.errors import ErrorCode, RasdError

PLAN = "_plan.json"
SUCCESS = "_SUCCESS.json"
LOADED = "_loaded"
PLAN_VERSION = 1
log = logging.getLogger("rasd.batch")


@dataclass(frozen=True)
class ClusterOptions:
    """Where the work runs: an existing scheduler, or a LocalCluster of ``workers`` processes."""

    scheduler: str | None = None
    workers: int | None = None
    retries: int = 2                 # a partition whose worker died is tried again this often


class BatchProgress:
    """Hooks for a progress display; the CLI draws a rich bar with rate and ETA."""

    def phase(self, name: str, total: int, done: int = 0) -> None: ...
    def advance(self, n: int) -> None: ...


@dataclass
class BatchSummary:
    """What a run did, with the counts of the partitions done earlier included."""

    partitions: int = 0
    already_done: int = 0
    ran: int = 0
    failed_partitions: list[tuple[str, str]] = field(default_factory=list)
    documents: int = 0
    failed: int = 0
    events: int = 0
    quotes: int = 0
    loaded: int = 0
    error_codes: Counter = field(default_factory=Counter)
    event_types: Counter = field(default_factory=Counter)
    stances: Counter = field(default_factory=Counter)
    elapsed_s: float = 0.0

    def add(self, r: PartitionResult) -> None:
        self.documents += r.documents
        self.failed += r.failed
        self.events += r.events
        self.quotes += r.quotes
        self.error_codes.update(r.error_codes)
        self.event_types.update(r.event_types)
        self.stances.update(r.stances)


@contextlib.contextmanager
def dask_client(options: ClusterOptions) -> Iterator:
    """A Dask client: connected to ``options.scheduler``, or to a LocalCluster on 127.0.0.1 with
    ``workers`` single-threaded worker processes (the pipeline is pure Python: threads would share
    one GIL) and the dashboard on a free port."""
    from distributed import Client

    if options.scheduler:
        client = Client(options.scheduler, timeout="30s")
        try:
            yield client
        finally:
            client.close()
        return
    cluster = local_cluster(options.workers or os.cpu_count() or 1)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def local_cluster(workers: int):
    """rasd's LocalCluster: ``workers`` processes of one thread each, on 127.0.0.1, dashboard on a
    free port, and without Dask's statistical profiler, which samples the extracting thread every
    10 ms and cost 8% of a worker's CPU here (``DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False``
    does the same on a cluster you start yourself)."""
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address=":0", silence_logs=logging.ERROR)


def run_batch(
    inputs: Sequence[str],
    outdir: str,
    settings: JobSettings,
    cluster: ClusterOptions = ClusterOptions(),
    partition_size: int = DEFAULT_PARTITION_SIZE,
    block_bytes: int = DEFAULT_BLOCK_BYTES,
    db: str | None = None,
    progress: BatchProgress | None = None,
    client=None,
) -> BatchSummary:
    """Run (or resume) a batch over ``inputs`` into ``outdir``; returns what was done.

    ``client``: an existing Dask client to use as is (tests, notebooks); otherwise one is made from
    ``cluster``.
    """
    progress = progress or BatchProgress()
    began = time.perf_counter()
    sources = expand_inputs(inputs)
    signature = _signature(sources, settings, partition_size, block_bytes)
    specs = _load_plan(outdir, signature)   # a conflicting folder is refused before a cluster starts
    with contextlib.ExitStack() as stack:
        if client is None:
            client = stack.enter_context(dask_client(cluster))
        if specs is None:
            specs = _plan(client, sources, settings, partition_size, block_bytes, progress)
            plan = {"version": PLAN_VERSION, "signature": signature, "partitions": [s.to_json() for s in specs]}
            data = json.dumps(plan, ensure_ascii=False).encode("utf-8")
            write_atomic(join(outdir, PLAN), lambda h: h.write(data))
        _remove_stale_temporaries(outdir)
        summary = _run(client, specs, outdir, settings, cluster.retries, db, progress)
    if not summary.failed_partitions:
        _finish(outdir, specs, summary)
    summary.elapsed_s = time.perf_counter() - began
    return summary


# -- plan -------------------------------------------------------------------------------------------------

def _signature(sources, settings: JobSettings, partition_size: int, block_bytes: int) -> dict:
    """What must be equal for a resumed run to continue an earlier one in the same folder."""
    job = {k: v for k, v in asdict(settings).items() if k != "outdir"}
    job["lexicon_dirs"] = list(job["lexicon_dirs"])
    return {
        "sources": [[s.path, s.location, s.fmt, s.size, s.kind] for s in sources],
        "settings": job,
        "partition_size": partition_size,
        "block_bytes": block_bytes,
    }


def _load_plan(outdir: str, signature: dict) -> list[PartitionSpec] | None:
    raw = read_bytes(join(outdir, PLAN))
    if raw is None:
        return None
    plan = json.loads(raw)
    if plan.get("version") != PLAN_VERSION or plan.get("signature") != signature:
        raise RasdError(
            ErrorCode.OUTPUT_CONFLICT,
            f"{outdir} holds a batch over other inputs or settings (see {PLAN}); "
            "use another output folder, or remove it to start again",
        )
    return [PartitionSpec.from_json(p) for p in plan["partitions"]]


def _plan(client, sources, settings: JobSettings, partition_size: int, block_bytes: int,
          progress: BatchProgress) -> list[PartitionSpec]:
    from distributed import as_completed

    tasks = scan_tasks(sources, partition_size, block_bytes)
    progress.phase("planning", len(tasks))
    futures = client.map(run_scan, tasks, partition_size=partition_size, published_iso=settings.published,
                         max_chars=settings.max_chars, pure=False, key=[f"rasd-scan-{_token()}-{i}" for i in range(len(tasks))])
    for _future in as_completed(futures):
        progress.advance(1)
    scans = client.gather(futures)
    return build_partitions(tasks, scans)


# -- run --------------------------------------------------------------------------------------------------

def _run(client, specs: Sequence[PartitionSpec], outdir: str, settings: JobSettings, retries: int,
         db: str | None, progress: BatchProgress) -> BatchSummary:
    from distributed import as_completed

    summary = BatchSummary(partitions=len(specs))
    pending: list[PartitionSpec] = []
    finished: list[PartitionResult] = []
    for spec in specs:
        marker = read_marker(outdir, spec.name)
        if marker is None:
            pending.append(spec)
        else:
            summary.already_done += 1
            finished.append(marker)
    for marker in finished:
        summary.add(marker)
    loader = _Loader(outdir, db, settings.lexicon_dirs) if db else None
    by_key = {}
    token = _token()
    futures = []
    for spec in pending:
        future = client.submit(run_partition, spec, settings, key=f"rasd-{spec.name}-{token}", retries=retries, pure=False)
        by_key[future.key] = spec
        futures.append(future)
    total = sum(s.n_items for s in specs)
    progress.phase("extracting", total, total - sum(s.n_items for s in pending))
    try:
        if loader:  # partitions finished by an earlier run but not loaded into this store yet
            waiting = {s.name for s in pending}
            for spec in specs:
                if spec.name not in waiting:
                    summary.loaded += loader.load(spec)
        for future in as_completed(futures):
            spec = by_key[future.key]
            if future.status != "finished":
                message = f"{type(future.exception()).__name__}: {future.exception()}"
                summary.failed_partitions.append((spec.name, message))
                log.error("%s %s failed: %s", ErrorCode.PARTITION_FAILED.value, spec.name, message)
            else:
                result = future.result()
                summary.ran += 1
                summary.add(result)
                if loader:
                    summary.loaded += loader.load(spec)
            future.release()
            progress.advance(spec.n_items)
    finally:
        if loader:
            loader.close()
    return summary


class _Loader:
    """Loads finished partitions into a store from the client, each partition once per database."""

    def __init__(self, outdir: str, db: str, lexicon_dirs: Sequence[str]) -> None:
        from pathlib import Path

        from rasd.lexicon.loader import load_lexicon
        from rasd.lexicon.version import lexicon_version
        from rasd.store import open_store

        self.outdir = outdir
        self.version = lexicon_version(load_lexicon([Path(d) for d in lexicon_dirs]))
        self.store = open_store(db)
        self.tag = hashlib.sha1(db.encode("utf-8")).hexdigest()[:12]

    def load(self, spec: PartitionSpec) -> int:
        """Put a finished partition's articles into the store; returns how many (0 if loaded before)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        from rasd.model.io import ArticleIn, DocumentOut

        marker = join(self.outdir, LOADED, self.tag, f"{spec.name}.json")
        if read_bytes(marker) is not None:
            return 0
        raw = read_bytes(join(self.outdir, DOCUMENTS, f"{spec.name}.parquet"))
        table = pq.read_table(pa.BufferReader(raw), columns=["article", "document"])
        n = 0
        for article, document in zip(table.column("article").to_pylist(), table.column("document").to_pylist()):
            if article is None:  # an input problem: in errors.jsonl, not an article
                continue
            self.store.put_document(ArticleIn.model_validate_json(article), DocumentOut.model_validate_json(document), self.version)
            n += 1
        write_atomic(marker, lambda h: h.write(json.dumps({"articles": n}).encode()))
        return n

    def close(self) -> None:
        self.store.close()




# -- finish -----------------------------------------------------------------------------------------------

def _finish(outdir: str, specs: Sequence[PartitionSpec], summary: BatchSummary) -> None:
    def concat(handle) -> None:
        for spec in specs:
            handle.write(read_bytes(join(outdir, ERRORS, f"{spec.name}.jsonl")) or b"")

    write_atomic(join(outdir, "errors.jsonl"), concat)
    totals = {
        "partitions": summary.partitions, "documents": summary.documents, "failed": summary.failed,
        "events": summary.events, "quotes": summary.quotes, "error_codes": dict(summary.error_codes),
        "finished_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    data = json.dumps(totals, ensure_ascii=False, indent=1).encode("utf-8")
    write_atomic(join(outdir, SUCCESS), lambda h: h.write(data))


def _remove_stale_temporaries(outdir: str) -> None:
    """Temporary files left by a killed run (never renamed into place, so never read)."""
    if is_url(outdir):
        return
    from pathlib import Path

    for folder in (DOCUMENTS, EVENTS, ERRORS, DONE, LOADED):
        for tmp in Path(outdir, folder).rglob(".*.tmp-*"):
            tmp.unlink(missing_ok=True)


def _token() -> str:
    return os.urandom(4).hex()

