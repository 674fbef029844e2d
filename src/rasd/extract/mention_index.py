"""Per-document indexes of mentions, dates, numbers and quotes by position.

The event stage asks, for every trigger, which actors and places lie in its clause or sentence,
which date and number fall inside it, and which quote covers it. Scanning the whole document for
each question makes a long article quadratic (a 1 MB report has thousands of triggers and
thousands of mentions). :class:`SpanIndex` sorts a collection once by start offset and answers the
same questions with a binary search; every answer keeps the collection's own order, so callers see
exactly what their scan returned.

:func:`actor_index`, :func:`place_index`, ... keep each index in ``doc.indexes`` and rebuild it when
a stage has replaced the collection (``ActorResolutionStage`` assigns a new ``actor_mentions``).
Stages assign new lists; they do not edit a list in place once it is set. The cache lives on the
document, not in this module, so it goes when the document goes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from rasd.model.records import ActorMention, Doc, PlaceMention, Quote

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items with half-open spans ``[start, end)``, sorted once by start.

    Queries return new lists in the items' original order. ``overlapping`` walks back from the
    binary-search position while the running maximum of the ends can still reach the query, so it
    costs the number of spans that start before the query and end after its beginning.
    """

    __slots__ = ("_items", "_order", "_starts", "_ends", "_reach")

    def __init__(self, items: Sequence[T], start: Callable[[T], int], end: Callable[[T], int]) -> None:
        self._items = list(items)
        raw = [start(x) for x in self._items]
        if all(raw[k] <= raw[k + 1] for k in range(len(raw) - 1)):
            self._order: list[int] | None = None  # already sorted: position == original index
            self._starts = raw
        else:
            self._order = sorted(range(len(raw)), key=raw.__getitem__)
            self._starts = [raw[k] for k in self._order]
        ends = [end(x) for x in self._items]
        self._ends = ends if self._order is None else [ends[k] for k in self._order]
        reach: list[int] = []
        for e in self._ends:
            reach.append(e if not reach or e > reach[-1] else reach[-1])
        self._reach = reach

    def __len__(self) -> int:
        return len(self._items)

    def _pick(self, a: int, b: int) -> list[T]:
        """Items at sorted positions ``a..b-1``, in original order."""
        if self._order is None:
            return self._items[a:b]
        return [self._items[k] for k in sorted(self._order[a:b])]

    def starting(self, lo: int, hi: int) -> list[T]:
        """Items whose start lies in ``[lo, hi)``."""
        return self._pick(bisect_left(self._starts, lo), bisect_left(self._starts, hi))

    def within(self, lo: int, hi: int) -> list[T]:
        """Items lying inside ``[lo, hi]``: ``lo <= start`` and ``end <= hi``."""
        a, b = bisect_left(self._starts, lo), bisect_right(self._starts, hi)
        ends = self._ends
        keep = [p for p in range(a, b) if ends[p] <= hi]
        if self._order is None:
            return [self._items[p] for p in keep]
        return [self._items[k] for k in sorted(self._order[p] for p in keep)]

    def overlapping(self, lo: int, hi: int) -> list[T]:
        """Items whose span meets ``[lo, hi)``: ``start < hi`` and ``end > lo``."""
        ends, reach = self._ends, self._reach
        found: list[int] = []
        p = bisect_left(self._starts, hi) - 1
        while p >= 0 and reach[p] > lo:
            if ends[p] > lo:
                found.append(p if self._order is None else self._order[p])
            p -= 1
        found.sort()
        return [self._items[k] for k in found]

    def covering(self, pos: int) -> list[T]:
        """Items whose span holds ``pos``: ``start <= pos < end``."""
        return self.overlapping(pos, pos + 1)


def _tok_start(m: ActorMention | PlaceMention) -> int:
    return m.tok_start


def _tok_end(m: ActorMention | PlaceMention) -> int:
    return m.tok_end


def _start(x) -> int:
    return x.start


def _end(x) -> int:
    return x.end


def _quote_start(q: Quote) -> int:
    return min(q.start, q.verb_start, q.content_start)


def _quote_end(q: Quote) -> int:
    return max(q.end, q.content_end, q.verb_end)


def _part(doc: Doc, name: str, items: list, start: Callable, end: Callable) -> SpanIndex:
    """``doc.indexes[name]`` over ``items``, rebuilt when a stage has replaced or grown the list."""
    cached = doc.indexes.get(name)
    if cached is None or cached[0] is not items or cached[1] != len(items):
        cached = (items, len(items), SpanIndex(items, start, end))
        doc.indexes[name] = cached
    return cached[2]


def actor_index(doc: Doc) -> SpanIndex[ActorMention]:
    """``doc.actor_mentions`` by token span."""
    return _part(doc, "actors", doc.actor_mentions, _tok_start, _tok_end)


def place_index(doc: Doc) -> SpanIndex[PlaceMention]:
    """``doc.place_mentions`` by token span."""
    return _part(doc, "places", doc.place_mentions, _tok_start, _tok_end)


def date_index(doc: Doc) -> SpanIndex:
    """``doc.dates`` by original offsets."""
    return _part(doc, "dates", doc.dates, _start, _end)


def number_index(doc: Doc) -> SpanIndex:
    """``doc.numbers`` by original offsets."""
    return _part(doc, "numbers", doc.numbers, _start, _end)


def quote_index(doc: Doc) -> SpanIndex[Quote]:
    """``doc.quotes`` by the whole stretch each quote reaches (evidence, verb and content)."""
    return _part(doc, "quotes", doc.quotes, _quote_start, _quote_end)


def _token_bounds(doc: Doc) -> tuple[list[int], list[int]] | None:
    """Original start and end offsets of the tokens as two lists, or None when either is unsorted."""
    spans = doc.token_spans
    cached = doc.indexes.get("tokens")
    if cached is None or cached[0] is not spans or cached[1] != len(spans):
        starts = [a for a, _ in spans]
        ends = [b for _, b in spans]
        ok = all(starts[k] <= starts[k + 1] and ends[k] <= ends[k + 1] for k in range(len(spans) - 1))
        cached = (spans, len(spans), (starts, ends) if ok else None)
        doc.indexes["tokens"] = cached
    return cached[2]


def token_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Tokens ``[lo, hi)`` from the first starting at or after ``start`` to the last ending at or
    before ``end`` (original offsets): two binary searches instead of a walk over the document."""
    bounds = _token_bounds(doc)
    spans = doc.token_spans
    if bounds is None:  # never seen: token offsets rise with the text; kept exact all the same
        lo = next((i for i, (a, _) in enumerate(spans) if a >= start), len(spans))
        hi = next((i for i in range(lo, len(spans)) if spans[i][1] > end), len(spans))
        return lo, hi
    starts, ends = bounds
    lo = bisect_left(starts, start)
    return lo, bisect_right(ends, end, lo)
