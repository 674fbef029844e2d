"""Pydantic schema of the lexicon files (see docs/lexicons.md).

Files are validated when loaded; unknown keys are errors, so a typo in a data file fails the lint
test instead of being silently ignored.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

ID_PATTERN = r"^[A-Za-z0-9_]+$"
Kind = Literal["sides", "actors", "places", "triggers", "reporting_verbs", "framing", "cues", "demonyms"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Meta(_Strict):
    kind: Kind
    source: str
    licence: str
    date: dt.date
    description: str | None = None


class _Dated(_Strict):
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    note: str | None = None


class SideEntry(_Dated):
    id: str = Field(pattern=ID_PATTERN)
    name_en: str
    conflict: str | list[str]
    opponents: list[str] = []
    governs: str | None = None  # ISO2 of the country whose unnamed ministries speak for this side

    @property
    def conflicts(self) -> tuple[str, ...]:
        return (self.conflict,) if isinstance(self.conflict, str) else tuple(self.conflict)


class Alias(_Dated):
    ar: str | None = None
    en: str | None = None
    context: bool = False
    # theatres (ISO alpha-2) where this generic form names this actor («التحالف» is the Saudi-led
    # coalition in Yemen, the US-led one in Syria and Iraq); empty: wherever the article is
    countries: list[str] = []


class ActorEntry(_Dated):
    id: str = Field(pattern=ID_PATTERN)
    label: str
    name_en: str
    type: str
    country: str | None = None
    side: str | None = None
    state_force: bool = False
    parent: str | None = None
    affiliation: str | None = None
    role_en: str | None = None
    role_ar: str | None = None
    aliases: list[Alias] = []


class PlaceEntry(_Dated):
    id: str = Field(pattern=ID_PATTERN)
    name_en: str
    ar: list[str]
    type: str
    country: str
    admin1: str | None = None
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    population: int | None = None


class _Forms(_Dated):
    id: str = Field(pattern=ID_PATTERN)
    forms: list[str]

    @field_validator("forms")
    @classmethod
    def _non_empty(cls, v: list[str]) -> list[str]:
        if not v or any(not f.strip() for f in v):
            raise ValueError("forms must be a non-empty list of non-empty strings")
        return v


class TriggerEntry(_Forms):
    family: Literal["violent", "political"]
    event_type: str | None = None
    sub_event_type: str | None = None
    plover: str | None = None
    strength: Literal["strong", "weak"] = "strong"
    # what else the form needs before it is an act: a light verb carrying it («أعرب عن قلقه»), an act
    # as its object («تمسكت بسحب القوات»), or someone saying it («انتهاك» told by a speaker)
    needs: Literal["light_verb", "act_object", "speaker"] | None = None


class ReportingVerbEntry(_Forms):
    kind: Literal["verb", "participle", "attribution", "noun"]
    quote: bool = True
    plover: str | None = None


class FramingEntry(_Forms):
    valence: Literal[-1, 1]
    target: str
    conflict: str | None = None
    # with ``target: context``: how the actor is found — the occupier named after it or earlier, the
    # quote's speaker, the clause's subject, the victims after it, the actor it qualifies, or the
    # actor right after it (the default)
    resolve: Literal["after", "occupier", "speaker", "subject", "victims", "qualified"] = "after"


class CueEntry(_Forms):
    reason: str
    scope: Literal["clause", "next_word", "sentence"] = "clause"


class DemonymEntry(_Forms):
    actor: str


ENTRY_MODELS: dict[str, type[_Strict]] = {
    "sides": SideEntry,
    "actors": ActorEntry,
    "places": PlaceEntry,
    "triggers": TriggerEntry,
    "reporting_verbs": ReportingVerbEntry,
    "framing": FramingEntry,
    "cues": CueEntry,
    "demonyms": DemonymEntry,
}
