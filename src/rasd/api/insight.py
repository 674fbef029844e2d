"""Aggregates: ``/api/stats`` (events per day and per type) and ``/api/outlets`` (framing profiles)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends

from rasd.api.access import State, require_read
from rasd.api.framing import outlet_profiles
from rasd.api.params import event_filter
from rasd.api.problems import error_responses
from rasd.api.schemas import DayCount, OutletList, Stats, TypeCount
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


@router.get("/outlets", response_model=OutletList)
async def outlets(state: State) -> OutletList:
    """Each outlet's framing profile: stance labels of its articles, and the terms it uses per side.

    Computed from every stored document, and cached until the stored data changes.
    """

    def work() -> OutletList:
        resources = state.extractor.resources
        items = state.cached("outlets", state.data_version(),
                             lambda: outlet_profiles(state.store.iter_documents(), resources))
        return OutletList(items=items)

    return await state.run(work)
