"""Compiled resources: the lexicon's phrase indexes, built once and injected into stages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rasd.lexicon.index import PhraseIndex
from rasd.lexicon.loader import Lexicon, load_lexicon
from rasd.lexicon.schema import (
    ActorEntry,
    CueEntry,
    FramingEntry,
    ReportingVerbEntry,
    TriggerEntry,
)


@dataclass(frozen=True, slots=True)
class ActorRef:
    """What an actor form points to: the acting organisation, and the person when it is a name."""

    actor_id: str
    context: bool = False
    person_id: str | None = None
    countries: tuple[str, ...] = ()  # the alias names this actor only in articles about these theatres


@dataclass(frozen=True)
class Resources:
    lexicon: Lexicon
    actors: PhraseIndex[ActorRef]
    demonyms: PhraseIndex[str]
    places: PhraseIndex[str]
    triggers: PhraseIndex[TriggerEntry]
    verbs: PhraseIndex[ReportingVerbEntry]
    framing: PhraseIndex[FramingEntry]
    cues: PhraseIndex[CueEntry]

    def actor(self, actor_id: str | None) -> ActorEntry | None:
        return self.lexicon.actors.get(actor_id) if actor_id else None

    def label(self, actor_id: str | None) -> str | None:
        entry = self.actor(actor_id)
        return entry.label if entry else actor_id

    def side(self, actor_id: str | None) -> str | None:
        """The camp of an actor: its ``side`` field, else its parent's, else itself."""
        seen: set[str] = set()
        while actor_id and actor_id not in seen:
            seen.add(actor_id)
            entry = self.actor(actor_id)
            if entry is None:
                return actor_id
            if entry.side:
                return entry.side
            actor_id = entry.parent or entry.affiliation
        return actor_id

    def side_label(self, side_id: str | None) -> str | None:
        """A printable label for a side: the label of the actor with that id, else the id."""
        if side_id is None:
            return None
        entry = self.actor(side_id)
        return entry.label if entry else side_id

    def opponents(self, side_id: str | None) -> tuple[str, ...]:
        side = self.lexicon.sides.get(side_id) if side_id else None
        return tuple(side.opponents) if side else ()


def compile_resources(lexicon: Lexicon) -> Resources:
    """Build every phrase index from a loaded lexicon."""
    actors: PhraseIndex[ActorRef] = PhraseIndex()
    for entry in lexicon.actors.values():
        if entry.type == "person":
            ref = ActorRef(entry.affiliation or entry.id, False, entry.id)
        else:
            ref = ActorRef(entry.id)
        for alias in entry.aliases:
            if alias.ar:
                actors.add(alias.ar, ActorRef(ref.actor_id, alias.context, ref.person_id, tuple(alias.countries)))
    demonyms: PhraseIndex[str] = PhraseIndex()
    for d in lexicon.demonyms:
        demonyms.add_all((f, d.actor) for f in d.forms)
    places: PhraseIndex[str] = PhraseIndex(article_sensitive=True)
    for p in lexicon.places.values():
        places.add_all((f, p.id) for f in p.ar)
    triggers: PhraseIndex[TriggerEntry] = PhraseIndex()
    for t in lexicon.triggers:
        triggers.add_all((f, t) for f in t.forms)
    verbs: PhraseIndex[ReportingVerbEntry] = PhraseIndex()
    for v in lexicon.reporting_verbs:
        verbs.add_all((f, v) for f in v.forms)
    framing: PhraseIndex[FramingEntry] = PhraseIndex()
    for fr in lexicon.framing:
        framing.add_all((f, fr) for f in fr.forms)
    cues: PhraseIndex[CueEntry] = PhraseIndex()
    for c in lexicon.cues:
        cues.add_all((f, c) for f in c.forms)
    return Resources(lexicon, actors, demonyms, places, triggers, verbs, framing, cues)


def build_resources(extra_dirs: Sequence[Path] = (), data_dir: Path | None = None) -> Resources:
    """Load the lexicons (curated + imported folders) and compile them."""
    return compile_resources(load_lexicon(extra_dirs, data_dir))
