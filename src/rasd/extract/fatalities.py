"""Fatalities by ACLED's conservative rules, with the words that gave the number.

Deaths only: a number next to a death word («مقتل 5», «19 عنصرا ... لقوا مصرعهم», «سقوط 3 قتلى»)
counts; a number next to an injury word («20 جريحا») does not. «مقتل جندي» is 1. Vague words
(«العشرات» → 10, «مئات» → 100) give the ACLED estimate and are flagged ``estimated``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.extract.mention_index import number_index
from rasd.model.records import Doc
from rasd.text.normalize import normalize_string, normalize_text

SINGULAR_VICTIMS = frozenset(
    "جندي عنصر مدني شخص طفل امراه ضابط مقاتل مواطن قيادي صحفي مسلح شاب رجل عسكري شرطي طالب".split()
)
INJURY_UNITS = ("جريح", "جرحي", "مصاب", "اصاب", "جرح")


INJURY_BETWEEN = re.compile(r"(?:^|\s)[وف]?(?:اصيب|اصابه|اصابة|جرح|جرحي|جريح|مصاب)")
# «دون أن تسفر عن إصابات», «لم يسفر عن خسائر بشرية», «دون وقوع خسائر في الأرواح»
NO_CASUALTIES = re.compile(
    r"(?:دون|بدون|لم\s+[يت]?سفر|ولم\s+[يت]?سفر)\s+(?:ان\s+[يت]سفر\s+عن\s+|وقوع\s+|عن\s+|تسجيل\s+)?"
    r"(?:اي\s+)?(?:اصابات|خسائر|ضحايا|قتلي)"
)


@dataclass(frozen=True, slots=True)
class Fatalities:
    value: int
    text: str
    estimated: bool


def find_fatalities(doc: Doc, lo: int, hi: int, death_toks: list[tuple[int, int]]) -> Fatalities | None:
    """Deaths reported in original-text span [lo, hi) given death-word token spans inside it."""
    numbers = number_index(doc).within(lo, hi)
    for t0, t1 in death_toks:
        d_start, d_end = doc.token_spans[t0][0], doc.token_spans[t1 - 1][1]
        best = None
        for n in numbers:
            unit = (n.unit or "").replace("ة", "ه")
            after = doc.text[n.end : n.end + 12]
            if any(unit.startswith(u) or u in after[:8] for u in INJURY_UNITS):
                continue
            between = doc.text[d_end:n.start] if n.start >= d_end else doc.text[n.end:d_start]
            if INJURY_BETWEEN.search(normalize_string(between)):
                continue  # «قتلت امرأة وأصيب سبعة»: the seven are wounded, not dead
            if 0 <= n.start - d_end <= 30 or 0 <= d_start - n.end <= 40:
                dist = min(abs(n.start - d_end), abs(d_start - n.end))
                if best is None or dist < best[0]:
                    best = (dist, n)
        if best:
            n = best[1]
            a, b = min(n.start, d_start), max(n.end, d_end)
            return Fatalities(n.value, doc.text[a:b], n.approximate)
        if t1 < len(doc.tokens):
            nxt = doc.tokens[t1]
            if any(an.key in SINGULAR_VICTIMS for an in nxt.analyses):
                end = doc.token_spans[t1][1]
                return Fatalities(1, doc.text[d_start:end], False)
    if not death_toks and NO_CASUALTIES.search(normalize_string(doc.text[lo:hi])):  # «دون أن تسفر عن إصابات»
        norm = normalize_text(doc.text[lo:hi])
        none = NO_CASUALTIES.search(norm.text)
        if none is not None:
            a, b = norm.to_original(none.start(), none.end())
            return Fatalities(0, doc.text[lo + a : lo + b], False)
    return None
