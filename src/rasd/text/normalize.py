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


@lru_cache(maxsize=1)
def _full_table() -> tuple[dict[int, str], re.Pattern[str]]:
    """The character map with each Arabic presentation form mapped straight to its normalised
    NFKC expansion («ﻻ» → «لا», «ﷺ» → «صلي الله عليه وسلم»), and a pattern for the forms whose
    expansion is not one character long (the only ones the index map must visit one by one)."""
    table, deleted = _tables()
    full = dict(table)
    uneven: list[str] = []
    for lo, hi in ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF)):
        for c in range(lo, hi + 1):
            rep = unicodedata.normalize("NFKC", chr(c))
            if rep == chr(c):
                continue
            full[c] = deleted.sub("", rep.translate(table))
            if len(full[c]) != 1:
                uneven.append(chr(c))
    return full, re.compile("[" + "".join(uneven) + "]")


def _index_map(text: str, full: dict[int, str], uneven: re.Pattern[str]) -> range | array:
    """For each character of ``text.translate(full)``, the index of the character it came from."""
    if not uneven.search(text):
        return range(len(text))
    index = array("i")
    pos = 0
    for m in uneven.finditer(text):
        i = m.start()
        if i > pos:
            index.extend(range(pos, i))
        index.extend((i,) * len(full[ord(m.group())]))
        pos = i + 1
    index.extend(range(pos, len(text)))
    return index


def normalize_text(text: str) -> NormalizedText:
    """Normalise ``text`` for matching and keep the offset map (see module docstring).

    Presentation forms are expanded (NFKC) and every character mapped by one ``str.translate``;
    only ligatures that expand to several characters cost Python work per character, so a text
    of a million «ﷺ» (18 million normalised characters) takes seconds, not tens of seconds.
    """
    _, deleted = _tables()
    full, uneven = _full_table()
    mapped = text.translate(full)
    index = _index_map(text, full, uneven)  # len(mapped) entries
    pieces: list[str] = []
    offsets = array("i")
    pos = 0
    for m in deleted.finditer(mapped):
        if m.start() > pos:
            pieces.append(mapped[pos : m.start()])
            offsets.extend(index[pos : m.start()])
        pos = m.end()
    if pos < len(mapped):
        pieces.append(mapped[pos:])
        offsets.extend(index[pos:])
    offsets.append(len(text))
    return NormalizedText(original=text, text="".join(pieces), offsets=offsets)


def normalize_string(text: str) -> str:
    """``normalize_text(text).text`` without building the offset map (for searches that need the
    offsets only when they find something)."""
    _, deleted = _tables()
    full, _ = _full_table()
    return deleted.sub("", text.translate(full))


def normalize_form(form: str) -> str:
    """Normalise a lexicon form or a short string (no offsets kept); spaces collapsed."""
    return " ".join(normalize_text(form).text.split())
