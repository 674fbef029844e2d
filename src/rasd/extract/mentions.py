"""Pipeline stage: find actors, places, dates and numbers, and the article's main country.

Actor names are read against the article's theatre and their neighbours:

* an alias limited to some theatres (``countries`` in the lexicon: «التحالف», «القيادة العامة»,
  «النظام», «الحكومة») names its actor only in an article about one of them;
* a generic head followed by «لـ» + an organisation is that organisation («القيادة العامة لقوات
  سوريا الديمقراطية» → SDF, not the Libyan General Command);
* a generic name followed by a nationality adjective takes the nationality («دولة الاحتلال التركي» →
  Turkey, though «دولة الاحتلال» alone is Israel);
* a state named as a sponsor («المدعومة من إيران», «الموالية لتركيا», «بدعم روسي») is marked
  ``backer``: it backs a party without being one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from collections import Counter
from collections.abc import Sequence

from rasd.deadline import check_deadline
from rasd.geo.gazetteer import Gazetteer
from rasd.geo.qualifiers import precision_for
from rasd.lexicon.resources import ActorRef, Resources
from rasd.model.records import ActorMention, Doc, PlaceMention
from rasd.text.dateline import dateline_span
from rasd.text.dates import find_dates
from rasd.text.numbers import find_numbers
from rasd.text.tokens import Token

THEATRES = ("LY", "SY", "YE", "IQ", "SD")
# Heads of «X لـ Y» (X of Y): «القيادة العامة لقوات ...», «المجلس العسكري لـ ...», «المكتب الإعلامي لـ ...»
GENITIVE_HEADS = frozenset("قياده مجلس غرفه مكتب هيئه جناح ذراع".split())
# «المدعومة من Y», «بدعم من Y», «المسنودة من Y», «المقربة من Y»: Y backs the party
BACKED_BY = frozenset("مدعومه مدعوم مدعومين مدعومون دعم اسناد مسنوده مسنود مقربه مقرب مقربين".split())
# the participles also take Y directly («المدعومة تركيا»); the nouns only a nationality («بدعم تركي»)
BACKED_DIRECT = frozenset("مدعومه مدعوم مدعومين مدعومون مسنوده مسنود".split())
SUPPORT_NOUNS = frozenset("دعم اسناد".split())
# «بقيادة Y»: Y leads the party just named («التحالف العربي بقيادة السعودية»), it is not another one
LED_BY = frozenset({"قياده"})
# «الموالية لـ Y», «التابعة لـ Y», «المرتبطة بـ Y»: the same with the preposition on Y
LOYAL_TO = frozenset("مواليه موالي موالين موالون تابعه تابع تابعين مرتبطه مرتبط مرتبطين".split())


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
        matches = self.res.actors.match(tokens)
        raw_places = self.res.places.match(tokens)
        country = doc.country_hint or self._country(
            [tuple(p.actor_id for p in m.payloads if not p.countries) for m in matches], raw_places
        )
        actors: list[ActorMention] = []
        prefixes: dict[int, str] = {}
        taken: set[int] = set()
        for m in matches:
            # «النظام» outside Syria, «التحالف» where no coalition is meant: no candidate is left, but the
            # words stay until _compose, which may join them to the next name («القيادة العامة لـ...»)
            refs = _in_theatre(m.payloads, country)
            start, end, text = self._span(doc, m.start, m.end)
            ids = tuple(dict.fromkeys(p.actor_id for p in refs))
            context = any(p.context for p in refs) or len(ids) != 1
            person = next((p.person_id for p in refs if p.person_id), None)
            actors.append(
                ActorMention(start, end, m.start, m.end, text, ids, None if context else ids[0], person)
            )
            prefixes[m.start] = m.analysis.prefix
            taken.update(range(m.start, m.end))
        for m in self.res.demonyms.match(tokens):
            if taken.intersection(range(m.start, m.end)):
                continue
            start, end, text = self._span(doc, m.start, m.end)
            actors.append(ActorMention(start, end, m.start, m.end, text, (m.payload,), m.payload, None, True))
            prefixes[m.start] = m.analysis.prefix
        actors.sort(key=lambda a: a.tok_start)
        actors = [a for a in self._compose(doc, actors, prefixes) if a.candidates]
        actors = self._mark_backers(doc, actors, prefixes, country)

        check_deadline(doc)
        places: list[PlaceMention] = []
        for m in raw_places:
            check_deadline(doc)
            place_id = self.gaz.choose(m.payloads, country)
            entry = self.gaz.get(place_id)
            previous = [a.key for t in tokens[max(0, m.start - 3) : m.start] for a in t.analyses]
            precision, qualifier = precision_for(previous, entry.type if entry else "town")
            start, end, text = self._span(doc, m.start, m.end)
            places.append(PlaceMention(start, end, m.start, m.end, text, place_id, qualifier, precision))
        actors = _outside_longer_places(actors, places)
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

    def _country(self, actor_candidates: list[tuple[str, ...]], places) -> str | None:
        """The theatre the article is about: most named among conflict countries' places and actors
        (aliases limited to some theatres do not vote: they are read in the light of the answer)."""
        votes: Counter[str] = Counter()
        for m in places:
            for pid in m.payloads:
                p = self.gaz.get(pid)
                if p and p.country in THEATRES:
                    votes[p.country] += 1 if p.type != "country" else 2
        for cands in actor_candidates:
            for aid in cands:
                entry = self.res.actor(aid)
                if entry and entry.country in THEATRES:
                    votes[entry.country] += 1
        return votes.most_common(1)[0][0] if votes else None

    def _compose(self, doc: Doc, actors: list[ActorMention], prefixes: dict[int, str]) -> list[ActorMention]:
        """Join a generic name to the mention right after it: «X لـ Y» is Y, «X + nationality» the
        nationality's actor (or X's own reading of that nationality)."""
        out: list[ActorMention] = []
        i = 0
        while i < len(actors):
            m = actors[i]
            nxt = actors[i + 1] if i + 1 < len(actors) else None
            joined = None
            if nxt is not None and nxt.tok_start == m.tok_end and m.actor_id is None and not m.demonym:
                if nxt.demonym:
                    joined = self._with_nationality(doc, m, nxt)
                elif (prefixes.get(nxt.tok_start, "").endswith("ل")
                      and _has_key(doc.tokens[m.tok_start], GENITIVE_HEADS)):
                    joined = _join(doc, m, nxt, nxt.candidates, nxt.actor_id, nxt.person_id)
            if joined is not None:
                out.append(joined)
                i += 2
            else:
                out.append(m)
                i += 1
        return out

    def _with_nationality(self, doc: Doc, m: ActorMention, dem: ActorMention) -> ActorMention:
        """X keeps its own candidate of that nationality («التحالف الأمريكي» → the US-led coalition);
        otherwise the adjective names the actor («دولة الاحتلال التركي» → Turkey)."""
        nation = dem.actor_id
        home = self.res.actor(nation).country if self.res.actor(nation) else None
        for c in m.candidates:
            entry = self.res.actor(c)
            if c == nation or self.res.side(c) == nation or (entry and (entry.parent == nation or
                                                                       (home and entry.country == home))):
                return _join(doc, m, dem, (c,), c, None)
        return _join(doc, m, dem, (nation,), nation, None)

    def _mark_backers(self, doc: Doc, actors: list[ActorMention], prefixes: dict[int, str],
                      country: str | None) -> list[ActorMention]:
        """Mark the sponsors; a state joined by «و» to a sponsor is one too («من السعودية والإمارات»)."""
        tokens = doc.tokens
        out: list[ActorMention] = []
        last_end = -1
        for m in actors:
            backer = self._is_backer(tokens, m, prefixes, country) or (
                m.tok_start == last_end and prefixes.get(m.tok_start, "").startswith("و")
                and (m.demonym or _is_state(self.res, m.actor_id or m.candidates[0]))
            )
            if backer:
                m = ActorMention(m.start, m.end, m.tok_start, m.tok_end, m.text, m.candidates, m.actor_id,
                                 m.person_id, m.demonym, True)
                last_end = m.tok_end
            out.append(m)
        return out

    def _is_backer(self, tokens: Sequence[Token], m: ActorMention, prefixes: dict[int, str],
                   country: str | None) -> bool:
        """A state, or a foreign force, right after «المدعومة من», «بدعم من», «بقيادة»; a state after
        «الموالية لـ», «التابعة لـ», «بدعم ...ي». «القوات التابعة لحكومة الوفاق» are the GNA's own."""
        if m.tok_start == 0 or m.person_id:
            return False
        actor_id = m.actor_id or (m.candidates[0] if len(m.candidates) == 1 else None)
        state = m.demonym or _is_state(self.res, actor_id)
        entry = self.res.actor(actor_id)
        foreign = state or bool(entry and entry.country != country)
        i = m.tok_start - 1
        if i >= 2 and tokens[i].key == "قبل" and tokens[i - 1].key == "من":  # «المدعومة من قبل إيران»
            i -= 1
        prev = tokens[i]
        if i >= 1 and prev.key == "من":
            return foreign and _has_key(tokens[i - 1], BACKED_BY)
        if any(a.key in SUPPORT_NOUNS | LED_BY and a.prefix.endswith("ب") for a in prev.analyses):
            # «بدعم تركي», «بقيادة السعودية»; not «الدعم لإسرائيل», where Israel receives it
            return state
        return foreign and _has_key(prev, BACKED_DIRECT) or (
            state and _has_key(prev, LOYAL_TO) and prefixes.get(m.tok_start, "").endswith(("ل", "ب"))
        )


def _in_theatre(refs: Sequence[ActorRef], country: str | None) -> list[ActorRef]:
    """The readings of a form that hold in an article about ``country``."""
    return [p for p in refs if not p.countries or country in p.countries]


def _has_key(token: Token, keys: frozenset[str]) -> bool:
    return any(a.key in keys for a in token.analyses)


def _is_state(res: Resources, actor_id: str | None) -> bool:
    entry = res.actor(actor_id)
    return bool(entry and entry.type == "state")


def _join(doc: Doc, m: ActorMention, nxt: ActorMention, candidates: tuple[str, ...], actor_id: str | None,
          person_id: str | None) -> ActorMention:
    return ActorMention(m.start, nxt.end, m.tok_start, nxt.tok_end, doc.text[m.start:nxt.end], candidates,
                        actor_id, person_id)


MAX_PLACE_TOKENS = 12  # longer than any gazetteer name


def _outside_longer_places(actors: list[ActorMention], places: list[PlaceMention]) -> list[ActorMention]:
    """Drop an actor name that is only part of a longer place name («الأسد» in «قاعدة عين الأسد»)."""
    if not places:
        return actors
    spans = sorted((p.tok_start, p.tok_end) for p in places)
    starts = [s for s, _ in spans]

    def inside(a: ActorMention) -> bool:
        # places start at most MAX_PLACE_TOKENS before the actor; look only at those
        hi = bisect_right(starts, a.tok_start)
        lo = bisect_left(starts, a.tok_start - MAX_PLACE_TOKENS)
        return any(a.tok_end <= e and e - s > a.tok_end - a.tok_start for s, e in spans[lo:hi])

    return [a for a in actors if not inside(a)]
