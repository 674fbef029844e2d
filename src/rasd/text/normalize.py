"""Arabic normalisation that keeps a map back to the original characters.

Matching runs on a normalised copy of the article: diacritics, tatweel and invisible marks removed,
alef/ya/ta-marbuta variants unified, Arabic-Indic and Persian digits made ASCII. Every record must
still point at characters of the *original* text, so :class:`NormalizedText` carries, for each
normalised character, the index of the original character it came from.

Example: «وَالجَيْـشُ» normalises to «والجيش»; ``to_original(0, 6) == (0, 11)``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], re.Pattern[str]]:
    data = json.loads(resources.files("rasd.text").joinpath("charmap.json").read_text("utf-8"))
    table = {ord(k): v for k, v in data["map"].items()}
    ranges = "".join(f"{lo}-{hi}" for lo, hi in data["delete_ranges"])
    return table, re.compile(f"[{ranges}]+")


_MARK = re.compile("[\u064b-\u065f\u0670\u0640]")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised string and, for each of its characters, its index in ``original``."""

    original: str
    text: str
    offsets: array  # len(text) + 1 entries; the last is len(original)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the original span covering the same letters."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        stop = self.offsets[end - 1] + 1
        # keep the diacritics and tatweel that follow the last letter («عنصراً» ends with its tanween)
        limit = self.offsets[end]
        while stop < limit and _MARK.match(self.original, stop):
            stop += 1
        return self.offsets[start], stop

    def original_slice(self, start: int, end: int) -> str:
        """The original characters behind a normalised span."""
        a, b = self.to_original(start, end)
        return self.original[a:b]


def _expand_presentation_forms(text: str) -> tuple[str, list[int]]:
    """NFKC only for Arabic presentation forms (ﻻ → لا), with an index map."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff":
            rep = unicodedata.normalize("NFKC", ch)
            out.append(rep)
            index.extend([i] * len(rep))
        else:
            out.append(ch)
            index.append(i)
    return "".join(out), index


def normalize_text(text: str) -> NormalizedText:
    """Normalise ``text`` for matching and keep the offset map (see module docstring)."""
    table, deleted = _tables()
    base_index: list[int] | None = None
    work = text
    if _PRESENTATION.search(text):
        work, base_index = _expand_presentation_forms(text)
    mapped = work.translate(table)  # one-to-one: same length as ``work``
    pieces: list[str] = []
    offsets = array("i")
    pos = 0
    for m in deleted.finditer(mapped):
        if m.start() > pos:
            pieces.append(mapped[pos : m.start()])
            offsets.extend(range(pos, m.start()))
        pos = m.end()
    if pos < len(mapped):
        pieces.append(mapped[pos:])
        offsets.extend(range(pos, len(mapped)))
    if base_index is not None:
        offsets = array("i", (base_index[i] for i in offsets))
    offsets.append(len(text))
    return NormalizedText(original=text, text="".join(pieces), offsets=offsets)


def normalize_form(form: str) -> str:
    """Normalise a lexicon form or a short string (no offsets kept); spaces collapsed."""
    return " ".join(normalize_text(form).text.split())
