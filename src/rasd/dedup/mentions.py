"""Per-article events as the merger sees them: the event plus who published it and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from rasd.dedup.context import MergeContext
from rasd.model.io import ArticleIn, DocumentOut, EventOut
from rasd.store.base import MentionRef
from rasd.store.keys import article_key


@dataclass(frozen=True)
class Mention:
    """One event of one article, with the article's outlet and the actors' sides resolved."""

    article_id: str
    doc_id: str
    outlet: str | None
    outlet_side: str | None
    published: dt.date | None
    event_index: int
    event: EventOut
    actor1_side: str | None
    actor2_side: str | None
    assoc_ids: tuple[str, ...]

    @property
    def type_key(self) -> tuple[str, str | None]:
        """Events can only merge within one key: the ACLED type, or the PLOVER type for political ones."""
        e = self.event
        return (e.family, e.event_type if e.event_type else e.plover_type)

    @property
    def source(self) -> str:
        """Who published it, for corroboration: the outlet, else the article itself."""
        return self.outlet or f"article:{self.article_id}"

    @property
    def order(self) -> tuple:
        """Earliest report first: publication date, then article id, then position in the article."""
        return (self.published or dt.date.max, self.article_id, self.event_index)

    def ref(self) -> MentionRef:
        e = self.event
        return MentionRef(
            article_id=self.article_id, doc_id=self.doc_id, outlet=self.outlet, outlet_side=self.outlet_side,
            event_index=self.event_index, evidence=e.evidence, evidence_start=e.evidence_start,
            evidence_end=e.evidence_end, fatalities=e.fatalities, claimed_by=e.claimed_by,
        )


def mentions_of(article: ArticleIn, doc: DocumentOut, ctx: MergeContext, article_id: str | None = None) -> list[Mention]:
    """Every event of a stored document as a :class:`Mention`."""
    aid = article_id or article_key(article).article_id
    out: list[Mention] = []
    for i, e in enumerate(doc.events):
        assoc = tuple(dict.fromkeys(a for a in (ctx.actor_id(x) for x in e.assoc_actor1 + e.assoc_actor2) if a))
        out.append(Mention(
            article_id=aid, doc_id=doc.doc_id, outlet=article.outlet or doc.outlet,
            outlet_side=article.outlet_side, published=article.published or doc.published, event_index=i,
            event=e, actor1_side=ctx.side(e.actor1_id), actor2_side=ctx.side(e.actor2_id), assoc_ids=assoc,
        ))
    return out


def all_mentions(docs: Iterable[tuple[ArticleIn, DocumentOut]], ctx: MergeContext) -> list[Mention]:
    return [m for article, doc in docs for m in mentions_of(article, doc, ctx)]
