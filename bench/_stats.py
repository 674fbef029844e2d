"""Percentiles shared by the latency benches (``api_latency.py``, ``concurrent_load.py``, ``store_query.py``).

Nearest-rank percentiles: the smallest measured value with at least ``q`` of the values at or
below it, so a p95 over 20 requests is the 19th fastest, an actual measurement, never interpolated.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def quantile(values: Sequence[float], q: float) -> float:
    """The nearest-rank ``q`` quantile (``0 < q <= 1``) of ``values``; NaN when there are none."""
    if not 0 < q <= 1:
        raise ValueError(f"quantile must be in (0, 1]: {q}")
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def percentiles_ms(seconds: Sequence[float], qs: Sequence[float] = (0.50, 0.95, 0.99)) -> tuple[float, ...]:
    """The ``qs`` quantiles of durations in seconds, in milliseconds."""
    return tuple(quantile(seconds, q) * 1000 for q in qs)
