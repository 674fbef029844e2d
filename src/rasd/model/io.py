"""Pydantic models at the boundaries: what rasd reads (an article) and what it writes (a document).

The output follows ``shared/eval/README.md``: ``doc_id``, ``stance``, ``events``, ``quotes``,
``mentions``, ``errors``, with evidence offsets into the original text.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator


class ArticleIn(BaseModel):
    """One input article (a JSONL line or a text file)."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    id: str
    text: str
    published: dt.date | None = None
    outlet: str | None = None
    outlet_side: str | None = None
    url: str | None = None
    country: str | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_to_str(cls, v: object) -> object:
        if isinstance(v, int) and not isinstance(v, bool):
            return str(v)
        return v

    @field_validator("published", mode="before")
    @classmethod
    def _date_prefix(cls, v: object) -> object:
        # accept full timestamps ("2020-05-21T10:00:00Z") by keeping the calendar date
        if isinstance(v, str) and len(v) > 10 and v[4:5] == "-" and v[10:11] in ("T", " "):
            return v[:10]
        if v == "":
            return None
        return v


class MentionOut(BaseModel):
    type: str
    text: str
    start: int
    end: int
    id: str | None = None


class StanceOut(BaseModel):
    label: str
    evidence: list[str] = []
    scores: dict[str, float] = {}


class EventOut(BaseModel):
    id: str
    family: str
    event_type: str | None = None
    sub_event_type: str | None = None
    plover_type: str | None = None
    actor1: str | None = None
    actor1_id: str | None = None
    actor2: str | None = None
    actor2_id: str | None = None
    assoc_actor1: list[str] = []
    assoc_actor2: list[str] = []
    date: dt.date | None = None
    time_precision: int | None = None
    date_text: str | None = None
    location: str | None = None
    location_ar: str | None = None
    location_id: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    country: str | None = None
    admin1: str | None = None
    fatalities: int | None = None
    fatalities_text: str | None = None
    fatalities_estimated: bool = False
    claimed_by: str | None = None
    evidence: str
    evidence_start: int
    evidence_end: int
    trigger: str | None = None


class QuoteOut(BaseModel):
    speaker: str | None = None
    speaker_en: str | None = None
    speaker_id: str | None = None
    role: str | None = None
    side: str | None = None
    verb: str | None = None
    evidence: str
    evidence_start: int
    evidence_end: int
    content_start: int
    content_end: int


class SkipOut(BaseModel):
    reason: str
    cue: str | None = None
    trigger: str
    evidence: str
    start: int
    end: int


class ErrorOut(BaseModel):
    code: str
    message: str
    stage: str | None = None


class DocumentOut(BaseModel):
    """One output line of ``rasd extract``."""

    doc_id: str
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    country: str | None = None
    stance: StanceOut | None = None
    events: list[EventOut] = []
    quotes: list[QuoteOut] = []
    mentions: list[MentionOut] = []
    errors: list[ErrorOut] = []
    skipped: list[SkipOut] | None = Field(default=None, description="debug: clauses not coded, with reasons")
    source: str | None = None
