"""Incremental merging equals a full re-merge: article by article, on both backends, on the demo
corpus and on the merge test set (tests/fixtures/merge); and two writers merging one store at once
(an ingest beside the API) end as a sequential run."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest

from rasd.dedup import merge_articles, merge_documents
from rasd.ingest.demo import demo_articles
from rasd.model.io import ArticleIn
from rasd.store import EventFilter, open_store
from rasd.store.keys import article_key

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "merge"


@pytest.fixture(scope="module")
def corpora(rasd_extractor):
    lines = (FIXTURES / "articles.jsonl").read_text("utf-8").splitlines()
    merge_set = [ArticleIn.model_validate_json(line) for line in lines if line.strip()]
    return {name: [(a, rasd_extractor.extract(a)) for a in articles]
            for name, articles in (("demo", demo_articles()), ("merge_set", merge_set))}


def _stored(store):
    return sorted(store.query_events(EventFilter(limit=10_000)), key=lambda e: e.event_id)


def _full(docs, ctx):
    return sorted(merge_documents(docs, ctx), key=lambda e: e.event_id)


@pytest.mark.parametrize("corpus", ["demo", "merge_set"])
def test_article_by_article_equals_a_full_merge(store, corpora, merge_context, corpus):
    docs = list(corpora[corpus])
    random.Random(3).shuffle(docs)   # arrival order is not publication order
    for i, (article, doc) in enumerate(docs, 1):
        store.put_document(article, doc, "v1")
        update = merge_articles(store, [article_key(article).article_id], merge_context, full_above=None)
        assert not update.full, update.reason
        if i % 6 == 0 or i == len(docs):   # every few articles: the same as merging all so far
            assert _stored(store) == _full(docs[:i], merge_context), f"after {i} articles"


def test_a_batch_and_never_merged_articles_are_merged_too(store, corpora, merge_context):
    docs = corpora["merge_set"]
    for article, doc in docs[:10]:
        store.put_document(article, doc, "v1")      # as `rasd ingest --no-merge` leaves them
    update = merge_articles(store, [], merge_context, full_above=None)
    assert not update.full and _stored(store) == _full(docs[:10], merge_context)
    for article, doc in docs[10:]:
        store.put_document(article, doc, "v1")
    ids = [article_key(a).article_id for a, _ in docs[10:]]
    assert not merge_articles(store, ids, merge_context, full_above=None).full
    assert _stored(store) == _full(docs, merge_context)
    assert merge_articles(store, [], merge_context) == merge_articles(store, [], merge_context)  # nothing to do
    assert merge_articles(store, [], merge_context).events == ()


def test_a_replaced_article_falls_back_to_a_full_merge(store, corpora, merge_context):
    docs = corpora["merge_set"]
    for article, doc in docs:
        store.put_document(article, doc, "v1")
    merge_articles(store, [], merge_context)
    article, doc = docs[0]
    assert store.put_document(article, doc, "v2").status == "replaced"
    update = merge_articles(store, [article_key(article).article_id], merge_context)
    assert update.full and "replaced" in update.reason
    assert _stored(store) == _full(docs, merge_context)


def test_a_large_batch_is_merged_at_once(store, corpora, merge_context):
    docs = corpora["merge_set"]
    for article, doc in docs:
        store.put_document(article, doc, "v1")
    update = merge_articles(store, [article_key(a).article_id for a, _ in docs], merge_context, full_above=5)
    assert update.full
    assert _stored(store) == _full(docs, merge_context)


def _ingest(store, lane, ctx) -> None:
    """What `rasd ingest` and POST /api/articles do per article: store it, then merge incrementally
    (an unchanged article merges only what no merge has seen yet)."""
    for article, doc in lane:
        result = store.put_document(article, doc, "v1")
        merge_articles(store, [result.article_id] if result.status != "unchanged" else [], ctx)


def test_two_writers_merging_at_once_end_as_a_sequential_run(store, store_url, corpora, merge_context, tmp_path):
    docs = corpora["merge_set"]          # its first four articles report one strike: they merge
    shared = docs[8:12]                  # given to both writers, in opposite orders
    lanes = [docs[0:8:2] + shared + docs[12::2], docs[1:8:2] + shared[::-1] + docs[13::2]]
    second = open_store(store_url)       # a second writer: its own connections, as another process
    barrier = threading.Barrier(2, timeout=1.0)
    errors: list[BaseException] = []

    def hold_first_write(s) -> None:
        """Each writer's first merge write waits (up to 1 s) for the other's: without a merge lock
        both have then read the same merged events and both write their re-clustering of them."""
        waited = []
        for name in ("update_merged", "replace_merged"):
            def write(*args, _original=getattr(s, name), **kwargs):
                if not waited:
                    waited.append(True)
                    try:
                        barrier.wait()
                    except threading.BrokenBarrierError:
                        pass   # the other writer is waiting for the merge lock
                return _original(*args, **kwargs)
            setattr(s, name, write)

    def writer(s, lane) -> None:
        try:
            _ingest(s, lane, merge_context)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    try:
        threads = []
        for s, lane in zip((store, second), lanes):
            hold_first_write(s)
            threads.append(threading.Thread(target=writer, args=(s, lane)))
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    finally:
        second.close()
    assert not errors, errors
    union = list({article_key(a).article_id: (a, d) for lane in lanes for a, d in lane}.values())
    sequential = open_store(tmp_path / "sequential.sqlite")
    try:
        _ingest(sequential, union, merge_context)
        expected = _stored(sequential)
    finally:
        sequential.close()
    assert store.counts()["articles"] == len(union) == len(docs)
    assert _stored(store) == expected == _full(union, merge_context)
    assert store.unmerged_article_ids() == []
