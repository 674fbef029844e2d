"""What the merger needs to know about actors and places, taken from the lexicons.

The merger asks four questions: which side an actor is on, which sides oppose it, which actor id an
output label stands for (associated actors are written as labels), and which country a place is in.
:class:`LexiconContext` answers them from loaded :class:`~rasd.lexicon.resources.Resources`; tests
may pass any object with the same methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from rasd.geo.gazetteer import Gazetteer
from rasd.lexicon.resources import Resources


class MergeContext(Protocol):
    def side(self, actor_id: str | None) -> str | None: ...
    def opponents(self, side: str | None) -> frozenset[str]: ...
    def actor_id(self, label: str) -> str | None: ...
    def country_code(self, location_id: str | None) -> str | None: ...


@dataclass(frozen=True)
class LexiconContext:
    """:class:`MergeContext` backed by the lexicons (sides.yaml, actors_*.yaml, places_*.yaml)."""

    resources: Resources
    gazetteer: Gazetteer
    _by_label: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def from_resources(cls, resources: Resources, gazetteer: Gazetteer) -> LexiconContext:
        by_label: dict[str, str] = {}
        for actor_id, entry in resources.lexicon.actors.items():
            label = entry.label
            best = by_label.get(label)
            # a label shared by a camp and its units («LNA» for LNA_AIR_FORCE) means the camp
            rank = (actor_id != resources.side(actor_id), len(actor_id), actor_id)
            if best is None or rank < (best != resources.side(best), len(best), best):
                by_label[label] = actor_id
        return cls(resources, gazetteer, by_label)

    def side(self, actor_id: str | None) -> str | None:
        return self.resources.side(actor_id) if actor_id else None

    def opponents(self, side: str | None) -> frozenset[str]:
        return frozenset(self.resources.opponents(side)) if side else frozenset()

    def actor_id(self, label: str) -> str | None:
        if label in self.resources.lexicon.actors:
            return label
        return self._by_label.get(label)

    def country_code(self, location_id: str | None) -> str | None:
        place = self.gazetteer.get(location_id) if location_id else None
        return place.country if place else None


def lexicon_context(extra_dirs: Sequence[Path] = ()) -> LexiconContext:
    """Load the lexicons (curated + imported folders) and wrap them for the merger (~1 s)."""
    from rasd.lexicon.resources import build_resources

    resources = build_resources(extra_dirs)
    gazetteer = Gazetteer(resources.lexicon.places, resources.lexicon.imported_places)
    return LexiconContext.from_resources(resources, gazetteer)
