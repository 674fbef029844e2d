"""Pipeline stage: which side the outlet's own narration favours.

Only the narrator's words count: quote contents and text in quotation marks are left out. Each
framing term (``framing.yaml``) scores a side: a delegitimising term (-1) against a side favours its
opponents; a legitimising term (+1) favours the side it names. «ميليشيات» counts against whichever
actor follows it («ميليشيات الوفاق» → against the GNA → pro-LNA).

A term's ``target`` says which actor it is about:

- a side id: the side the term itself names («حكومة الإنقاذ» → HOUTHIS);
- ``next_actor``: the actor named right after the term (two words between at most), or an alias
  that starts inside the term and runs past it («ما يسمى "الجيش الوطني"»);
- ``context``: the actor the entry's ``resolve`` rule finds (other context
  entries: the actor named right after, nothing between, «النظام التركي»). The occupier or
  aggressor («الاحتلال», «العدوان») is the one named right after it, else the one the article last
  (or, failing that, next) names that way: a partisan outlet writes «جيش الاحتلال» alone once it
  has written «جيش الاحتلال التركي». «زعمت»/«زاعما» are about who claims, «المزعوم» about the
  actor it follows, «استشهد» about the victims named right after it.

Foreign powers are sides too (``sides.yaml``: TURKEY, USA, ...): delegitimising one favours the
local side that opposes it in the article's conflict («الاحتلال التركي» → pro-SDF in Syria, pro-LNA
in Libya). A foreign power is never the label itself: only local sides are favoured.
"""

from __future__ import annotations

from collections import defaultdict

from rasd.extract.mention_index import actor_index
from rasd.extract.spans import quoted_regions
from rasd.lexicon.index import Match
from rasd.lexicon.resources import Resources
from rasd.lexicon.schema import FramingEntry
from rasd.model.records import ActorMention, Doc, Stance
from rasd.text.dateline import dateline_span
from rasd.text.normalize import normalize_form
from rasd.text.tokens import token_key

CONFLICT_OF = {"LY": "libya", "SY": "syria", "YE": "yemen", "IQ": "iraq", "SD": "sudan"}
COUNTRY_OF = {v: k for k, v in CONFLICT_OF.items()}
MIN_SCORE = 2.0
MIN_MARGIN = 1.5
NEXT_WINDOW = 2  # tokens allowed between a next_actor term and its actor
VICTIM_WINDOW = 4  # «استشهد 3 عناصر من قوى الأمن»: the victims follow within a short noun phrase

class FramingStage:
    name = "framing"
    requires = ("tokens", "token_spans", "quotes", "actor_mentions", "country")
    assigns = ("stance",)

    def __init__(self, resources: Resources) -> None:
        self.res = resources

    # ---- sides -------------------------------------------------------------------------------

    def _side_in_conflict(self, side: str, conflict: str | None) -> bool:
        entry = self.res.lexicon.sides.get(side)
        return entry is not None and (conflict is None or conflict in entry.conflicts)

    def _local(self, side: str, conflict: str | None) -> bool:
        """A side of the conflict itself, not a foreign power intervening in it."""
        if not self._side_in_conflict(side, conflict):
            return False
        actor = self.res.actor(side)
        if actor is None or actor.country is None:
            return True
        return actor.country == COUNTRY_OF[conflict] if conflict else actor.country in CONFLICT_OF

    def _mention_side(self, m: ActorMention, conflict: str | None) -> str | None:
        for aid in (m.actor_id,) if m.actor_id else m.candidates:
            side = self.res.side(aid)
            if side and self._side_in_conflict(side, conflict):
                return side
        return None

    # ---- which actor a term is about -----------------------------------------------------------

    def _mentions(self, doc: Doc, lo: int, hi: int, headline: int) -> list[ActorMention]:
        """Actor mentions starting in tokens ``[lo, hi)``. Above the dateline, where the mention stage
        keeps no actors (a headline is not a scene), the actor and demonym lexicons are read directly:
        a headline is the narrator's own voice."""
        if lo >= headline:
            return actor_index(doc).starting(lo, hi)
        found = []
        for index, demonym in ((self.res.actors, False), (self.res.demonyms, True)):
            for x in index.match(doc.tokens, lo, min(hi + 4, len(doc.tokens))):
                if x.start < hi:
                    ids = tuple(dict.fromkeys(p if demonym else p.actor_id for p in x.payloads))
                    found.append(ActorMention(doc.token_spans[x.start][0], doc.token_spans[x.end - 1][1], x.start, x.end,
                                              doc.text[doc.token_spans[x.start][0]:doc.token_spans[x.end - 1][1]],
                                              ids, ids[0] if len(ids) == 1 else None, demonym=demonym))
        return sorted(found, key=lambda a: (a.tok_start, -a.tok_end))

    def _after(self, doc: Doc, m: Match, window: int, headline: int) -> ActorMention | None:
        """The actor named right after the term (``window`` tokens between at most), or an alias
        that starts inside the term and runs past it («النظام التركي» read as one alias)."""
        for a in self._mentions(doc, m.start, m.end + window + 1, headline):
            if a.tok_end > m.end and a.tok_start <= m.end + window:
                return a
        return None

    def _before(self, doc: Doc, m: Match, headline: int) -> ActorMention | None:
        """The actor ending right before the term (a postposed adjective qualifies it)."""
        if m.start < headline:
            found = [a for a in self._mentions(doc, max(m.start - 4, 0), m.start, headline) if a.tok_end == m.start]
        else:
            found = [a for a in actor_index(doc).overlapping(m.start - 1, m.start) if a.tok_end == m.start]
        return found[-1] if found else None

    def _sentence(self, doc: Doc, tok: int) -> tuple[int, int]:
        for lo, hi in doc.sentences:
            if lo <= tok < hi:
                return lo, hi
        return 0, len(doc.tokens)

    def _subject(self, doc: Doc, m: Match) -> ActorMention | None:
        lo, _ = self._sentence(doc, m.start)
        return next((a for a in actor_index(doc).starting(lo, m.start) if a.tok_end <= m.start), None)

    def _speaker(self, doc: Doc, start: int, end: int) -> str | None:
        for q in doc.quotes:
            if q.speaker_id and q.verb and start <= q.verb_start < end:
                return q.speaker_id
        return None

    def _victims(self, doc: Doc, m: Match) -> ActorMention | None:
        """The victims: the first actor after the term, in its noun phrase («عنصرين من قوى الأمن»)."""
        _, hi = self._sentence(doc, m.start)
        found = actor_index(doc).starting(m.end, min(hi, m.end + VICTIM_WINDOW + 1))
        if not found:
            return None
        a = found[0]
        return a if all(_np_word(t) for t in doc.tokens[m.end:a.tok_start]) else None

    # ---- the stage -----------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> None:
        conflict = CONFLICT_OF.get(doc.country or "")
        quoted = quoted_regions(doc)
        headline = _headline_end(doc)
        matches = self.res.framing.match(doc.tokens)
        occupiers = self._occupiers(doc, matches, conflict, headline)
        raw: dict[str, float] = defaultdict(float)
        evidence: list[str] = []
        spans: list[tuple[int, int]] = []
        for m in matches:
            start, end = doc.token_spans[m.start][0], doc.token_spans[m.end - 1][1]
            if quoted.contains(start):
                continue
            for entry in m.payloads:
                if entry.conflict and conflict and entry.conflict != conflict:
                    continue
                if entry.target in ("next_actor", "context"):
                    side, start, end = self._about(doc, m, entry, conflict, occupiers, start, end, headline)
                    if side is None:
                        continue
                elif self._side_in_conflict(entry.target, conflict):
                    side = entry.target
                else:
                    continue
                raw[side] += entry.valence
                evidence.append(doc.text[start:end])
                spans.append((start, end))
                break
        favour: dict[str, float] = defaultdict(float)
        for side, value in raw.items():
            if value > 0 and self._local(side, conflict):
                favour[side] += value
            elif value < 0:
                opponents = [o for o in self.res.opponents(side) if self._local(o, conflict)]
                for o in opponents:
                    favour[o] += -value / len(opponents)
        ranked = sorted(favour.items(), key=lambda kv: -kv[1])
        label = "neutral"
        if ranked and ranked[0][1] >= MIN_SCORE:
            second = ranked[1][1] if len(ranked) > 1 else 0.0
            if ranked[0][1] - second >= MIN_MARGIN:
                label = f"pro_{ranked[0][0].lower()}"
        doc.stance = Stance(label, tuple((k, round(v, 2)) for k, v in ranked), tuple(evidence), tuple(spans))

    def _about(self, doc: Doc, m: Match, entry: FramingEntry, conflict: str | None,
               occupiers: list[tuple[int, ActorMention]], start: int, end: int, headline: int
               ) -> tuple[str | None, int, int]:
        """The side a next_actor/context term is about, and its evidence span (the term, and the
        actor with it when that is named right next to it)."""
        rule = entry.resolve if entry.target == "context" else "next"
        a: ActorMention | None = None
        if rule == "speaker":
            speaker = self._speaker(doc, start, end)
            if speaker is not None:
                side = self.res.side(speaker)
                return (side if side and self._side_in_conflict(side, conflict) else None), start, end
            a = self._after(doc, m, NEXT_WINDOW, headline)
        elif rule == "subject":
            a = self._subject(doc, m)
            if a is not None:  # the evidence is the claim's own word, not the whole clause
                return self._mention_side(a, conflict), start, end
        elif rule == "victims":
            a = self._victims(doc, m)
        elif rule == "occupier":
            a = self._after(doc, m, 0, headline) or _nearest(occupiers, m.start)
        elif rule == "qualified":
            a = self._before(doc, m, headline) or self._after(doc, m, 0, headline)
        elif rule == "after":
            a = self._after(doc, m, 0, headline)
        else:
            a = self._after(doc, m, NEXT_WINDOW, headline)
        if a is None:
            return None, start, end
        side = self._mention_side(a, conflict)
        if a.tok_end == m.start:  # «الانسحاب الأمريكي المزعوم»
            return side, doc.token_spans[a.tok_start][0], end
        if m.start <= a.tok_start <= m.end + (VICTIM_WINDOW if rule == "victims" else NEXT_WINDOW):
            return side, start, max(end, doc.token_spans[a.tok_end - 1][1])
        return side, start, end

    def _occupiers(self, doc: Doc, matches: list[Match], conflict: str | None, headline: int
                   ) -> list[tuple[int, ActorMention]]:
        """Where the article names an occupier or aggressor outright, in order: an occupation term,
        or a term that names a side, followed by a foreign power («جيش الاحتلال التركي», «طيران
        العدوان السعودي»; quotes included). A local side is never «the occupation» by coreference."""
        out = []
        for m in matches:
            if not any((e.target == "context" and e.resolve == "occupier") or e.target not in ("next_actor", "context")
                       for e in m.payloads):
                continue
            a = self._after(doc, m, 0, headline)
            if a is None:
                continue
            side = self._mention_side(a, conflict)
            if side is None or not self._local(side, conflict):
                out.append((m.start, a))
        return out


def _headline_end(doc: Doc) -> int:
    """The first token after the dateline («بغداد - خاص»), 0 when there is none."""
    span = dateline_span(doc.text)
    if span is None:
        return 0
    return next((i for i, (s, _) in enumerate(doc.token_spans) if s >= span[1]), len(doc.tokens))


def _nearest(occupiers: list[tuple[int, ActorMention]], tok: int) -> ActorMention | None:
    """The occupier last named before ``tok``, else the first one named after it."""
    before = [a for pos, a in occupiers if pos < tok]
    if before:
        return before[-1]
    after = [a for pos, a in occupiers if pos > tok]
    return after[0] if after else None


_NP_WORDS = frozenset({"من", "عنصر", "عنصرا", "عنصرين", "عناصر", "مقاتل", "مقاتلا", "مقاتلين", "مقاتلي", "جندي", "جنديا",
                       "جنديين", "جنود", "أفراد", "فرد", "منتسب", "منتسبا", "منتسبي", "منتسبين", "أبطال", "بطل",
                       "اثنان", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"})
_NP_KEYS = frozenset(token_key(normalize_form(w)) for w in _NP_WORDS)


def _np_word(tok) -> bool:
    """A word of the victims' noun phrase before the actor: a number, a count noun or «من»."""
    return any(ch.isdigit() for ch in tok.text) or tok.key in _NP_KEYS
