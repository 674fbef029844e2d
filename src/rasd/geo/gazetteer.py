"""Gazetteer: place entries by id, homonym choice, country look-ups."""

from __future__ import annotations

from collections.abc import Iterable

from rasd.lexicon.schema import PlaceEntry

_TYPE_RANK = {"capital": 0, "city": 1, "town": 2, "base": 3, "airport": 3, "district": 4, "village": 5}


class Gazetteer:
    """Read-only view over the places of a lexicon (curated first, imported after)."""

    def __init__(self, places: dict[str, PlaceEntry], imported: Iterable[str] = ()) -> None:
        self.places = places
        self.imported = frozenset(imported)
        self._countries = {p.country: p for p in places.values() if p.type == "country"}

    def get(self, place_id: str | None) -> PlaceEntry | None:
        return self.places.get(place_id) if place_id else None

    def country(self, iso2: str | None) -> PlaceEntry | None:
        return self._countries.get(iso2) if iso2 else None

    def country_name(self, iso2: str | None) -> str | None:
        entry = self.country(iso2)
        return entry.name_en if entry else iso2

    def choose(self, candidates: Iterable[str], country: str | None) -> str | None:
        """Pick one place among homonyms: the article's country first, curated before imported,
        then towns before provinces, then the larger population."""
        entries = [self.places[c] for c in candidates if c in self.places]
        if not entries:
            return None

        def rank(p: PlaceEntry) -> tuple:
            return (
                0 if country and p.country == country else 1,
                1 if p.id in self.imported else 0,
                _TYPE_RANK.get(p.type, 6),
                -(p.population or 0),
            )

        return min(entries, key=rank).id
