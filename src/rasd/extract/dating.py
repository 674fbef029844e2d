"""Which date an event gets.

1. A date phrase in its clause, else in its sentence (the nearest to the trigger). A phrase that
   tells how long something has gone on («في مشهد يتكرر منذ أيام», «تتواصل الاشتباكات منذ أسبوع»)
   is a duration, not the event's date, and is passed over; so is a date after publication (a plan),
   one inside a relative clause on another noun («المؤتمر الذي انعقد في 19 يناير») and one after
   «بعد/قبل/عقب + noun» («بعد تحرير بنغازي العام الماضي»).
2. Else, when the sentence continues an earlier dated one — «وقال المسماري حينها»,
   «وكانت القوات قد ...», «وفي الهجوم ذاته», «في اليوم التالي», «يأتي ذلك فيما», «وأضاف» (see
   :mod:`rasd.text.date_links`) — the latest date phrase of the ``LINK_BACK`` sentences before it,
   with that phrase's precision (same event/day, next/previous day) or at least week precision
   («حينها», «وكان ... قد»: about then, or before).
3. Else the publication date at week precision (the annotation convention for current events with
   no clue); without a publication date, no date at month precision.

Without a publication date relative phrases are unresolved (``date=None``): an absolute date in the
text is still used, a relative one gives no date, and the pipeline adds warning RASD-W204.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass

from rasd.extract.mention_index import date_index
from rasd.model.records import Doc
from rasd.text.date_links import EVENT_NOUNS, DateLink, find_link
from rasd.text.normalize import normalize_string

BACKGROUND_DAYS = 90  # an event dated more than three months before publication is background
LINK_BACK = 3  # sentences a linked sentence may reach back for its date

# a present/continuous verb or adjective right before «منذ ...» makes it a duration
_ONGOING = frozenset(
    "يتكرر تتكرر يتواصل تتواصل متواصل متواصله متواصلا يستمر تستمر مستمر مستمره مستمرا تشهد يشهد "
    "تعيش يعيش تتعرض يتعرض تخوض يخوض تدور يدور يتجدد تتجدد قائم قائمه تتصاعد يتصاعد".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_TEMPORAL_PREP = frozenset("بعد قبل عقب اثر".split())  # «منذ» + date: an ongoing state (events.py)
_RELATIVE = frozenset("الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي".split())


@dataclass(frozen=True, slots=True)
class EventDate:
    date: dt.date | None
    precision: int
    text: str | None
    background: bool = False
    link: str | None = None  # the linking words when the date came from an earlier sentence


def event_date(doc: Doc, clause: tuple[int, int], sentence: tuple[int, int], anchor: int) -> EventDate:
    """Date for an event whose trigger starts at original offset ``anchor``."""
    own = _own_date(doc, clause, sentence, anchor)
    if own is not None:
        return own
    carried = _linked_date(doc, clause, sentence)
    if carried is not None:
        return carried
    if doc.published:
        return EventDate(doc.published, 2, None)
    return EventDate(None, 3, None)


def _own_date(doc: Doc, clause, sentence, anchor: int) -> EventDate | None:
    for lo, hi in (clause, sentence):
        inside = date_index(doc).within(lo, hi)
        if not inside:
            continue
        inside.sort(key=lambda d: abs(d.start - anchor))
        for d in inside:
            if (_duration(doc.text, d, max(lo, sentence[0])) or _relative_clause(doc.text, d, anchor)
                    or _governed(doc.text, d, anchor)):
                continue
            if d.date is not None and doc.published is not None and d.date > doc.published:
                continue  # «زيارة مقررة في آذار المقبل»: a plan told beside the event
            found = _from_mention(doc, d)
            if found is not None:
                return found
    return None


def _from_mention(doc: Doc, d) -> EventDate | None:
    """The event date a mention gives, or None when it gives none (a vague phrase, no P)."""
    if d.date is None:
        if d.kind == "vague" and doc.published is not None:
            year = _year(d.text)  # a year alone («عام 2011»): background when long before
            if year and doc.published.year - year >= 2:
                return EventDate(None, 3, d.text, background=True)
        return None
    old = doc.published and (doc.published - d.date).days > BACKGROUND_DAYS
    return EventDate(d.date, int(d.precision), d.text, background=bool(old))


def _duration(text: str, d, floor: int) -> bool:
    """«يتكرر منذ أيام», «تتواصل منذ أسبوع»: «منذ» + a span of time after an ongoing verb."""
    if d.kind not in ("vague", "relative_period", "relative_day"):
        return False
    if not normalize_string(d.text).lstrip("وف").startswith("منذ"):
        return False
    before = _WORD.findall(normalize_string(text[max(floor, d.start - 40) : d.start]))
    return any(w.lstrip("وف") in _ONGOING or w in _ONGOING for w in before[-2:])


def _relative_clause(text: str, d, anchor: int) -> bool:
    """«اتهمه بخرق مخرجات المؤتمر الذي انعقد في 19 يناير», «في أول احتجاج منذ الفيضانات التي
    اجتاحتها قبل أسبوع»: a date inside a relative clause after the trigger dates the clause's own
    noun; it is the event's only when that noun is an attack, a clash, a day («الغارة التي شنها
    الطيران أمس»)."""
    if d.start <= anchor:
        return False
    words = _WORD.findall(normalize_string(text[anchor : d.start]))
    for k in range(len(words) - 1, 0, -1):
        if words[k] in _RELATIVE:
            if k <= 2:
                return False  # «اتفاق التسوية الذي رعته روسيا في تموز 2018»: the trigger's own clause
            if "،" in normalize_string(text[anchor : d.start]).rsplit(words[k], 1)[-1]:
                return False  # the relative clause ended before the date
            if k >= 2 and words[k - 2].lstrip("وف") in _TEMPORAL_PREP | {"منذ"}:
                return True  # «أول احتجاج منذ الاشتباكات التي شهدتها قبل أسبوعين»: the earlier event's date
            head = words[k - 1]
            head = head[1:] if head[:1] in "وفبلك" and head[1:3] == "ال" else head
            head = head[2:] if head.startswith("ال") else head
            return head not in EVENT_NOUNS and head.removesuffix("ه") + "ه" not in EVENT_NOUNS
    return False


def _governed(text: str, d, anchor: int) -> bool:
    """«ويعد تحرير درنة خطوة حاسمة، بعد تحرير بنغازي العام الماضي»: a date after «بعد/قبل/منذ/عقب
    + noun» dates that noun, the earlier or later thing the event is set against."""
    if d.start <= anchor:
        return False
    words = _WORD.findall(normalize_string(text[anchor : d.start]))
    for k in range(len(words) - 2, 0, -1):  # at least one word between the preposition and the date
        w = words[k]
        if w in _TEMPORAL_PREP or (w[:1] in "وف" and w[1:] in _TEMPORAL_PREP):
            return True
    return False


def _linked_date(doc: Doc, clause, sentence) -> EventDate | None:
    """The date of the earlier sentence this one continues, when a link word says it does."""
    link = _cached_link(doc, sentence, clause[0])
    if link is None:
        return None
    lo = _back_start(doc, sentence[0])
    earlier = [d for d in date_index(doc).within(lo, sentence[0]) if not _since_point(doc.text, d)]
    for d in reversed(earlier):
        if d.date is not None and doc.published is not None and d.date > doc.published:
            continue  # «الأحد المقبل»: a plan, not the time of what is told
        found = _from_mention(doc, d)
        if found is None:
            continue
        return _apply(found, link)
    return None


LINK_HEAD_SPAN = 160  # characters after a clause start in which a clause-head link is read


def _cached_link(doc: Doc, sentence: tuple[int, int], head: int) -> DateLink | None:
    """``find_link`` for a sentence and a clause head, each part looked up once per document."""
    links = doc.indexes.setdefault("date_links", {})
    whole = (sentence, None)
    if whole not in links:  # links anywhere in the sentence, and a head link at its start
        links[whole] = find_link(doc.text, sentence[0], sentence[1])
    if links[whole] is not None or not sentence[0] < head < sentence[1]:
        return links[whole]
    at_head = (sentence, head)
    if at_head not in links:  # a head link at the start of the event's clause
        links[at_head] = find_link(doc.text, head, min(sentence[1], head + LINK_HEAD_SPAN))
    return links[at_head]


def _apply(found: EventDate, link: DateLink) -> EventDate:
    date = found.date + dt.timedelta(days=link.offset_days) if found.date else None
    precision = found.precision if link.keeps_precision else max(2, found.precision)
    return EventDate(date, precision, found.text, background=found.background, link=link.text)


def _since_point(text: str, d) -> bool:
    """«منذ الرابع من نيسان»: the start of a state, not the time of an event."""
    if d.kind != "absolute":
        return False
    before = normalize_string(text[max(0, d.start - 8) : d.start]).split()
    return bool(before) and before[-1].lstrip("و") == "منذ"


def _back_start(doc: Doc, start: int) -> int:
    """Original offset where the sentence ``LINK_BACK`` sentences before ``start`` begins."""
    starts = _sentence_starts(doc)
    k = bisect_right(starts, start) - 1  # the sentence holding ``start``
    return starts[max(0, k - LINK_BACK)] if starts else 0


def _sentence_starts(doc: Doc) -> list[int]:
    cached = doc.indexes.get("dating_sentences")
    if cached is None or cached[0] is not doc.sentences:
        starts = [doc.token_spans[a][0] for a, b in doc.sentences if a < b and a < len(doc.token_spans)]
        cached = (doc.sentences, sorted(starts))
        doc.indexes["dating_sentences"] = cached
    return cached[1]


def _year(text: str) -> int | None:
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) >= 4:
        try:
            return int(digits[-4:])
        except ValueError:
            return None
    return None
