"""The storage interface shared by the SQLite (embedded default) and PostgreSQL backends.

Everything above the store (ingest, merge, API, web, watch, batch loading) talks to this protocol
only; backends are chosen by :func:`rasd.store.open_store` from a path or a ``postgresql://`` URL.
Records crossing this boundary are pydantic models (``rasd.model.io``) or the frozen dataclasses
below; never bare dicts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Iterable, Protocol, Sequence, TypeVar

from rasd.model.io import ArticleIn, DocumentOut

T = TypeVar("T")


@dataclass(frozen=True)
class ArticleKey:
    """How an article is identified: by URL when it has one, else by the hash of its text."""

    article_id: str          # stable: "u:" + sha1(url)[:16] or "h:" + sha1(normalised text)[:16]
    content_hash: str        # sha1 of the normalised text (syndication / re-ingest detection)


@dataclass(frozen=True)
class IngestResult:
    article_id: str
    status: str              # "inserted" | "unchanged" | "replaced" | "error"
    events: int = 0
    quotes: int = 0
    message: str | None = None


@dataclass(frozen=True)
class EventFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: str | None = None          # ISO alpha-2 or English name as stored
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None            # canonical actor id (actor1/actor2/assoc)
    side: str | None = None             # side id of actor1 or actor2
    bbox: tuple[float, float, float, float] | None = None   # min_lon, min_lat, max_lon, max_lat
    min_corroboration: int | None = None
    text: str | None = None             # full-text search over article text (Arabic-normalised)
    limit: int = 100
    offset: int = 0


@dataclass(frozen=True)
class MentionRef:
    """One article's mention of a merged event."""

    article_id: str
    doc_id: str
    outlet: str | None
    outlet_side: str | None
    event_index: int         # index in that document's events list
    evidence: str
    evidence_start: int
    evidence_end: int
    fatalities: int | None
    claimed_by: str | None


@dataclass(frozen=True)
class MergedEvent:
    """One real-world event: the canonical record plus every source that reported it."""

    event_id: str            # stable across re-runs
    family: str
    event_type: str | None
    sub_event_type: str | None
    plover_type: str | None
    date: dt.date | None
    time_precision: int | None
    actor1_id: str | None
    actor1: str | None
    actor2_id: str | None
    actor2: str | None
    location: str | None
    location_id: str | None
    country: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int | None           # ACLED-conservative: the lowest reported figure
    corroboration: int               # distinct outlets (syndicated copies counted once)
    outlet_sides: tuple[str, ...] = ()
    contested: tuple[tuple[str, str], ...] = ()   # (field, "5 (outlet A) vs 12 (outlet B)")
    mentions: tuple[MentionRef, ...] = field(default=())
    # added with the stores (defaults keep older call sites valid): what the side/actor/country
    # filters of EventFilter match on
    actor1_side: str | None = None                # side id (sides.yaml) of actor1, when known
    actor2_side: str | None = None
    assoc_actor_ids: tuple[str, ...] = ()         # associated actors' ids named by any mention
    country_code: str | None = None               # ISO alpha-2 of the place, when known


@dataclass(frozen=True)
class StoredArticle:
    """One stored article as listed: its key, source and extraction counts (not its text)."""

    article_id: str
    doc_id: str
    url: str | None
    outlet: str | None
    outlet_side: str | None
    published: dt.date | None
    country: str | None
    events: int
    quotes: int
    stance: str | None               # the document's stance label (``pro_lna``, ``neutral``, ...)
    lexicon_version: str


@dataclass(frozen=True)
class ArticleListing:
    """One page of stored articles, in the order they were first stored."""

    items: tuple[StoredArticle, ...]
    total: int                       # articles matching the filter, over all pages
    next_cursor: str | None          # ``cursor`` of the next page; ``None`` after the last one


@dataclass(frozen=True)
class EventWindow:
    """Stored per-article events that may report the same real-world event as one report.

    What incremental merging asks the store for (:mod:`rasd.dedup.incremental`): events of one
    ``family`` and type key (the ACLED type, or the PLOVER type when there is none) dated within
    ``dated``, or of articles published within ``published`` (any date, or none).
    """

    family: str
    type_key: str | None
    dated: tuple[dt.date, dt.date] | None = None
    published: tuple[dt.date, dt.date] | None = None


class Store(Protocol):
    """Persistence of articles, their extracted records, and merged events."""

    def migrate(self) -> int: ...                       # apply pending migrations, return version
    def close(self) -> None: ...

    def put_document(self, article: ArticleIn, doc: DocumentOut, lexicon_version: str) -> IngestResult: ...
    def has_article(self, article_id: str) -> bool: ...
    def stored_version(self, article_id: str) -> tuple[str, str] | None: ...   # (content_hash, lexicon_version)
    def get_document(self, article_id: str) -> tuple[ArticleIn, DocumentOut] | None: ...
    def iter_documents(self) -> Iterable[tuple[ArticleIn, DocumentOut]]: ...
    def list_articles(self, limit: int = 50, offset: int = 0, cursor: str | None = None,
                      outlet: str | None = None) -> ArticleListing: ...   # ValueError: a cursor not from here
    def merged_event_ids(self, article_id: str) -> list[str]: ...       # merged events the article reports

    def merge_transaction(self, work: Callable[[], T]) -> T: ...   # work() in one transaction holding the merge lock
    def replace_merged(self, events: Sequence[MergedEvent]) -> None: ...
    def update_merged(self, remove: Sequence[str], events: Sequence[MergedEvent]) -> None: ...  # one transaction
    def candidate_articles(self, window: EventWindow) -> list[str]: ...   # article ids with events in the window
    def unmerged_article_ids(self) -> list[str]: ...    # articles whose events the merged events do not match
    def query_events(self, flt: EventFilter) -> list[MergedEvent]: ...
    def count_events(self, flt: EventFilter) -> int: ...
    def merged_events_per_outlet(self) -> dict[str | None, int]: ...   # outlet (None: none) → merged events it reports
    def get_event(self, event_id: str) -> MergedEvent | None: ...
    def stats(self, flt: EventFilter) -> dict[str, list[tuple[str, int]]]: ...   # "per_day", "per_type"
    def counts(self) -> dict[str, int]: ...             # rows per table (articles, events, quotes, merged)
