"""Response models of the HTTP API (pydantic): what each endpoint returns, documented in OpenAPI.

Store records (frozen dataclasses of :mod:`rasd.store.base`) are converted here, at the boundary;
``DocumentOut`` and ``ArticleIn`` are already pydantic and are returned as they are.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator

from rasd.model.io import ArticleIn, DocumentOut
from rasd.store.base import MentionRef, MergedEvent


class FieldProblem(BaseModel):
    field: str
    problem: str


class ErrorBody(BaseModel):
    code: str = Field(description="stable error code, e.g. RASD-E422", examples=["RASD-E422"])
    message: str
    fields: list[FieldProblem] | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody


# -- events --------------------------------------------------------------------------------------
class Contested(BaseModel):
    field: str
    detail: str = Field(description="the values the sources disagree on, e.g. «5 (outlet A) vs 12 (outlet B)»")


class EventSummary(BaseModel):
    """One merged event (one real-world event, however many outlets reported it)."""

    event_id: str
    family: str
    event_type: str | None
    sub_event_type: str | None
    plover_type: str | None
    date: dt.date | None
    time_precision: int | None
    actor1_id: str | None
    actor1: str | None
    actor1_side: str | None
    actor2_id: str | None
    actor2: str | None
    actor2_side: str | None
    assoc_actor_ids: list[str]
    location: str | None
    location_id: str | None
    country: str | None
    country_code: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int | None
    corroboration: int
    outlets: list[str]
    outlet_sides: list[str]
    contested: list[Contested]

    @classmethod
    def of(cls, e: MergedEvent) -> EventSummary:
        return cls(
            event_id=e.event_id, family=e.family, event_type=e.event_type, sub_event_type=e.sub_event_type,
            plover_type=e.plover_type, date=e.date, time_precision=e.time_precision, actor1_id=e.actor1_id,
            actor1=e.actor1, actor1_side=e.actor1_side, actor2_id=e.actor2_id, actor2=e.actor2,
            actor2_side=e.actor2_side, assoc_actor_ids=list(e.assoc_actor_ids), location=e.location,
            location_id=e.location_id, country=e.country, country_code=e.country_code, admin1=e.admin1,
            latitude=e.latitude, longitude=e.longitude, geo_precision=e.geo_precision, fatalities=e.fatalities,
            corroboration=e.corroboration, outlets=list(dict.fromkeys(m.outlet for m in e.mentions if m.outlet)),
            outlet_sides=list(e.outlet_sides), contested=[Contested(field=f, detail=d) for f, d in e.contested],
        )


class EventPage(BaseModel):
    total: int = Field(description="events matching the filters (all pages)")
    limit: int
    offset: int
    items: list[EventSummary]


class Framing(BaseModel):
    """How the outlet's own narration leans in this article (``rasd.extract.framing``)."""

    label: str = Field(description="pro_<side> or neutral")
    terms: list[str] = Field(description="the narrator-voice terms behind the label")
    scores: dict[str, float]


class Evidence(BaseModel):
    """The sentence(s) around an event's evidence, and where the evidence lies in it."""

    sentence: str
    sentence_start: int = Field(description="offset of the sentence in the article text")
    sentence_end: int
    highlight_start: int = Field(description="evidence start, relative to the sentence")
    highlight_end: int
    evidence_start: int = Field(description="evidence start in the article text")
    evidence_end: int


class EventSource(BaseModel):
    """One outlet's report of the event."""

    article_id: str
    doc_id: str
    outlet: str | None
    outlet_side: str | None
    published: dt.date | None = None
    url: str | None = None
    event_index: int
    fatalities: int | None
    claimed_by: str | None
    evidence: Evidence
    framing: Framing | None = None

    @classmethod
    def of(cls, m: MentionRef, evidence: Evidence, article: ArticleIn | None, doc: DocumentOut | None) -> EventSource:
        stance = doc.stance if doc else None
        return cls(
            article_id=m.article_id, doc_id=m.doc_id, outlet=m.outlet, outlet_side=m.outlet_side,
            published=(article.published if article else None) or (doc.published if doc else None),
            url=article.url if article else None, event_index=m.event_index, fatalities=m.fatalities,
            claimed_by=m.claimed_by, evidence=evidence,
            framing=Framing(label=stance.label, terms=list(dict.fromkeys(stance.evidence)), scores=stance.scores)
            if stance else None,
        )


class EventDetail(EventSummary):
    mentions: list[EventSource]


# -- articles ------------------------------------------------------------------------------------
class ArticleSummary(BaseModel):
    article_id: str
    doc_id: str
    outlet: str | None
    outlet_side: str | None
    published: dt.date | None
    url: str | None
    events: int
    quotes: int
    stance: str | None


class ArticlePage(BaseModel):
    total: int = Field(description="stored articles matching the filter, over all pages")
    limit: int
    offset: int
    items: list[ArticleSummary]
    next_cursor: str | None = Field(
        default=None, description="pass as `cursor` for the next page (constant cost however deep); null after the last")


class ArticleDetail(BaseModel):
    article_id: str
    article: ArticleIn
    document: DocumentOut


class ArticlePost(BaseModel):
    """An article to ingest (the same fields as a JSONL input line)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]+$")
    text: str = Field(min_length=1, max_length=1_000_000)
    published: dt.date | None = None
    outlet: str | None = Field(default=None, max_length=200)
    outlet_side: str | None = Field(default=None, max_length=64, pattern=r"^[A-Za-z0-9_]+$")
    url: str | None = Field(default=None, max_length=2000)
    country: str | None = Field(default=None, max_length=64)

    @field_validator("url")
    @classmethod
    def _http_url(cls, v: str | None) -> str | None:
        # only web addresses: a javascript: or data: "URL" would become a live link somewhere
        if v is not None and not v.lower().startswith(("http://", "https://")):
            raise ValueError("url must start with http:// or https://")
        return v

    def to_article(self) -> ArticleIn:
        return ArticleIn(**self.model_dump())


class IngestResponse(BaseModel):
    article_id: str
    status: str = Field(description="inserted | unchanged | replaced")
    document: DocumentOut
    merged_event_ids: list[str] = Field(description="merged events this article's events belong to (empty when unchanged or when merging is off)")


# -- reference data ------------------------------------------------------------------------------
class ActorOut(BaseModel):
    id: str
    label: str
    name_en: str
    type: str
    country: str | None
    side: str | None
    parent: str | None
    affiliation: str | None
    aliases_ar: list[str]


class ActorPage(BaseModel):
    total: int
    items: list[ActorOut]


class PlaceOut(BaseModel):
    id: str
    name_en: str
    ar: list[str]
    type: str
    country: str
    admin1: str | None
    lat: float
    lon: float


class PlacePage(BaseModel):
    total: int
    items: list[PlaceOut]


class SideOut(BaseModel):
    id: str
    name_en: str
    conflicts: list[str]
    opponents: list[str]


class DayCount(BaseModel):
    date: dt.date
    count: int


class TypeCount(BaseModel):
    type: str
    count: int


class Stats(BaseModel):
    total: int
    per_day: list[DayCount]
    per_type: list[TypeCount]


class TermUse(BaseModel):
    term: str
    valence: int = Field(description="+1 legitimises the side, -1 delegitimises it")
    count: int


class SideTerms(BaseModel):
    side: str
    terms: list[TermUse]


class OutletProfile(BaseModel):
    """How an outlet frames the conflicts: its articles' stance labels, the terms its own narration
    uses for each side, and whose events it reports."""

    outlet: str = Field(description="the outlet's name as stored, or «(no outlet)» for articles without one")
    articles: int = Field(description="stored articles of this outlet")
    events: int = Field(description="event records extracted from its articles")
    merged_events: int = Field(description="merged events that list this outlet among their sources")
    stances: dict[str, int] = Field(description="stance label of its articles → number of articles")
    sides: list[SideTerms] = Field(description="per side, the framing terms its narration uses, most used first")
    unattributed_terms: list[str] = Field(description="framing terms the lexicon no longer attributes to a side")
    outlet_sides: dict[str, int] = Field(description="side declared for the outlet (outlet_side) → number of articles")
    reported_sides: dict[str, int] = Field(
        description="side of actor1 or actor2 → number of its extracted events involving that side")


class OutletList(BaseModel):
    items: list[OutletProfile]


class UiConfig(BaseModel):
    """What the browser UI needs to know before its first query."""

    version: str
    tiles_url: str | None
    tiles_attribution: str | None
    read_key_required: bool
    event_types: dict[str, list[str]]
    limit_max: int
