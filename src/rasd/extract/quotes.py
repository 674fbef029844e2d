"""Pipeline stage: attributed statements (speaker, reporting verb, content span).

A quote is a reporting verb (قال، أكد، أعلن، دعا، نفى ...) or an attribution marker (بحسب، وفق،
نقلا عن) with its speaker. Speakers are found after the verb (VSO: «وقال المتحدث باسم الجيش ... إن»),
before it (SVO: «وكان الجيش أكد»), as the subject that opens the sentence («وكان الناطق باسم
القوات فلان، أقر ...», «أما الوكالة فذكرت»), or carried from the previous statement when the verb has
no explicit subject («وأضاف أن ...»). One quote per speaker per sentence; participles («مؤكدا»)
fold into the sentence's quote. The content span (what was said) is what the framing stage leaves
out of the narrator's voice and what the event stage marks as claimed.

Speaker phrases are parsed by :mod:`rasd.extract.speakers`. Not a reporting verb here: «بين» as a
preposition; «يدعى فلان» (is called). With «نقل» the speaker
is the source after «عن» («ونقل موقع "..." عن الرائد فلان»), not the outlet.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rasd.deadline import check_deadline
from rasd.extract.speakers import THAT, Phrase, SpeakerGrammar, is_head, word_keys
from rasd.lexicon.resources import Resources
from rasd.model.records import Doc, Quote

SKIP_BEFORE_VERB = frozenset("قد كان كانت وكان وكانت فقد وقد لقد".split())
# «الميليشيات وهي تهدد»: a pronoun between the subject and its verb (a comma may precede it)
SUBJECT_PRONOUNS = frozenset("هو هي هم هما وهو وهي وهم وهما".split())
NAQALA = "naqala"  # «نقل X عن Y»: Y is the speaker
ATTRIBUTION_FILLERS = word_keys("ما لما جاء ورد على لسان به بها عنه")


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
    requires = ("tokens", "token_spans", "sentences", "actor_mentions", "dates")
    assigns = ("quotes",)

    def __init__(self, resources: Resources) -> None:
        self.res = resources
        self.sp = SpeakerGrammar(resources)

    def __call__(self, doc: Doc) -> None:
        by_end = {m.tok_end: m for m in doc.actor_mentions if not m.demonym}
        quotes: list[Quote] = []
        last_speaker: tuple[_Hit, int] | None = None
        for s_index, (lo, hi) in enumerate(doc.sentences):
            check_deadline(doc)
            hits: list[_Hit] = []
            subject: list[Phrase | None] = []  # the sentence's opening subject, found once when needed
            for m in self.res.verbs.match(doc.tokens, lo, hi):
                entry = m.payload
                if entry.kind == "noun" or not entry.quote or not self._reporting(doc, m, entry, hi):
                    continue
                hit = self._speaker(doc, m.start, m.end, hi, entry, by_end, lo)
                if hit.speaker_tok is None:
                    if hits:  # a participle or a bare verb continues this sentence's quote
                        continue
                    if entry.kind != "attribution":
                        if not subject:
                            subject.append(self.sp.subject(doc, lo, hi))
                        subj = subject[0]
                        if subj is not None and subj.end <= m.start:
                            hit = _Hit((m.start, m.end), (subj.start, subj.end), subj.actor_id, subj.person_id,
                                       entry.kind)
                        elif last_speaker and s_index - last_speaker[1] <= 3:
                            prev = last_speaker[0]
                            hit = _Hit((m.start, m.end), prev.speaker_tok, prev.speaker_id, prev.person_id, "carried")
                        elif entry.kind == "participle":
                            continue
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
            if last_speaker and not any(h.speaker_tok and h.kind != "carried" for h in hits):
                # a sentence whose subject is another named actor ends the carried speaker
                if not subject:
                    subject.append(self.sp.subject(doc, lo, hi))
                subj = subject[0]
                prev = last_speaker[0]
                if subj is not None and subj.actor_id and (subj.person_id or subj.actor_id) != (
                    prev.person_id or prev.speaker_id
                ):
                    last_speaker = None
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

    # ------------------------------------------------------------------ which verbs report
    def _reporting(self, doc: Doc, m, entry, hi: int) -> bool:
        """False for a form that is not a reporting verb here: «بين» the preposition, «يدعى» (is called)."""
        tokens = doc.tokens
        if entry.id == "bayyana":
            a, b = doc.token_spans[m.start]
            if "\u0651" in doc.text[a:b]:  # «بيّن» with its shadda
                return True
            if m.analysis.suffix or (m.start > 0 and tokens[m.start - 1].text in ("ما", "من", "فيما", "في")):
                return False
            for k in range(m.end, min(hi, m.end + 12)):
                if tokens[k].text in THAT:
                    return True
                if self.sp.is_verb(doc, k):
                    return False
            return False
        if entry.id == "iddaa" and tokens[m.start].analyses and m.analysis.key in ("يدعي", "تدعي"):
            nxt = m.end
            if nxt >= hi:
                return False
            return (tokens[nxt].text in THAT or self.sp.mention_at(doc, nxt, hi) is not None
                    or is_head(tokens[nxt].key))
        return True

    def _speaker(self, doc: Doc, v0: int, v1: int, hi: int, entry, by_end, lo: int) -> _Hit:
        tokens = doc.tokens
        kind = entry.kind
        start: int | None = v1
        if entry.id == NAQALA:  # «ونقل موقع "..." عن الرائد فلان»: the source after «عن»
            start = self.sp.after_an(doc, v1, hi) or v1
        if kind == "attribution":  # «وفق ما أعلن المتحدث ...»، «بحسب ما جاء على لسان ...»
            k = start
            while k < hi and k - v1 < 4 and (tokens[k].key in ATTRIBUTION_FILLERS or self.sp.is_verb(doc, k)):
                k += 1
            start = k
        elif self.sp.complement(doc, v1, hi):
            start = None
        if start is not None and start < hi:
            end = self.sp.scan_end(doc, start, hi)
            p = start
            while p < end and self.sp.is_time(doc, p):  # «وقال اليوم الأحد المتحدث ...»
                p += 1
            phrase = self.sp.phrase(doc, p, end) if p < end else None
            if phrase is not None:
                return _Hit((v0, v1), (phrase.start, phrase.end), phrase.actor_id, phrase.person_id, kind)
            if kind == "attribution" and end > start and end - start <= 6 and not self.sp.suffixed(doc, start):
                return _Hit((v0, v1), (start, end), None, None, kind)
        # before the verb (SVO): an actor ending just before it, skipping «قد»/«كان»/«وهي»
        j, pronoun = v0, False
        while j > lo and (tokens[j - 1].text in SKIP_BEFORE_VERB or tokens[j - 1].text in SUBJECT_PRONOUNS):
            pronoun = pronoun or tokens[j - 1].text in SUBJECT_PRONOUNS
            j -= 1
        m = by_end.get(j)
        if m is not None and j > lo:
            gap = doc.text[doc.token_spans[j - 1][1] : doc.token_spans[min(v0, len(tokens) - 1)][0]]
            if pronoun:  # «الميليشيات، وهي تهدد»: the comma before the pronoun is allowed
                gap = doc.text[doc.token_spans[j][1] : doc.token_spans[min(v0, len(tokens) - 1)][0]] if j < v0 else ""
            if not any(ch in ".،,؛" for ch in gap):
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
