"""Words that tie an undated sentence to the time of an earlier one.

A report often dates an event once and then goes on without a date: «وقال المسماري حينها إن ...»,
«وكانت القوات قد سيطرت ...», «وفي الهجوم ذاته قتل ...», «وفي اليوم التالي انسحبت ...». Such a
sentence takes the date of what it continues; :func:`find_link` says whether a span of text holds
such a link and how the date follows from the earlier one.

Kinds (the offset in days from the earlier date, and whether the earlier precision is kept):

* ``same`` — «في الهجوم ذاته», «في اليوم نفسه», «في الليلة ذاتها»: the same event or day; offset 0,
  precision kept;
* ``next_day`` / ``prev_day`` — «في اليوم التالي», «في اليوم السابق»: offset +1 / -1, precision kept;
* ``then`` — «حينها», «آنذاك», «وكان ... قد», «يأتي ذلك فيما», «وأضاف»: at about that time or before
  it; offset 0, precision at least WEEK.

Matching runs on the normalised copy of the text (see :mod:`rasd.text.dates`), so patterns are in
normalised spelling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.text.normalize import normalize_string, normalize_text


@dataclass(frozen=True, slots=True)
class DateLink:
    start: int  # original offsets of the linking words
    end: int
    text: str
    kind: str  # 'same' | 'next_day' | 'prev_day' | 'then'

    @property
    def offset_days(self) -> int:
        return {"next_day": 1, "prev_day": -1}.get(self.kind, 0)

    @property
    def keeps_precision(self) -> bool:
        return self.kind != "then"


_EVENT_NOUNS = (
    "هجوم هجمات غاره غارات قصف ضربه ضربات اشتباكات اشتباك معارك معركه مواجهات تفجير تفجيرات انفجار "
    "حادث حادثه عمليه كمين اعتداء قتال استهداف هجوم اقتحام مظاهره مظاهرات احتجاجات تظاهره وقفه "
    "يوم ليله ليل صباح مساء فجر"
).split()
EVENT_NOUNS = frozenset(_EVENT_NOUNS)  # nouns of an attack, a clash, a protest or a time of day (normalised)
_NOUN = "(?:" + "|".join(sorted(set(_EVENT_NOUNS), key=len, reverse=True)) + ")"
_SELF = r"(?:ذاتها|ذاته|نفسها|نفسه|عينها|عينه)(?!\w)"
_LEAD = r"(?:[وف]?(?:في|خلال|اثناء|جراء|منذ|حتي)\s+|[وف]?[بل])"

_PATTERNS: list[tuple[str, str]] = [
    # «في الهجوم ذاته», «بالغارة نفسها», «في اليوم نفسه», «في ذات اليوم», «في نفس الليلة»
    ("same", rf"{_LEAD}ال{_NOUN}\s+{_SELF}|{_LEAD}(?:ذات|نفس)\s+ال{_NOUN}(?!\w)"),
    # «في اليوم التالي», «صباح اليوم التالي», «في اليوم الذي تلاه», «بعد ذلك بيوم»
    ("next_day", r"(?:[وف]?في\s+|[وف]?(?:صباح|مساء|فجر|ظهر|ليله)\s+)?اليوم\s+(?:التالي|الذي\s+تلاه|الموالي)"
                 r"|[وف]?بعد\s+(?:ذلك|ها)\s+بيوم(?!\w)|[وف]?غداه\s+(?:ذلك|الهجوم|الحادث)"),
    ("prev_day", r"(?:[وف]?في\s+)?اليوم\s+(?:السابق|الذي\s+سبقه)|[وف]?قبل\s+(?:ذلك|ها)\s+بيوم(?!\w)"),
    # «حينها», «آنذاك», «في حينه», «وقتها»
    ("then", r"[وف]?(?:حينها|حينذاك|حينئذ|حينيذ|وقتها|وقتذاك|انذاك|ساعتها)(?!\w)|[وف]?في\s+حينه(?!\w)"),
    # «يأتي ذلك فيما», «ويأتي هذا في وقت», «تزامنا مع ذلك», «وبالتزامن مع ذلك»
    ("then", r"[وف]?(?:ياتي|جاء)\s+(?:ذلك|هذا)\s+(?:فيما|في\s+وقت|في\s+حين|بالتزامن|تزامنا|متزامنا)"
             r"|[وف]?(?:بالتزامن|تزامنا)\s+مع\s+(?:ذلك|هذا)(?!\w)"),
]
_ANYWHERE = re.compile("|".join(f"(?P<{k}{i}>{p})" for i, (k, p) in enumerate(_PATTERNS)))
_KINDS = {f"{k}{i}": k for i, (k, _) in enumerate(_PATTERNS)}
# every anywhere-link holds one of these; a sentence without any skips the (slow) alternation
_CLUES = ("ذات", "نفس", "عين", "التالي", "تلاه", "الموالي", "بيوم", "غداه", "السابق", "سبقه", "حين",
          "وقت", "انذاك", "ساعتها", "ياتي", "جاء", "تزامن")

# at the head of a clause only: «وكان(ت) ... قد» (the pluperfect of an earlier report), and a
# statement going on with its speaker left out («وأضاف», «وتابع», «وقال في بيان»)
_HEAD = re.compile(
    r"\W*(?:(?:[وف]?كما\s+|[وف])?كان(?:ت|وا|ا|تا)?\s+(?:[^\s.،؛:]+\s+){0,8}?قد(?!\w)"
    r"|(?:فيما|بينما|في\s+حين)(?!\w)"
    r"|[وف](?:اضاف|تابع|اردف|استطرد|استدرك)(?:ت)?(?!\w)"
    r"|[وف](?:قال|اكد|اوضح|اعلن|ذكر)(?:ت)?\s+(?:في|خلال)\s+(?:بيان|تصريح|تصريحات|حديث|مؤتمر|كلمه|تغريده)(?!\w))"
)
_PUNCT = " \t\n\r.,،؛:\"'«»()-–—"
HEAD_CHARS = 8  # how far into the span a clause-head link may start (a «،» or a quote mark)


def find_link(text: str, lo: int, hi: int, head: int | None = None) -> DateLink | None:
    """The first date link inside ``text[lo:hi]``.

    Anywhere-links («حينها», «في الهجوم ذاته») are looked for in the whole span; head-links
    («وكان ... قد», «وأضاف») only at ``lo`` and, when given, at ``head`` (the start of the clause that
    holds the event), which must lie inside the span.
    """
    if hi <= lo:
        return None
    work = normalize_string(text[lo:hi])  # the offset map is built only for a link found
    found: list[tuple[int, int, str]] = []
    m = _ANYWHERE.search(work) if any(c in work for c in _CLUES) else None
    if m is not None:
        a = m.start()
        if work[a] in "وف" and (c := _ANYWHERE.match(work, a + 1)) is not None and c.end() == m.end():
            a += 1  # a leading clitic («وفي», «وبالقصف») stays out of the span
        found.append((a, m.end(), _KINDS[m.lastgroup]))
    starts = [0]
    if head is not None and lo < head < hi:
        starts.append(len(normalize_string(text[lo:head])))
    for s in starts:
        h = _HEAD.match(work, s, min(len(work), s + HEAD_CHARS + 120))
        if h is not None and h.end() > h.start() and _head_ok(work, s, h):
            a = h.start() + len(h.group()) - len(h.group().lstrip(_PUNCT))
            if work[a] in "وف" and (c := _HEAD.match(work, a + 1)) is not None and c.end() == h.end():
                a += 1
            found.append((a, h.end(), "then"))
    if not found:
        return None
    a, b, kind = min(found)
    a0, b0 = normalize_text(text[lo:hi]).to_original(a, b)
    return DateLink(lo + a0, lo + b0, text[lo + a0 : lo + b0], kind)


def _head_ok(work: str, s: int, m: re.Match) -> bool:
    """The head link starts within HEAD_CHARS of the clause start, after punctuation only."""
    lead = len(m.group()) - len(m.group().lstrip(_PUNCT))
    return lead <= HEAD_CHARS
