"""Where an event happened: the place named in its clause, with ACLED geo_precision.

Violent and physical events (battles, strikes, deployments, withdrawals, meetings) take the place
their clause names, the first after the trigger first. Speech acts (requests, accusations, threats)
and phone calls take a place only when a venue is named («في موسكو», «في مؤتمر صحفي بأنقرة»,
«وفي موسكو، أعرب...»). Several towns joined by «و» after one trigger are several events.

A place is not where the event happened when it is:
- where a force or an aid convoy comes from («قادمة من سرت») — deployments and aid only;
- part of an actor's name («حكومة طرابلس»), or an institution's seat before its head's name
  («رئيس مجلس النواب في طبرق عقيلة صالح»);
- the topic of a political act («بحثا التطورات في إدلب», «التدخل الأجنبي في ليبيا»).

«المدينة» with no name after it («في المدينة», «محيط المدينة») is the town last named before it.
geo_precision is read from the words around the chosen name (:func:`rasd.geo.qualifiers.precision_for`):
a town joined by «و» to a qualified one («مديريتي حريب والجوبة») shares its qualifier.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from rasd.extract.mention_index import actor_index, place_index
from rasd.geo.gazetteer import Gazetteer
from rasd.geo.qualifiers import precision_for
from rasd.lexicon.resources import Resources
from rasd.model.records import Doc, PlaceMention
from rasd.model.taxonomy import VERBAL_PLOVER
from rasd.text.normalize import normalize_form
from rasd.text.tokens import phrase_key

VENUE_PREPS = ("في", "وفي")
SPLIT_TYPES = frozenset({"city", "town", "village", "base", "airport", "district", "capital"})
TOWN_TYPES = frozenset({"city", "town", "village", "capital"})

MOVEMENTS = frozenset({"MOBILIZE", "AID"})
ORIGIN_WORDS = frozenset("من قادمه قادمين قادما".split())
ORIGIN_REACH = 6

# «في مؤتمر صحفي بأنقرة», «خلال اجتماع عقد في القاهرة»: where a statement was made
VENUE_NOUNS = frozenset("مؤتمر اجتماع اجتماعه لقاء لقائه قمه كلمه خطاب زياره جلسه ندوه منتدي اعتصام".split())
VENUE_REACH = 8
OPENERS = frozenset("\n.:!؟?،,")
# «بحث الأوضاع في ليبيا»: the subject of a meeting or a call, not its venue
TOPIC_WORDS = frozenset(
    """اوضاع وضع تطورات مستجدات ازمه ملف تدخل صراع حرب نزاع قضيه تصعيد احداث سلام حل استقرار
    تسويه الوضع عمليه""".split()
)
TOPIC_REACH = 4
PHONE_WORDS = frozenset("هاتفي هاتفيا هاتفيه".split())
ANAPHOR_STEMS = frozenset({"المدينه"})  # «المدينة» with its article, no name after it
NOT_ANAPHOR_NEXT = frozenset({"منوره"})  # «المدينة المنورة» is a city of its own
ANAPHOR_REACH = 3


def _keys(doc: Doc, i: int) -> frozenset[str]:
    return frozenset(a.key for a in doc.tokens[i].analyses)


def _origin(doc: Doc, p: PlaceMention) -> bool:
    """A place after «من» (or «قادمة من»), a few words back: an origin («قادمة من سرت والجفرة»)."""
    for i in range(p.tok_start - 1, max(-1, p.tok_start - ORIGIN_REACH), -1):
        tok = doc.tokens[i]
        if tok.text in ORIGIN_WORDS:
            return True
        if tok.text in ("الي", "في", "نحو", "باتجاه"):
            return False
    return False


@lru_cache(maxsize=4096)
def _first_keys(forms: tuple[str, ...]) -> frozenset[str]:
    return frozenset(k[0] for k in (phrase_key(normalize_form(f)) for f in forms) if k)


def _prefix(doc: Doc, gaz: Gazetteer, p: PlaceMention) -> str:
    """The clitics before the place name («ب» in «بأنقرة»), read with the name's own first word so
    that «بنغازي» is no «ب» + «نغازي»."""
    entry = gaz.get(p.place_id)
    analyses = doc.tokens[p.tok_start].analyses
    if entry is not None:
        firsts = _first_keys(tuple(entry.ar))
        for a in analyses:
            if a.key in firsts:
                return a.prefix
    return analyses[0].prefix if analyses else ""


def _after_in(doc: Doc, gaz: Gazetteer, p: PlaceMention) -> bool:
    """«في X», «بX», «في/من مدينة X»: the place is where something happened or was said (a statement
    «أعلنت ... من مدينة بوزنيقة» is made there)."""
    if p.tok_start > 0 and doc.tokens[p.tok_start - 1].text in VENUE_PREPS:
        return True
    if p.tok_start > 1 and _keys(doc, p.tok_start - 1) & {"مدينه"} and doc.tokens[p.tok_start - 2].text in VENUE_PREPS + ("من",):
        return True
    return _prefix(doc, gaz, p) in ("ب", "وب")


def _overlaps_actor(doc: Doc, p: PlaceMention, venue: bool = False) -> bool:
    """The place is (part of) an actor's name. A capital named as its state («القاهرة» for Egypt) is
    still a place where a venue is named (``venue``): «اجتماع عقد في القاهرة», not in «داعميها في طهران»."""
    return any(
        not a.demonym
        and a.tok_start < p.tok_end
        and p.tok_start < a.tok_end
        and not (venue and (a.tok_start, a.tok_end) == (p.tok_start, p.tok_end))
        for a in actor_index(doc).overlapping(p.tok_start, p.tok_end)
    )


def _seat(doc: Doc, p: PlaceMention) -> bool:
    """«رئيس مجلس النواب في طبرق عقيلة صالح»: an institution's seat between it and its head's name."""
    if p.tok_start < 2 or doc.tokens[p.tok_start - 1].text not in VENUE_PREPS:
        return False
    before = actor_index(doc).overlapping(p.tok_start - 2, p.tok_start - 1)
    after = actor_index(doc).starting(p.tok_end, p.tok_end + 1)
    return (
        any(a.tok_end == p.tok_start - 1 and a.person_id is None and not a.demonym for a in before)
        and any(a.person_id is not None for a in after)
    )


def _topic(doc: Doc, p: PlaceMention, sentence: tuple[int, int]) -> bool:
    """«بحثا التطورات في إدلب», «التدخل الأجنبي المتزايد في ليبيا»: what was discussed (a topic word
    a few words back in the same phrase)."""
    for i in range(p.tok_start - 1, max(sentence[0], p.tok_start - TOPIC_REACH) - 1, -1):
        if _keys(doc, i) & TOPIC_WORDS:
            return True
        if i > 0 and any(c in OPENERS for c in doc.text[doc.token_spans[i - 1][1] : doc.token_spans[i][0]]):
            return False
    return False


def _named_venue(doc: Doc, gaz: Gazetteer, p: PlaceMention, sentence: tuple[int, int]) -> bool:
    """«في مؤتمر صحفي بأنقرة», «في اجتماع طارئ عقد أمس في القاهرة», or the sentence opening «وفي موسكو،»."""
    if not _after_in(doc, gaz, p):
        return False
    lo = max(sentence[0], p.tok_start - VENUE_REACH)
    if any(_keys(doc, i) & VENUE_NOUNS for i in range(lo, p.tok_start)):
        return True
    k = p.tok_start - 1  # «وفي موسكو، أعرب...»: «في» opens the sentence or follows a stop
    if k < 0 or doc.tokens[k].text not in VENUE_PREPS:
        return False
    opening = k <= sentence[0] or any(c in OPENERS for c in doc.text[doc.token_spans[k - 1][1] : doc.token_spans[k][0]])
    nxt = doc.token_spans[p.tok_end][0] if p.tok_end < len(doc.tokens) else len(doc.text)
    return opening and doc.text[doc.token_spans[p.tok_end - 1][1] : nxt].strip() in ("،", ",")


def _precise(doc: Doc, gaz: Gazetteer, p: PlaceMention) -> PlaceMention:
    """geo_precision from the words before the name (each token with all its readings) and from the
    name's own first word («قضاء القائم», «بادية السلمية»)."""
    entry = gaz.get(p.place_id)
    previous = [tuple(a.key for a in t.analyses) for t in doc.tokens[max(0, p.tok_start - 3) : p.tok_start]]
    head = tuple(a.key for a in doc.tokens[p.tok_start].analyses) if p.tok_end - p.tok_start > 1 else None
    precision, qualifier = precision_for(previous, entry.type if entry else "town", head)
    return replace(p, precision=precision, qualifier=qualifier)


def _anaphor(doc: Doc, gaz: Gazetteer, lo: int, hi: int) -> PlaceMention | None:
    """«في المدينة», «محيط المدينة»: the city or town last named before it, with the qualifier
    before «المدينة» («محيط» → 2)."""
    for i in range(lo, hi):
        if not any(a.stem in ANAPHOR_STEMS for a in doc.tokens[i].analyses):
            continue
        if i + 1 < len(doc.tokens) and _keys(doc, i + 1) & NOT_ANAPHOR_NEXT:
            continue
        if place_index(doc).overlapping(i, i + 1):
            continue  # «المدينة القديمة في الموصل» is a name
        earlier = [
            p for p in place_index(doc).starting(0, i)
            if p.place_id and (gaz.get(p.place_id).type in TOWN_TYPES) and not _overlaps_actor(doc, p)
        ]
        if not earlier:
            return None
        ante = earlier[-1]
        previous = [tuple(a.key for a in t.analyses) for t in doc.tokens[max(lo, i - ANAPHOR_REACH + 1) : i]]
        precision, qualifier = precision_for(previous, gaz.get(ante.place_id).type)
        return replace(ante, precision=precision, qualifier=qualifier)
    return None


def _venues(
    gaz: Gazetteer, doc: Doc, clause: tuple[int, int], sentence: tuple[int, int]
) -> list[PlaceMention]:
    places = [p for p in place_index(doc).starting(*sentence) if p.place_id]
    venues = [
        p for p in places
        if (clause[0] <= p.tok_start < clause[1] and _after_in(doc, gaz, p)) or _named_venue(doc, gaz, p, sentence)
    ]
    venues = [
        p for p in venues
        if gaz.get(p.place_id).type in SPLIT_TYPES
        and not _overlaps_actor(doc, p, venue=_named_venue(doc, gaz, p, sentence))
        and not _seat(doc, p)
        and not _topic(doc, p, sentence)
    ]
    return [_precise(doc, gaz, p) for p in venues[:1]]


def choose_places(
    res: Resources,
    gaz: Gazetteer,
    doc: Doc,
    trig: tuple[int, int],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    family: str,
    plover: str | None,
) -> list[PlaceMention]:
    verbal = family == "political" and plover in VERBAL_PLOVER
    if family == "political" and plover == "CONSULT":
        verbal = verbal or any(_keys(doc, i) & PHONE_WORDS for i in range(*sentence))  # «في اتصال هاتفي»
    if verbal:
        return _venues(gaz, doc, clause, sentence)
    for scope, (lo, hi) in enumerate((clause, sentence)):
        inside = [
            p for p in place_index(doc).starting(lo, hi)
            if p.place_id and not _overlaps_actor(doc, p) and not _seat(doc, p)
        ]
        if plover in MOVEMENTS:  # «تعزيزات وصلت من الجفرة»: where a force comes from is not where it is
            inside = [p for p in inside if not _origin(doc, p)]
        if family == "political":
            inside = [p for p in inside if not _topic(doc, p, sentence)]
        if not inside:
            if scope == 0:
                ante = _anaphor(doc, gaz, lo, hi)
                if ante is not None:
                    return [ante]
            continue
        after = [p for p in inside if p.tok_start >= trig[1]]
        first = after[0] if after else inside[-1]
        chosen = [_precise(doc, gaz, first)]
        if family == "violent" and after:
            k = after.index(first)
            while k + 1 < len(after):
                nxt = after[k + 1]
                gap = doc.text[doc.token_spans[after[k].tok_end - 1][1] : doc.token_spans[nxt.tok_start][0]]
                joined = doc.tokens[nxt.tok_start].text.startswith("و") and gap.strip() in ("", "،", ",")
                entry = gaz.get(nxt.place_id)
                if joined and entry and entry.type in SPLIT_TYPES and nxt.place_id != chosen[-1].place_id:
                    own = _precise(doc, gaz, nxt)
                    if own.qualifier is None:  # «مديريتي حريب والجوبة»: the pair shares «مديريتي»
                        own = replace(own, precision=chosen[0].precision, qualifier=chosen[0].qualifier)
                    chosen.append(own)
                    k += 1
                else:
                    break
        return chosen
    return []
