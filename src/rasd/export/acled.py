"""CSV with ACLED's column names, one row per event (violent and political).

ACLED's own columns come first in ACLED's order; rasd's extra columns (PLOVER type, claim, evidence
offsets, document id) follow. ``fatalities`` is 0 when no death is reported, as in ACLED exports.
"""

from __future__ import annotations

import csv
from typing import TextIO

from rasd.model.io import DocumentOut

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "location",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
)
EXTRA_COLUMNS = (
    "plover_type", "family", "claimed_by", "fatalities_text", "fatalities_estimated",
    "doc_id", "url", "evidence_start", "evidence_end", "location_ar", "stance",
)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula («=HYPERLINK(...)») gets a leading quote."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class AcledCsvWriter:
    def __init__(self, handle: TextIO) -> None:
        self._w = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS + EXTRA_COLUMNS)
        self._w.writeheader()

    def write(self, doc: DocumentOut) -> int:
        for e in doc.events:
            row = {
                    "event_id_cnty": e.id,
                    "event_date": e.date.isoformat() if e.date else "",
                    "year": e.date.year if e.date else "",
                    "time_precision": e.time_precision or "",
                    "event_type": e.event_type or "",
                    "sub_event_type": e.sub_event_type or "",
                    "actor1": e.actor1 or "",
                    "assoc_actor_1": "; ".join(e.assoc_actor1),
                    "actor2": e.actor2 or "",
                    "assoc_actor_2": "; ".join(e.assoc_actor2),
                    "country": e.country or "",
                    "admin1": e.admin1 or "",
                    "location": e.location or "",
                    "latitude": "" if e.latitude is None else e.latitude,
                    "longitude": "" if e.longitude is None else e.longitude,
                    "geo_precision": e.geo_precision or "",
                    "source": doc.outlet or "",
                    "notes": e.evidence,
                    "fatalities": e.fatalities or 0,
                    "plover_type": e.plover_type or "",
                    "family": e.family,
                    "claimed_by": e.claimed_by or "",
                    "fatalities_text": e.fatalities_text or "",
                    "fatalities_estimated": e.fatalities_estimated,
                    "doc_id": doc.doc_id,
                    "url": doc.url or "",
                    "evidence_start": e.evidence_start,
                    "evidence_end": e.evidence_end,
                    "location_ar": e.location_ar or "",
                    "stance": doc.stance.label if doc.stance else "",
                }
            self._w.writerow({k: safe_cell(v) for k, v in row.items()})
        return len(doc.events)
