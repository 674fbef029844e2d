"""Internal records passed between pipeline stages (frozen dataclasses).

Every record keeps ``start``/``end`` offsets into the *original* article text, so
``text[start:end]`` is the evidence a person can check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class MentionType(str, Enum):
    PERSON = "PERSON"
    ORGANIZATION = "ORGANIZATION"
    LOCATION = "LOCATION"
    DATE = "DATE"
    NUMBER = "NUMBER"


@dataclass(frozen=True, slots=True)
class Mention:
    """Anything recognised in the text, for the ``mentions`` output."""

    type: MentionType
    start: int
    end: int
    text: str
    id: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in the text. ``candidates`` has several ids when the form is context-dependent
    («الجيش الليبي»); ``actor_id`` is the resolved one. A person resolves to the organisation it
    speaks or acts for (``person_id`` keeps who it was). ``backer`` marks a state named as a sponsor
    («الميليشيات المدعومة من إيران»): it backs a party but is not one, so roles skip it."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    text: str
    candidates: tuple[str, ...]
    actor_id: str | None
    person_id: str | None = None
    demonym: bool = False
    backer: bool = False


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    tok_start: int
    tok_end: int
    text: str
    place_id: str | None
    qualifier: str | None = None  # «قرب», «جنوب», «منطقة», ... (drives geo_precision)
    precision: int = 1


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_id: str | None  # actor or person id when resolved
    speaker_en: str | None
    role: str | None
    side: str | None
    verb: str | None
    verb_start: int
    verb_end: int
    start: int  # evidence span
    end: int
    content_start: int
    content_end: int
    evidence: str


@dataclass(frozen=True, slots=True)
class Event:
    family: str
    event_type: str | None
    sub_event_type: str | None
    plover_type: str | None
    actor1: str | None
    actor2: str | None
    assoc_actor1: tuple[str, ...]
    assoc_actor2: tuple[str, ...]
    date: dt.date | None
    time_precision: int
    date_text: str | None
    place_id: str | None
    location_text: str | None
    geo_precision: int | None
    fatalities: int | None
    fatalities_text: str | None
    fatalities_estimated: bool
    claimed_by: str | None
    start: int
    end: int
    evidence: str
    trigger: str
    trigger_id: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Skip:
    """A clause that looked like an event but was not coded, and why (debug output)."""

    reason: str
    cue: str | None
    trigger: str
    start: int
    end: int
    evidence: str


@dataclass(frozen=True, slots=True)
class Stance:
    label: str
    scores: tuple[tuple[str, float], ...]
    evidence: tuple[str, ...]
    evidence_spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class DocError:
    code: str
    message: str
    stage: str | None = None


@dataclass
class Doc:
    """The one object a :class:`rasd.pipeline.Pipeline` passes from stage to stage.

    Inputs are set by the reader; each stage fills the attributes it declares in ``assigns``.
    """

    id: str
    text: str
    published: dt.date | None = None
    outlet: str | None = None
    outlet_side: str | None = None
    url: str | None = None
    country_hint: str | None = None
    # filled by stages
    norm: object | None = None  # rasd.text.normalize.NormalizedText
    tokens: list = field(default_factory=list)
    token_spans: list[tuple[int, int]] = field(default_factory=list)  # original offsets per token
    sentences: list[tuple[int, int]] = field(default_factory=list)  # token index ranges
    actor_mentions: list[ActorMention] = field(default_factory=list)
    place_mentions: list[PlaceMention] = field(default_factory=list)
    dates: list = field(default_factory=list)  # rasd.text.dates.DateMention
    numbers: list = field(default_factory=list)  # rasd.text.numbers.NumberMention
    quotes: list[Quote] = field(default_factory=list)
    stance: Stance | None = None
    events: list[Event] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    errors: list[DocError] = field(default_factory=list)
    country: str | None = None  # the article's main country (ISO2), inferred
    deadline: float | None = None  # time.perf_counter() past which stages stop (set by Pipeline; rasd.deadline)
    indexes: dict = field(default_factory=dict, repr=False, compare=False)  # rasd.extract.mention_index
