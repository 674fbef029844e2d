"""Quoted regions of an article: what is said by someone rather than by the narrator."""

from __future__ import annotations

import re
from bisect import bisect_right

from rasd.model.records import Doc

_QUOTED = re.compile(r"«[^«»]{0,2000}»|\"[^\"\n]{0,2000}\"|“[^“”]{0,2000}”")


class Regions:
    """Sorted, merged half-open intervals with a fast containment test."""

    def __init__(self, intervals: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for a, b in sorted(intervals):
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        self.starts = [a for a, _ in merged]
        self.intervals = merged

    def contains(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.intervals[i][1]


def quoted_regions(doc: Doc) -> Regions:
    """Quote contents and text inside quotation marks."""
    spans = [(q.content_start, q.content_end) for q in doc.quotes if q.content_end > q.content_start]
    spans += [(m.start(), m.end()) for m in _QUOTED.finditer(doc.text)]
    return Regions(spans)
