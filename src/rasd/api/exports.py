"""Downloads of the filtered merged events: ``/api/export/events.csv`` (ACLED column names),
``events.geojson`` and ``events.jsonl``, streamed page by page (at most ``export_max_rows``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse

from rasd.api.access import State, require_read
from rasd.api.params import event_filter
from rasd.api.problems import error_responses
from rasd.api.state import ApiState
from rasd.export.merged import csv_chunks, geojson_chunks, jsonl_chunks
from rasd.store.base import EventFilter, MergedEvent, Store

router = APIRouter(prefix="/api/export", tags=["export"], dependencies=[Depends(require_read)],
                   responses=error_responses(401, 403, 422))
PAGE = 1000
Filter = Annotated[EventFilter, Depends(event_filter)]


def iter_events(store: Store, flt: EventFilter, max_rows: int) -> Iterator[MergedEvent]:
    """The matching merged events, read ``PAGE`` at a time, at most ``max_rows``."""
    offset = 0
    while offset < max_rows:
        page = store.query_events(replace(flt, limit=min(PAGE, max_rows - offset), offset=offset))
        yield from page
        if len(page) < PAGE:
            return
        offset += len(page)


def _download(chunks: Callable[[Iterable[MergedEvent]], Iterator[str]], state: ApiState, flt: EventFilter,
              media_type: str, filename: str) -> StreamingResponse:
    lines = chunks(iter_events(state.store, flt, state.settings.export_max_rows))

    async def body() -> AsyncIterator[bytes]:
        # each step of the (lazy, page-by-page) generator runs on a store thread
        while (chunk := await state.run(next, lines, None)) is not None:
            yield chunk.encode("utf-8")

    return StreamingResponse(body(), media_type=media_type,
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/events.csv", response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {}}, "description": "CSV, ACLED column names first"}})
async def export_csv(state: State, flt: Filter) -> StreamingResponse:
    """Matching merged events as CSV: ACLED's columns in ACLED's order, then rasd's."""
    return _download(csv_chunks, state, flt, "text/csv; charset=utf-8", "rasd-events.csv")


@router.get("/events.geojson", response_class=StreamingResponse,
            responses={200: {"content": {"application/geo+json": {}}, "description": "GeoJSON FeatureCollection"}})
async def export_geojson(state: State, flt: Filter) -> StreamingResponse:
    """Matching merged events that have coordinates, as a GeoJSON FeatureCollection of points."""
    return _download(geojson_chunks, state, flt, "application/geo+json", "rasd-events.geojson")


@router.get("/events.jsonl", response_class=StreamingResponse,
            responses={200: {"content": {"application/x-ndjson": {}}, "description": "one merged event per line"}})
async def export_jsonl(state: State, flt: Filter) -> StreamingResponse:
    """Matching merged events, one JSON object per line, with every source's mention."""
    return _download(jsonl_chunks, state, flt, "application/x-ndjson", "rasd-events.jsonl")
