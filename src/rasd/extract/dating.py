"""Which date an event gets: a date phrase in its clause, else in its sentence, else the
publication date at week precision (the annotation convention for current events with no clue)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rasd.extract.mention_index import date_index
from rasd.model.records import Doc

BACKGROUND_DAYS = 400


@dataclass(frozen=True, slots=True)
class EventDate:
    date: dt.date | None
    precision: int
    text: str | None
    background: bool = False


def event_date(doc: Doc, clause: tuple[int, int], sentence: tuple[int, int], anchor: int) -> EventDate:
    """Date for an event whose trigger starts at original offset ``anchor``."""
    for lo, hi in (clause, sentence):
        inside = date_index(doc).within(lo, hi)
        if not inside:
            continue
        inside.sort(key=lambda d: abs(d.start - anchor))
        for d in inside:
            if d.date is None:
                if d.kind == "vague" and doc.published is None:
                    continue
                if d.kind == "vague":  # a year alone («عام 2011»): background when long before
                    year = _year(d.text)
                    if year and doc.published and doc.published.year - year >= 2:
                        return EventDate(None, 3, d.text, background=True)
                    continue
                continue
            old = doc.published and (doc.published - d.date).days > BACKGROUND_DAYS
            return EventDate(d.date, int(d.precision), d.text, background=bool(old))
    if doc.published:
        return EventDate(doc.published, 2, None)
    return EventDate(None, 3, None)


def _year(text: str) -> int | None:
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) >= 4:
        try:
            return int(digits[-4:])
        except ValueError:
            return None
    return None
