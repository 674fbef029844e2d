"""One merged event from a cluster of mentions: canonical fields, sources, disagreements, stable id.

- **fields**: type, actors and place by majority, with ties going to the most precise and earliest
  report; the date and place come from the most precise reports (lowest ``time_precision`` /
  ``geo_precision``);
- **fatalities**: the lowest figure any source gave (ACLED's conservative rule); a difference is
  listed in ``contested`` as ``("fatalities", "3 (Barqa Voice) vs 11 (Tripoli Gate)")``, as are
  differing ``actor1``/``actor2``, ``claimed_by`` and sub-event types;
- **corroboration**: distinct outlets, where outlets that carried copies of one syndicated story
  count once for this event;
- **event id**: ``ev-`` + sha1 of the earliest report's article id, evidence offsets, type and place
  (earliest = publication date, then article id, then position). It depends only on that report,
  so it survives re-runs and the arrival of unrelated articles; it changes only if an earlier
  report of the same event arrives or that article is re-extracted with different offsets.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence

from rasd.dedup.context import MergeContext
from rasd.dedup.mentions import Mention
from rasd.dedup.syndication import SyndicationGroups
from rasd.store.base import MergedEvent

BATTLES = "Battles"


def _majority(values: Sequence[object]) -> object | None:
    """The most frequent non-null value; ties go to the one seen first (``values`` is ranked)."""
    known = [v for v in values if v is not None]
    if not known:
        return None
    counts = Counter(known)
    top = max(counts.values())
    return next(v for v in known if counts[v] == top)


def _outlet(m: Mention) -> str:
    return m.outlet or m.doc_id


def _contest(field: str, members: Sequence[Mention], value: Callable[[Mention], object],
             show: Callable[[object], str] = str) -> tuple[str, str] | None:
    by_value: dict[object, list[str]] = {}
    for m in members:
        v = value(m)
        if v is None:
            continue
        outlets = by_value.setdefault(v, [])
        if _outlet(m) not in outlets:
            outlets.append(_outlet(m))
    if len(by_value) < 2:
        return None
    order = sorted(by_value, key=lambda v: (not isinstance(v, int), v if isinstance(v, int) else 0, str(v)))
    return field, " vs ".join(f"{show(v)} ({', '.join(by_value[v])})" for v in order)


def corroboration(members: Sequence[Mention], groups: SyndicationGroups) -> int:
    """Distinct outlets, outlets joined when they carried copies of one story (union-find)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_outlet_of_group: dict[str, str] = {}
    for m in members:
        source = find(m.source)
        group = groups.group(m.article_id)
        if group in first_outlet_of_group:
            other = find(first_outlet_of_group[group])
            if other != source:
                parent[max(other, source)] = min(other, source)
        else:
            first_outlet_of_group[group] = source
    return len({find(m.source) for m in members})


def _oriented(m: Mention, actor1: str | None) -> tuple[str | None, str | None, str | None, str | None]:
    """(actor1 id, label, actor2 id, label), swapped for a battle reported the other way round."""
    e = m.event
    if e.event_type == BATTLES and actor1 is not None and e.actor2_id == actor1 and e.actor1_id != actor1:
        return e.actor2_id, e.actor2, e.actor1_id, e.actor1
    return e.actor1_id, e.actor1, e.actor2_id, e.actor2


def event_id_for(anchor: Mention) -> str:
    e = anchor.event
    key = "|".join(str(x) for x in (anchor.article_id, e.evidence_start, e.evidence_end,
                                    e.event_type or e.plover_type, e.location_id or ""))
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def merged_event(cluster: Sequence[Mention], groups: SyndicationGroups, ctx: MergeContext) -> MergedEvent:
    """The merged record of one cluster (see the module docstring)."""
    members = sorted(cluster, key=lambda m: m.order)
    anchor = members[0]
    by_time = sorted(members, key=lambda m: (m.event.date is None, m.event.time_precision or 3, m.order))
    by_place = sorted(members, key=lambda m: (m.event.latitude is None, m.event.geo_precision or 3, m.order))

    event_type = _majority([m.event.event_type for m in by_time])
    sub_event_type = _majority([m.event.sub_event_type for m in by_time])
    plover_type = _majority([m.event.plover_type for m in by_time])

    best_tp = by_time[0].event.time_precision
    dated = [m for m in by_time if m.event.date is not None and m.event.time_precision == best_tp]
    date = _majority([m.event.date for m in dated]) if dated else None
    time_precision = best_tp if date is not None else (by_time[0].event.time_precision)

    best_gp = by_place[0].event.geo_precision
    located = [m for m in by_place if m.event.latitude is not None and m.event.geo_precision == best_gp]
    place_id = _majority([m.event.location_id for m in located]) if located else None
    place = next((m.event for m in located if m.event.location_id == place_id), None)

    actor1 = _majority([m.event.actor1_id for m in by_time])
    oriented = [_oriented(m, actor1) for m in by_time]
    actor2 = _majority([o[2] for o in oriented if o[2] != actor1])
    label1 = next((o[1] for o in oriented if o[0] == actor1), None)
    label2 = next((o[3] for o in oriented if o[2] == actor2), None)
    assoc = sorted({a for m in members for a in m.assoc_ids} - {actor1, actor2})

    fatalities = [m.event.fatalities for m in members if m.event.fatalities is not None]
    orient = {id(m): o for m, o in zip(by_time, oriented)}
    contested = [c for c in (
        _contest("fatalities", members, lambda m: m.event.fatalities),
        _contest("actor1", members, lambda m: orient[id(m)][0]),
        _contest("actor2", members, lambda m: orient[id(m)][2]),
        _contest("claimed_by", members, lambda m: m.event.claimed_by),
        _contest("sub_event_type", members, lambda m: m.event.sub_event_type),
    ) if c is not None]

    return MergedEvent(
        event_id=event_id_for(anchor),
        family=anchor.event.family,
        event_type=event_type,  # type: ignore[arg-type]
        sub_event_type=sub_event_type,  # type: ignore[arg-type]
        plover_type=plover_type,  # type: ignore[arg-type]
        date=date,  # type: ignore[arg-type]
        time_precision=time_precision,
        actor1_id=actor1,  # type: ignore[arg-type]
        actor1=label1,
        actor2_id=actor2,  # type: ignore[arg-type]
        actor2=label2,
        location=place.location if place else None,
        location_id=place.location_id if place else None,
        country=place.country if place else _majority([m.event.country for m in members]),  # type: ignore[arg-type]
        admin1=place.admin1 if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=place.geo_precision if place else None,
        fatalities=min(fatalities) if fatalities else None,
        corroboration=corroboration(members, groups),
        outlet_sides=tuple(sorted({m.outlet_side for m in members if m.outlet_side})),
        contested=tuple(contested),
        mentions=tuple(m.ref() for m in members),
        actor1_side=ctx.side(actor1),  # type: ignore[arg-type]
        actor2_side=ctx.side(actor2),  # type: ignore[arg-type]
        assoc_actor_ids=tuple(assoc),  # type: ignore[arg-type]
        country_code=ctx.country_code(place.location_id) if place else None,
    )
