"""Clitic segmentation for lookup.

Arabic attaches conjunctions (و ف), prepositions (ب ل ك), the article (ال), the future marker (س)
and object/possessive pronouns to the word. Rather than guess one segmentation, :func:`analyses`
lists the plausible ones, least stripped first; the lexicon matcher keeps the first analysis whose
stem is a known form — segmentation is verified against the lexicons, so «بحث» (discussed) is not
read as ب + حث (urged) when «بحث» itself is a listed form.

Example: «وبالجيش» → «وبالجيش», «بالجيش», «الجيش», ... ; «وسيطالب» → ... «يطالب» (future).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")
IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")


@dataclass(frozen=True, slots=True)
class Analysis:
    """One way to read a word: ``prefix + stem + suffix``; ``future`` when a سـ was stripped."""

    prefix: str
    stem: str
    suffix: str
    future: bool = False
    key: str = field(default="", compare=False)  # lookup key of the stem (article dropped), set once

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", _key(self.stem))

    @property
    def cost(self) -> int:
        return len(self.prefix) + len(self.suffix)


def _key(word: str) -> str:
    if word.startswith("ال") and len(word) >= 4:
        return word[2:]
    return word


# Two-letter words that take «و»/«ف» as whole words do: «ومن المقرر», «ولم يسفر», «ولا», «وحث».
# Other three-letter words keep their first letter («وقف», «وصل», «وفد» are not «و» + a stem).
SHORT_STEMS = frozenset("من في عن لم لن لا ما ان حث كل هو هي".split())  # not «قد»: «فقد توعد» (perfect)


@lru_cache(maxsize=200_000)
def analyses(word: str, ta_marbuta: bool = False) -> tuple[Analysis, ...]:
    """All prefix/suffix readings of ``word`` with a stem of two letters or more, cheapest first.

    ``ta_marbuta``: the original word ends in «ة», which normalises to «ه»; that «ه» is then part of
    the noun, not a pronoun (so «وزارة» is never read as «وزار» + «ه»).
    """
    seen: dict[str, Analysis] = {}

    def add(prefix: str, stem: str, suffix: str = "", future: bool = False) -> None:
        if len(stem) < 2:
            return
        key = _key(stem)
        if key not in seen or seen[key].cost > len(prefix) + len(suffix):
            seen[key] = Analysis(prefix, stem, suffix, future)

    bases: list[tuple[str, str]] = [("", word)]
    if word[:1] in CONJUNCTIONS and (len(word) > 3 or word[1:] in SHORT_STEMS):
        bases.append((word[0], word[1:]))
    for prefix, rest in list(bases):
        if rest.startswith("لل") and len(rest) > 3:
            bases.append((prefix + "ل", "ال" + rest[2:]))
        elif rest[:1] in PREPOSITIONS and len(rest) > 3:
            bases.append((prefix + rest[0], rest[1:]))
        if rest[:1] == "س" and rest[1:2] in IMPERFECT_PREFIXES and len(rest) >= 4:
            bases.append((prefix + "س", rest[1:]))
    for prefix, rest in bases:
        future = prefix.endswith("س")
        add(prefix, rest, "", future)
        for suffix in PRONOUN_SUFFIXES:
            if ta_marbuta and suffix == "ه":
                continue
            if rest.endswith(suffix) and len(rest) - len(suffix) >= 3:
                add(prefix, rest[: -len(suffix)], suffix, future)
        if rest.endswith("ا") and len(rest) >= 5:  # accusative tanween written as alef: «عنصرا»
            add(prefix, rest[:-1], "ا", future)
    return tuple(sorted(seen.values(), key=lambda a: a.cost))
