"""Merged events as ACLED-column CSV rows, GeoJSON features and JSON lines.

One row per real-world event (``rasd.store`` merged events), unlike :mod:`rasd.export.acled`, which
writes one row per article's event. ACLED's columns come first in ACLED's order (shared with that
module); ``source`` lists every outlet, ``notes`` the first source's evidence sentence, and
``fatalities`` is the lowest reported figure (0 when none), following ACLED's conservative rule.

Text cells that a spreadsheet would read as a formula (starting with ``= + - @`` or a tab) get a
leading apostrophe: article text is written by others.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from rasd.export.acled import ACLED_COLUMNS, safe_cell
from rasd.store.base import MergedEvent

MERGED_EXTRA_COLUMNS = (
    "plover_type", "family", "corroboration", "outlet_sides", "contested", "claimed_by",
    "doc_ids", "article_ids", "location_id", "actor1_id", "actor2_id", "country_code",
)
CSV_COLUMNS = ACLED_COLUMNS + MERGED_EXTRA_COLUMNS


def _outlets(e: MergedEvent) -> list[str]:
    return list(dict.fromkeys(m.outlet for m in e.mentions if m.outlet))


def acled_row(e: MergedEvent) -> dict[str, object]:
    """The CSV row of one merged event, keyed by :data:`CSV_COLUMNS`."""
    assoc = "; ".join(e.assoc_actor_ids)
    row: dict[str, object] = {
        "event_id_cnty": e.event_id,
        "event_date": e.date.isoformat() if e.date else "",
        "year": e.date.year if e.date else "",
        "time_precision": e.time_precision or "",
        "event_type": e.event_type or "",
        "sub_event_type": e.sub_event_type or "",
        "actor1": e.actor1 or "",
        "assoc_actor_1": assoc,
        "actor2": e.actor2 or "",
        "assoc_actor_2": "",
        "country": e.country or "",
        "admin1": e.admin1 or "",
        "location": e.location or "",
        "latitude": "" if e.latitude is None else e.latitude,
        "longitude": "" if e.longitude is None else e.longitude,
        "geo_precision": e.geo_precision or "",
        "source": "; ".join(_outlets(e)),
        "notes": e.mentions[0].evidence if e.mentions else "",
        "fatalities": e.fatalities or 0,
        "plover_type": e.plover_type or "",
        "family": e.family,
        "corroboration": e.corroboration,
        "outlet_sides": "; ".join(e.outlet_sides),
        "contested": "; ".join(f"{f}: {d}" for f, d in e.contested),
        "claimed_by": "; ".join(dict.fromkeys(m.claimed_by for m in e.mentions if m.claimed_by)),
        "doc_ids": "; ".join(m.doc_id for m in e.mentions),
        "article_ids": "; ".join(dict.fromkeys(m.article_id for m in e.mentions)),
        "location_id": e.location_id or "",
        "actor1_id": e.actor1_id or "",
        "actor2_id": e.actor2_id or "",
        "country_code": e.country_code or "",
    }
    return {k: safe_cell(v) for k, v in row.items()}


def csv_chunks(events: Iterable[MergedEvent]) -> Iterator[str]:
    """The CSV file as text chunks (header first), for streaming."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for i, e in enumerate(events, 1):
        writer.writerow(acled_row(e))
        if i % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def event_json(e: MergedEvent) -> dict[str, object]:
    """A merged event as a JSON object (mentions included, dates as ISO text)."""
    return {
        "event_id": e.event_id, "family": e.family, "event_type": e.event_type,
        "sub_event_type": e.sub_event_type, "plover_type": e.plover_type,
        "date": e.date.isoformat() if e.date else None, "time_precision": e.time_precision,
        "actor1_id": e.actor1_id, "actor1": e.actor1, "actor1_side": e.actor1_side,
        "actor2_id": e.actor2_id, "actor2": e.actor2, "actor2_side": e.actor2_side,
        "assoc_actor_ids": list(e.assoc_actor_ids), "location": e.location, "location_id": e.location_id,
        "country": e.country, "country_code": e.country_code, "admin1": e.admin1,
        "latitude": e.latitude, "longitude": e.longitude, "geo_precision": e.geo_precision,
        "fatalities": e.fatalities, "corroboration": e.corroboration, "outlet_sides": list(e.outlet_sides),
        "contested": [{"field": f, "detail": d} for f, d in e.contested],
        "mentions": [
            {"article_id": m.article_id, "doc_id": m.doc_id, "outlet": m.outlet, "outlet_side": m.outlet_side,
             "event_index": m.event_index, "evidence": m.evidence, "evidence_start": m.evidence_start,
             "evidence_end": m.evidence_end, "fatalities": m.fatalities, "claimed_by": m.claimed_by}
            for m in e.mentions
        ],
    }


def jsonl_chunks(events: Iterable[MergedEvent]) -> Iterator[str]:
    for e in events:
        yield json.dumps(event_json(e), ensure_ascii=False) + "\n"


def geojson_chunks(events: Iterable[MergedEvent]) -> Iterator[str]:
    """A GeoJSON FeatureCollection of the events that have coordinates (points, lon/lat)."""
    yield '{"type":"FeatureCollection","features":['
    first = True
    for e in events:
        if e.latitude is None or e.longitude is None:
            continue
        props = event_json(e)
        props.pop("mentions")
        props["outlets"] = _outlets(e)
        feature = {"type": "Feature", "id": e.event_id,
                   "geometry": {"type": "Point", "coordinates": [e.longitude, e.latitude]}, "properties": props}
        yield ("" if first else ",") + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "]}\n"
