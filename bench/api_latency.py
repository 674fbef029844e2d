"""End-to-end latency of ``GET /api/events`` (filtered, with its total) over N merged events.

Generates N synthetic merged events (the generator of ``bench/store_query.py``: five countries,
their places and sides, three years, 1-4 mentions each), loads them into an SQLite store and, when
the PostgreSQL 15 binaries are present, into a throw-away PostgreSQL server (127.0.0.1, temp data
folder, as in ``tests/conftest.py``), then requests a fixed mix of filtered event lists through
the FastAPI app in-process (``TestClient``: routing, validation, the store query, the count and
JSON encoding; no network) and prints p50/p95 in milliseconds per backend.

    .venv/bin/python bench/api_latency.py [--n 100000] [--repeat 20] [--limit 100] [--backend sqlite|postgres|all]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import time
from pathlib import Path

import _targets  # bench/_targets.py: throw-away SQLite and PostgreSQL stores
from _stats import quantile   # bench/_stats.py: the percentiles of every latency bench

HERE = Path(__file__).resolve().parent

QUERIES = {  # name -> query string of /api/events (limit added from --limit)
    "no filter": "",
    "country": "country=Yemen",
    "country code + type": "country=LY&event_type=Battles",
    "date range": "date_from=2021-03-01&date_to=2021-03-31",
    "type + date_from": "event_type=Explosions/Remote%20violence&date_from=2022-01-01",
    "actor": "actor=RSF",
    "side": "side=HOUTHIS",
    "bbox": "bbox=11,30,16,34",
    "corroboration >= 3": "min_corroboration=3",
    "admin1 + sub-type": "admin1=Marib&sub_event_type=Air/drone%20strike",
    "rare actor": "actor=UNKNOWN_GROUP",
    "deep page": "country=Syria&offset=2000",
}


def _load_generator():
    spec = importlib.util.spec_from_file_location("rasd_bench_store_query", HERE / "store_query.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.synthetic_events


def sqlite_target():
    return _targets.sqlite_target(prefix="rasd-bench-api-", name="bench.sqlite")


def run_backend(name: str, target: str, events, repeat: int, limit: int) -> dict[str, tuple[float, float, int]]:
    from fastapi.testclient import TestClient

    from rasd.api import ApiSettings, create_app
    from rasd.store import open_store

    store = open_store(target)
    try:
        t = time.perf_counter()
        store.replace_merged(events)
        print(f"[{name}] loaded {len(events):,} merged events in {time.perf_counter() - t:.1f} s", flush=True)
        results = {}
        # one portal (event loop + worker threads) for the run, as under uvicorn: the PostgreSQL
        # store keeps a connection per thread, and a TestClient outside ``with`` makes new threads
        with TestClient(create_app(store, ApiSettings())) as client:
            for label, query in QUERIES.items():
                url = f"/api/events?limit={limit}" + (f"&{query}" if query else "")
                times: list[float] = []
                total = -1
                for i in range(repeat + 1):
                    t = time.perf_counter()
                    response = client.get(url)
                    elapsed = (time.perf_counter() - t) * 1000
                    if response.status_code != 200:
                        raise SystemExit(f"{url}: HTTP {response.status_code} {response.text[:200]}")
                    if i:  # the first request warms caches and is not counted
                        times.append(elapsed)
                    total = response.json()["total"]
                results[label] = (statistics.median(times), quantile(times, 0.95), total)
        return results
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="merged events to generate")
    parser.add_argument("--repeat", type=int, default=20, help="timed requests per filter")
    parser.add_argument("--limit", type=int, default=100, help="page size of each request")
    parser.add_argument("--backend", choices=("sqlite", "postgres", "all"), default="all")
    args = parser.parse_args()

    events = _load_generator()(args.n)
    backends = []
    if args.backend in ("sqlite", "all"):
        backends.append(("sqlite", sqlite_target))
    if args.backend in ("postgres", "all"):
        if (Path("/usr/lib/postgresql/15/bin") / "initdb").exists() or args.backend == "postgres":
            backends.append(("postgres", _targets.postgres_target))
        else:
            print("[postgres] skipped: PostgreSQL 15 binaries not found")
    for name, target in backends:
        with target() as url:
            results = run_backend(name, url, events, args.repeat, args.limit)
        print(f"\nGET /api/events, {args.n:,} merged events, {name}, limit={args.limit}, "
              f"{args.repeat} requests per filter (ms)")
        print(f"{'filter':22} {'p50':>8} {'p95':>8} {'total':>8}")
        for label, (p50, p95, total) in results.items():
            print(f"{label:22} {p50:8.1f} {p95:8.1f} {total:8,}")
        allp = [v for v in results.values()]
        print(f"{'(median of filters)':22} {statistics.median(p[0] for p in allp):8.1f} "
              f"{statistics.median(p[1] for p in allp):8.1f}")


if __name__ == "__main__":
    main()
