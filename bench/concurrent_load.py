"""Two ingesters and API readers at once, on SQLite (WAL) and PostgreSQL: rates, latency, errors, counts.

For each backend: a store seeded with the demo corpus (merged, so the API has events from the
start); ``rasd serve`` on 127.0.0.1 (a free port; no other traffic leaves the machine); two
ingester processes that each extract and store their own recombined demo articles with the
library calls ``rasd ingest`` makes (skip what is stored, ``put_document``, and a re-merge every
``--merge-every`` seconds), a quarter of the articles given to both of them, interleaved, so both
write the same keys at about the same time; and ``--readers`` threads that ask for filtered
``/api/events`` pages. After ``--seconds`` the ingesters finish the article in hand and the run
is checked: every article an ingester committed is stored exactly once, whole (its events and
quotes all there), and nothing else is.

Reported: sustained ingest articles/s (articles committed by both ingesters ÷ the load window),
API p50/p95/p99 and requests/s, and errors (any exception in an ingester, any API answer that is
not 200, any lock error). A run with errors or wrong counts exits with status 1.

    .venv/bin/python bench/concurrent_load.py                       # both backends, 120 s each
    .venv/bin/python bench/concurrent_load.py --backend sqlite --seconds 20 --readers 8
    .venv/bin/python bench/concurrent_load.py --postgres-url postgresql://postgres@127.0.0.1:5432/bench

The PostgreSQL run starts a throw-away server in a temp folder (as the tests do) unless
``--postgres-url`` names an empty database to use.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import _targets  # bench/_targets.py: throw-away SQLite and PostgreSQL stores
from _stats import percentiles_ms   # bench/_stats.py: the percentiles of every latency bench

HERE = Path(__file__).resolve().parent

QUERIES = (  # filtered first pages of /api/events, as the analyst page asks for them
    "country=LY&limit=50",
    "country=Yemen&event_type=Explosions/Remote%20violence&limit=50",
    "date_from=2020-01-01&date_to=2021-12-31&limit=50",
    "side=HOUTHIS&limit=50",
    "actor=LNA&limit=50",
    "bbox=9,19,26,34&limit=50",
    "min_corroboration=2&limit=50",
    "event_type=Battles&country=SY&limit=50",
    "q=%D8%BA%D8%A7%D8%B1%D8%A9&limit=50",          # q=غارة (full text)
    "limit=50&offset=100",
)
LOCK_WORDS = ("locked", "deadlock", "could not obtain lock", "lock timeout")
_INHERITED = None   # the parent's extractor, for ingesters started by fork (run_load(fork=True))


@dataclass
class IngesterResult:
    """What one ingester process did (written as JSON for the parent)."""

    worker: int
    statuses: dict[str, int] = field(default_factory=dict)
    committed: list[str] = field(default_factory=list)   # article keys in the store after its call
    errors: list[str] = field(default_factory=list)
    merges: int = 0
    first_s: float = 0.0                                  # time.time() of its first article
    last_s: float = 0.0                                   # ... and of its last commit


@dataclass
class LoadReport:
    backend: str
    seconds: float
    ingesters: int
    readers: int
    articles_committed: int
    ingest_rate: float               # articles/s over the load window, both ingesters together
    per_ingester_rate: list[float]
    merges: int
    api_requests: int
    api_rate: float
    api_p50_ms: float
    api_p95_ms: float
    api_p99_ms: float
    api_errors: int
    ingest_errors: int
    lock_errors: int
    stored_articles: int
    expected_articles: int
    counts_exact: bool
    partial_articles: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return self.counts_exact and not (self.api_errors or self.ingest_errors or self.lock_errors
                                          or self.partial_articles or self.problems)


# -- inputs ---------------------------------------------------------------------------------------

def ingester_inputs(n_each: int, ingesters: int, seed: int, shared_every: int = 4) -> list[list]:
    """Per ingester, its articles: its own, with one article shared by all every ``shared_every``."""
    from rasd.ingest.demo import recombined_articles

    n_shared = n_each // shared_every
    n_own = n_each - n_shared
    pool = recombined_articles(n_own * ingesters + n_shared, seed, url_prefix=f"https://load.example/{seed}/")
    shared = pool[n_own * ingesters:]
    out = []
    for k in range(ingesters):
        own = pool[k * n_own:(k + 1) * n_own]
        mine = []
        for i, article in enumerate(own):
            mine.append(article)
            if i % (shared_every - 1) == shared_every - 2 and shared:
                mine.append(shared[min(i // (shared_every - 1), len(shared) - 1)])
        out.append(mine)
    return out


# -- one ingester process -----------------------------------------------------------------------

def ingester(worker: int, target: str, source: str, result_path: str, ready, go, stop_at,
             merge_every: float) -> None:
    """Extract and store ``source``'s articles until ``stop_at`` (time.time()) is passed."""
    from rasd.build import build_extractor
    from rasd.dedup import LexiconContext, merge_store
    from rasd.lexicon.version import lexicon_version
    from rasd.model.io import ArticleIn
    from rasd.store import open_store
    from rasd.store.keys import article_key

    result = IngesterResult(worker)
    statuses: Counter[str] = Counter()
    extractor = _INHERITED or build_extractor()
    version = lexicon_version(extractor.resources.lexicon)
    ctx = LexiconContext.from_resources(extractor.resources, extractor.gazetteer)
    articles = [ArticleIn.model_validate_json(line) for line in Path(source).read_text("utf-8").splitlines()]
    store = open_store(target)
    ready.set()
    go.wait()
    result.first_s = last_merge = time.time()
    try:
        for article in articles:
            if time.time() >= stop_at.value:
                break
            key = article_key(article)
            try:
                if store.stored_version(key.article_id) == (key.content_hash, version):
                    statuses["unchanged"] += 1
                else:
                    status = store.put_document(article, extractor.extract(article), version).status
                    statuses[status] += 1
                    if status == "error":
                        result.errors.append(f"{key.article_id}: put_document answered error")
                        continue
                result.committed.append(key.article_id)
                result.last_s = time.time()
                if merge_every and time.time() - last_merge >= merge_every:
                    merge_store(store, ctx)
                    result.merges += 1
                    last_merge = time.time()
            except Exception as exc:  # noqa: BLE001 - every failure is counted and reported, none hidden
                result.errors.append(f"{key.article_id}: {type(exc).__name__}: {exc}")
    finally:
        store.close()
        result.statuses = dict(statuses)
        Path(result_path).write_text(json.dumps(asdict(result)), encoding="utf-8")


# -- the API and its readers ----------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(target: str) -> Iterator[str]:
    """``rasd serve --db target`` on 127.0.0.1 and a free port; yields its base URL once it answers."""
    import httpx

    port = _free_port()
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([sys.executable, "-m", "rasd.cli.app", "serve", "--db", target, "--port", str(port),
                             "--log-level", "warning"], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"rasd serve ended: {log.read().decode(errors='replace')[-2000:]}")
            try:
                if httpx.get(base + "/api/config", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("rasd serve did not answer within 60 s")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def reader(base: str, seed: int, go: threading.Event, stop_at: list[float], latencies: list[float],
           errors: list[str]) -> None:
    import httpx

    rng = random.Random(seed)
    go.wait()
    with httpx.Client(base_url=base, timeout=30) as client:
        while time.time() < stop_at[0]:
            query = rng.choice(QUERIES)
            t0 = time.perf_counter()
            try:
                r = client.get("/api/events?" + query)
                latencies.append(time.perf_counter() - t0)
                if r.status_code != 200:
                    errors.append(f"{r.status_code} {query}: {r.text[:200]}")
            except httpx.HTTPError as exc:
                errors.append(f"{type(exc).__name__} {query}: {exc}")


# -- one backend ----------------------------------------------------------------------------------

def _seed(target: str, extractor) -> int:
    """The demo corpus, stored and merged; returns the number of articles."""
    from rasd.dedup import LexiconContext, merge_store
    from rasd.ingest.demo import demo_articles
    from rasd.lexicon.version import lexicon_version
    from rasd.store import open_store

    version = lexicon_version(extractor.resources.lexicon)
    store = open_store(target)
    try:
        arts = demo_articles()
        for a in arts:
            store.put_document(a, extractor.extract(a), version)
        merge_store(store, LexiconContext.from_resources(extractor.resources, extractor.gazetteer))
        return store.counts()["articles"]
    finally:
        store.close()


def _check_store(target: str, expected: set[str]) -> tuple[int, int, list[str]]:
    """(stored articles, partial articles, problems) of the final store."""
    from rasd.store import open_store

    store = open_store(target)
    problems = []
    try:
        from rasd.store.keys import article_key

        stored: Counter[str] = Counter(article_key(article).article_id for article, _doc in store.iter_documents())
        twice = [k for k, n in stored.items() if n > 1]
        if twice:
            problems.append(f"{len(twice)} articles stored twice")
        if set(stored) != expected:
            problems.append(f"missing {len(expected - set(stored))}, unexpected {len(set(stored) - expected)}")
        conn_rows = _rows(target, "SELECT a.n_events, a.n_quotes, (SELECT count(*) FROM events e WHERE "
                                  "e.article_id = a.article_id) AS ne, (SELECT count(*) FROM quotes q WHERE "
                                  "q.article_id = a.article_id) AS nq FROM articles a")
        partial = sum(1 for r in conn_rows if (r[0], r[1]) != (r[2], r[3]))
        return sum(stored.values()), partial, problems
    finally:
        store.close()


def _rows(target: str, sql: str) -> list[tuple]:
    """Rows of ``sql`` read with the driver itself (the check does not trust the store it checks)."""
    from rasd.store import is_postgres_url

    if is_postgres_url(target):
        import psycopg

        with psycopg.connect(target, autocommit=True) as conn:
            return conn.execute(sql).fetchall()
    import sqlite3

    with sqlite3.connect(f"file:{target}?mode=ro", uri=True, timeout=30) as conn:
        return conn.execute(sql).fetchall()


def run_load(backend: str, target: str, seconds: float = 120.0, readers: int = 4, ingesters: int = 2,
             merge_every: float = 20.0, articles_each: int | None = None, seed: int = 7,
             workdir: Path | None = None, extractor=None, fork: bool = False) -> LoadReport:
    """One backend under load: see the module docstring. ``target`` must be an empty store;
    ``extractor`` (else built here) seeds the store and makes the final merge. With ``fork`` the
    ingesters are forked and inherit it (a short test saves their start-up); else each is a fresh
    interpreter (spawn) that builds its own, as two ``rasd ingest`` commands would."""
    global _INHERITED
    from rasd.build import build_extractor

    extractor = extractor or build_extractor()
    workdir = Path(workdir or tempfile.mkdtemp(prefix="rasd-load-"))
    n_each = articles_each or max(40, int(seconds * 60))   # more than 2 cores can extract in the time
    _seed(target, extractor)
    inputs = ingester_inputs(n_each, ingesters, seed)
    spawn = mp.get_context("fork" if fork else "spawn")
    _INHERITED = extractor if fork else None
    ready = [spawn.Event() for _ in range(ingesters)]
    go = spawn.Event()
    stop_value = spawn.Value("d", float("inf"))
    procs = []
    for k, arts in enumerate(inputs):
        source = workdir / f"ingester-{k}.jsonl"
        source.write_text("".join(a.model_dump_json(exclude_none=True) + "\n" for a in arts), encoding="utf-8")
        p = spawn.Process(target=ingester, args=(k, target, str(source), str(workdir / f"result-{k}.json"),
                                                 ready[k], go, stop_value, merge_every))
        p.start()
        procs.append(p)
    latencies: list[float] = []
    api_errors: list[str] = []
    go_readers = threading.Event()
    stop_at = [float("inf")]
    with served(target) as base:
        threads = [threading.Thread(target=reader, args=(base, seed + i, go_readers, stop_at, latencies, api_errors))
                   for i in range(readers)]
        for t in threads:
            t.start()
        for e in ready:
            e.wait(timeout=120)
        start = time.time()
        stop_at[0] = stop_value.value = start + seconds
        go.set()
        go_readers.set()
        for t in threads:
            t.join()
        for p in procs:
            p.join(timeout=120)
        results = [IngesterResult(**json.loads((workdir / f"result-{k}.json").read_text("utf-8")))
                   for k in range(ingesters)]
        # after the last merge: the API's total matches the store's merged count
        from rasd.dedup import LexiconContext, merge_store
        from rasd.store import EventFilter, open_store

        store = open_store(target)
        try:
            merged = len(merge_store(store, LexiconContext.from_resources(extractor.resources, extractor.gazetteer)))
            events_total = store.count_events(EventFilter())
        finally:
            store.close()
        import httpx

        api_total = httpx.get(base + "/api/events?limit=1", timeout=30).json().get("total")
    committed = {k for r in results for k in r.committed}
    from rasd.ingest.demo import demo_articles
    from rasd.store.keys import article_key

    expected = committed | {article_key(a).article_id for a in demo_articles()}
    stored, partial, problems = _check_store(target, expected)
    if api_total != events_total or merged != events_total:
        problems.append(f"merged events: merge {merged}, store {events_total}, API total {api_total}")
    if any(p.exitcode != 0 for p in procs):
        problems.append(f"ingester exit codes {[p.exitcode for p in procs]}")
    ingest_errors = [e for r in results for e in r.errors]
    lock_errors = [e for e in ingest_errors + api_errors if any(w in e.lower() for w in LOCK_WORDS)]
    new_articles = len(committed)
    # the window ends at the last commit (the article in hand when the time was up), readers at stop_at
    window = max([r.last_s for r in results if r.committed] + [start + seconds]) - start
    rates = [len(r.committed) / max(r.last_s - r.first_s, 1e-9) if r.committed else 0.0 for r in results]
    p50, p95, p99 = percentiles_ms(latencies)
    return LoadReport(
        backend=backend, seconds=round(window, 1), ingesters=ingesters, readers=readers,
        articles_committed=new_articles, ingest_rate=new_articles / window,
        per_ingester_rate=[round(r, 2) for r in rates], merges=sum(r.merges for r in results),
        api_requests=len(latencies), api_rate=len(latencies) / seconds,
        api_p50_ms=p50, api_p95_ms=p95, api_p99_ms=p99, api_errors=len(api_errors),
        ingest_errors=len(ingest_errors), lock_errors=len(lock_errors), stored_articles=stored,
        expected_articles=len(expected), counts_exact=stored == len(expected) and not problems,
        partial_articles=partial,
        problems=problems + api_errors[:5] + ingest_errors[:5],
    )


# -- targets --------------------------------------------------------------------------------------

def sqlite_target():
    return _targets.sqlite_target(prefix="rasd-bench-load-", name="load.sqlite")


def _print(report: LoadReport) -> None:
    print(f"\n== {report.backend}: {report.ingesters} ingesters + {report.readers} API readers, "
          f"{report.seconds:.0f} s ==")
    print(f"ingest: {report.articles_committed} articles committed, {report.ingest_rate:.1f} articles/s "
          f"sustained (per ingester {report.per_ingester_rate}), {report.merges} re-merges under load")
    print(f"API /api/events (filtered pages): {report.api_requests} requests, {report.api_rate:.1f}/s, "
          f"p50 {report.api_p50_ms:.1f} ms, p95 {report.api_p95_ms:.1f} ms, p99 {report.api_p99_ms:.1f} ms")
    print(f"errors: API {report.api_errors}, ingest {report.ingest_errors}, lock {report.lock_errors}; "
          f"partial articles {report.partial_articles}")
    print(f"counts: {report.stored_articles} stored / {report.expected_articles} expected "
          f"→ {'exact' if report.counts_exact else 'WRONG'}")
    for p in report.problems:
        print(f"  problem: {p}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--seconds", type=float, default=120.0, help="load window per backend (default 120)")
    parser.add_argument("--readers", type=int, default=4, help="API reader threads (default 4)")
    parser.add_argument("--ingesters", type=int, default=2)
    parser.add_argument("--merge-every", type=float, default=20.0, help="seconds between re-merges per ingester")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--postgres-url", help="an empty database to use instead of a throw-away server")
    parser.add_argument("--json", type=Path, help="also write the reports here")
    args = parser.parse_args()
    print(f"cpu: {os.cpu_count()} cores visible; traffic to 127.0.0.1 only")
    reports = []
    for backend in (("sqlite", "postgres") if args.backend == "both" else (args.backend,)):
        target = sqlite_target() if backend == "sqlite" else _targets.postgres_target(args.postgres_url)
        with target as url:
            report = run_load(backend, url, args.seconds, args.readers, args.ingesters, args.merge_every,
                              seed=args.seed)
        _print(report)
        reports.append(report)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in reports], indent=2), encoding="utf-8")
    sys.exit(0 if all(r.ok for r in reports) else 1)


if __name__ == "__main__":
    main()
