"""``GET /api/events`` (filtered, paged, with the total) and ``GET /api/events/{event_id}``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from rasd.api.access import State, require_read
from rasd.api.evidence import evidence_in_context
from rasd.api.params import event_page
from rasd.api.problems import ApiError, error_responses
from rasd.api.schemas import EventDetail, EventPage, EventSource, EventSummary
from rasd.api.state import ApiState
from rasd.errors import ErrorCode
from rasd.store.base import EventFilter

router = APIRouter(prefix="/api", tags=["events"], dependencies=[Depends(require_read)],
                   responses=error_responses(401, 403))


@router.get("/events", response_model=EventPage, responses=error_responses(422))
async def list_events(state: State, flt: Annotated[EventFilter, Depends(event_page)]) -> EventPage:
    """Merged events matching every given filter, newest first, with the number of matches."""

    def work() -> EventPage:
        items = state.store.query_events(flt)
        # a first page that is not full is all there is: no count query needed
        total = state.store.count_events(flt) if (flt.offset or len(items) >= flt.limit) else len(items)
        return EventPage(total=total, limit=flt.limit, offset=flt.offset, items=[EventSummary.of(e) for e in items])

    return await state.run(work)


@router.get("/events/{event_id}", response_model=EventDetail, responses=error_responses(404, 422))
async def get_event(state: State, event_id: Annotated[str, Path(max_length=200)]) -> EventDetail:
    """One merged event with every source's report: its sentence, evidence offsets and framing."""
    return await state.run(_event_detail, state, event_id)


def _event_detail(state: ApiState, event_id: str) -> EventDetail:
    event = state.store.get_event(event_id)
    if event is None:
        raise ApiError(404, ErrorCode.API_NOT_FOUND, "no event with this id")
    documents: dict[str, tuple] = {}
    mentions = []
    for m in event.mentions:
        if m.article_id not in documents:
            documents[m.article_id] = state.store.get_document(m.article_id) or (None, None)
        article, doc = documents[m.article_id]
        context = evidence_in_context(article.text if article else None, m.evidence_start, m.evidence_end, m.evidence)
        mentions.append(EventSource.of(m, context, article, doc))
    return EventDetail(**EventSummary.of(event).model_dump(), mentions=mentions)
