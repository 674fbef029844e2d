"""EventFilter → a WHERE clause with bound parameters, for both SQL dialects.

User values only ever travel as parameters; the SQL text is assembled from fixed fragments chosen
by which filter fields are set. A value no stored row can hold (a NUL byte, a non-finite
coordinate) makes the clause match nothing rather than reach the database.

:func:`select` also chooses where the rows come from: an actor filter reads the actor table
``merged_actors`` (one row per event and actor, with the event's date) in its
``(actor_id, date, event_id)`` order and joins the events, so a page stops after ``limit`` rows and
a count never touches ``merged_events`` when nothing else is asked.
"""

from __future__ import annotations

import datetime as dt
import math
import re
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
        return self.order_by_of("m")

    def order_by_of(self, alias: str) -> str:
        """Newest first, then by id: the order of every ``(..., date DESC, event_id)`` index."""
        # SQLite already sorts NULL last in DESC order; the index has the same order
        nulls = " NULLS LAST" if self.name == "postgres" else ""
        return f"ORDER BY {alias}.date DESC{nulls}, {alias}.event_id"


def _as_date(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@dataclass(frozen=True)
class Selection:
    """``FROM ... WHERE ...`` for one filter, its parameters, and the page order its indexes serve."""

    sql: str
    params: tuple
    order_by: str
    count_sql: str = ""      # the same rows for ``count(*)``: without the join when no event column is used

    def __post_init__(self) -> None:
        if not self.count_sql:
            object.__setattr__(self, "count_sql", self.sql)


VIA_ACTOR = "merged_actors ma LEFT JOIN merged_events m ON m.event_id = ma.event_id"
_EVENT_COLUMN = re.compile(r"\bm\.")


def select(flt: EventFilter, d: Dialect, date_order: bool = False, also: tuple[str, ...] = ()) -> Selection:
    """Where the events matching ``flt`` come from (aliased ``m``), with bound parameters.

    With an actor, rows are read from ``merged_actors`` (``ma``): its ``(actor_id, date, event_id)``
    index gives the page in order and the count without reading events. The join is a LEFT JOIN
    only so that both databases may drop it from a count that needs no event column; every actor
    row has its event (a foreign key), so it selects the same rows as an inner join. ``also`` adds
    fixed conditions (e.g. ``m.date IS NOT NULL``).
    """
    via_actor = bool(flt.actor) and "\x00" not in flt.actor  # type: ignore[operator]
    where, params = where_clause(flt, d, date_order, via_actor)
    conditions = [c for c in (where.removeprefix("WHERE "), *also) if c]
    source = VIA_ACTOR if via_actor else "merged_events m"
    where_sql = (" WHERE " + " AND ".join(conditions)) if conditions else ""
    # SQLite keeps the LEFT JOIN in a count (16,000 needless look-ups for one actor): leave it out
    actor_only = via_actor and not any(_EVENT_COLUMN.search(c) for c in conditions)
    count_sql = f"FROM merged_actors ma{where_sql}" if actor_only else ""
    return Selection(f"FROM {source}{where_sql}", tuple(params), d.order_by_of("ma" if via_actor else "m"), count_sql)


def where_clause(flt: EventFilter, d: Dialect, date_order: bool = False,
                 via_actor: bool = False) -> tuple[str, list[object]]:
    """``("WHERE ...", params)`` for the merged-events table aliased ``m`` ("" when unfiltered).

    ``date_order`` writes the box condition so that it cannot use its own index (SQLite then
    reads the date index and stops after one page): the faster plan when the box holds many
    events, which SQLite's planner does not know (see :meth:`SqliteStore.query_events`).
    ``via_actor``: the rows come from ``merged_actors ma`` joined to ``m`` (see :func:`select`);
    the actor and the dates are then conditions on ``ma``.
    """
    parts: list[str] = []
    params: list[object] = []
    p = d.param
    date_col = "ma.date" if via_actor else "m.date"

    def add(sql: str, *values: object) -> None:
        if any(isinstance(v, str) and "\x00" in v for v in values):
            parts.append(NOTHING)  # no stored value contains NUL
            return
        parts.append(sql)
        params.extend(values)

    if flt.actor and via_actor:
        add(f"ma.actor_id = {p}", flt.actor)
    if flt.date_from is not None:
        add(f"{date_col} >= {p}", d.date(_as_date(flt.date_from)))
    if flt.date_to is not None:
        add(f"{date_col} <= {p}", d.date(_as_date(flt.date_to)))
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
    if flt.actor and not via_actor:
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
