"""When two reports can be the same real-world event, and how alike they are.

Two mentions are compatible when all of these hold:

- **type**: same family and ACLED event type (political events: same PLOVER type);
- **date**: within the window of the vaguer of the two ``time_precision`` codes — 1: ±1 day (a night
  raid is «ليل الأحد» in one outlet and «فجر الاثنين» in another), 2: ±7 days, 3: same month;
- **place**: the same gazetteer id, or within a distance that grows with the vaguer ``geo_precision``
  (1: 30 km, 2: 60 km, 3: 150 km), and never in two different countries;
- **actors**: role by role (either order for battles), the same id, or one unknown, or two ids whose
  sides are not opponents (the air force and the army of one camp; not LNA against GNA).

An unknown date or place (on one side) is not evidence against a merge, but then the rest must be
strong: the same sub-event type, a shared named actor, and the known field matching closely. Two
violent reports that both lack a place never merge. Political interactions (speech acts rarely
have a place) need the same known ``actor1`` instead.
"""

from __future__ import annotations

import math

from rasd.dedup.context import MergeContext
from rasd.dedup.mentions import Mention

DATE_WINDOW_DAYS = {1: 1, 2: 7}
DISTANCE_KM = {1: 30.0, 2: 60.0, 3: 150.0}
BATTLES = "Battles"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (Watiya airbase → Zuwara ≈ 80 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def date_match(a: Mention, b: Mention) -> bool | None:
    """True/False when both dates are known, None when one is missing."""
    da, db = a.event.date, b.event.date
    if da is None or db is None:
        return None
    precision = max(a.event.time_precision or 3, b.event.time_precision or 3)
    if precision >= 3:
        return (da.year, da.month) == (db.year, db.month)
    return abs((da - db).days) <= DATE_WINDOW_DAYS[precision]


def distance_km(a: Mention, b: Mention) -> float | None:
    ea, eb = a.event, b.event
    if ea.location_id and ea.location_id == eb.location_id:
        return 0.0
    if None in (ea.latitude, ea.longitude, eb.latitude, eb.longitude):
        return None
    return haversine_km(ea.latitude, ea.longitude, eb.latitude, eb.longitude)  # type: ignore[arg-type]


def place_match(a: Mention, b: Mention) -> bool | None:
    """True/False when both places are known, None when one is missing."""
    ea, eb = a.event, b.event
    if ea.country and eb.country and ea.country != eb.country:
        return False
    d = distance_km(a, b)
    if d is None:
        return None
    precision = max(ea.geo_precision or 3, eb.geo_precision or 3)
    return d <= DISTANCE_KM.get(precision, DISTANCE_KM[3])


def _actor_ok(x: str | None, sx: str | None, y: str | None, sy: str | None, ctx: MergeContext) -> bool:
    if x is None or y is None or x == y:
        return True
    if sx is None or sy is None or sx == sy:
        return True
    return sy not in ctx.opponents(sx) and sx not in ctx.opponents(sy)


def actors_match(a: Mention, b: Mention, ctx: MergeContext) -> bool:
    ea, eb = a.event, b.event
    straight = (_actor_ok(ea.actor1_id, a.actor1_side, eb.actor1_id, b.actor1_side, ctx)
                and _actor_ok(ea.actor2_id, a.actor2_side, eb.actor2_id, b.actor2_side, ctx))
    if straight or ea.event_type != BATTLES:
        return straight
    return (_actor_ok(ea.actor1_id, a.actor1_side, eb.actor2_id, b.actor2_side, ctx)
            and _actor_ok(ea.actor2_id, a.actor2_side, eb.actor1_id, b.actor1_side, ctx))


def _ids(m: Mention) -> set[str]:
    return {x for x in (m.event.actor1_id, m.event.actor2_id) if x}


def shared_actor(a: Mention, b: Mention) -> bool:
    return bool(_ids(a) & _ids(b))


def same_sub_type(a: Mention, b: Mention) -> bool:
    ea, eb = a.event, b.event
    return (ea.sub_event_type or ea.plover_type) == (eb.sub_event_type or eb.plover_type)


def compatible(a: Mention, b: Mention, ctx: MergeContext) -> bool:
    """Whether ``a`` and ``b`` may report the same event (see the module docstring)."""
    if a.article_id == b.article_id or a.type_key != b.type_key:
        return False
    if not actors_match(a, b, ctx):
        return False
    political = a.event.family == "political"
    if political:
        ea, eb = a.event, b.event
        if not (ea.actor1_id and ea.actor1_id == eb.actor1_id):
            return False
    dates = date_match(a, b)
    places = place_match(a, b)
    if dates is False or places is False:
        return False
    if political and places is None:
        return dates is True or _published_near(a, b)
    if dates is True and places is True:
        return True
    if places is None and a.event.latitude is None and b.event.latitude is None:
        return False  # two unplaced reports: nothing ties them to one site
    strong = same_sub_type(a, b) and shared_actor(a, b)
    if dates is True and places is None:
        return strong and abs((a.event.date - b.event.date).days) <= 1  # type: ignore[operator]
    if dates is None and places is True:
        return strong and distance_km(a, b) == 0.0 and _published_near(a, b)
    return False


def _published_near(a: Mention, b: Mention) -> bool:
    if a.published is None or b.published is None:
        return False
    return abs((a.published - b.published).days) <= DATE_WINDOW_DAYS[2]


def similarity(a: Mention, b: Mention) -> float:
    """How alike two compatible mentions are; picks the best cluster when several would fit."""
    ea, eb = a.event, b.event
    score = 0.0
    if ea.location_id and ea.location_id == eb.location_id:
        score += 3.0
    else:
        d = distance_km(a, b)
        if d is not None:
            score += max(0.0, 2.0 - d / 30.0)
    if ea.date and ea.date == eb.date:
        score += 2.0
    if same_sub_type(a, b):
        score += 1.0
    score += 0.5 * len(_ids(a) & _ids(b))
    if ea.fatalities is not None and ea.fatalities == eb.fatalities:
        score += 0.25
    return score
