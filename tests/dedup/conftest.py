"""Builders for hand-made extracted documents, so merge rules can be tested without the extractor."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.model.io import ArticleIn, DocumentOut, EventOut

PLACES = {  # id: (name, country, admin1, lat, lon)
    "ly_watiya": ("al-Watiya air base", "Libya", "Nuqat al Khams", 32.4734, 11.8925),
    "ly_zuwara": ("Zuwara", "Libya", "Nuqat al Khams", 32.9312, 12.082),
    "ly_jufra_airbase": ("al-Jufra air base", "Libya", "Jufra", 29.198, 16.0),
    "ly_tripoli": ("Tripoli", "Libya", "Tripoli", 32.8872, 13.1913),
    "sy_busayrah": ("al-Busayrah", "Syria", "Deir ez-Zor", 35.155, 40.43),
    "sy_hajin": ("Hajin", "Syria", "Deir ez-Zor", 34.695, 40.83),
}


def make_event(type_: str = "Explosions/Remote violence", sub: str = "Air/drone strike", *,
               date: str | None = "2020-07-04", tp: int = 1, place: str | None = "ly_watiya", gp: int = 1,
               actor1: str | None = None, actor2: str | None = None, fatalities: int | None = None,
               claimed_by: str | None = None, family: str = "violent", plover: str = "ASSAULT",
               assoc: tuple[str, ...] = (), start: int = 0) -> EventOut:
    name, country, admin1, lat, lon = PLACES[place] if place else (None, None, None, None, None)
    return EventOut(
        id="x", family=family, event_type=type_, sub_event_type=sub, plover_type=plover,
        actor1=actor1, actor1_id=actor1, actor2=actor2, actor2_id=actor2, assoc_actor1=list(assoc),
        date=dt.date.fromisoformat(date) if date else None, time_precision=tp,
        location=name, location_id=place, latitude=lat, longitude=lon, geo_precision=gp if place else None,
        country=country, admin1=admin1, fatalities=fatalities, claimed_by=claimed_by,
        evidence="…", evidence_start=start, evidence_end=start + 10,
    )


def make_doc(doc_id: str, *events: EventOut, outlet: str | None = None, side: str | None = None,
             published: str | None = "2020-07-05", text: str | None = None) -> tuple[ArticleIn, DocumentOut]:
    article = ArticleIn(id=doc_id, text=text or f"نص المقال {doc_id}", published=published, outlet=outlet,
                        outlet_side=side, url=f"https://example.org/{doc_id}")
    return article, DocumentOut(doc_id=doc_id, published=published, outlet=outlet, events=list(events))


@pytest.fixture
def ev():
    return make_event


@pytest.fixture
def doc():
    return make_doc
