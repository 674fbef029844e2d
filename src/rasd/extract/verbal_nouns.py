"""When a trigger word is an act and when it is only a noun, an aim or an objection.

A political act needs a verb: a verbal noun after a preposition or «أن», with the article, or with
ل/ب is a noun («عقب محادثات», «إلى أن رفض الحكومة») unless a light verb carries it («أعرب عن رفضه»,
«جدد التزام قواته», «اجتماع طارئ عقده», «قامت بتوقيع»). A violent verbal noun after ل is an aim
(«لاستهداف»), not a reported attack. Future verbs («ستشن») are told apart from nouns that start
like them («سيطرة», «سيارة»).
"""

from __future__ import annotations

import re

from rasd.lexicon.index import Match
from rasd.lexicon.resources import Resources
from rasd.text.normalize import normalize_form
from rasd.text.tokens import token_key


# words that begin like a future verb (س + imperfect prefix) but are nouns
_NOT_FUTURE = ("سيار", "سياس", "سيطر", "سياد", "سياق", "سياج", "سيد", "ستين", "ستة", "سنة", "سنو", "سنين",
               "سير", "سيول", "سينا", "سيف", "ستار", "سنا", "سنت", "سيناريو", "ستر", "سيل", "سيج")


def future_verb(word: str, key: str, res: Resources) -> bool:
    """«ستشن», «سيواصل»: a سـ future prefix on an imperfect verb before the trigger."""
    if res.triggers.has_word(key) or res.verbs.has_word(key):
        return True
    if len(key) < 3 or key.startswith("ا") or word.startswith(_NOT_FUTURE):
        return False
    whole = token_key(word)
    return not any(index.has_word(whole) for index in (res.actors, res.places, res.triggers, res.verbs))


# Verbs whose first letters read like the article: Form VIII of roots beginning with ل («التقى»,
# «التزم», «التمس») and Form IV of roots beginning with ل/غ/ق after alef normalisation («ألقى»).
ARTICLE_VERB = re.compile(r"^ال(?:ت[^ا]{2}|[قغح][^ا][يىا]?)(?:ت|وا|ا|تا)?$")


def _article_forms(entry) -> frozenset[str]:
    """Forms whose «ال» is not the article of a new mention.

    Political triggers: only verbs («التقى», «التزم», «ألقت»), so «المفاوضات» stays a noun. Violent
    triggers: every lexicon form written with «ال» («ألقت ... القبض على», «الدفاعات الجوية»), since
    only a bare definite noun («الغارة») refers back to an event already told."""
    cached = _ARTICLE_FORMS.get(entry.id)
    if cached is None:
        firsts = [normalize_form(x).split()[0] for x in entry.forms]
        if entry.family == "political":
            cached = frozenset(f for f in firsts if ARTICLE_VERB.match(f))
        else:
            cached = frozenset(f for f in firsts if f.startswith("ال"))
        _ARTICLE_FORMS[entry.id] = cached
    return cached


_ARTICLE_FORMS: dict[str, frozenset[str]] = {}


def definite(t: Match) -> bool:
    stem = t.analysis.stem
    return stem.startswith("ال") and stem not in _article_forms(t.payload)


# After these a word is a noun («عقب جولتي محادثات», «إلى أن رفض الحكومة»), not a finite verb.
NOUN_GOVERNORS = frozenset(
    "ان بان لان عقب بعد قبل خلال اثر منذ عن علي من الي مع حول بشان ضد تجاه رغم بسبب جراء ازاء وسط عدم في ظل".split()
)
# Prepositions after which a verbal noun stays a noun even when a light verb precedes the clause.
HARD_GOVERNORS = frozenset("في ظل عقب بعد قبل خلال اثر منذ جراء بسبب رغم وسط حول بشان ضد تجاه ازاء عدم".split())
DO_VERBS = frozenset("قام قامت قاموا يقوم تقوم يقومون".split())
CONTINUE_WORDS = frozenset("استمرار الاستمرار مواصله استمرارها استمراره مضي المضي".split())  # «استمراره في تزويد»
SETTING_PREPS = frozenset("في خلال".split())  # «في اتصال هاتفي», «خلال لقائه»: the meeting took place
# Heads whose complement is a topic or a name, not an act: «لجنة وقف إطلاق النار», «جولة محادثات»,
# «مسار المفاوضات», «مبادرة التهدئة».
NAME_HEADS = frozenset(
    "لجنه لجان جوله جولتي جولتين جولات اليه اليات مسار ملف مبادره مقترح مشروع خطه فريق وفد ملفات".split()
)
AN_PRONOUN = frozenset("انه انها انهم انهما بانه بانها بانهم لانه لانها".split())
VERB_AFTER_AN = frozenset("بعد قبل منذ ما".split())  # «بعد أن التقى»: a verb follows


# Verbs that carry a verbal noun as the act itself: «جدد التزام قواته», «أعلن رفضه», «أجرى محادثات».
LIGHT_VERBS = frozenset(
    """جدد جددت جددوا يجدد تجدد اعلن اعلنت اعلنوا يعلن تعلن اكد اكدت يؤكد تؤكد ابدي ابدت يبدي تبدي
    اعرب اعربت يعرب تعرب اجري اجرت اجروا يجري تجري عقد عقدت عقدوا يعقد تعقد تم تمت يتم جري جرت
    بدا بدات بداوا يبدا تبدا قرر قررت واصل واصلت يواصل تواصل اطلق اطلقت اعاد اعادت وجه وجهت وجهوا
    سارع سارعت سارعوا عبر عبرت عبروا يعبر تعبر شدد شددت شددوا يشدد تشدد""".split()
)


LIGHT_REACH = 12  # «جدد قائد قوات الدعم السريع محمد حمدان دقلو التزام قواته»: the subject sits between
LIGHT_STOP = frozenset("ان بان انه انها لان الذي التي الذين و".split())


def asserted_after(t: Match, tokens) -> bool:
    """A light verb with the noun as its object right after it: «اجتماع طارئ عقده», «اتهامات وجهها»."""
    if t.end < len(tokens):
        nxt = tokens[t.end]
        return any(x.suffix and x.key in LIGHT_VERBS for x in nxt.analyses)
    return False


ARRIVING = frozenset({"MOBILIZE", "AID"})
ARRIVAL_VERBS = frozenset("وصلت وصل وصلوا دخلت دخل انتشرت انتشر تمركزت ارسلتها ارسلها ارسلهم دفعت دفع".split())


def _arrived(t: Match, tokens) -> bool:
    """«الـ<noun> ... التي/الذي وصلت»: a definite build-up noun whose arrival a relative clause tells."""
    for i in range(t.end, min(len(tokens) - 1, t.end + 4)):
        if tokens[i].text in ("التي", "الذي", "الذين"):
            nxt = tokens[i + 1]
            return bool(({nxt.text} | {x.key for x in nxt.analyses[:2]}) & ARRIVAL_VERBS)
    return False


def licensed(t: Match, tokens, clause_start: int) -> bool:
    """A light verb before the noun in its clause («أعرب عن رفضه», «جدد ... التزام»), or one
    with the noun as its object right after it («اجتماع طارئ عقده», «اتهامات وجهها»)."""
    if asserted_after(t, tokens):
        return True
    floor = clause_start
    if t.start == clause_start:  # «ووجه وزراء خارجية الدول الخمس،دعوة إلى»: the object after a comma
        floor = max(0, t.start - LIGHT_REACH)
    for i in range(t.start - 1, max(floor, t.start - LIGHT_REACH) - 1, -1):
        tok = tokens[i]
        if tok.text in LIGHT_STOP:
            return False
        if ({x.key for x in tok.analyses[:2]} | {tok.text}) & LIGHT_VERBS:
            if i > 0 and tokens[i - 1].text == "ما":  # «ما جرى دليل على ضرورة»: "what happened"
                return False
            return True
    return False


def nominal(t: Match, tokens, clause_start: int = 0) -> bool:
    """A verbal noun or accusative («لبحث», «التنسيق», «اجتماعا»): a political act needs a verb."""
    a = t.analysis
    if a.prefix.endswith("ب") and t.start > 0 and {x.key for x in tokens[t.start - 1].analyses[:2]} & DO_VERBS:
        return False  # «قامت بإعادة نشر قواتها», «قامت بتوقيع»: the verb «قام» carries the noun
    if t.start > 0 and not a.prefix:
        prev = tokens[t.start - 1]
        keys = {x.key for x in prev.analyses[:2]} | {prev.text}
        if keys & NAME_HEADS:  # «لجنة وقف إطلاق النار», «جولة محادثات»: a name or a topic
            return True
        continuing = t.start > 1 and {x.key for x in tokens[t.start - 2].analyses[:2]} & CONTINUE_WORDS
        if keys & HARD_GOVERNORS and not asserted_after(t, tokens) and not continuing:
            # «دور طهران في دعم», «عقب جولة»; but «خلال اتصال هاتفي»: an untold call did happen
            return not (t.payload.plover == "CONSULT" and keys & SETTING_PREPS and not definite(t))
    if licensed(t, tokens, clause_start) and not any(ch in a.prefix for ch in "لب"):
        return False
    if definite(t) and t.payload.plover in ARRIVING and _arrived(t, tokens):
        return False  # «الحشود التي وصلت إلى الجبهة أمس»: the relative clause tells it
    if definite(t) or any(ch in a.prefix for ch in "لب"):
        return True
    if t.end - t.start == 1 and a.suffix == "ا":
        return True
    if t.start > 0 and not a.prefix:
        prev = tokens[t.start - 1]
        keys = {x.key for x in prev.analyses[:2]} | {prev.text}
        if keys & NAME_HEADS:
            return True
        if prev.text in AN_PRONOUN:  # «أنه تلقى اتصالا»: a verb follows «أنه»
            return False
        if keys & NOUN_GOVERNORS:
            return not (prev.text in ("ان", "بان") and t.start > 1 and tokens[t.start - 2].text in VERB_AFTER_AN)
    return False


PURPOSE_EXCEPTIONS = frozenset(  # «تعرضت المدينة لقصف»: exposure to an attack is the attack
    "تعرض تعرضت تعرضوا يتعرض تتعرض تعرضها تعرضه ادي ادت يودي تودي افضي نتيجه عرضه".split()
)


def purpose(t: Match, tokens) -> bool:
    """«لاستهداف», «لمواجهة», «للتمهيد لهجوم»: a verbal noun after ل is an aim, not a reported attack."""
    a = t.analysis
    if not a.prefix.endswith("ل") or a.prefix.endswith("ال"):
        return False
    for i in range(t.start - 1, max(-1, t.start - 7), -1):  # «تعرضت بلدة معرة النعمان لقصف»
        if {x.key for x in tokens[i].analyses[:2]} & PURPOSE_EXCEPTIONS:
            return False
    return True


def objection(t: Match, tokens) -> bool:
    """«اعترضت روسيا على القرار» objects; it does not intercept. «تبحث عن ذرائع» looks for
    something; it does not hold talks."""
    nxt = tokens[t.end].text if t.end < len(tokens) else ""
    if t.payload.plover == "CONSULT" and t.end - t.start == 1 and nxt == "عن":
        return True
    if not t.analysis.stem.startswith(("اعترض", "يعترض", "تعترض")):
        return False
    return any(tok.text in ("علي", "عليه", "عليها") for tok in tokens[t.end : t.end + 3])
