"""Pipeline stage: attributed statements (speaker, reporting verb, content span).

A quote is a reporting verb (قال، أكد، أعلن، دعا، نفى ...) or an attribution marker (بحسب، وفق،
نقلا عن) with its speaker. Speakers are found after the verb (VSO: «وقال المتحدث باسم الجيش ... إن»),
before it (SVO: «وكان الجيش أكد»), as the subject that opens the sentence («وكان الناطق باسم
القوات فلان، أقر ...», «أما الوكالة فذكرت»), or carried from the previous statement when the verb has
no explicit subject («وأضاف أن ...»). One quote per speaker per sentence; participles («مؤكدا»)
fold into the sentence's quote. The content span (what was said) is what the framing stage leaves
out of the narrator's voice and what the event stage marks as claimed.

A speaker is a *phrase*: an actor the lexicon knows, or a head word — a title («الرائد»، «المتحدث
باسم»، «مدير»، «وزير») or a source noun («مصدر»، «شهود»، «البعثة») — with what depends on it: its
genitive («مدير مستشفى ...»), nisba adjectives («العسكري»), an organisation after «باسم/في/لدى», and
a personal name in apposition, known or not («الرائد فلان الفلاني»). Its id is the person's, else
the organisation named in the phrase, else the unit's affiliation («... التابعة للجيش»).
Not a speaker: a complement right after the verb (a ب/ل proclitic or a pronoun suffix:
«اعترف بإرسال»، «أعلن رفضه»); «بين» as a preposition; «يدعى فلان» (is called). With «نقل» the speaker
is the source after «عن» («ونقل موقع "..." عن الرائد فلان»), not the outlet.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rasd.deadline import check_deadline
from rasd.extract.mention_index import actor_index, date_index, place_index
from rasd.lexicon.resources import Resources
from rasd.model.records import ActorMention, Doc, Quote
from rasd.text.normalize import normalize_form
from rasd.text.tokens import token_key


def _keys(words: str) -> frozenset[str]:
    """Lookup keys (normalised, article dropped) of space-separated words."""
    return frozenset(token_key(normalize_form(w)) for w in words.split())


CONTENT_MARKERS = frozenset(
    "ان انه انها انهم انهما بان بانه بانها بانهم لان الي علي عن من".split()
)
VENUE_WORDS = frozenset(
    "بيان تصريح تصريحات مؤتمر كلمه حديث مقابله تغريده منشور اتصال لقاء رساله خطاب موتمر".split()
)
VENUE_PREPS = frozenset("في خلال عبر ضمن".split())
SKIP_BEFORE_VERB = frozenset("قد كان كانت وكان وكانت فقد وقد لقد".split())
# «الميليشيات وهي تهدد»: a pronoun between the subject and its verb (a comma may precede it)
SUBJECT_PRONOUNS = frozenset("هو هي هم هما وهو وهي وهم وهما".split())
# words that open a sentence before its subject: «وكان الناطق ... أقر»، «أما الوكالة فذكرت»
OPENERS = frozenset("كان كانت وكان وكانت اما واما لكن ولكن كما وكما فيما وفيما بينما".split())
MAX_SPEAKER_TOKENS = 12
STOP_PUNCT = set(":«\"،,؛;(")
# head words of a speaker phrase: titles and ranks ...
TITLES = _keys(
    "رائد عميد لواء عقيد مقدم نقيب ملازم مشير فريق جنرال عريف رقيب "
    "متحدث ناطق مدير قائد رئيس ضابط وزير نائب أمين مبعوث ممثل سفير محافظ والي عضو مستشار "
    "زعيم أمير منسق مفوض قيادة قيادي دكتور"
)
# ... and the nouns that name a source or an institution without naming it
SOURCES = _keys(
    "مصدر مصادر مسؤول مسؤولون شهود شاهد سكان ناشطون ناشط مراقبون متابعون محللون خبراء مراسل "
    "بعثة بيان حكومة وزارة تقرير مركز منظمة رئاسة لجنة هيئة مكتب مرصد وكالة قناة صحيفة شركة"
)
HEADS = TITLES | SOURCES
# links inside a speaker phrase («المتحدث باسم»، «الضابط في»، «السفير لدى»)
LINKS = frozenset("باسم في لدي".split())
# words that end a speaker phrase (prepositions, relatives, quantifiers, time words)
PHRASE_STOP = _keys(
    "على إلى عن مع من منذ بعد قبل خلال حول ضد الذي التي الذين ما لا لم لن قد كما حيث عند عندما "
    "حين أمام جميع كل كافة بعض عدد اليوم أمس مساء صباح ليل فجر حينها آنذاك نفسه ذاته وذلك"
)
AFFILIATION = _keys("التابع التابعة التابعين التابعون")
NAQALA = "naqala"  # «نقل X عن Y»: Y is the speaker
ATTRIBUTION_FILLERS = _keys("ما لما جاء ورد على لسان به بها عنه")
MAX_NAME_TOKENS = 4
_THAT = frozenset("ان انه انها انهم انهما بان بانه بانها بانهم لان".split())
ADJECTIVES = _keys("العام الخاص الأعلى الأول السابق الراحل المساعد المكلف الثاني الركن")
# addressees that end a speaker phrase: «قال مسؤول لوكالة ...»، «لـ"..."»
ADDRESSEES = _keys("وكالة قناة صحيفة موقع وسائل شبكة مراسل")
PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")


@dataclass(frozen=True, slots=True)
class _Hit:
    verb_tok: tuple[int, int]
    speaker_tok: tuple[int, int] | None
    speaker_id: str | None
    person_id: str | None
    kind: str
    prefix: int = 0  # characters of a conjunction/preposition clitic in front of the verb («وأكدت»)


@dataclass(frozen=True, slots=True)
class _Phrase:
    start: int
    end: int
    actor_id: str | None
    person_id: str | None


def _head(key: str, heads: frozenset[str] = HEADS) -> bool:
    """A head word, also in the feminine («رئيسة»، «الناطقة»)."""
    return key in heads or (key.endswith("ه") and key[:-1] in heads)


def _adjective(key: str) -> bool:
    return key in ADJECTIVES or (key.endswith("ه") and key[:-1] in ADJECTIVES)


def _nisba(word: str) -> bool:
    """A relational adjective («العسكري»، «الأممية»، «الليبيين»)."""
    return word.endswith(("ي", "يه", "يون", "يين"))


class QuoteStage:
    name = "quotes"
    requires = ("tokens", "token_spans", "sentences", "actor_mentions", "dates")
    assigns = ("quotes",)

    def __init__(self, resources: Resources) -> None:
        self.res = resources

    def __call__(self, doc: Doc) -> None:
        by_end = {m.tok_end: m for m in doc.actor_mentions if not m.demonym}
        quotes: list[Quote] = []
        last_speaker: tuple[_Hit, int] | None = None
        for s_index, (lo, hi) in enumerate(doc.sentences):
            check_deadline(doc)
            hits: list[_Hit] = []
            subject: list[_Phrase | None] = []  # the sentence's opening subject, found once when needed
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
                            subject.append(self._subject(doc, lo, hi))
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
                    subject.append(self._subject(doc, lo, hi))
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
                if tokens[k].text in _THAT:
                    return True
                if self._is_verb(doc, k):
                    return False
            return False
        if entry.id == "iddaa" and tokens[m.start].analyses and m.analysis.key in ("يدعي", "تدعي"):
            nxt = m.end
            if nxt >= hi:
                return False
            return (tokens[nxt].text in _THAT or self._mention_at(doc, nxt, hi) is not None
                    or _head(tokens[nxt].key))
        return True

    def _is_verb(self, doc: Doc, k: int) -> bool:
        return any(x.payload.kind != "noun" for x in self.res.verbs.match(doc.tokens, k, k + 1))

    # ------------------------------------------------------------------ who speaks
    def _speaker(self, doc: Doc, v0: int, v1: int, hi: int, entry, by_end, lo: int) -> _Hit:
        tokens = doc.tokens
        kind = entry.kind
        start: int | None = v1
        if entry.id == NAQALA:  # «ونقل موقع "..." عن الرائد فلان»: the source after «عن»
            start = self._after_an(doc, v1, hi) or v1
        if kind == "attribution":  # «وفق ما أعلن المتحدث ...»، «بحسب ما جاء على لسان ...»
            k = start
            while k < hi and k - v1 < 4 and (tokens[k].key in ATTRIBUTION_FILLERS or self._is_verb(doc, k)):
                k += 1
            start = k
        elif self._complement(doc, v1, hi):
            start = None
        if start is not None and start < hi:
            end = self._scan_end(doc, start, hi)
            p = start
            while p < end and self._is_time(doc, p):  # «وقال اليوم الأحد المتحدث ...»
                p += 1
            phrase = self._phrase(doc, p, end) if p < end else None
            if phrase is not None:
                return _Hit((v0, v1), (phrase.start, phrase.end), phrase.actor_id, phrase.person_id, kind)
            if kind == "attribution" and end > start and end - start <= 6 and not self._suffixed(doc, start):
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

    def _scan_end(self, doc: Doc, start: int, hi: int) -> int:
        """Where a speaker after ``start`` must end: punctuation, «أن/إن», a venue («في بيان»)."""
        tokens = doc.tokens
        end = start
        while end < min(hi, start + MAX_SPEAKER_TOKENS):
            if end > start:
                gap = doc.text[doc.token_spans[end - 1][1] : doc.token_spans[end][0]]
                if any(ch in STOP_PUNCT for ch in gap):
                    break
            word = tokens[end].text
            if word in CONTENT_MARKERS and (end > start or word != "من"):
                break
            if word in VENUE_PREPS and end + 1 < hi and tokens[end + 1].key in VENUE_WORDS:
                break
            if any(a.key in VENUE_WORDS for a in tokens[end].analyses[1:2]) and end > start:
                break
            end += 1
        return end

    def _after_an(self, doc: Doc, v1: int, hi: int) -> int | None:
        """The token after «عن» in «نقل X عن Y» (before any «أن»), else None."""
        for k in range(v1, min(hi - 1, v1 + 10)):
            word = doc.tokens[k].text
            if word == "عن":
                return k + 1
            if word in _THAT:
                return None
        return None

    def _complement(self, doc: Doc, i: int, hi: int) -> bool:
        """The word right after the verb begins the content: «اعترف بإرسال»، «تهدد بقتل»، «أعلن رفضه»."""
        if i >= hi or self._mention_at(doc, i, hi) is not None:
            return False
        tok = doc.tokens[i]
        word = tok.text
        if word in CONTENT_MARKERS or _head(tok.key) or word in LINKS:
            return False
        if word[:1] in ("ب", "ل") and len(word) > 3:
            return not any(_head(a.key) for a in tok.analyses)
        return self._suffixed(doc, i)

    def _suffixed(self, doc: Doc, i: int) -> bool:
        """An indefinite word with a pronoun suffix («رفضه»، «توصيفه»), not a title («رئيسها»)."""
        tok = doc.tokens[i]
        word = tok.text
        a, b = doc.token_spans[i]
        if word.startswith("ال") or doc.text[a:b].endswith("ة"):
            return False
        for suffix in PRONOUN_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                return not _head(token_key(word[: -len(suffix)]))
        return False

    def _is_time(self, doc: Doc, k: int) -> bool:
        a, b = doc.token_spans[k]
        return bool(date_index(doc).overlapping(a, b))

    def _mention_at(self, doc: Doc, k: int, end: int) -> ActorMention | None:
        found = [m for m in actor_index(doc).starting(k, k + 1) if m.tok_end <= end]
        return max(found, key=lambda m: m.tok_end - m.tok_start) if found else None

    def _phrase(self, doc: Doc, p: int, end: int) -> _Phrase | None:
        """The speaker phrase that starts at token ``p`` (see the module docstring), else None."""
        tokens = doc.tokens
        first = self._mention_at(doc, p, end)
        head = _head(tokens[p].key) or any(_head(a.key) and a.prefix in ("ل", "ب") for a in tokens[p].analyses[:3])
        if first is None and not head:
            # «ميليشيات الوفاق»، «عناصر داعش»: an indefinite noun heading a known actor
            word = tokens[p].text
            if p + 1 >= end or word.startswith("ال") or word in PHRASE_STOP or self._complement(doc, p, end) \
                    or self._is_verb(doc, p) or self._mention_at(doc, p + 1, end) is None:
                return None
        org: ActorMention | None = None
        demonym: ActorMention | None = None
        person: ActorMention | None = None
        titled = _head(tokens[p].key, TITLES)
        if first is not None:
            if first.person_id:
                return _Phrase(p, first.tok_end, first.actor_id or (first.candidates or (None,))[0], first.person_id)
            if first.demonym:
                demonym = first
            else:
                org = first
            q, state = first.tok_end, "closed"
        else:
            q, state = p + 1, "closed" if tokens[p].text.startswith("ال") else "open"
        names = 0
        while q < end and q - p < MAX_SPEAKER_TOKENS:
            tok = tokens[q]
            word = tok.text
            if self._stops(doc, q):
                break
            m = self._mention_at(doc, q, end)
            if m is not None:
                if m.person_id:
                    person = m
                    q = m.tok_end
                    break
                linked = word.startswith("و") and state != "name" or state in ("open", "linked") or (
                    org is None and (_nisba(word) or any(x.prefix.endswith("ل") for x in tok.analyses[:1])))
                if state == "name" or not titled and not m.demonym and not linked:
                    break  # an organisation right after another: the verb's object
                if m.demonym:
                    demonym = demonym or m
                else:
                    org = org or m
                q, state = m.tok_end, "closed"
                continue
            if state == "linked":  # after «في/لدى/باسم»: a place or one noun, then its genitive
                place = [x for x in place_index(doc).starting(q, q + 1) if x.tok_end <= end]
                q = max(x.tok_end for x in place) if place else q + 1
                state = "closed" if place or word.startswith("ال") else "open"
                continue
            if word in LINKS:
                q, state = q + 1, "linked"
                continue
            if _head(tok.key, TITLES) and state != "name":
                q, state, titled = q + 1, ("closed" if word.startswith("ال") else "open"), True
                continue
            if state == "open":
                if word[:1] == "ب" and len(word) > 3:  # «شهود ... بسماع»: a complement
                    break
                q, state = q + 1, ("closed" if word.startswith("ال") else "open")
                continue
            if word.startswith("ال") or word.startswith("وال"):
                if state == "closed" and (_adjective(tok.key) or _nisba(word) or (titled and word.startswith("وال"))):
                    q += 1
                    continue
                if state == "name" and names < MAX_NAME_TOKENS:
                    q, names = q + 1, names + 1
                    continue
                if titled and state == "closed":  # «قائد الجيش المختطف <person>»: words before the name
                    ahead = next((k for k in range(q + 1, min(end, q + 4))
                                  if (x := self._mention_at(doc, k, end)) is not None and x.person_id), None)
                    if ahead is not None and not any(self._stops(doc, k) for k in range(q, ahead)):
                        q = ahead
                        continue
                break
            if not titled or names >= MAX_NAME_TOKENS:  # a personal name, known or not, after a title
                break
            q, state, names = q + 1, "name", names + 1
        if q <= p:
            return None
        if person is not None:
            return _Phrase(p, q, person.actor_id or (person.candidates or (None,))[0], person.person_id)
        chosen = org or demonym or self._affiliation(doc, q, end)
        if chosen is None and q == p + 1 and tokens[p].text.startswith("ال"):
            chosen = self._antecedent(doc, p)
        actor_id = (chosen.actor_id or (chosen.candidates or (None,))[0]) if chosen is not None else None
        return _Phrase(p, q, actor_id, None)

    def _stops(self, doc: Doc, q: int) -> bool:
        """A word that ends a speaker phrase: a time, a preposition, a verb, an addressee («لوكالة»)."""
        tok = doc.tokens[q]
        word = tok.text
        return (self._is_time(doc, q) or tok.key in PHRASE_STOP or word in PHRASE_STOP or len(word) < 2
                or self._is_verb(doc, q)
                or any(x.prefix.endswith("ل") and x.key in ADDRESSEES for x in tok.analyses[:3]))

    def _antecedent(self, doc: Doc, p: int) -> ActorMention | None:
        """«وقالت الوزارة»: the latest actor named earlier whose name begins with the same noun."""
        key = doc.tokens[p].key
        for m in reversed(actor_index(doc).starting(max(0, p - 400), p)):
            if not m.demonym and not m.person_id and doc.tokens[m.tok_start].key == key and m.tok_end > m.tok_start + 1:
                return m
        return None

    def _affiliation(self, doc: Doc, q: int, end: int) -> ActorMention | None:
        """«... من غرفة عمليات القطاع الشرقي التابعة للقوات»: the organisation a unit belongs to."""
        tokens = doc.tokens
        for k in range(q, min(len(tokens) - 1, q + MAX_SPEAKER_TOKENS)):
            if tokens[k].text in _THAT or (k > q and "." in doc.text[doc.token_spans[k - 1][1]:doc.token_spans[k][0]]):
                break
            if tokens[k].key in AFFILIATION:
                m = self._mention_at(doc, k + 1, len(tokens))
                if m is not None and not m.demonym:
                    return m
        return None

    def _subject(self, doc: Doc, lo: int, hi: int) -> _Phrase | None:
        """The subject that opens a sentence: «وكان الناطق باسم ... فلان، أقر»، «دمرت قوات X ... وقالت»."""
        p = lo + 1 if doc.tokens[lo].text in OPENERS else lo
        for cand in (p, p + 1):
            if cand >= hi:
                break
            phrase = self._phrase(doc, cand, self._scan_end(doc, cand, hi))
            if phrase is not None:
                return phrase
            if cand == p and (doc.tokens[cand].text.startswith("ال") or doc.tokens[cand].text in CONTENT_MARKERS):
                break
        return None

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
