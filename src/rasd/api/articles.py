"""``GET /api/articles``, ``GET /api/articles/{article_id}`` and ``POST /api/articles`` (ingest).

Ingest runs what ``rasd ingest`` runs: input checks, extraction, ``put_document``, then an
incremental merge (``rasd.dedup.merge_articles``: only the merged events the article can change are
re-clustered), and answers with the extracted document and the merged events the article now
belongs to. Writes are serialised by one lock per app.
"""

from __future__ import annotations

from itertools import islice
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
from rasd.store.base import IngestResult
from rasd.store.keys import article_key

router = APIRouter(prefix="/api", tags=["articles"], responses=error_responses(401, 403))


def _summary(article: ArticleIn, doc: DocumentOut) -> ArticleSummary:
    return ArticleSummary(
        article_id=article_key(article).article_id, doc_id=doc.doc_id, outlet=article.outlet or doc.outlet,
        outlet_side=article.outlet_side, published=article.published or doc.published, url=article.url,
        events=len(doc.events), quotes=len(doc.quotes), stance=doc.stance.label if doc.stance else None,
    )


@router.get("/articles", response_model=ArticlePage, dependencies=[Depends(require_read)],
            responses=error_responses(422))
async def list_articles(
    state: State,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> ArticlePage:
    """Stored articles in the order they were first stored, with their extraction counts."""
    # the Store protocol has no paged article listing: read documents in store order and stop
    # after the page (cost grows with the offset, fine for browsing)

    def work() -> ArticlePage:
        page = [_summary(a, d) for a, d in islice(state.store.iter_documents(), offset, offset + limit)]
        return ArticlePage(total=state.store.counts()["articles"], limit=limit, offset=offset, items=page)

    return await state.run(work)


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
