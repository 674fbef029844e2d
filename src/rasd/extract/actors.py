"""Pipeline stage: resolve context-dependent actor names and give each quote its speaker's side.

«الجيش الليبي» is the LNA in one outlet and the GNA's army in another. The name is resolved, in
order, by: the candidates of the article's country (else international ones); the outlet's
declared side; a person named right after it («المتحدث باسم الجيش الليبي محمد قنونو» → Gnounou's
camp); the side the narration favours; the lexicon's first candidate. (Aliases limited to some
theatres, and names joined to their neighbours, are settled earlier, in the mention stage.)
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from rasd.extract.mention_index import SpanIndex, actor_index
from rasd.lexicon.resources import Resources
from rasd.text.normalize import normalize_form
from rasd.text.tokens import token_key
from rasd.model.records import ActorMention, Doc


# Unnamed speakers (keys without the article): «وزارة الخارجية», «الحكومة», «مصدر عسكري», «المصدر».
OCCUPATION = "احتلال"
OFFICIAL_HEADS = frozenset("وزاره حكومه رئاسه داخليه خارجيه".split())
SOURCE_HEADS = frozenset("مصدر مصادر".split())
SOURCE_KINDS = frozenset("عسكري عسكريه امني امنيه ميداني ميدانيه رسمي رسميه حكومي حكوميه".split())


class ActorResolutionStage:
    name = "actors"
    requires = ("actor_mentions", "quotes", "stance", "country")
    assigns = ("actor_mentions", "quotes")

    def __init__(self, resources: Resources) -> None:
        self.res = resources

    def _resolve(self, doc: Doc, m: ActorMention, favoured: str | None,
                 occupiers: tuple[list[int], list[str]] = ([], [])) -> str | None:
        occupier = self._occupier(doc, m, occupiers)
        if occupier is not None:
            return occupier
        cands = self._nearest(list(m.candidates), doc.country)
        if len(cands) == 1:
            return cands[0]
        sides = {c: self.res.side(c) for c in cands}
        if doc.outlet_side:
            for c in cands:
                if sides[c] == doc.outlet_side:
                    return c
        for other in actor_index(doc).starting(m.tok_end, m.tok_end + 4):
            if other.person_id and m.tok_end <= other.tok_start <= m.tok_end + 3:
                person_side = self.res.side(other.person_id)
                for c in cands:
                    if sides[c] == person_side:
                        return c
        if favoured:
            for c in cands:
                if sides[c] and sides[c].lower() == favoured:
                    return c
        return cands[0] if cands else None

    @staticmethod
    def _occupiers(doc: Doc) -> tuple[list[int], list[str]]:
        """Starts and actors of «الاحتلال» names the article resolved («دولة الاحتلال التركي»)."""
        starts: list[int] = []
        actors: list[str] = []
        for m in doc.actor_mentions:
            if m.actor_id and OCCUPATION in normalize_form(m.text):
                starts.append(m.start)
                actors.append(m.actor_id)
        return starts, actors

    @staticmethod
    def _occupier(doc: Doc, m: ActorMention, occupiers: tuple[list[int], list[str]]) -> str | None:
        """«جيش الاحتلال ومرتزقته» after «دولة الاحتلال التركي»: a bare «الاحتلال» name means the
        occupier the article has already named with its nationality."""
        starts, actors = occupiers
        if not starts or OCCUPATION not in normalize_form(m.text):
            return None
        i = bisect_left(starts, m.start)
        return actors[i - 1] if i else None

    def _nearest(self, cands: list[str], country: str | None) -> list[str]:
        """The candidates closest to the article's theatre: its own actors, else international ones
        (no home country), else all of them."""
        def rank(c: str) -> int:
            entry = self.res.actor(c)
            if entry is None:
                return 2
            if country and entry.country == country:
                return 0
            return 1 if entry.country is None else 2

        best = min((rank(c) for c in cands), default=2)
        return [c for c in cands if rank(c) == best]

    def __call__(self, doc: Doc) -> None:
        favoured = doc.stance.label[4:] if doc.stance and doc.stance.label.startswith("pro_") else None
        occupiers = self._occupiers(doc)
        doc.actor_mentions = [
            m if m.actor_id else replace(m, actor_id=self._resolve(doc, m, favoured, occupiers)) for m in doc.actor_mentions
        ]
        by_start = {(m.start, m.end): m for m in doc.actor_mentions}
        spans = SpanIndex(list(by_start.values()), lambda m: m.start, lambda m: m.end)
        quotes = []
        for q in doc.quotes:
            speaker_id = q.speaker_id
            if speaker_id and speaker_id not in self.res.lexicon.actors:
                speaker_id = None
            if q.speaker_start is not None and (speaker_id is None or self._is_context(speaker_id)):
                inside = spans.within(q.speaker_start, q.speaker_end)
                if inside and not any(m.person_id for m in inside):
                    speaker_id = inside[0].actor_id
            if speaker_id is None and q.speaker:
                speaker_id = self._unnamed_official(doc, q.speaker, favoured)
            side = self.res.side_label(self.res.side(speaker_id)) if speaker_id else "other"
            entry = self.res.actor(speaker_id)
            speaker_en = q.speaker_en or (entry.label if entry else None)
            quotes.append(replace(q, speaker_id=speaker_id, side=side, speaker_en=speaker_en))
        doc.quotes = quotes

    def _unnamed_official(self, doc: Doc, speaker: str, favoured: str | None) -> str | None:
        """«وزارة الصحة», «مصدر عسكري», «المصدر»: who an unnamed official or source speaks for.

        A ministry or government without a nationality is the article's government: the camp the
        outlet favours, else the side that governs the article's country (``governs`` in
        sides.yaml; none for Libya's two governments). A military or security source speaks for the
        camp a partisan outlet favours; in neutral reporting it stays unattributed."""
        words = [token_key(w) for w in normalize_form(speaker).split()]
        words = words[2:] if words[:2] in (["متحدث", "باسم"], ["مصدر", "في"], ["مسوول", "في"]) else words
        if not words:
            return None
        local = self._favoured_side(doc, favoured)
        if words[0] in OFFICIAL_HEADS:
            return local or self._governing_side(doc.country)
        if words[0] in SOURCE_HEADS and (len(words) == 1 or words[1] in SOURCE_KINDS):
            return local
        return None

    def _favoured_side(self, doc: Doc, favoured: str | None) -> str | None:
        if not favoured:
            return None
        side = next((s for s in self.res.lexicon.sides.values() if s.id.lower() == favoured), None)
        return side.id if side is not None and side.id in self.res.lexicon.actors else None

    def _governing_side(self, country: str | None) -> str | None:
        side = next((s for s in self.res.lexicon.sides.values() if country and s.governs == country), None)
        return side.id if side is not None and side.id in self.res.lexicon.actors else None

    def _is_context(self, actor_id: str) -> bool:
        entry = self.res.actor(actor_id)
        return bool(entry and any(a.context for a in entry.aliases))
