"""EventFilter → a WHERE clause with bound parameters, for both SQL dialects.

User values only ever travel as parameters; the SQL text is assembled from fixed fragments chosen
by which filter fields are set. A value no stored row can hold (a NUL byte, a non-finite
coordinate) makes the clause match nothing rather than reach the database.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from rasd.store.base import EventFilter
from rasd.store.search import fts5_query, search_terms

MAX_LIMIT = 10_000
NOTHING = "1 = 0"


@dataclass(frozen=True)
class Dialect:
    """What differs between SQLite and PostgreSQL in a filtered query."""

    name: str            # "sqlite" | "postgres"
    param: str           # "?" | "%s"
    postgis: bool = False

    def date(self, value: dt.date) -> object:
        return value.isoformat() if self.name == "sqlite" else value

    def text_match(self) -> str:
        """Events with a mention in an article matching the full-text parameter."""
        if self.name == "sqlite":
            return (
                "m.event_id IN (SELECT mm.event_id FROM merged_mentions mm "
                "JOIN articles a ON a.article_id = mm.article_id "
                "JOIN article_fts ON article_fts.rowid = a.id WHERE article_fts MATCH ?)"
            )
        return (
            "m.event_id IN (SELECT mm.event_id FROM merged_mentions mm "
            "JOIN articles a ON a.article_id = mm.article_id "
            "WHERE a.search_tsv @@ plainto_tsquery('simple', %s))"
        )

    @property
    def order_by(self) -> str:
        # SQLite already sorts NULL last in DESC order; the index has the same order
        nulls = " NULLS LAST" if self.name == "postgres" else ""
        return f"ORDER BY m.date DESC{nulls}, m.event_id"


def _as_date(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def where_clause(flt: EventFilter, d: Dialect, date_order: bool = False) -> tuple[str, list[object]]:
    """``("WHERE ...", params)`` for the merged-events table aliased ``m`` ("" when unfiltered).

    ``date_order`` writes the actor and box conditions so that they cannot use their own index
    (SQLite then reads the date index and stops after one page): the faster plan when they match
    many events, which SQLite's planner does not know (see :meth:`SqliteStore.query_events`).
    """
    parts: list[str] = []
    params: list[object] = []
    p = d.param

    def add(sql: str, *values: object) -> None:
        if any(isinstance(v, str) and "\x00" in v for v in values):
            parts.append(NOTHING)  # no stored value contains NUL
            return
        parts.append(sql)
        params.extend(values)

    if flt.date_from is not None:
        add(f"m.date >= {p}", d.date(_as_date(flt.date_from)))
    if flt.date_to is not None:
        add(f"m.date <= {p}", d.date(_as_date(flt.date_to)))
    if flt.country:
        value = flt.country.strip()
        if len(value) == 2 and value.isascii() and value.isalpha():
            add(f"m.country_code = {p}", value.upper())
        else:
            add(f"m.country = {p}", value)
    if flt.admin1:
        add(f"m.admin1 = {p}", flt.admin1)
    if flt.event_type:
        add(f"m.event_type = {p}", flt.event_type)
    if flt.sub_event_type:
        add(f"m.sub_event_type = {p}", flt.sub_event_type)
    if flt.actor:
        if date_order:
            add(f"EXISTS (SELECT 1 FROM merged_actors ma WHERE ma.event_id = m.event_id AND ma.actor_id = {p})",
                flt.actor)
        else:
            add(f"m.event_id IN (SELECT ma.event_id FROM merged_actors ma WHERE ma.actor_id = {p})", flt.actor)
    if flt.side:
        add(f"(m.actor1_side = {p} OR m.actor2_side = {p})", flt.side, flt.side)
    if flt.bbox is not None:
        _bbox(flt.bbox, d, add, date_order)
    if flt.min_corroboration is not None:
        add(f"m.corroboration >= {p}", int(flt.min_corroboration))
    if flt.text is not None:
        terms = search_terms(flt.text)
        if not terms:
            parts.append(NOTHING)  # nothing searchable: a text filter that matches no article
        elif d.name == "sqlite":
            add(d.text_match(), fts5_query(terms))
        else:
            add(d.text_match(), " ".join(terms))
    return ("WHERE " + " AND ".join(parts)) if parts else "", params


def _bbox(bbox: tuple[float, float, float, float], d: Dialect, add, date_order: bool = False) -> None:
    try:
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in bbox)
    except (TypeError, ValueError):
        add(NOTHING)
        return
    if not all(math.isfinite(v) for v in (min_lon, min_lat, max_lon, max_lat)) or min_lat > max_lat:
        add(NOTHING)
        return
    p = d.param
    if min_lon <= max_lon:
        if d.postgis:
            add(f"m.geom && ST_MakeEnvelope({p}, {p}, {p}, {p}, 4326)", min_lon, min_lat, max_lon, max_lat)
        else:
            plus = "+" if date_order else ""  # unary + hides the column from the lon/lat index
            add(f"{plus}m.longitude BETWEEN {p} AND {p} AND m.latitude BETWEEN {p} AND {p}",
                min_lon, max_lon, min_lat, max_lat)
    else:  # the box crosses the antimeridian
        add(f"(m.longitude >= {p} OR m.longitude <= {p}) AND m.latitude BETWEEN {p} AND {p}",
            min_lon, max_lon, min_lat, max_lat)


def page(flt: EventFilter) -> tuple[int, int]:
    """(limit, offset) clamped to ``0..MAX_LIMIT`` and ``>= 0``."""
    limit = max(0, min(int(flt.limit), MAX_LIMIT))
    return limit, max(0, int(flt.offset))
