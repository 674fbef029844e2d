"""Counts in Arabic news text: digits, cardinal number words, vague quantities and casualty duals.

Matching runs on the normalised text (:func:`rasd.text.normalize.normalize_text`, so ة→ه, أ→ا,
ى→ي, diacritics dropped, Arabic-Indic/Persian digits made ASCII); offsets are mapped back to the
original. Things that are not counts are left out: dates and years (every span that
:func:`rasd.text.dates.find_dates` reports, and bare 4-digit years 1900–2100 with no counted noun),
times (10:30), percentages, calibres («عيار 14.5»), unit numbers («اللواء 106», «الكتيبة 128»),
model designations («T-72»), measures, money and durations («10 كم», «24 ساعة»), ordinals.

Examples: «19 عنصراً» → 19, unit «عنصراً»; «خمسة وعشرين مدنيا» → 25; «ثلاثة آلاف و500» → 3500;
«العشرات» → 10 approximate; «نحو 20 قتيلا» → 20 approximate; «جنديين» → 2, unit «جنديين».
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from dataclasses import dataclass

from rasd.text.dates import _normalized, _scan


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int
    end: int
    text: str
    value: int
    approximate: bool
    unit: str | None


# ---------------------------------------------------------------- lexicon (normalised spellings)

_UNITS = {
    "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثنتين": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
}
_TEEN_HEADS = {"احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2}  # only before عشر
_TEN = {"عشر": 10, "عشره": 10}
_TENS: dict[str, int] = {}
for _stem, _v in (("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50), ("ست", 60), ("سبع", 70),
                  ("ثمان", 80), ("تسع", 90)):
    _TENS[_stem + "ون"] = _v
    _TENS[_stem + "ين"] = _v
_HUNDRED = {"مئه": 100, "مائه": 100, "ميه": 100}
_HUNDREDS = {f"{h}{t}": 200 for h in ("مئ", "مائ") for t in ("تان", "تين", "تي", "تا")}
for _stem, _v in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8),
                  ("ثماني", 8), ("تسع", 9)):
    for _h in ("مئه", "مائه"):
        _HUNDREDS[_stem + _h] = _v * 100
_THOUSAND = {"الف": 1000, "الفا": 1000}
_THOUSAND2 = {"الفان": 2000, "الفين": 2000, "الفي": 2000}
_THOUSANDS = {"الاف": 1000, "الوف": 1000}  # plural: × after 3–10, else «thousands» (vague)
_VAGUE = {"عشرات": 10, "مئات": 100, "بضعه": 3, "بضع": 3, "عده": 3}

_LEX: dict[str, tuple[int, str]] = {}
for _table, _cls in ((_UNITS, "u"), (_TEEN_HEADS, "th"), (_TEN, "ten"), (_TENS, "tens"),
                     (_HUNDRED, "h"), (_HUNDREDS, "hs"), (_THOUSAND, "k"), (_THOUSAND2, "k2"),
                     (_THOUSANDS, "kp"), (_VAGUE, "v")):
    for _w, _v in _table.items():
        _LEX[_w] = (_v, _cls)
_LEX["عدد"] = (3, "v")  # only in «عدد من»
# forms that may carry the article: «الجنود الثلاثة», «العشرات», «الآلاف»
_AL_OK = frozenset({"ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره",
                    "عشرات", "مئات", "الاف", "الوف"})
_BLOCK_WORDS = frozenset({"لست", "بست", "فست"})
_ORDINALS = frozenset(
    f"{al}{w}" for al in ("", "ال") for w in (
        "حادي", "حاديه", "ثاني", "ثانيه", "ثالث", "ثالثه", "رابع", "رابعه", "خامس", "خامسه",
        "سادس", "سادسه", "سابع", "سابعه", "ثامن", "ثامنه", "تاسع", "تاسعه")
)
# duals of casualty nouns: «-ين/-ان» for nouns with a broken plural («جنديين», «قتيلين»), only the
# nominative «-ان» for nouns whose plural is «-ين» («مدنيين» is a plural, «مدنيان» a dual)
_DUALS = frozenset(
    f"{stem}{end}" for stem in ("جندي", "عنصر", "قتيل", "شخص", "طفل", "ضابط", "امرات", "رجل", "شاب",
                                "اسير", "جريح", "طفلت", "فتا")
    for end in ("ين", "ان")
) | frozenset(f"{stem}ان" for stem in ("مدني", "مقاتل", "مسلح", "مواطن", "عسكري", "معتقل", "صحفي",
                                        "شرطي", "قيادي", "مسعف", "مصاب"))
_PERSON_NOUNS = frozenset(
    "جندي جنود عنصر عناصر مدني مدنيين مدنيون قتيل قتلي شخص اشخاص طفل اطفال مقاتل مقاتلين مسلح "
    "مسلحين ضابط ضباط مواطن مواطنين امراه نساء رجل رجال اسير اسري معتقل معتقلين صحفي صحفيين "
    "شاب شبان عسكري عسكريين جريح جرحي مصاب مصابين".split()
)
_COUNT_NOUN_PREFIXES = tuple(
    "شخص مدني عنصر جندي جنود قتيل قتلي طفل اطفال امراه نساء مقاتل مسلح مواطن لاجئ نازح منزل "
    "عائل اسر معتقل اسير اسري جريح جرحي مصاب صاروخ قذيف غاره غارات برميل عسكري عناصر اشخاص "
    "ضحي ضحايا شهيد شهداء مهاجر سجين رهين مختطف مفقود عبوه طائر مسير".split()
)
# a number straight after one of these is a name or designation, not a count
_BLOCK_PREV = frozenset(
    "لواء اللواء فرقه الفرقه كتيبه الكتيبه فوج الفوج سريه السريه فيلق الفيلق رقم الرقم عيار "
    "العيار قرار القرار ماده الماده بند البند طريق الطريق ساعه الساعه كيلو الكيلو كم البوابه "
    "بوابه قطاع القطاع المربع الصفحه صفحه العدد الجوله الحلقه طراز موديل الطراز الخط خط "
    "المبني مبني الفقره فقره النقطه نقطه المخيم المحور المجموعه الجيل الفصل الحاجز حاجز البلوك "
    "الشارع شارع المحطه القاعده مطار المطار الكود الاصدار الدوره الفرع فرع المنطقه".split()
)
# a number straight before one of these is a measure, money, time or share, not a count
_BLOCK_NEXT = frozenset(
    "كم كلم كيلومتر كيلومترا كيلومترات كيلو متر مترا امتار ملم مم ميل ميلا اميال دولار دولارا "
    "دولارات ليره ليرات دينار دينارا ريال ريالا جنيه جنيها يورو طن طنا اطنان كغ كيلوغرام غرام "
    "ساعه ساعات دقيقه دقائق ثانيه ثوان يوما ايام اسبوعا اسابيع شهرا اشهر شهور "
    "سنوات عاما اعوام بالمئه بالمائه بالميه "
    "درجه درجات هكتار دونم دونما قدم بوصه مليون ملايين مليار".split()
)
_B_NOUNS = ("بيوت", "بنايات", "بنات", "براميل", "بلدات", "بيت", "بئر", "بلد", "بطاري", "باخر", "كتائب", "كتيب")
_STOP = frozenset(
    "من في على علي الى الي عن مع بين بينهم بينهن منهم منهن او ام ثم قد لا لم لن ما ان انه "
    "الذي التي الذين اللذين هم هي هو حتى حتي خلال منذ بعد قبل عند اثر جراء اخرين اخري اخر "
    "فقط كل اي اخرون على".split()
)

_SPLIT = re.compile(r"(\d+(?:[.,]\d+)*|[^\W\d_]+)")
_THOUSANDS_SEP = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_NOT_COUNT = re.compile(r"(?<![\d.,])\d++(?:[.,]\d++)*+(?:(?:\s?[:/\-]\s?\d++)++|\s?[%٪])")
_PERCENT_AFTER = re.compile(r"\s*(?:[%٪]|(?:في|ب)\s*ال(?:مئه|مائه|ميه)(?!\w))")
_APPROX = re.compile(
    r"(?<!\w)[وفبل]?(?P<a>نحو|قرابه|حوالي|زهاء|ما\s+يقارب|يقارب|ما\s+يناهز|يناهز|اكثر\s+من|ازيد\s+من"
    r"|ما\s+يزيد\s+(?:عن|علي)|يزيد\s+عن|ما\s+يربو\s+(?:عن|علي)|اقل\s+من)\s+$"
)
_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")


def _build_surface() -> dict[str, tuple[int, int, str]]:
    """Every surface form of a number word: bare, with clitics, with the article where allowed."""
    table: dict[str, tuple[int, int, str]] = {}
    for w, (v, c) in _LEX.items():
        table[w] = (0, v, c)
    for w, (v, c) in _LEX.items():
        if len(w) > 2:
            for cl in _CLITICS:
                table.setdefault(cl + w, (len(cl), v, c))
        if w in _AL_OK:
            table.setdefault("ال" + w, (0, v, c))
            for cl in _CLITICS:
                table.setdefault(cl + "ال" + w, (len(cl), v, c))
            for cl in ("", "و", "ف"):
                table.setdefault(cl + "لل" + w, (len(cl), v, c))  # «للعشرات»
    for w in _BLOCK_WORDS:
        table.pop(w, None)
    return table


_SURFACE = _build_surface()
_DUAL_SURFACE = {
    pre + w: len(cl) for w in _DUALS for cl in ("", "و", "ف", "ب", "ل", "ك") for pre in (cl, cl + "ال")
}
_DUAL_SURFACE.update({cl + "لل" + w: len(cl) for w in _DUALS for cl in ("", "و", "ف")})
_CANDIDATES = frozenset(_SURFACE) | frozenset(_DUAL_SURFACE)


def _lookup(word: str) -> tuple[int, int, str] | None:
    """(clitic length, value, class) of a number word, clitics and article stripped."""
    return _SURFACE.get(word)


def _strip(word: str) -> str:
    """A word without its leading clitics and article (for context checks)."""
    for c in ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"):
        if word.startswith(c) and len(word) - len(c) >= 2:
            return word[len(c):]
    return word


def _digits_value(s: str) -> int:
    if len(s) > 15:  # phone numbers, ids: not counts (and no huge int conversion)
        return 0
    if _THOUSANDS_SEP.fullmatch(s):
        s = s.replace(",", "")
    return int(re.split(r"[.,]", s, maxsplit=1)[0])


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    digit: bool


class _Toks:
    """Tokens of the normalised text built on demand from ``_SPLIT.split`` pieces."""

    __slots__ = ("parts", "ends")

    def __init__(self, parts: list[str], ends: list[int]) -> None:
        self.parts, self.ends = parts, ends

    def __len__(self) -> int:
        return len(self.parts) // 2

    def __getitem__(self, k: int) -> _Tok:
        text = self.parts[2 * k + 1]
        # isdecimal, as ``\d`` and int(): «⁵», «⑼», «➄» are isdigit() but are not digits to either
        return _Tok(self.ends[2 * k], self.ends[2 * k + 1], text, text[0].isdecimal())


def _element(tok: _Tok, conj: bool) -> tuple[int, int, str] | None:
    """(value, skip, class) of a token as one number element; ``conj``: must begin with و."""
    if tok.digit:
        return (_digits_value(tok.text), 0, "d")
    w = tok.text
    if conj:
        if not w.startswith("و") or len(w) < 3:
            return None
        w = w[1:]
        hit = _LEX.get(w)
        return (hit[0], 1, hit[1]) if hit else None
    hit = _lookup(w)
    return (hit[1], hit[0], hit[2]) if hit else None


def find_numbers(text: str) -> list[NumberMention]:
    """Counts in ``text``, sorted by start and non-overlapping (see module docstring)."""
    norm = _normalized(text)
    s = norm.text
    parts = _SPLIT.split(s)  # gap, token, gap, token, ..., gap
    toks = _Toks(parts, list(accumulate(map(len, parts))))
    blocked = [(a, b) for _, _, a, b in _scan(text)]
    blocked.extend(norm.to_original(m.start(), m.end()) for m in _NOT_COUNT.finditer(s))
    blocked.sort()
    starts = [a for a, _ in blocked]

    def is_blocked(a: int, b: int) -> bool:
        k = bisect_right(starts, b - 1) - 1
        while k >= 0 and blocked[k][0] >= a - 200:
            if blocked[k][1] > a:
                return True
            k -= 1
        return k >= 0 and blocked[k][1] > a

    def gap_ok(k: int) -> bool:
        """Only whitespace between token k-1 and token k."""
        return not parts[2 * k].strip()

    out: list[NumberMention] = []
    n = len(toks)
    words = parts[1::2]
    nxt_i = 0
    for i in [k for k, w in enumerate(words) if w in _CANDIDATES or w[0].isdecimal()]:
        if i < nxt_i:
            continue
        t = toks[i]
        first = _element(t, False)
        if first is None:
            cl = _DUAL_SURFACE.get(t.text)
            if cl is not None and _is_dual(toks, i):
                a, b = norm.to_original(t.start + cl, t.end)
                if not is_blocked(a, b):
                    out.append(NumberMention(a, b, text[a:b], 2, False, text[a:b]))
            continue
        value, skip, cls = first
        prev_raw = toks[i - 1].text if i else ""
        prev = _strip(prev_raw)
        if cls == "ten" and prev_raw in _ORDINALS:  # «الحادي عشر», «الثالث عشر»: ordinals
            continue
        if cls in ("d", "u", "tens", "h", "hs") and (prev in _BLOCK_PREV or prev_raw in _BLOCK_PREV):
            continue
        if t.digit and t.start >= 2 and s[t.start - 1] == "-" and s[t.start - 2].isalpha():
            continue  # «T-72», «سو-24»
        j = i + 1
        approx = False
        total, cur, mag, last_unit = 0, 0, 1, False
        if cls == "th":  # «أحد عشر», «اثنا عشر»
            if not (j < n and gap_ok(j) and toks[j].text in _TEN):
                continue
            cur, j = value + 10, j + 1
        elif cls == "v":
            if t.text.endswith("عدد"):
                if not (j < n and gap_ok(j) and toks[j].text == "من"):
                    continue
                j += 1
            elif t.text.endswith("عده"):  # «عدة» (several), not «عدّه»/«بعده»
                oa, ob = norm.to_original(t.start, t.end)
                if "ة" not in text[max(oa, ob - 3):ob] or j >= n or toks[j].text in _STOP:
                    continue
            approx = True
            total = value
            if j < n and gap_ok(j) and toks[j].text in ("الاف", "الالاف", "الوف"):
                total, j = value * 1000, j + 1  # «عشرات الآلاف»
        elif cls == "kp":  # «آلاف» alone
            total, approx, mag = value, True, 1000
        elif cls in ("k", "k2"):
            total, mag = value, 1000
        else:
            cur = value
            mag = {"u": 1, "ten": 1, "tens": 10, "h": 100, "hs": 100, "d": 1}[cls]
            last_unit = cls == "u"
            if cls == "u" and j < n and gap_ok(j):
                if toks[j].text in _TEN:  # «ثلاثة عشر»
                    cur, j, last_unit = value + 10, j + 1, False
                elif toks[j].text in _HUNDRED and 3 <= value <= 9:  # «ثلاث مئة»
                    cur, j, mag, last_unit = value * 100, j + 1, 100, False
            if cls == "d" and cur >= 1000:
                total, cur = cur, 0
        # continuation: thousands multiplier, then «و» + a smaller part
        while j < n and gap_ok(j) and not approx:
            nt = toks[j]
            if cur and not total and (nt.text in _THOUSAND or nt.text in _THOUSANDS):
                if nt.text in _THOUSANDS and not 3 <= cur <= 10:
                    break
                total, cur, mag, last_unit, j = cur * 1000, 0, 1000, False, j + 1
                continue
            if nt.text == "و" and j + 1 < n and gap_ok(j + 1):
                el, step = _element(toks[j + 1], False), 2  # «و 500», «و500»
                if el and el[1]:
                    el = None
            else:
                el, step = _element(nt, True), 1
            if el is None:
                break
            v2, _, c2 = el
            if c2 not in ("u", "ten", "tens", "h", "hs", "d"):
                break
            tens_after_unit = c2 == "tens" and last_unit
            if not (v2 < mag or tens_after_unit):
                break
            if c2 == "u" and j + step < n and toks[j + step].text in _TEN:
                v2, step, c2 = v2 + 10, step + 1, "ten"
            cur += v2
            mag = 1 if (tens_after_unit or c2 in ("u", "d", "ten")) else {"tens": 10, "h": 100, "hs": 100}[c2]
            last_unit = c2 == "u"
            j += step
        value = total + cur
        if value <= 0:
            continue
        a_norm, b_norm = t.start + skip, toks[j - 1].end
        am = _APPROX.search(s, max(0, a_norm - 22), a_norm)
        if am:
            approx = True
            a_norm = am.start("a")
        a, b = norm.to_original(a_norm, b_norm)
        if is_blocked(a, b) or _PERCENT_AFTER.match(s, b_norm):
            nxt_i = j
            continue
        unit = unit_norm = None
        if j < n and gap_ok(j) and not toks[j].digit:
            u = toks[j].text
            us = _strip(u)
            if u in _BLOCK_NEXT or us in _BLOCK_NEXT:
                nxt_i = j
                continue
            k = j
            if u == "من" and j + 1 < n and gap_ok(j + 1) and not toks[j + 1].digit:
                k, u = j + 1, toks[j + 1].text  # partitive: «5 من عناصر», «العشرات من الجرحى»
                us = _strip(u)
            if u not in _STOP and _lookup(u) is None and not (
                (u[0] == "و" and len(u) > 3 and us not in _PERSON_NOUNS)  # a conjunction: «وإصابة»
                or (u[0] in "بك" and not u.startswith(_B_NOUNS))  # a preposition: «بجروح»
            ):
                ua, ub = norm.to_original(toks[k].start, toks[k].end)
                if not is_blocked(ua, ub):  # «قتل 3 يوم الخميس»: a date, not the counted noun
                    unit, unit_norm = text[ua:ub], us
        # 1 and 2 (and definite numbers) follow their noun: «مدنيين اثنين», «الجنود الثلاثة»
        adjectival = unit is None or value <= 2 or words[i].startswith(("ال", "وال"))
        if adjectival and not t.digit and i and gap_ok(i) and prev in _PERSON_NOUNS:
            ua, ub = norm.to_original(toks[i - 1].start, toks[i - 1].end)  # «مدنيين اثنين», «الجنود الثلاثة»
            unit = text[ua:ub]
        if t.digit and j == i + 1 and 1900 <= value <= 2100 and "," not in t.text and not am:
            if unit_norm is None or not unit_norm.startswith(_COUNT_NOUN_PREFIXES):
                nxt_i = j  # a bare year
                continue
        out.append(NumberMention(a, b, text[a:b], value, approx, unit))
        nxt_i = j
    return out


def _is_dual(toks: _Toks, i: int) -> bool:
    """«جنديين» counts 2 unless «اثنين» follows (then that word carries the count)."""
    return not (i + 1 < len(toks) and toks[i + 1].text in ("اثنين", "اثنان", "اثنتين", "اثنتان"))
