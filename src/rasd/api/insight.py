"""Aggregates: ``/api/stats`` (events per day and per type), ``/api/outlets`` (every outlet's framing
profile) and ``/api/outlets/{name}`` (one outlet's)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Annotated

from fastapi import APIRouter, Depends, Path

from rasd.api.access import State, require_read
from rasd.api.framing import outlet_name, outlet_profiles
from rasd.api.params import event_filter
from rasd.api.problems import ApiError, error_responses
from rasd.api.schemas import DayCount, OutletList, OutletProfile, Stats, TypeCount
from rasd.api.state import ApiState
from rasd.errors import ErrorCode
from rasd.store.base import EventFilter

router = APIRouter(prefix="/api", tags=["stats"], dependencies=[Depends(require_read)],
                   responses=error_responses(401, 403, 422))


@router.get("/stats", response_model=Stats)
async def stats(state: State, flt: Annotated[EventFilter, Depends(event_filter)]) -> Stats:
    """Matching events per day (dated events only) and per type (ACLED type, else PLOVER type)."""
    raw, total = await state.run(lambda: (state.store.stats(flt), state.store.count_events(flt)))
    return Stats(
        total=total,
        per_day=[DayCount(date=dt.date.fromisoformat(str(d)[:10]), count=n) for d, n in raw.get("per_day", [])],
        per_type=[TypeCount(type=str(t), count=n) for t, n in raw.get("per_type", [])],
    )


def _profiles(state: ApiState) -> list[OutletProfile]:
    """Every outlet's profile, computed from all stored documents and merged events, and cached
    until the stored data changes (one pass serves the list and every single outlet)."""

    def build() -> list[OutletProfile]:
        merged: Counter[str] = Counter()
        for outlet, n in state.store.merged_events_per_outlet().items():   # one COUNT query
            merged[outlet_name(outlet)] += n
        return outlet_profiles(state.store.iter_documents(), state.extractor.resources, merged)

    return state.cached("outlets", state.data_version(), build)


@router.get("/outlets", response_model=OutletList)
async def outlets(state: State) -> OutletList:
    """Each outlet's framing profile: stance labels of its articles, the terms it uses per side,
    its numbers of articles and events, and the sides of the actors it reports on."""
    return OutletList(items=await state.run(_profiles, state))


@router.get("/outlets/{name:path}", response_model=OutletProfile, responses=error_responses(404))
async def outlet(state: State, name: Annotated[str, Path(min_length=1, max_length=200,
                                                          description="the outlet's name, as listed by /api/outlets")]) -> OutletProfile:
    """One outlet's framing profile (the same record as its item in ``/api/outlets``)."""
    found = next((p for p in await state.run(_profiles, state) if p.outlet == name), None)
    if found is None:
        raise ApiError(404, ErrorCode.API_NOT_FOUND, "no outlet with this name")
    return found
