"""Pipeline stage: find actors, places, dates and numbers, and the article's main country."""

from __future__ import annotations

from collections import Counter

from rasd.deadline import check_deadline
from rasd.geo.gazetteer import Gazetteer
from rasd.geo.qualifiers import precision_for
from rasd.lexicon.resources import Resources
from rasd.model.records import ActorMention, Doc, PlaceMention
from rasd.text.dateline import dateline_span
from rasd.text.dates import find_dates
from rasd.text.numbers import find_numbers

THEATRES = ("LY", "SY", "YE", "IQ", "SD")


class MentionStage:
    name = "mentions"
    requires = ("tokens", "token_spans")
    assigns = ("actor_mentions", "place_mentions", "dates", "numbers", "country")

    def __init__(self, resources: Resources, gazetteer: Gazetteer) -> None:
        self.res = resources
        self.gaz = gazetteer

    def _span(self, doc: Doc, a: int, b: int) -> tuple[int, int, str]:
        start, end = doc.token_spans[a][0], doc.token_spans[b - 1][1]
        return start, end, doc.text[start:end]

    def __call__(self, doc: Doc) -> None:
        tokens = doc.tokens
        actors: list[ActorMention] = []
        taken: set[int] = set()
        for m in self.res.actors.match(tokens):
            start, end, text = self._span(doc, m.start, m.end)
            ids = tuple(dict.fromkeys(p.actor_id for p in m.payloads))
            context = any(p.context for p in m.payloads) or len(ids) > 1
            person = next((p.person_id for p in m.payloads if p.person_id), None)
            actors.append(
                ActorMention(start, end, m.start, m.end, text, ids, None if context else ids[0], person)
            )
            taken.update(range(m.start, m.end))
        for m in self.res.demonyms.match(tokens):
            if taken.intersection(range(m.start, m.end)):
                continue
            start, end, text = self._span(doc, m.start, m.end)
            actors.append(ActorMention(start, end, m.start, m.end, text, (m.payload,), m.payload, None, True))
        actors.sort(key=lambda a: a.tok_start)

        check_deadline(doc)
        raw_places = self.res.places.match(tokens)
        country = doc.country_hint or self._country(doc, actors, raw_places)
        places: list[PlaceMention] = []
        for m in raw_places:
            check_deadline(doc)
            place_id = self.gaz.choose(m.payloads, country)
            entry = self.gaz.get(place_id)
            previous = [a.key for t in tokens[max(0, m.start - 3) : m.start] for a in t.analyses]
            precision, qualifier = precision_for(previous, entry.type if entry else "town")
            start, end, text = self._span(doc, m.start, m.end)
            places.append(PlaceMention(start, end, m.start, m.end, text, place_id, qualifier, precision))
        dateline = dateline_span(doc.text)
        if dateline is not None:  # «بيروت (وكالات) -»: where the report was filed, not a party or a scene
            actors = [a for a in actors if a.start >= dateline[1]]
            places = [p for p in places if p.start >= dateline[1]]
        doc.actor_mentions = actors
        doc.place_mentions = places
        doc.country = country
        check_deadline(doc)
        doc.dates = find_dates(doc.text, doc.published)
        check_deadline(doc)
        doc.numbers = find_numbers(doc.text)

    def _country(self, doc: Doc, actors: list[ActorMention], places) -> str | None:
        """The theatre the article is about: most named among conflict countries' places and actors."""
        votes: Counter[str] = Counter()
        for m in places:
            for pid in m.payloads:
                p = self.gaz.get(pid)
                if p and p.country in THEATRES:
                    votes[p.country] += 1 if p.type != "country" else 2
        for a in actors:
            for aid in a.candidates:
                entry = self.res.actor(aid)
                if entry and entry.country in THEATRES:
                    votes[entry.country] += 1
        return votes.most_common(1)[0][0] if votes else None
