"""The benches share one percentile helper and one synthetic-corpus generator."""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import _stats  # noqa: E402


@pytest.mark.parametrize(
    "values, q, expected",
    [
        ([5.0], 0.95, 5.0),
        ([float(i) for i in range(1, 21)], 0.95, 19.0),  # 20 requests: the 19th fastest, not interpolated
        ([float(i) for i in range(1, 21)], 0.50, 10.0),
        ([3.0, 1.0, 2.0], 1.0, 3.0),
    ],
)
def test_nearest_rank_quantile(values, q, expected):
    assert _stats.quantile(values, q) == expected


def test_quantile_edges():
    assert math.isnan(_stats.quantile([], 0.5))
    with pytest.raises(ValueError):
        _stats.quantile([1.0], 0.0)
    assert _stats.percentiles_ms([0.001, 0.002, 0.003], (0.5, 1.0)) == (2.0, 3.0)


@pytest.mark.parametrize("name", ["extract_throughput.py", "extract_scaling.py", "dask_scaling.py"])
def test_extraction_benches_use_the_demo_recombiner(name):
    source = (BENCH / name).read_text(encoding="utf-8")
    assert "recombined_articles" in source
    assert not re.search(r"^def synthetic_corpus", source, re.M)


@pytest.mark.parametrize("name", ["api_latency.py", "concurrent_load.py", "store_query.py"])
def test_latency_benches_use_the_shared_percentiles(name):
    source = (BENCH / name).read_text(encoding="utf-8")
    assert "_stats" in source and "def quantile" not in source
