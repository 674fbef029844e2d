"""Cross-source merging: every stored article's events → one :class:`MergedEvent` per real event.

``merge_store(store)`` reads all documents, finds syndicated copies, clusters compatible mentions
(:mod:`rasd.dedup.cluster`), builds the merged records (:mod:`rasd.dedup.canonical`) and replaces
the store's merged events in one transaction, under the store's merge lock. It recomputes from
scratch, so its result depends only on what is stored, never on the order of earlier runs.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from rasd.dedup.canonical import merged_event
from rasd.dedup.cluster import cluster_mentions
from rasd.dedup.context import MergeContext, lexicon_context
from rasd.dedup.mentions import Mention, mentions_of
from rasd.dedup.syndication import SyndicationFinder, SyndicationGroups
from rasd.model.io import ArticleIn, DocumentOut
from rasd.store.base import MergedEvent, Store
from rasd.store.keys import article_key

T = TypeVar("T")


def merge_documents(docs: Iterable[tuple[ArticleIn, DocumentOut]], ctx: MergeContext) -> list[MergedEvent]:
    """Merged events for a set of (article, extracted document) pairs, ordered by date then id."""
    mentions: list[Mention] = []
    copies = SyndicationFinder()  # keeps a 960-byte signature per article, not its text
    for article, doc in docs:
        aid = article_key(article).article_id
        copies.add(aid, article.text)
        mentions.extend(mentions_of(article, doc, ctx, aid))
    return merge_mentions(mentions, copies.groups(), ctx)


def merge_mentions(mentions: Sequence[Mention], groups: SyndicationGroups, ctx: MergeContext) -> list[MergedEvent]:
    """Merged events for a set of mentions, ordered by date then id (what :func:`merge_documents`
    and incremental merging, :mod:`rasd.dedup.incremental`, both run)."""
    events = [merged_event(c, groups, ctx) for c in cluster_mentions(mentions, ctx)]
    events = _unique_ids(events)
    events.sort(key=lambda e: (e.date is None, e.date, e.event_id))
    return events


def _unique_ids(events: list[MergedEvent]) -> list[MergedEvent]:
    """Two anchors with the same key (same offsets, type and place) get the event index appended."""
    seen: set[str] = set()
    out: list[MergedEvent] = []
    for e in sorted(events, key=lambda e: (e.event_id, e.mentions[0].event_index)):
        if e.event_id in seen:
            m = e.mentions[0]
            suffix = f"{e.event_id}|{m.event_index}"
            e = dataclasses.replace(e, event_id="ev-" + hashlib.sha1(suffix.encode()).hexdigest()[:16])
        seen.add(e.event_id)
        out.append(e)
    return out


def merge_store(store: Store, ctx: MergeContext | None = None) -> list[MergedEvent]:
    """Recompute merged events from every stored document and write them (one transaction, under
    the store's merge lock: see :func:`locked`).

    ``ctx`` defaults to the curated lexicons (:func:`rasd.dedup.context.lexicon_context`).
    """
    ctx = ctx or lexicon_context()

    def work() -> list[MergedEvent]:
        events = merge_documents(store.iter_documents(), ctx)
        store.replace_merged(events)
        return events

    return locked(store, work)


def locked(store: Store, work: Callable[[], T]) -> T:
    """``work()`` (a merge: its reads and its write) in one transaction holding the store's merge
    lock (``Store.merge_transaction``), so that two writers of one store (``rasd ingest`` and the
    API's ``POST /api/articles``, two ingests) never re-cluster the same events at once: the second
    merge starts from what the first wrote. A store without the method runs ``work()`` as it is."""
    transaction = getattr(store, "merge_transaction", None)
    return transaction(work) if transaction is not None else work()
