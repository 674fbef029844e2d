"""Pipeline stage: attributed statements (speaker, reporting verb, content span).

A quote is a reporting verb (قال، أكد، أعلن، دعا، نفى ...) or an attribution marker (بحسب، وفق،
نقلا عن) with its speaker. Speakers are found after the verb (VSO: «وقال المتحدث باسم الجيش ... إن»),
before it (SVO: «وكان الجيش أكد»), or carried from the previous statement when the verb has no
explicit subject («وأضاف أن ...»). One quote per speaker per sentence; participles («مؤكدا»)
fold into the sentence's quote. The content span (what was said) is what the framing stage leaves
out of the narrator's voice and what the event stage marks as claimed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rasd.deadline import check_deadline
from rasd.extract.mention_index import actor_index
from rasd.lexicon.resources import Resources
from rasd.model.records import ActorMention, Doc, Quote

CONTENT_MARKERS = frozenset(
    "ان انه انها انهم انهما بان بانه بانها بانهم لان الي علي عن من".split()
)
VENUE_WORDS = frozenset(
    "بيان تصريح تصريحات مؤتمر كلمه حديث مقابله تغريده منشور اتصال لقاء رساله خطاب موتمر".split()
)
VENUE_PREPS = frozenset("في خلال عبر ضمن".split())
SKIP_BEFORE_VERB = frozenset("قد كان كانت وكان وكانت فقد وقد لقد".split())
MAX_SPEAKER_TOKENS = 12
STOP_PUNCT = set(":«\"،,؛;(")


@dataclass(frozen=True, slots=True)
class _Hit:
    verb_tok: tuple[int, int]
    speaker_tok: tuple[int, int] | None
    speaker_id: str | None
    person_id: str | None
    kind: str
    prefix: int = 0  # characters of a conjunction/preposition clitic in front of the verb («وأكدت»)


class QuoteStage:
    name = "quotes"
    requires = ("tokens", "token_spans", "sentences", "actor_mentions")
    assigns = ("quotes",)

    def __init__(self, resources: Resources) -> None:
        self.res = resources

    def __call__(self, doc: Doc) -> None:
        by_start = {m.tok_start: m for m in doc.actor_mentions if not m.demonym}
        by_end = {m.tok_end: m for m in doc.actor_mentions if not m.demonym}
        quotes: list[Quote] = []
        last_speaker: tuple[_Hit, int] | None = None
        for s_index, (lo, hi) in enumerate(doc.sentences):
            check_deadline(doc)
            hits: list[_Hit] = []
            for m in self.res.verbs.match(doc.tokens, lo, hi):
                entry = m.payload
                if entry.kind == "noun" or not entry.quote:
                    continue
                hit = self._speaker(doc, m.start, m.end, hi, entry.kind, by_start, by_end, lo)
                if hit.speaker_tok is None:
                    if hits:  # a participle or a bare verb continues this sentence's quote
                        continue
                    if last_speaker and s_index - last_speaker[1] <= 3 and entry.kind != "attribution":
                        prev = last_speaker[0]
                        hit = _Hit((m.start, m.end), prev.speaker_tok, prev.speaker_id, prev.person_id, "carried")
                    elif entry.kind == "participle":
                        continue
                if entry.kind == "participle" and hits:
                    continue
                if hits and hit.speaker_tok and any(self._same(doc, h, hit) for h in hits):
                    continue
                hits.append(replace(hit, prefix=len(m.analysis.prefix)))
            for i, hit in enumerate(hits):
                ev_lo = lo if i == 0 else self._clause_start(doc, hit.verb_tok[0], hits[i - 1].verb_tok[1])
                ev_hi = hi if i + 1 == len(hits) else self._clause_start(doc, hits[i + 1].verb_tok[0], hit.verb_tok[1])
                if ev_hi <= ev_lo:
                    continue
                quotes.append(self._quote(doc, hit, ev_lo, ev_hi))
                if hit.speaker_tok is not None:
                    last_speaker = (hit, s_index)
        doc.quotes = quotes

    def _same(self, doc: Doc, a: _Hit, b: _Hit) -> bool:
        if a.person_id and a.person_id == b.person_id:
            return True
        if a.speaker_tok and b.speaker_tok:
            ta = doc.text[doc.token_spans[a.speaker_tok[0]][0] : doc.token_spans[a.speaker_tok[1] - 1][1]]
            tb = doc.text[doc.token_spans[b.speaker_tok[0]][0] : doc.token_spans[b.speaker_tok[1] - 1][1]]
            return ta == tb or b.kind == "carried"
        return False

    @staticmethod
    def _clause_start(doc: Doc, verb_tok: int, floor: int) -> int:
        """Where the clause that holds a later verb begins: after the last comma/connector before it."""
        i = verb_tok
        while i > floor:
            gap = doc.text[doc.token_spans[i - 1][1] : doc.token_spans[i][0]]
            if any(ch in "،,؛;:" for ch in gap):
                return i
            if doc.tokens[i - 1].text in ("فيما", "بينما", "وفيما", "كما"):
                return i - 1
            i -= 1
        return max(floor, verb_tok - 3) if verb_tok - 3 > floor else verb_tok

    def _speaker(self, doc, v0, v1, hi, kind, by_start, by_end, lo) -> _Hit:
        tokens = doc.tokens
        # after the verb (VSO, and after an attribution marker)
        end = v1
        while end < min(hi, v1 + MAX_SPEAKER_TOKENS):
            if end > v1:
                gap = doc.text[doc.token_spans[end - 1][1] : doc.token_spans[end][0]]
                if any(ch in STOP_PUNCT for ch in gap):
                    break
            word = tokens[end].text
            if word in CONTENT_MARKERS and end > v1:
                break
            if word in CONTENT_MARKERS and end == v1 and word not in ("من",):
                break
            if word in VENUE_PREPS and end + 1 < hi and tokens[end + 1].key in VENUE_WORDS:
                break
            if any(a.key in VENUE_WORDS for a in tokens[end].analyses[1:2]) and end > v1:
                break
            end += 1
        window = [m for m in actor_index(doc).within(v1, end) if not m.demonym]
        if window:
            person = next((m for m in window if m.person_id), None)
            last = window[-1]
            stop = max(last.tok_end, person.tok_end if person else 0)
            chosen = person or window[0]
            return _Hit((v0, v1), (v1, stop), chosen.actor_id or (chosen.candidates[0] if chosen.candidates else None),
                        person.person_id if person else None, kind)
        if kind == "attribution" and end > v1 and end - v1 <= 6:
            return _Hit((v0, v1), (v1, end), None, None, kind)
        if end > v1 and end - v1 <= 4 and tokens[v1].key in ("مصادر", "مصدر", "مسوول", "شهود", "مراسل", "سكان", "ناشطون", "مسؤول"):
            return _Hit((v0, v1), (v1, end), None, None, kind)
        # before the verb (SVO): an actor ending just before it, skipping «قد»/«كان»
        j = v0
        while j > lo and tokens[j - 1].text in SKIP_BEFORE_VERB:
            j -= 1
        m = by_end.get(j)
        if m is not None and j > lo:
            gap = doc.text[doc.token_spans[j - 1][1] : doc.token_spans[min(v0, len(tokens) - 1)][0]]
            if not any(ch in ".،,؛" for ch in gap):
                start = m.tok_start
                while start > lo and tokens[start - 1].text in SKIP_BEFORE_VERB:
                    break
                return _Hit((v0, v1), (m.tok_start, m.tok_end), m.actor_id or m.candidates[0], m.person_id, kind)
        return _Hit((v0, v1), None, None, None, kind)

    def _quote(self, doc: Doc, hit: _Hit, ev_lo: int, ev_hi: int) -> Quote:
        spans = doc.token_spans
        start, end = spans[ev_lo][0], spans[ev_hi - 1][1]
        # include closing punctuation/quotation marks of the sentence
        while end < len(doc.text) and doc.text[end] in "»\"'”)":
            end += 1
        v_start, v_end = spans[hit.verb_tok[0]][0], spans[hit.verb_tok[1] - 1][1]
        if hit.prefix:  # the verb without «و»/«ف»/«ب», mapped back through the normalisation
            tok = doc.tokens[hit.verb_tok[0]]
            if tok.end - tok.start > hit.prefix + 1:
                v_start = doc.norm.to_original(tok.start + hit.prefix, tok.end)[0]
        speaker = s_start = s_end = None
        if hit.speaker_tok and hit.kind != "carried":
            s_start, s_end = spans[hit.speaker_tok[0]][0], spans[hit.speaker_tok[1] - 1][1]
            speaker = doc.text[s_start:s_end]
        elif hit.speaker_tok:  # carried from an earlier sentence: keep the earlier name
            a, b = spans[hit.speaker_tok[0]][0], spans[hit.speaker_tok[1] - 1][1]
            speaker = doc.text[a:b]
        content_from = max(v_end, s_end or 0)
        if hit.speaker_tok and hit.speaker_tok[1] <= hit.verb_tok[0]:
            content_from = v_end
        person = self.res.actor(hit.person_id)
        return Quote(
            speaker=speaker,
            speaker_start=s_start,
            speaker_end=s_end,
            speaker_id=hit.person_id or hit.speaker_id,
            speaker_en=person.label if person else None,
            role=person.role_en if person else None,
            side=None,
            verb=doc.text[v_start:v_end],
            verb_start=v_start,
            verb_end=v_end,
            start=start,
            end=end,
            content_start=min(content_from, end),
            content_end=end,
            evidence=doc.text[start:end],
        )
