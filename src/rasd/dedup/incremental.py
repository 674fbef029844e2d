"""Incremental merging: after new articles arrive, re-cluster only the merged events they can touch.

A full re-merge (:func:`rasd.dedup.merge.merge_store`) reads every stored document. After one new
article only a few merged events can change, and they can be found from the store:

1. **seeds**: the new articles' mentions (and those of stored articles that no merge has seen yet:
   ``Store.unmerged_article_ids``, e.g. after ``rasd ingest --no-merge`` or a killed run);
2. **closure**: for each mention in the set, the store lists the articles with events of the same
   type dated within 31 days, or undated in articles published within 7 days
   (``Store.candidate_articles``: every report :func:`rasd.dedup.compat.compatible` can accept lies
   in that window); each candidate mention that *is* compatible brings its whole merged event into
   the set, and those mentions are searched from in turn, until nothing new is found;
3. the set is clustered and its merged events are built exactly as a full merge does, and written
   in place of the merged events it came from (``Store.update_merged``).

Steps 1-3 run in one transaction holding the store's merge lock (``Store.merge_transaction``:
SQLite ``BEGIN IMMEDIATE``, PostgreSQL a transaction-level advisory lock). Without it, two writers
of one store (``rasd ingest`` beside the API's ``POST /api/articles``) could each read the same
merged events, re-cluster them, and both write: the same event twice, or a mention in two events.

Why this equals a full re-merge: every mention outside the set is incompatible with every mention
inside it, and the set is made of whole clusters. Clustering (:mod:`rasd.dedup.cluster`) only ever
puts a mention in a cluster whose every member it is compatible with, so no cluster can mix the
two sides, and each side is clustered as it would be alone, in the same order. Event ids depend
on a cluster's earliest report only, so untouched events keep theirs.

Where that argument does not hold, it merges everything instead (``MergeUpdate.full``):

- a changed article had merged events already (a replaced text or a new lexicon version): its old
  events are gone from the store, so what they were compatible with cannot be searched;
- a new event id would equal one outside the set (two anchors with the same offsets, type and
  place: the full merge's tie rule needs every event);
- more articles changed than ``full_above`` (a large batch is cheaper merged at once).

Syndicated copies are grouped among the set's articles only: a copy outside the set (a copy
reporting nothing compatible with its original) no longer joins two members as one outlet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from rasd.dedup.compat import DATE_WINDOW_DAYS, compatible
from rasd.dedup.context import MergeContext, lexicon_context
from rasd.dedup.merge import locked, merge_mentions, merge_store
from rasd.dedup.mentions import Mention, mentions_of
from rasd.dedup.syndication import SyndicationFinder
from rasd.model.io import ArticleIn, DocumentOut
from rasd.store.base import EventWindow, MergedEvent, Store

DATED_WINDOW_DAYS = 31                   # the widest date window: the same month (time_precision 3)
PUBLISHED_WINDOW_DAYS = DATE_WINDOW_DAYS[2]   # undated reports: publication dates within a week
FULL_ABOVE = 200                         # more changed articles than this (and than a tenth of
FULL_SHARE = 0.1                         # the store): merge everything at once


@dataclass(frozen=True)
class MergeUpdate:
    """What one merge wrote: the merged events it replaced and the ones it wrote."""

    removed: tuple[str, ...]
    events: tuple[MergedEvent, ...]
    full: bool                           # a full re-merge (see the module docstring)
    reason: str = ""                     # why it was full


def windows(m: Mention) -> list[EventWindow]:
    """Where the stored reports that may be compatible with ``m`` are (a superset, by type and dates)."""
    e = m.event
    key = e.event_type if e.event_type else e.plover_type
    published = None
    if m.published is not None:
        week = dt.timedelta(days=PUBLISHED_WINDOW_DAYS)
        published = (m.published - week, m.published + week)
    if e.date is None:  # compatible only with reports published within a week, dated or not
        return [EventWindow(e.family, key, published=published)] if published else []
    month = dt.timedelta(days=DATED_WINDOW_DAYS)
    return [EventWindow(e.family, key, dated=(e.date - month, e.date + month), published=published)]


class _View:
    """The stored documents, mentions and merged events the closure reads, each read once."""

    def __init__(self, store: Store, ctx: MergeContext) -> None:
        self.store, self.ctx = store, ctx
        self.docs: dict[str, tuple[ArticleIn, DocumentOut] | None] = {}
        self._mentions: dict[str, list[Mention]] = {}
        self._event_of: dict[str, dict[int, str]] = {}
        self.events: dict[str, MergedEvent] = {}

    def mentions(self, article_id: str) -> list[Mention]:
        if article_id not in self._mentions:
            found = self.store.get_document(article_id)
            self.docs[article_id] = found
            self._mentions[article_id] = mentions_of(found[0], found[1], self.ctx, article_id) if found else []
        return self._mentions[article_id]

    def event(self, event_id: str) -> MergedEvent | None:
        if event_id not in self.events:
            found = self.store.get_event(event_id)
            if found is None:
                return None
            self.events[event_id] = found
        return self.events[event_id]

    def event_of(self, article_id: str) -> dict[int, str]:
        """event index → merged event id, for one article's merged mentions."""
        if article_id not in self._event_of:
            where: dict[int, str] = {}
            for eid in self.store.merged_event_ids(article_id):
                ev = self.event(eid)
                for ref in ev.mentions if ev else ():
                    if ref.article_id == article_id:
                        where[ref.event_index] = eid
            self._event_of[article_id] = where
        return self._event_of[article_id]


def merge_articles(store: Store, article_ids: Iterable[str], ctx: MergeContext | None = None, *,
                   include_unmerged: bool = True, full_above: int | None = FULL_ABOVE) -> MergeUpdate:
    """Bring the merged events up to date after ``article_ids`` were stored (see the module docstring).

    ``include_unmerged`` also merges stored articles no merge has seen; ``full_above=None`` never
    falls back to a full merge for the size of the batch. The reads and the write run in one
    transaction under the store's merge lock (:func:`rasd.dedup.merge.locked`): a concurrent writer's
    merge waits, then starts from what this one wrote.
    """
    ctx = ctx or lexicon_context()
    ids = frozenset(article_ids)
    return locked(store, lambda: _merge_articles(store, ids, ctx, include_unmerged, full_above))


def _merge_articles(store: Store, article_ids: frozenset[str], ctx: MergeContext, include_unmerged: bool,
                    full_above: int | None) -> MergeUpdate:
    changed = set(article_ids)
    if include_unmerged:
        changed |= set(store.unmerged_article_ids())
    if not changed:
        return MergeUpdate((), (), False)
    if full_above is not None and len(changed) > full_above and len(changed) > FULL_SHARE * store.counts()["articles"]:
        return _full(store, ctx, f"{len(changed)} articles changed")

    view = _View(store, ctx)
    if any(view.event_of(a) for a in changed):
        return _full(store, ctx, "a changed article was merged before (replaced)")

    members: dict[tuple[str, int], Mention] = {}
    affected: set[str] = set()
    frontier: list[Mention] = []

    def add_mention(m: Mention) -> None:
        key = (m.article_id, m.event_index)
        if key not in members:
            members[key] = m
            frontier.append(m)

    def add_event(event_id: str) -> None:
        if event_id in affected:
            return
        affected.add(event_id)
        ev = view.event(event_id)
        for ref in ev.mentions if ev else ():
            by_index = {m.event_index: m for m in view.mentions(ref.article_id)}
            if ref.event_index in by_index:
                add_mention(by_index[ref.event_index])

    for article_id in sorted(changed):
        for m in view.mentions(article_id):
            add_mention(m)
    while frontier:
        seed = frontier.pop()
        for window in windows(seed):
            for other_id in store.candidate_articles(window):
                if other_id in changed:
                    continue  # all its mentions are members already
                for m in view.mentions(other_id):
                    if (m.article_id, m.event_index) in members or not compatible(seed, m, ctx):
                        continue
                    event_id = view.event_of(other_id).get(m.event_index)
                    if event_id is None:
                        add_mention(m)   # stored, never merged (and not listed as such): merge it now
                    else:
                        add_event(event_id)

    copies = SyndicationFinder()
    for article_id in sorted({a for a, _ in members}):
        found = view.docs.get(article_id)
        if found is not None:
            copies.add(article_id, found[0].text)
    events = merge_mentions(list(members.values()), copies.groups(), ctx)
    if any(e.event_id not in affected and store.get_event(e.event_id) is not None for e in events):
        return _full(store, ctx, "a new event id equals an untouched one")
    removed = tuple(sorted(affected))
    store.update_merged(removed, events)
    return MergeUpdate(removed, tuple(events), False)


def _full(store: Store, ctx: MergeContext, reason: str) -> MergeUpdate:
    events = merge_store(store, ctx)
    return MergeUpdate((), tuple(events), True, reason)
