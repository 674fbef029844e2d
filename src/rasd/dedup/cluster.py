"""Group compatible mentions into events: greedy, complete-linkage, most precise reports first.

Mentions are taken in a fixed order — exact dates and places first, then by date, publication
date and article id — and each joins the most similar existing cluster whose every member it is
compatible with (complete linkage: a vague report cannot chain two distinct events together), and
which has no mention from the same article yet (one article's two events stay two events). Else it
starts a cluster. Candidates come from an index by type and month, place, and actor, so the work
grows with the number of mentions, not its square.

The result does not depend on the order in which articles were stored, and an article whose
events are compatible with no existing cluster only adds clusters of its own.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence

from rasd.dedup.compat import compatible, similarity
from rasd.dedup.context import MergeContext
from rasd.dedup.mentions import Mention


def _sort_key(m: Mention) -> tuple:
    e = m.event
    return (
        e.date is None, e.time_precision or 3, e.latitude is None, e.geo_precision or 3,
        e.date or dt.date.max, m.published or dt.date.max, m.article_id, m.event_index,
    )


CELL_DEG = 2.0  # grid cell for blocking: wider than the largest merge distance (150 km)


def _month(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


def _cell(m: Mention) -> tuple[int, int] | None:
    e = m.event
    if e.latitude is None or e.longitude is None:
        return None
    return (math.floor(e.latitude / CELL_DEG), math.floor(e.longitude / CELL_DEG))


def _time(d: dt.date, precision: int | None) -> tuple:
    """Where a dated member is filed: its day, or its month when only the month is known."""
    return ("d", d.toordinal()) if (precision or 3) <= 2 else ("m", _month(d))


def _times(m: Mention, days: int) -> set[tuple]:
    """Time keys of members that may be compatible: days within ``days``, and their months (for
    members known only to the month); the whole month when ``m`` itself is known only to the month."""
    e = m.event
    assert e.date is not None
    if (e.time_precision or 3) >= 3:
        first = e.date.replace(day=1)
        ordinals = range(first.toordinal(), first.toordinal() + 31)
        out = {("d", o) for o in ordinals if dt.date.fromordinal(o).month == first.month}
        out.add(("m", _month(first)))
        return out
    o = e.date.toordinal()
    out = {("d", x) for x in range(o - days, o + days + 1)}
    out |= {("m", _month(dt.date.fromordinal(x))) for x in (o - days, o, o + days)}
    return out


def _keys(m: Mention) -> Iterable[tuple]:
    """Index keys a cluster is filed under for this member."""
    k, e = m.type_key, m.event
    if e.date is not None:
        t = _time(e.date, e.time_precision)
        yield (k, "any", t)
        yield (k, "cell", t, _cell(m))
    else:
        if e.location_id:
            yield (k, "undated-place", e.location_id)
        if e.actor1_id:
            yield (k, "undated-actor", e.actor1_id)
    if e.location_id:
        yield (k, "place", e.location_id)
    if e.actor1_id:
        yield (k, "actor", e.actor1_id)


def _probes(m: Mention) -> Iterable[tuple]:
    """Index keys under which a compatible cluster may be filed (see :mod:`rasd.dedup.compat`)."""
    k, e = m.type_key, m.event
    political = e.family == "political"
    if e.date is None:
        if e.location_id:
            yield (k, "place", e.location_id)
        if e.actor1_id:
            yield (k, "actor", e.actor1_id)
        return
    window = _times(m, 7)
    near = window if political else _times(m, 1)
    cell = _cell(m)
    if cell is None:
        for t in near:
            yield (k, "any", t)
    else:
        for t in window:
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    yield (k, "cell", t, (cell[0] + dy, cell[1] + dx))
        for t in near:
            yield (k, "cell", t, None)
    if e.location_id:
        yield (k, "undated-place", e.location_id)
    if e.actor1_id:
        yield (k, "undated-actor", e.actor1_id)


def cluster_mentions(mentions: Sequence[Mention], ctx: MergeContext) -> list[list[Mention]]:
    """Clusters of mentions (each cluster one real-world event), in creation order."""
    clusters: list[list[Mention]] = []
    articles: list[set[str]] = []
    index: dict[tuple, list[int]] = defaultdict(list)
    for m in sorted(mentions, key=_sort_key):
        seen: set[int] = set()
        best: tuple[float, int] | None = None
        for probe in _probes(m):
            for ci in index.get(probe, ()):
                if ci in seen:
                    continue
                seen.add(ci)
                if m.article_id in articles[ci]:
                    continue
                members = clusters[ci]
                if not all(compatible(m, other, ctx) for other in members):
                    continue
                score = sum(similarity(m, other) for other in members) / len(members)
                if best is None or score > best[0]:
                    best = (score, ci)
        if best is None:
            ci = len(clusters)
            clusters.append([m])
            articles.append({m.article_id})
        else:
            ci = best[1]
            clusters[ci].append(m)
            articles[ci].add(m.article_id)
        for key in _keys(m):
            if not index[key] or index[key][-1] != ci:
                index[key].append(ci)
    return clusters
