"""Query parameters → :class:`rasd.store.base.EventFilter`, validated before any store call.

Types and ranges are checked by FastAPI (422 with the parameter named); the bounding box and the
date order are checked here. Text values are passed on as they are: the store binds them as
parameters and its full-text search keeps only words (:mod:`rasd.store.search`).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from typing import Annotated

from fastapi import Depends, Query

from rasd.api.problems import ApiError
from rasd.errors import ErrorCode
from rasd.store.base import EventFilter

LIMIT_MAX = 1000
OFFSET_MAX = 1_000_000
TEXT_MAX = 200

Text = Annotated[str | None, Query(max_length=TEXT_MAX)]


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """``"11.5,30,16,34"`` → (min_lon, min_lat, max_lon, max_lat); a 422 for anything else.

    A box with min_lon > max_lon crosses the antimeridian (allowed); min_lat must not exceed max_lat.
    """
    parts = value.split(",")
    try:
        if len(parts) != 4:
            raise ValueError
        box = tuple(float(p) for p in parts)
    except ValueError:
        raise _invalid("bbox", "expected four numbers: min_lon,min_lat,max_lon,max_lat") from None
    min_lon, min_lat, max_lon, max_lat = box
    if not all(math.isfinite(v) for v in box):
        raise _invalid("bbox", "coordinates must be finite numbers")
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise _invalid("bbox", "longitudes must lie in [-180, 180] and latitudes in [-90, 90]")
    if min_lat > max_lat:
        raise _invalid("bbox", "min_lat is greater than max_lat")
    return min_lon, min_lat, max_lon, max_lat


def _invalid(name: str, problem: str) -> ApiError:
    return ApiError(422, ErrorCode.API_INVALID, f"invalid request: {name}: {problem}")


async def event_filter(
    date_from: Annotated[dt.date | None, Query(description="first day (YYYY-MM-DD), inclusive")] = None,
    date_to: Annotated[dt.date | None, Query(description="last day (YYYY-MM-DD), inclusive")] = None,
    country: Annotated[str | None, Query(max_length=TEXT_MAX, description="ISO alpha-2 code (LY) or English name (Libya)")] = None,
    admin1: Text = None,
    event_type: Annotated[str | None, Query(max_length=TEXT_MAX, description="ACLED event type, e.g. Battles")] = None,
    sub_event_type: Text = None,
    actor: Annotated[str | None, Query(max_length=TEXT_MAX, description="canonical actor id (actor1, actor2 or associated), e.g. HOUTHIS")] = None,
    side: Annotated[str | None, Query(max_length=TEXT_MAX, description="side id of actor1 or actor2, e.g. LNA")] = None,
    bbox: Annotated[str | None, Query(max_length=TEXT_MAX, description="min_lon,min_lat,max_lon,max_lat")] = None,
    min_corroboration: Annotated[int | None, Query(ge=0, le=1_000_000, description="at least this many distinct outlets")] = None,
    q: Annotated[str | None, Query(max_length=TEXT_MAX, description="words that must all occur in a reporting article (Arabic-normalised)")] = None,
) -> EventFilter:
    """The event filter of a request (shared by the event list, stats and exports), without paging."""
    if date_from and date_to and date_from > date_to:
        raise _invalid("date_from", "is after date_to")
    return EventFilter(
        date_from=date_from, date_to=date_to, country=country or None, admin1=admin1 or None,
        event_type=event_type or None, sub_event_type=sub_event_type or None, actor=actor or None,
        side=side or None, bbox=parse_bbox(bbox) if bbox else None, min_corroboration=min_corroboration,
        text=q if q and q.strip() else None,
    )


async def event_page(
    flt: Annotated[EventFilter, Depends(event_filter)],
    limit: Annotated[int, Query(ge=1, le=LIMIT_MAX, description=f"events per page (at most {LIMIT_MAX})")] = 100,
    offset: Annotated[int, Query(ge=0, le=OFFSET_MAX)] = 0,
) -> EventFilter:
    """The event filter with its page."""
    return replace(flt, limit=limit, offset=offset)
