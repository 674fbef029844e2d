"""A few seconds of ``bench/concurrent_load.py``: two ingester processes and API readers against
``rasd serve`` on SQLite (WAL) and PostgreSQL. No errors reach anyone and the counts are exact;
speed is the bench's business (no timing assertion here)."""

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def load():
    sys.path.insert(0, str(BENCH))   # importable by name: the spawned ingesters import it too
    try:
        import concurrent_load

        yield concurrent_load
    finally:
        sys.path.remove(str(BENCH))


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_two_ingesters_and_api_readers_lose_nothing(load, backend, tmp_path, request, rasd_extractor):
    target = str(tmp_path / "load.sqlite") if backend == "sqlite" else request.getfixturevalue("postgres_database")
    report = load.run_load(backend, target, seconds=3, readers=2, merge_every=1, articles_each=60,
                           workdir=tmp_path, extractor=rasd_extractor, fork=True)
    assert report.problems == []
    assert (report.api_errors, report.ingest_errors, report.lock_errors, report.partial_articles) == (0, 0, 0, 0)
    assert report.counts_exact and report.stored_articles == report.expected_articles
    assert report.articles_committed > 0 and report.api_requests > 0 and report.merges > 0
