"""Filtered pages stay fast on a large store (bench/store_query.py measures 100,000 events)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "store_query.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("store_query_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_filtered_pages_under_100ms_p95(store, bench):
    store.replace_merged(bench.synthetic_events(20_000))
    slow = {name: times for name, times in bench.measure(store, repeat=5).items()
            if times[1] > 100 or times[3] > 100}
    assert not slow, slow
