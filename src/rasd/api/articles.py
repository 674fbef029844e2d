"""``GET /api/articles``, ``GET /api/articles/{article_id}`` and ``POST /api/articles`` (ingest).

Ingest runs what ``rasd ingest`` runs: input checks, extraction, ``put_document``, then an
incremental merge (``rasd.dedup.merge_articles``: only the merged events the article can change are
re-clustered), and answers with the extracted document and the merged events the article now
belongs to. Writes are serialised by one lock per app; the merge itself runs under the store's
merge lock, so an ingest by another process (``rasd ingest``) merges before or after it, never
at the same time. The article list reads one page from the store (``Store.list_articles``).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response

from rasd.api.access import State, require_read, require_write
from rasd.api.problems import ApiError, error_responses
from rasd.api.schemas import ArticleDetail, ArticlePage, ArticlePost, ArticleSummary, IngestResponse
from rasd.api.state import ApiState
from rasd.dedup import merge_articles
from rasd.errors import ErrorCode
from rasd.ingest.checks import check_text, check_unicode
from rasd.model.io import ArticleIn, DocumentOut
from rasd.store.base import IngestResult, StoredArticle

router = APIRouter(prefix="/api", tags=["articles"], responses=error_responses(401, 403))


def _listed(a: StoredArticle) -> ArticleSummary:
    return ArticleSummary(article_id=a.article_id, doc_id=a.doc_id, outlet=a.outlet, outlet_side=a.outlet_side,
                          published=a.published, url=a.url, events=a.events, quotes=a.quotes, stance=a.stance)


@router.get("/articles", response_model=ArticlePage, dependencies=[Depends(require_read)],
            responses=error_responses(422))
async def list_articles(
    state: State,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    cursor: Annotated[str | None, Query(max_length=40, description="`next_cursor` of the previous page")] = None,
    outlet: Annotated[str | None, Query(min_length=1, max_length=200, description="only this outlet's articles")] = None,
) -> ArticlePage:
    """Stored articles in the order they were first stored, with their extraction counts: one page
    read by the store (by ``offset``, or after ``cursor`` at constant cost), optionally of one outlet."""
    try:
        found = await state.run(state.store.list_articles, limit=limit, offset=offset, cursor=cursor, outlet=outlet)
    except ValueError:
        raise ApiError(422, ErrorCode.API_INVALID, "cursor: not a next_cursor given by this API") from None
    return ArticlePage(total=found.total, limit=limit, offset=offset, items=[_listed(a) for a in found.items],
                       next_cursor=found.next_cursor)


@router.get("/articles/{article_id}", response_model=ArticleDetail, dependencies=[Depends(require_read)],
            responses=error_responses(404, 422))
async def get_article(state: State, article_id: Annotated[str, Path(max_length=200)]) -> ArticleDetail:
    """One article (text and metadata) with everything extracted from it."""
    found = await state.run(state.store.get_document, article_id)
    if found is None:
        raise ApiError(404, ErrorCode.API_NOT_FOUND, "no article with this id")
    article, doc = found
    return ArticleDetail(article_id=article_id, article=article, document=doc)


@router.post("/articles", response_model=IngestResponse, status_code=201, dependencies=[Depends(require_write)],
             responses={200: {"model": IngestResponse, "description": "already stored, unchanged"},
                        **error_responses(400, 413, 422, 429)})
async def ingest_article(state: State, body: ArticlePost, response: Response) -> IngestResponse:
    """Extract one article, store it, re-merge events; needs the API key (``X-API-Key``)."""
    article = body.to_article()
    problem = next((p for name, value in (("id", article.id), ("text", article.text), ("outlet", article.outlet),
                                          ("url", article.url)) if value and (p := check_unicode(value, name))), None)
    problem = problem or check_text(article.text)
    if problem is not None:
        raise ApiError(422, problem[0], problem[1])
    result, doc, merged_ids = await state.run(_ingest, state, article)
    if result.status == "unchanged":
        response.status_code = 200
    return IngestResponse(article_id=result.article_id, status=result.status, document=doc,
                          merged_event_ids=merged_ids)


def _ingest(state: ApiState, article: ArticleIn) -> tuple[IngestResult, DocumentOut, list[str]]:
    extractor = state.extractor
    doc = extractor.extract(article)
    with state.write_lock:
        result = state.store.put_document(article, doc, state.lexicon_version)
        if result.status == "error":
            raise ApiError(422, ErrorCode.STORE_WRITE_FAILED, "the store refused the article")
        merged_ids: list[str] = []
        if state.settings.merge_on_ingest and result.status != "unchanged":
            merge_articles(state.store, [result.article_id], state.merge_context)
            merged_ids = state.store.merged_event_ids(result.article_id)
        state.generation += 1
    return result, doc, merged_ids
