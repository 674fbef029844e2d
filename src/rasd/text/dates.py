"""Date phrases in Arabic news text, resolved against the publication date.

All matching runs on the normalised copy of the text (:func:`rasd.text.normalize.normalize_text`:
hamza, ta-marbuta and ya variants unified, diacritics dropped, Arabic-Indic digits made ASCII), so
the patterns below are written in normalised spelling («اذار», «الجمعه»). Offsets are mapped back
to the original text. A leading clitic (و ف ب ل ك) is matched but left out of the mention span.

Resolution rules (P = publication date):

* absolute day+month+year → that day (DAY); day+month without a year → P's year, or the year
  before when that would land more than 30 days after P (``relative=True``);
* month+year → the 15th (MONTH); «مطلع/أوائل» → 5th, «منتصف» → 15th, «أواخر/نهاية» → 25th (WEEK);
* a year alone («عام 2011»), «هذا العام», «قبل سنوات» → ``date=None``, kind ``vague``; «العام
  الماضي» → 1 July of the year before, «أواخر/مطلع/منتصف العام (الماضي)» → 1 Dec/15 Jan/1 Jul,
  «قبل عام» → P-365 (MONTH, kind ``vague``);
* «اليوم/أمس/أول أمس/غدا» and parts of day → P, P-1, P-2, P+1 (DAY);
* a weekday → the latest such day on or before P («الماضي» on P's own weekday → a week back;
  «المقبل» → the next one after P); «أمس الأربعاء» → P-1 when P-1 is a Wednesday, else the latest
  Wednesday on or before P (WEEK: the weekday is trusted over a publication date that is off);
* «مطلع/منتصف/نهاية الشهر» → this month (WEEK);
* «قبل يومين/ثلاثة أيام» → P-n (DAY); «منذ أيام» → P-3, «في وقت سابق» → P-1 (WEEK, vague);
  week phrases → WEEK, month phrases → MONTH (see ``_resolve``).

Without P every expression that needs it gets ``date=None`` (precision unchanged).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from rasd.text.normalize import NormalizedText, normalize_text


class TimePrecision(IntEnum):
    """ACLED time_precision."""

    DAY = 1
    WEEK = 2
    MONTH = 3


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    date: dt.date | None
    precision: TimePrecision
    relative: bool
    kind: str  # 'absolute' | 'weekday' | 'relative_day' | 'relative_period' | 'part_of_day' | 'vague'


# ---------------------------------------------------------------- data (normalised spellings)

MONTHS: dict[str, int] = {
    # Levantine / Iraqi
    "كانون الثاني": 1, "كانون ثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6,
    "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين اول": 10, "تشرين الثاني": 11,
    "تشرين ثاني": 11, "كانون الاول": 12, "كانون اول": 12,
    # Egyptian / Gulf
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Maghrebi (Algeria/Tunisia, Morocco)
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}

WEEKDAYS: dict[str, int] = {  # Python weekday(): Monday = 0
    "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
}

_ORD_UNITS = {
    "اول": 1, "اولي": 1, "حادي": 1, "حاديه": 1, "ثاني": 2, "ثانيه": 2, "ثالث": 3, "ثالثه": 3,
    "رابع": 4, "رابعه": 4, "خامس": 5, "خامسه": 5, "سادس": 6, "سادسه": 6, "سابع": 7, "سابعه": 7,
    "ثامن": 8, "ثامنه": 8, "تاسع": 9, "تاسعه": 9, "عاشر": 10, "عاشره": 10,
}
_SMALL = {
    "يوم": 1, "واحد": 1, "يومين": 2, "اسبوعين": 2, "شهرين": 2, "اثنين": 2, "ثلاثه": 3, "ثلاث": 3,
    "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7,
    "ثمانيه": 8, "ثماني": 8, "ثمان": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10,
}
_PART_DAY = {"فجر": 0, "صباح": 0, "ظهر": 0, "ظهيره": 0, "عصر": 0, "مساء": 0, "ليل": 0, "ليله": 0,
             "ضحي": 0, "منتصف ليل": 0, "منتصف ليله": 0, "منتصف نهار": 0, "نهار": 0}
_PART_START = ("مطلع", "بدايه", "اوائل", "اوايل", "مستهل")
_PART_MID = ("منتصف", "اواسط", "وسط")
_PART_END = ("اواخر", "نهايه", "اخر", "ختام")


def _alt(words) -> str:
    """Regex alternation, longest first, spaces matching any run of whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_MONTH_ALT = _alt(MONTHS)
# «نيسان/أبريل», «نيسان (أبريل)», «شباط/ فبراير», «أبريل/نيسان»
_MONTH = rf"(?:شهر\s+)?(?P<{{n}}>{_MONTH_ALT})(?:\s*[/(\-–]\s*(?:{_MONTH_ALT})\s*\)?)?(?!\w)"
_WD = _alt(WEEKDAYS)
_DAYPART = _alt(_PART_DAY)
_PERIOD_PART = _alt(_PART_START + _PART_MID + _PART_END)
_ORD = (r"(?:(?:ال)?(?:" + _alt(_ORD_UNITS) + r")(?:\s+عشر[ه]?|\s+و\s*(?:ال)?(?:عشرين|ثلاثين))?"
        r"|(?:ال)?(?:عشرين|ثلاثين))")
_NUMW = _alt(_SMALL)
_NOT_TODAY = "ال(?:" + _alt(_ORD_UNITS) + ")(?!\\w)"  # «اليوم الثالث» is a count of days
_YEAR = r"(?:19|20)\d\d(?:\s?م(?!\w))?"
_YEAR_WORD = r"(?:عام|العام|سنه|السنه|لعام|للعام)"
_REL_YEAR = r"(?:الماضي|المنصرم|الفائت|الجاري|الحالي|المقبل|القادم)"
_WEEKDAY_PREFIX = rf"(?:(?:يوم\s+)?(?:{_WD})\s*[،,]?\s*(?:الموافق\s+)?)?"
# explicit or relative year after a month: «2020», «من العام 2020», «من العام الماضي»
_YEAR_TAIL = (rf"(?:\s*[،,]?\s*(?:من\s+)?(?:{_YEAR_WORD}\s+)?(?P<{{y}}>{_YEAR})"
              rf"|\s+(?:من\s+)?(?:{_YEAR_WORD}|هذا\s+العام)\s*(?P<{{ry}}>{_REL_YEAR})?)?")

_ALTS: list[tuple[str, str]] = [
    # numeric: 2020/04/04, 4/4/2020, 04-04-2020, 4.4.2020
    ("ymd", r"(?P<ymd_y>(?:19|20)\d\d)(?P<ymd_s>[/\-.])(?P<ymd_m>\d{1,2})(?P=ymd_s)(?P<ymd_d>\d{1,2})(?!\d)"),
    ("dmy", r"(?P<dmy_d>\d{1,2})(?P<dmy_s>[/\-.])(?P<dmy_m>\d{1,2})(?P=dmy_s)(?P<dmy_y>(?:19|20)?\d\d)(?![\d.])"),
    # «الأربعاء 4 نيسان/أبريل 2020», «4 من أبريل», «في 20 مايو»
    ("dnum", _WEEKDAY_PREFIX + r"(?P<dnum_d>[0-3]?\d)\s*(?:من\s+)?" + _MONTH.format(n="dnum_m")
     + _YEAR_TAIL.format(y="dnum_y", ry="dnum_ry")),
    # «الرابع من نيسان/أبريل», «الحادي والعشرين من الشهر الجاري»
    ("dord", _WEEKDAY_PREFIX + rf"(?P<dord_d>{_ORD})\s+من\s+(?:(?P<dord_cur>الشهر\s+(?:الجاري|الحالي|نفسه)|هذا\s+الشهر)"
     rf"|(?P<dord_prev>الشهر\s+(?:الماضي|المنصرم|الفائت))|" + _MONTH.format(n="dord_m") + ")"
     + _YEAR_TAIL.format(y="dord_y", ry="dord_ry")),
    # «الأسبوع الأول من آذار»
    ("wom", r"(?:ال)?اسبوع\s+(?P<wom_d>(?:ال)?(?:اول|ثاني|ثالث|رابع|اخير))\s+من\s+" + _MONTH.format(n="wom_m")
     + _YEAR_TAIL.format(y="wom_y", ry="wom_ry")),
    ("dnumcur", rf"(?P<dnc_d>[0-3]?\d)\s+من\s+(?:(?P<dnc_cur>الشهر\s+(?:الجاري|الحالي)|هذا\s+الشهر)"
     rf"|(?P<dnc_prev>الشهر\s+(?:الماضي|المنصرم|الفائت)))"),
    # «مطلع شباط/فبراير 2020», «نيسان 2020», «أبريل الماضي», «في مارس»
    ("month", rf"(?:(?P<mon_p>{_PERIOD_PART})\s+)?" + _MONTH.format(n="mon_m")
     + rf"(?:\s*[،,]?\s*(?:من\s+)?(?:{_YEAR_WORD}\s+)?(?P<mon_y>{_YEAR})"
     rf"|\s+(?:من\s+)?(?:{_YEAR_WORD}|هذا\s+العام)\s*(?P<mon_ry>{_REL_YEAR})?"
     rf"|\s+(?P<mon_rel>الماضي|المنصرم|الفائت|الجاري|الحالي|المقبل|القادم))?"),
    ("year", rf"(?:{_YEAR_WORD}\s+|(?<=في\s))(?P<year_y>{_YEAR})(?!\w)"),
    # «العام الماضي», «أواخر العام الماضي», «مطلع العام», «هذا العام», «قبل عام», «منذ سنوات»
    ("relyear", rf"(?:(?P<ry_p>{_PERIOD_PART})\s+)?(?:(?:العام|السنه)\s+(?P<ry_r>الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الجاري|الحاليه|الحالي|المقبل|القادم)"
     r"|(?P<ry_this>هذا\s+العام|هذه\s+السنه)|(?P<ry_bare>العام|السنه)(?!\s*\d)"
     r"|(?:قبل|منذ)\s+(?P<ry_ago>عام|سنه|عامين|سنتين|سنوات|اعوام|سنين)(?!\s*\d))(?!\w)"),
    ("vague", r"(?:(?:منذ|قبل)\s+(?:بضعه\s+|عده\s+)?ايام|(?P<vg_earlier>في\s+وقت\s+سابق)(?P<vg_today>\s+من\s+(?:يوم\s+)?اليوم)?"
     r"|(?:خلال\s+)?الايام\s+(?:القليله\s+)?(?:الماضيه|الاخيره|المنصرمه)|مؤخرا)(?!\w)"),
    # «قبل يومين», «قبل ثلاثة أيام», «منذ 3 أيام», «قبل أسبوعين», «قبل شهر»
    ("ago", rf"(?:قبل|منذ)\s+(?:(?P<ago_n>\d{{1,2}}|{_NUMW})\s+)?(?P<ago_u>يومين|ايام|يوما|يوم|اسبوعين|اسابيع|اسبوع|شهرين|اشهر|شهور|شهر)(?!\w)"),
    ("week", rf"(?:(?P<wk_end>عطله\s+)?(?P<wk_p>{_PERIOD_PART})\s+)?(?:الاسبوع(?:\s+(?P<wk_r>الماضي|المنصرم|الفائت|الجاري|الحالي|المقبل|القادم))?"
     r"|(?P<wk_this>هذا\s+الاسبوع))(?!\w)"),
    ("monthrel", rf"(?:(?P<mr_p>{_PERIOD_PART})\s+)?(?:الشهر\s+(?P<mr_r>الماضي|المنصرم|الفائت|الجاري|الحالي|المقبل|القادم)"
     r"|(?P<mr_this>هذا\s+الشهر)|(?P<mr_bare>الشهر))(?!\w)"),
    # «فجر اليوم», «مساء أمس», «ليلة أمس», «أول أمس», «أمس الأول», «غدا»
    ("day", rf"(?:(?P<day_part>{_DAYPART})\s+)?(?:يوم\s+(?=امس|البارحه))?(?:(?P<day_m2>اول\s+(?:من\s+)?امس|امس\s+الاول)"
     rf"|(?P<day_m1>(?:ال)?امس|البارحه|الليله\s+الماضيه)(?!\s+(?:{_WD}))|(?P<day_0>اليوم|الليله)(?!\s+(?:التالي|نفسه|ذاته|الاخير|العالمي|الوطني|{_NOT_TODAY}))"
     r"|(?P<day_p2>بعد\s+غد)|(?P<day_p1>غدا|الغد))(?!\w)"),
    # «ليلة الجمعة», «أمس الأربعاء», «الثلاثاء الماضي», «يوم الأحد المقبل»
    ("wd", rf"(?:(?P<wd_part>{_DAYPART})\s+)?(?:يوم\s+)?(?P<wd_y>امس\s+)?(?<!صلاه\s)(?<!خطبه\s)(?<!بين\s)"
     rf"(?P<wd_w>{_WD})(?:\s*[-/–]\s*(?:{_WD}))?(?:\s+(?P<wd_r>الماضي|المنصرم|الفائت|المقبل|القادم))?(?!\w)"),
]

_KIND_OF = {"wom": "absolute", "ymd": "absolute", "dmy": "absolute", "dnum": "absolute", "dord": "absolute",
            "dnumcur": "absolute", "month": "absolute", "year": "vague", "relyear": "vague",
            "ago": "relative_period", "vague": "vague", "week": "relative_period",
            "monthrel": "relative_period", "day": "relative_day", "wd": "weekday"}

_NAMES = [n for n, _ in _ALTS]
_CLITIC = r"(?P<cl>[وف]?[بلك]?)"
# the leading «ال» of a first word may merge with the clitic ل («لليوم», «للأسبوع»)
_MASTER = re.compile(
    _CLITIC + "(?:" + "|".join(f"(?P<{n}>{p})" for n, p in _ALTS) + ")"
)
# «لليوم», «للأسبوع»: the clitic ل swallows the alif of ال; matching sees «اليوم» (same length)
_LAM_AL = re.compile(r"(?<!\w)([وف]?)لل(?=\w\w)")
# a month name alone needs a lead-in («في آذار», «خلال مارس»): «مارس» is also a verb, «آب» a noun
_BARE_MONTH_CTX = re.compile(r"(?:في|خلال|منذ|حتي|بين|شهري)\s+$")
_MONTH_KEY = {re.sub(r"\s+", " ", k): v for k, v in MONTHS.items()}


def _month_num(s: str) -> int:
    return _MONTH_KEY[" ".join(s.split())]


def _ord_value(s: str) -> int | None:
    total = 0
    words = s.split()
    for w in words:
        w = w[1:] if w.startswith("و") and len(w) > 2 and w[1:] not in _ORD_UNITS else w
        w = w[2:] if w.startswith("ال") else w
        if w in _ORD_UNITS:
            total += _ORD_UNITS[w]
        elif w in ("عشر", "عشره"):
            total += 10
        elif w == "عشرين":
            total += 20
        elif w == "ثلاثين":
            total += 30
    return total or None


def _small(s: str | None) -> int | None:
    if s is None:
        return None
    return int(s) if s.isdigit() else _SMALL.get(s)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _add_months(p: dt.date, k: int, day: int) -> dt.date:
    y, m = divmod(p.year * 12 + p.month - 1 + k, 12)
    return dt.date(y, m + 1, day)


def _infer_year(p: dt.date, m: int, d: int) -> dt.date | None:
    """Day+month without a year: P's year, or the previous one when > 30 days after P."""
    date = _safe_date(p.year, m, d)
    if date is None or (date - p).days > 30:
        date = _safe_date(p.year - 1, m, d)
    return date


def _part_day(part: str | None) -> int | None:
    if not part:
        return None
    if part in _PART_START:
        return 5
    if part in _PART_MID:
        return 15
    return 25


def _rel_year(p: dt.date | None, ry: str | None) -> int | None:
    if p is None:
        return None
    if ry in ("الماضي", "المنصرم", "الفائت"):
        return p.year - 1
    if ry in ("المقبل", "القادم"):
        return p.year + 1
    return p.year


_PAST_REL = ("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت")


def _rel_year_date(g, p: dt.date | None):
    """«العام الماضي» → 1 July of P's year before; «أواخر العام الماضي» → 1 December; «مطلع العام»
    → 15 January of P's year; «قبل عام» → P - 365 days (all MONTH); «هذا العام» alone, «العام
    المقبل», «منذ سنوات» → no date. A bare «العام» needs a period word («مطلع العام»)."""
    M = TimePrecision.MONTH
    part, rel, ago = g("ry_p"), g("ry_r"), g("ry_ago")
    if g("ry_bare") and not part:
        return None
    if ago:
        n = {"عام": 1, "سنه": 1, "عامين": 2, "سنتين": 2}.get(ago)
        return ((p - dt.timedelta(days=365 * n)) if p and n else None, M, True, "vague")
    if p is None or rel in ("المقبل", "القادم"):
        return (None, M, True, "vague")
    year = p.year - 1 if rel in _PAST_REL else p.year
    if part is None:
        if year == p.year:
            return (None, M, True, "vague")  # «هذا العام»: any time up to P
        return (dt.date(year, 7, 1), M, True, "vague")
    month, day = (1, 15) if part in _PART_START else (7, 1) if part in _PART_MID else (12, 1)
    return (min(dt.date(year, month, day), p), M, True, "vague")


def _resolve(name: str, g, p: dt.date | None):
    """(date, precision, relative, kind) for a match of alternative ``name``; None to drop it."""
    kind = _KIND_OF[name]
    D, W, M = TimePrecision.DAY, TimePrecision.WEEK, TimePrecision.MONTH
    if name in ("ymd", "dmy"):
        y, mo, d = (int(g(f"{name}_y")), int(g(f"{name}_m")), int(g(f"{name}_d")))
        if y < 100:
            y += 2000
        date = _safe_date(y, mo, d) or _safe_date(y, d, mo)  # day-first; swap if impossible
        return (date, D, False, kind) if date else None
    if name == "wom":  # week of a month: its middle day
        nth = g("wom_d").removeprefix("ال")
        day = {"اول": 4, "ثاني": 11, "ثالث": 18, "رابع": 25, "اخير": 25}[nth]
        mo = _month_num(g("wom_m"))
        if g("wom_y"):
            return (dt.date(int(g("wom_y")[:4]), mo, day), W, False, kind)
        if p is None:
            return (None, W, True, kind)
        if g("wom_ry"):
            return (dt.date(_rel_year(p, g("wom_ry")), mo, day), W, True, kind)
        return (_infer_year(p, mo, day), W, True, kind)
    if name in ("dnum", "dord", "dnumcur"):
        pre = "dnc" if name == "dnumcur" else name
        d = int(g(f"{pre}_d")) if name != "dord" else _ord_value(g("dord_d"))
        if not d or d > 31:
            return None
        if g(f"{pre}_cur") or g(f"{pre}_prev"):
            if p is None:
                return (None, D, True, kind)
            first = _add_months(p, -1 if g(f"{pre}_prev") else 0, 1)
            return (_safe_date(first.year, first.month, d), D, True, kind)
        mo = _month_num(g(f"{pre}_m"))
        if g(f"{pre}_y"):
            return (_safe_date(int(g(f"{pre}_y")[:4]), mo, d), D, False, kind)
        if p is None:
            return (None, D, True, kind)
        if g(f"{pre}_ry"):
            return (_safe_date(_rel_year(p, g(f"{pre}_ry")), mo, d), D, True, kind)
        return (_infer_year(p, mo, d), D, True, kind)
    if name == "month":
        mo = _month_num(g("mon_m"))
        day = _part_day(g("mon_p"))
        prec = W if day else M
        day = day or 15
        if g("mon_y"):
            return (dt.date(int(g("mon_y")[:4]), mo, day), prec, False, kind)
        if p is None:
            return (None, prec, True, kind)
        rel = g("mon_rel")
        if g("mon_ry") or (rel and rel in ("الجاري", "الحالي")):
            year = _rel_year(p, g("mon_ry") or rel)
        elif rel in ("المقبل", "القادم"):
            year = p.year if mo > p.month else p.year + 1
        elif rel:  # «نيسان الماضي»: the latest April before P's month
            year = p.year if mo < p.month else p.year - 1
        else:
            return (_infer_year(p, mo, day), prec, True, kind)
        return (dt.date(year, mo, day), prec, True, kind)
    if name == "year":
        return (None, M, False, kind)
    if name == "relyear":
        return _rel_year_date(g, p)
    if name == "ago":
        unit, n = g("ago_u"), _small(g("ago_n"))
        if unit in ("يومين", "اسبوعين", "شهرين"):
            n = 2
        elif n is None and unit in ("اسابيع", "اشهر", "شهور"):  # «قبل أسابيع», «منذ أشهر»
            if unit == "اسابيع":
                return ((p - dt.timedelta(days=14)) if p else None, W, True, "vague")
            return (None, M, True, "vague")
        n = n or 1
        if unit.startswith("ي") or unit == "ايام":
            days, prec, kind = n, D, "relative_day"
        elif unit.startswith("اسب") or unit == "اسابيع":
            days, prec = 7 * n, W
        else:
            days, prec = 30 * n, M
        return ((p - dt.timedelta(days=days)) if p else None, prec, True, kind)
    if name == "vague":
        if g("vg_today"):
            return (p, D, True, "relative_day")
        if g("vg_earlier"):  # «في وقت سابق»: the same day or shortly before
            return ((p - dt.timedelta(days=1)) if p else None, W, True, kind)
        return ((p - dt.timedelta(days=3)) if p else None, W, True, kind)
    if name == "week":
        if not (g("wk_r") or g("wk_p") or g("wk_this")):
            return None  # a bare «الأسبوع»
        if p is None:
            return (None, W, True, kind)
        r, part = g("wk_r"), g("wk_p")
        if part in _PART_END and r not in ("المقبل", "القادم"):
            # «نهاية الأسبوع (الماضي)»: the weekend (Friday) that has passed
            back = (p.weekday() - 4) % 7 or 7
            if r in ("الماضي", "المنصرم", "الفائت") and back == 1:
                back = 8
            return (p - dt.timedelta(days=back), W, True, kind)
        sunday = p - dt.timedelta(days=(p.weekday() + 1) % 7)  # week starts on Sunday
        if r in ("الماضي", "المنصرم", "الفائت"):
            base = sunday - dt.timedelta(days=7)
            mid = p - dt.timedelta(days=7)
        elif r in ("المقبل", "القادم"):
            base = sunday + dt.timedelta(days=7)
            mid = p + dt.timedelta(days=7)
        else:
            base, mid = sunday, p - dt.timedelta(days=2)
        if part in _PART_START:
            date = base + dt.timedelta(days=1)
        elif part in _PART_END:
            date = base + dt.timedelta(days=5)
        elif part in _PART_MID:
            date = base + dt.timedelta(days=3)
        else:
            date = mid
        if r not in ("المقبل", "القادم"):
            date = min(date, p)
        return (date, W, True, kind)
    if name == "monthrel":
        if g("mr_bare") and not g("mr_p"):
            return None  # a bare «الشهر»; «مطلع الشهر» is this month's start
        if p is None:
            return (None, W if g("mr_p") else M, True, kind)
        r = g("mr_r")
        k = -1 if r in ("الماضي", "المنصرم", "الفائت") else 1 if r in ("المقبل", "القادم") else 0
        day = _part_day(g("mr_p"))
        date = _add_months(p, k, day or 15)
        if k == 0:
            date = min(date, p)
        return (date, W if day else M, True, kind)
    if name == "day":
        off = -2 if g("day_m2") else -1 if g("day_m1") else 2 if g("day_p2") else 1 if g("day_p1") else 0
        kind = "part_of_day" if g("day_part") else kind
        return ((p + dt.timedelta(days=off)) if p else None, D, True, kind)
    if name == "wd":
        if p is None:
            return (None, D, True, kind)
        w, r = WEEKDAYS[g("wd_w")], g("wd_r")
        if g("wd_y"):
            yesterday = p - dt.timedelta(days=1)
            if yesterday.weekday() == w:
                return (yesterday, D, True, kind)
            # «أمس الأربعاء» when yesterday was no Wednesday: the weekday is what the writer saw;
            # the publication date is off, so the day is known to within the week
            return (p - dt.timedelta(days=(p.weekday() - w) % 7), W, True, kind)
        if r in ("المقبل", "القادم"):
            return (p + dt.timedelta(days=(w - p.weekday()) % 7 or 7), D, True, kind)
        back = (p.weekday() - w) % 7
        if back == 0 and r:
            back = 7
        return (p - dt.timedelta(days=back), D, True, kind)
    return None


# first words of the alternatives: the master pattern is only tried at tokens that start one
_TRIGGERS = (
    {k.split()[0] for k in MONTHS} | set(WEEKDAYS) | set(_PART_DAY) | set(_PART_START + _PART_MID + _PART_END)
    | {f"{al}{w}" for al in ("", "ال") for w in [*_ORD_UNITS, "عشرين", "ثلاثين"]}
    | set("اسبوع يوم شهر عام العام سنه السنه قبل منذ خلال الايام مؤخرا عطله الاسبوع هذا هذه الشهر "
          "اول امس الامس البارحه الليله اليوم بعد غدا الغد منتصف".split())
)
_TRIGGER_FORMS = frozenset(
    c + w for w in _TRIGGERS for c in ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")
)
_SCAN_TOKEN = re.compile(r"[^\W\d_]+|\d+")


@lru_cache(maxsize=8)
def _normalized(text: str) -> NormalizedText:
    return normalize_text(text)


@lru_cache(maxsize=8)
def _scan(text: str) -> tuple[tuple[str, dict, int, int], ...]:
    """Date phrases before resolution: (alternative, groups, original start, original end)."""
    norm = _normalized(text)
    work = _LAM_AL.sub(r"\1ال", norm.text)
    found = []
    last = 0
    for tm in _SCAN_TOKEN.finditer(work):
        pos = tm.start()
        word = tm.group()
        if pos < last:
            continue
        if not (word[0].isdigit() or word in _TRIGGER_FORMS
                or (word == "في" and work.startswith("وقت", tm.end() + 1))):
            continue
        m = _MASTER.match(work, pos)
        if m is None or m.end() == m.end("cl"):
            continue
        name = next(n for n in _NAMES if m.start(n) >= 0)
        groups = m.groupdict()
        if name == "month" and not (groups["mon_p"] or groups["mon_y"] or groups["mon_ry"] or groups["mon_rel"]):
            if not (m.group(name).startswith("شهر") or "ب" in m.group("cl")
                    or _BARE_MONTH_CTX.search(work, max(0, pos - 8), pos)):
                continue
        last = m.end()
        start, end = norm.to_original(m.start(name), m.end(name))
        found.append((name, groups, start, end))
    return tuple(found)


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Date phrases of ``text`` (sorted, non-overlapping; the longest match at a position wins)."""
    out: list[DateMention] = []
    for name, groups, start, end in _scan(text):
        try:
            res = _resolve(name, groups.get, published)
        except (OverflowError, ValueError):  # P at the calendar's ends: «غدا» after 9999-12-31
            res = None
        if res is None:
            continue
        date, prec, rel, kind = res
        out.append(DateMention(start, end, text[start:end], date, prec, rel, kind))
    return out
