"""One event per real-world event inside one article.

Articles name an event several times: the headline, the lead, then «الغارة» or «القصف» again when
a source comments on it. ACLED codes one event per type, place and day, so mentions that agree on
the type, do not disagree on the place (same place, or within 25 km when one of them is vague), the
day and the actors are folded into the most specific one. Fields the kept mention lacks (place,
actors, fatalities, claim) are taken from the folded one; the evidence stays the kept mention's
own span, so it still points at characters in the text.
"""

from __future__ import annotations

import math
from dataclasses import replace

from rasd.geo.gazetteer import Gazetteer
from rasd.model.records import Event

NEAR_KM = 25.0


def _km(a, b) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _same_kind(a: Event, b: Event) -> bool:
    if a.family != b.family:
        return False
    if a.family == "violent":
        return a.sub_event_type == b.sub_event_type
    return a.plover_type == b.plover_type


def _places_agree(gaz: Gazetteer, a: Event, b: Event) -> bool:
    if a.place_id is None or b.place_id is None or a.place_id == b.place_id:
        return True
    pa, pb = gaz.get(a.place_id), gaz.get(b.place_id)
    if pa is None or pb is None:
        return False
    vague = max(a.geo_precision or 1, b.geo_precision or 1) >= 2
    if vague and _km(pa, pb) <= NEAR_KM:
        return True
    # «غارة غرب ليبيا أسفرت عن مقتل 5 جنود» then «غارة على قاعدة الوطية ... مقتل 5 جنود»: a region
    # or country and a town inside it, with the same toll, are one event told twice.
    regional = max(a.geo_precision or 1, b.geo_precision or 1) == 3
    if regional and a.family == "political" and pa.country == pb.country:
        return True  # «بحث المبعوث مع القائد» (country) and «التقى المبعوث القائد في بنغازي»: one meeting
    same_toll = a.fatalities is not None and a.fatalities == b.fatalities and a.fatalities > 0
    return regional and same_toll and pa.country == pb.country


def _dates_agree(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    window = {1: 1, 2: 7, 3: 31}[max(a.time_precision, b.time_precision)]
    return abs((a.date - b.date).days) <= window


def _actors_agree(a: Event, b: Event) -> bool:
    def ok(x: str | None, y: str | None) -> bool:
        return x is None or y is None or x == y

    if a.family == "political" and (a.actor1 is None or b.actor1 is None):
        return False  # statements by unknown speakers are not folded together
    return ok(a.actor1, b.actor1) and ok(a.actor2, b.actor2)


def _richness(e: Event) -> tuple:
    return (e.place_id is not None, e.actor1 is not None, e.actor2 is not None,
            e.fatalities is not None, e.time_precision == 1, -e.start)


def _fold(keep: Event, other: Event) -> Event:
    return replace(
        keep,
        actor1=keep.actor1 or other.actor1,
        actor2=keep.actor2 or other.actor2,
        place_id=keep.place_id or other.place_id,
        location_text=keep.location_text or other.location_text,
        geo_precision=keep.geo_precision if keep.place_id else other.geo_precision,
        fatalities=keep.fatalities if keep.fatalities is not None else other.fatalities,
        fatalities_text=keep.fatalities_text if keep.fatalities is not None else other.fatalities_text,
        fatalities_estimated=keep.fatalities_estimated if keep.fatalities is not None else other.fatalities_estimated,
        claimed_by=keep.claimed_by or other.claimed_by,
    )


HEADLINE_MAX_WORDS = 25


def headline_end(text: str) -> int:
    """End of a headline line («... تسقط مسيرة تركية فوق معيتيقة» above the body), or 0 when none."""
    cut = text.find("\n")
    if cut <= 0 or not text[cut:].strip() or len(text[:cut].split()) > HEADLINE_MAX_WORDS:
        return 0
    return cut


def coalesce(gaz: Gazetteer, events: list[Event], headline: int = 0) -> list[Event]:
    """Fold repeated mentions of one event; order of first mention is kept.

    A headline compresses its event («الدفاعات الجوية تسقط مسيرة تركية»: the adjective reads like the
    attacker), so an event told in the headline folds into a body event of the same kind, place and
    day whatever actors each names; the body's actors win."""
    out: list[Event] = []
    for ev in events:
        for i, kept in enumerate(out):
            if (kept.start == ev.start and kept.trigger == ev.trigger and kept.place_id != ev.place_id
                    and (kept.geo_precision or 1) == 3 and (ev.geo_precision or 1) == 3):
                continue  # «استهدفت محافظات صنعاء والحديدة وتعز»: provinces of one clause, split on purpose
            in_headline = (kept.start < headline) != (ev.start < headline)
            if (_same_kind(kept, ev) and _places_agree(gaz, kept, ev) and _dates_agree(kept, ev)
                    and (in_headline or _actors_agree(kept, ev))):
                if in_headline:
                    body, head = (ev, kept) if kept.start < headline else (kept, ev)
                    out[i] = _fold(body, head)
                    break
                best, rest = (ev, kept) if _richness(ev) > _richness(kept) else (kept, ev)
                out[i] = _fold(best, rest)
                break
        else:
            out.append(ev)
    return out


def drop_country_summaries(gaz: Gazetteer, events: list[Event]) -> list[Event]:
    """«شنت طائرات تركية غارات على مواقع في شمال شرق سوريا» above the strikes town by town: a
    violent event placed only at a whole country, when the article places violent events inside
    that country, is the lead's summary of them, not one more event."""
    def country_of(e: Event) -> str | None:
        p = gaz.get(e.place_id)
        return p.country if p is not None else None

    def whole_country(e: Event) -> bool:
        p = gaz.get(e.place_id)
        return p is not None and p.type == "country"

    precise = {country_of(e) for e in events if e.family == "violent" and e.place_id and not whole_country(e)}
    return [e for e in events if not (e.family == "violent" and whole_country(e) and country_of(e) in precise)]

