"""Speaker phrases: who a reporting verb's statement belongs to.

A speaker is a *phrase*: an actor the lexicon knows, or a head word — a title («الرائد»، «المتحدث
باسم»، «مدير»، «وزير») or a source noun («مصدر»، «شهود»، «البعثة») — with what depends on it: its
genitive («مدير مستشفى ...»), nisba adjectives («العسكري»), an organisation after «باسم/في/لدى», and
a personal name in apposition, known or not («الرائد فلان الفلاني»). Its id is the person's, else
the organisation named in the phrase, else the unit's affiliation («... التابعة للجيش»).
Not a speaker: a complement right after the verb (a ب/ل proclitic or a pronoun suffix:
«اعترف بإرسال»، «أعلن رفضه»). The word lists below are closed-class grammar (titles, links,
stop words), not a lexicon of actors.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.extract.mention_index import actor_index, date_index, place_index
from rasd.lexicon.resources import Resources
from rasd.model.records import ActorMention, Doc
from rasd.text.normalize import normalize_form
from rasd.text.tokens import token_key


def word_keys(words: str) -> frozenset[str]:
    """Lookup keys (normalised, article dropped) of space-separated words."""
    return frozenset(token_key(normalize_form(w)) for w in words.split())


CONTENT_MARKERS = frozenset(
    "ان انه انها انهم انهما بان بانه بانها بانهم لان الي علي عن من".split()
)
VENUE_WORDS = frozenset(
    "بيان تصريح تصريحات مؤتمر كلمه حديث مقابله تغريده منشور اتصال لقاء رساله خطاب موتمر".split()
)
VENUE_PREPS = frozenset("في خلال عبر ضمن".split())
# words that open a sentence before its subject: «وكان الناطق ... أقر»، «أما الوكالة فذكرت»
OPENERS = frozenset("كان كانت وكان وكانت اما واما لكن ولكن كما وكما فيما وفيما بينما".split())
MAX_SPEAKER_TOKENS = 12
STOP_PUNCT = set(":«\"،,؛;(")
# head words of a speaker phrase: titles and ranks ...
TITLES = word_keys(
    "رائد عميد لواء عقيد مقدم نقيب ملازم مشير فريق جنرال عريف رقيب "
    "متحدث ناطق مدير قائد رئيس ضابط وزير نائب أمين مبعوث ممثل سفير محافظ والي عضو مستشار "
    "زعيم أمير منسق مفوض قيادة قيادي دكتور"
)
# ... and the nouns that name a source or an institution without naming it
SOURCES = word_keys(
    "مصدر مصادر مسؤول مسؤولون شهود شاهد سكان ناشطون ناشط مراقبون متابعون محللون خبراء مراسل "
    "بعثة بيان حكومة وزارة تقرير مركز منظمة رئاسة لجنة هيئة مكتب مرصد وكالة قناة صحيفة شركة"
)
HEADS = TITLES | SOURCES
# links inside a speaker phrase («المتحدث باسم»، «الضابط في»، «السفير لدى»)
LINKS = frozenset("باسم في لدي".split())
# words that end a speaker phrase (prepositions, relatives, quantifiers, time words)
PHRASE_STOP = word_keys(
    "على إلى عن مع من منذ بعد قبل خلال حول ضد الذي التي الذين ما لا لم لن قد كما حيث عند عندما "
    "حين أمام جميع كل كافة بعض عدد اليوم أمس مساء صباح ليل فجر حينها آنذاك نفسه ذاته وذلك"
)
AFFILIATION = word_keys("التابع التابعة التابعين التابعون")
MAX_NAME_TOKENS = 4
THAT = frozenset("ان انه انها انهم انهما بان بانه بانها بانهم لان".split())
ADJECTIVES = word_keys("العام الخاص الأعلى الأول السابق الراحل المساعد المكلف الثاني الركن")
# addressees that end a speaker phrase: «قال مسؤول لوكالة ...»، «لـ"..."»
ADDRESSEES = word_keys("وكالة قناة صحيفة موقع وسائل شبكة مراسل")
PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")


@dataclass(frozen=True, slots=True)
class Phrase:
    start: int
    end: int
    actor_id: str | None
    person_id: str | None


def is_head(key: str, heads: frozenset[str] = HEADS) -> bool:
    """A head word, also in the feminine («رئيسة»، «الناطقة»)."""
    return key in heads or (key.endswith("ه") and key[:-1] in heads)


def _adjective(key: str) -> bool:
    return key in ADJECTIVES or (key.endswith("ه") and key[:-1] in ADJECTIVES)


def _nisba(word: str) -> bool:
    """A relational adjective («العسكري»، «الأممية»، «الليبيين»)."""
    return word.endswith(("ي", "يه", "يون", "يين"))


class SpeakerGrammar:
    """Finds speaker phrases in a document's tokens; built once per pipeline with its resources."""

    def __init__(self, resources: Resources) -> None:
        self.res = resources

    def is_verb(self, doc: Doc, k: int) -> bool:
        known = doc.indexes.setdefault("reporting_verb_at", {})  # asked many times per token
        if k not in known:
            known[k] = any(x.payload.kind != "noun" for x in self.res.verbs.match(doc.tokens, k, k + 1))
        return known[k]

    def scan_end(self, doc: Doc, start: int, hi: int) -> int:
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

    def after_an(self, doc: Doc, v1: int, hi: int) -> int | None:
        """The token after «عن» in «نقل X عن Y» (before any «أن»), else None."""
        for k in range(v1, min(hi - 1, v1 + 10)):
            word = doc.tokens[k].text
            if word == "عن":
                return k + 1
            if word in THAT:
                return None
        return None

    def complement(self, doc: Doc, i: int, hi: int) -> bool:
        """The word right after the verb begins the content: «اعترف بإرسال»، «تهدد بقتل»، «أعلن رفضه»."""
        if i >= hi or self.mention_at(doc, i, hi) is not None:
            return False
        tok = doc.tokens[i]
        word = tok.text
        if word in CONTENT_MARKERS or is_head(tok.key) or word in LINKS:
            return False
        if word[:1] in ("ب", "ل") and len(word) > 3:
            return not any(is_head(a.key) for a in tok.analyses)
        return self.suffixed(doc, i)

    def suffixed(self, doc: Doc, i: int) -> bool:
        """An indefinite word with a pronoun suffix («رفضه»، «توصيفه»), not a title («رئيسها»)."""
        tok = doc.tokens[i]
        word = tok.text
        a, b = doc.token_spans[i]
        if word.startswith("ال") or doc.text[a:b].endswith("ة"):
            return False
        for suffix in PRONOUN_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                return not is_head(token_key(word[: -len(suffix)]))
        return False

    def is_time(self, doc: Doc, k: int) -> bool:
        a, b = doc.token_spans[k]
        return bool(date_index(doc).overlapping(a, b))

    def mention_at(self, doc: Doc, k: int, end: int) -> ActorMention | None:
        found = [m for m in actor_index(doc).starting(k, k + 1) if m.tok_end <= end]
        return max(found, key=lambda m: m.tok_end - m.tok_start) if found else None

    def phrase(self, doc: Doc, p: int, end: int) -> Phrase | None:
        """The speaker phrase that starts at token ``p`` (see the module docstring), else None."""
        tokens = doc.tokens
        first = self.mention_at(doc, p, end)
        head = is_head(tokens[p].key) or any(is_head(a.key) and a.prefix in ("ل", "ب") for a in tokens[p].analyses[:3])
        if first is None and not head:
            # «ميليشيات الوفاق»، «عناصر داعش»: an indefinite noun heading a known actor
            word = tokens[p].text
            if p + 1 >= end or word.startswith("ال") or word in PHRASE_STOP or self.complement(doc, p, end) \
                    or self.is_verb(doc, p) or self.mention_at(doc, p + 1, end) is None:
                return None
        org: ActorMention | None = None
        demonym: ActorMention | None = None
        person: ActorMention | None = None
        titled = is_head(tokens[p].key, TITLES)
        if first is not None:
            if first.person_id:
                return Phrase(p, first.tok_end, first.actor_id or (first.candidates or (None,))[0], first.person_id)
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
            if self.stops(doc, q):
                break
            m = self.mention_at(doc, q, end)
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
            if is_head(tok.key, TITLES) and state != "name":
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
                                  if (x := self.mention_at(doc, k, end)) is not None and x.person_id), None)
                    if ahead is not None and not any(self.stops(doc, k) for k in range(q, ahead)):
                        q = ahead
                        continue
                break
            if not titled or names >= MAX_NAME_TOKENS:  # a personal name, known or not, after a title
                break
            q, state, names = q + 1, "name", names + 1
        if q <= p:
            return None
        if person is not None:
            return Phrase(p, q, person.actor_id or (person.candidates or (None,))[0], person.person_id)
        chosen = org or demonym or self.affiliation(doc, q, end)
        if chosen is None and q == p + 1 and tokens[p].text.startswith("ال"):
            chosen = self.antecedent(doc, p)
        actor_id = (chosen.actor_id or (chosen.candidates or (None,))[0]) if chosen is not None else None
        return Phrase(p, q, actor_id, None)

    def stops(self, doc: Doc, q: int) -> bool:
        """A word that ends a speaker phrase: a time, a preposition, a verb, an addressee («لوكالة»)."""
        tok = doc.tokens[q]
        word = tok.text
        return (self.is_time(doc, q) or tok.key in PHRASE_STOP or word in PHRASE_STOP or len(word) < 2
                or self.is_verb(doc, q)
                or any(x.prefix.endswith("ل") and x.key in ADDRESSEES for x in tok.analyses[:3]))

    def antecedent(self, doc: Doc, p: int) -> ActorMention | None:
        """«وقالت الوزارة»: the latest actor named earlier whose name begins with the same noun."""
        key = doc.tokens[p].key
        for m in reversed(actor_index(doc).starting(max(0, p - 400), p)):
            if not m.demonym and not m.person_id and doc.tokens[m.tok_start].key == key and m.tok_end > m.tok_start + 1:
                return m
        return None

    def affiliation(self, doc: Doc, q: int, end: int) -> ActorMention | None:
        """«... من غرفة عمليات القطاع الشرقي التابعة للقوات»: the organisation a unit belongs to."""
        tokens = doc.tokens
        for k in range(q, min(len(tokens) - 1, q + MAX_SPEAKER_TOKENS)):
            if tokens[k].text in THAT or (k > q and "." in doc.text[doc.token_spans[k - 1][1]:doc.token_spans[k][0]]):
                break
            if tokens[k].key in AFFILIATION:
                m = self.mention_at(doc, k + 1, len(tokens))
                if m is not None and not m.demonym:
                    return m
        return None

    def subject(self, doc: Doc, lo: int, hi: int) -> Phrase | None:
        """The subject that opens a sentence: «وكان الناطق باسم ... فلان، أقر»، «دمرت قوات X ... وقالت»."""
        p = lo + 1 if doc.tokens[lo].text in OPENERS else lo
        for cand in (p, p + 1):
            if cand >= hi:
                break
            phrase = self.phrase(doc, cand, self.scan_end(doc, cand, hi))
            if phrase is not None:
                return phrase
            if cand == p and (doc.tokens[cand].text.startswith("ال") or doc.tokens[cand].text in CONTENT_MARKERS):
                break
        return None
