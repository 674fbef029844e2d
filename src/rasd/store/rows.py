"""Records ↔ table rows, shared by both backends.

Column lists are constants (never user input), so the INSERT statements built from them are fixed
SQL with bound parameters. Values are plain Python (``datetime.date``, ``str`` holding JSON, numbers);
each backend adapts dates and JSON to its own types.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence

from rasd.model.io import ArticleIn, DocumentOut
from rasd.store.base import ArticleKey, MentionRef, MergedEvent

ARTICLE_COLUMNS = (
    "article_id", "doc_id", "url", "content_hash", "lexicon_version", "published", "outlet",
    "outlet_side", "country", "n_events", "n_quotes", "article_json", "document_json", "ingested_at",
)
EVENT_COLUMNS = (
    "article_id", "event_index", "family", "event_type", "sub_event_type", "plover_type", "actor1_id",
    "actor2_id", "assoc_actors", "date", "time_precision", "location_id", "latitude", "longitude",
    "geo_precision", "country", "admin1", "fatalities", "claimed_by", "evidence_start", "evidence_end",
)
QUOTE_COLUMNS = (
    "article_id", "quote_index", "speaker", "speaker_id", "role", "side", "verb",
    "evidence_start", "evidence_end", "content_start", "content_end",
)
MERGED_COLUMNS = (
    "event_id", "family", "event_type", "sub_event_type", "plover_type", "date", "time_precision",
    "actor1_id", "actor1", "actor2_id", "actor2", "actor1_side", "actor2_side", "location",
    "location_id", "country", "country_code", "admin1", "latitude", "longitude", "geo_precision",
    "fatalities", "corroboration", "outlet_sides", "contested", "assoc_actor_ids", "n_mentions",
)
MENTION_COLUMNS = (
    "event_id", "position", "article_id", "doc_id", "outlet", "outlet_side", "event_index", "evidence",
    "evidence_start", "evidence_end", "fatalities", "claimed_by",
)
ACTOR_COLUMNS = ("event_id", "actor_id", "role", "date")  # date: the event's, for the actor index


def insert_sql(table: str, columns: Sequence[str], param: str) -> str:
    """``INSERT INTO table (c1, c2) VALUES (?, ?)`` with the dialect's placeholder."""
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([param] * len(columns))})"


def article_row(key: ArticleKey, article: ArticleIn, doc: DocumentOut, lexicon_version: str) -> tuple:
    return (
        key.article_id, doc.doc_id, article.url, key.content_hash, lexicon_version,
        article.published or doc.published, article.outlet or doc.outlet, article.outlet_side,
        doc.country or article.country, len(doc.events), len(doc.quotes),
        article.model_dump_json(), doc.model_dump_json(), dt.datetime.now(dt.timezone.utc).isoformat(),
    )


def event_rows(article_id: str, doc: DocumentOut) -> list[tuple]:
    return [
        (
            article_id, i, e.family, e.event_type, e.sub_event_type, e.plover_type, e.actor1_id,
            e.actor2_id, json.dumps(e.assoc_actor1 + e.assoc_actor2, ensure_ascii=False), e.date,
            e.time_precision, e.location_id, e.latitude, e.longitude, e.geo_precision, e.country,
            e.admin1, e.fatalities, e.claimed_by, e.evidence_start, e.evidence_end,
        )
        for i, e in enumerate(doc.events)
    ]


def quote_rows(article_id: str, doc: DocumentOut) -> list[tuple]:
    return [
        (
            article_id, i, q.speaker, q.speaker_id, q.role, q.side, q.verb,
            q.evidence_start, q.evidence_end, q.content_start, q.content_end,
        )
        for i, q in enumerate(doc.quotes)
    ]


def merged_row(ev: MergedEvent) -> tuple:
    return (
        ev.event_id, ev.family, ev.event_type, ev.sub_event_type, ev.plover_type, ev.date,
        ev.time_precision, ev.actor1_id, ev.actor1, ev.actor2_id, ev.actor2, ev.actor1_side,
        ev.actor2_side, ev.location, ev.location_id, ev.country, ev.country_code, ev.admin1,
        ev.latitude, ev.longitude, ev.geo_precision, ev.fatalities, ev.corroboration,
        json.dumps(list(ev.outlet_sides), ensure_ascii=False),
        json.dumps([list(c) for c in ev.contested], ensure_ascii=False),
        json.dumps(list(ev.assoc_actor_ids), ensure_ascii=False), len(ev.mentions),
    )


def mention_rows(ev: MergedEvent) -> list[tuple]:
    return [
        (
            ev.event_id, pos, m.article_id, m.doc_id, m.outlet, m.outlet_side, m.event_index,
            m.evidence, m.evidence_start, m.evidence_end, m.fatalities, m.claimed_by,
        )
        for pos, m in enumerate(ev.mentions)
    ]


def actor_rows(ev: MergedEvent) -> list[tuple]:
    """One row per distinct actor id of the event, with its first role (actor1, actor2, assoc) and
    the event's date (so an actor's events are read in date order from its own index)."""
    seen: dict[str, str] = {}
    for actor_id, role in ((ev.actor1_id, "actor1"), (ev.actor2_id, "actor2")):
        if actor_id and actor_id not in seen:
            seen[actor_id] = role
    for actor_id in ev.assoc_actor_ids:
        if actor_id and actor_id not in seen:
            seen[actor_id] = "assoc"
    return [(ev.event_id, a, r, ev.date) for a, r in seen.items()]


def as_date(value: object) -> dt.date | None:
    """A date column as read back: ``date`` from PostgreSQL, ISO text from SQLite."""
    if value is None or isinstance(value, dt.date):
        return value  # type: ignore[return-value]
    return dt.date.fromisoformat(str(value))


def _json(value: object) -> object:
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def mention_from_row(row: Mapping) -> MentionRef:
    return MentionRef(
        article_id=row["article_id"], doc_id=row["doc_id"], outlet=row["outlet"],
        outlet_side=row["outlet_side"], event_index=row["event_index"], evidence=row["evidence"],
        evidence_start=row["evidence_start"], evidence_end=row["evidence_end"],
        fatalities=row["fatalities"], claimed_by=row["claimed_by"],
    )


def merged_from_row(row: Mapping, mentions: Sequence[MentionRef]) -> MergedEvent:
    return MergedEvent(
        event_id=row["event_id"], family=row["family"], event_type=row["event_type"],
        sub_event_type=row["sub_event_type"], plover_type=row["plover_type"], date=as_date(row["date"]),
        time_precision=row["time_precision"], actor1_id=row["actor1_id"], actor1=row["actor1"],
        actor2_id=row["actor2_id"], actor2=row["actor2"], location=row["location"],
        location_id=row["location_id"], country=row["country"], admin1=row["admin1"],
        latitude=row["latitude"], longitude=row["longitude"], geo_precision=row["geo_precision"],
        fatalities=row["fatalities"], corroboration=row["corroboration"],
        outlet_sides=tuple(_json(row["outlet_sides"]) or ()),
        contested=tuple((c[0], c[1]) for c in _json(row["contested"]) or ()),
        mentions=tuple(mentions),
        actor1_side=row["actor1_side"], actor2_side=row["actor2_side"],
        assoc_actor_ids=tuple(_json(row["assoc_actor_ids"]) or ()),
        country_code=row["country_code"],
    )


def document_from_row(row: Mapping) -> tuple[ArticleIn, DocumentOut]:
    article_json, document_json = row["article_json"], row["document_json"]
    article = (ArticleIn.model_validate_json(article_json) if isinstance(article_json, (str, bytes))
               else ArticleIn.model_validate(article_json))
    doc = (DocumentOut.model_validate_json(document_json) if isinstance(document_json, (str, bytes))
           else DocumentOut.model_validate(document_json))
    return article, doc
