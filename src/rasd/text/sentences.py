"""Sentence and clause spans over normalised text.

Sentences end at . ! ? ؟ or a line break (headlines and sub-headings are their own lines). A full
stop between digits (3.5) or fused artefacts such as «.,» do not start an empty sentence. Clauses
split a sentence at commas, semicolons, colons and the connectors that open a new proposition
(«فيما», «في حين», «بينما»): an event trigger takes its actors and place from its clause first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENT_END = re.compile(r"(?<!\d)[.!?؟]+(?!\d)[.,،\"'»)\]]*|\n\s*")
_CLAUSE_BREAK = re.compile(r"[،,;؛:]|\s(?=(?:فيما|في حين|بينما|وفيما|وفي حين|كما|وسط|مقابل|حيث)\s)")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open span ``[start, end)`` of normalised text."""

    start: int
    end: int


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``, stripped of surrounding white space, never empty."""
    spans: list[Span] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        _add_trimmed(text, pos, m.end(), spans)
        pos = m.end()
    _add_trimmed(text, pos, len(text), spans)
    return spans


def split_clauses(text: str, sentence: Span) -> list[Span]:
    """Clause spans inside one sentence."""
    spans: list[Span] = []
    pos = sentence.start
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        _add_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    _add_trimmed(text, pos, sentence.end, spans)
    return _merge_parentheticals(text, spans) or [sentence]


PARENTHETICAL_WORDS = 3
_CONNECTORS = frozenset({"فيما", "بينما", "وفيما", "كما", "وسط", "مقابل", "حيث", "لكن", "ولكن", "غير", "إلا", "الا", "ثم"})


def _merge_parentheticals(text: str, spans: list[Span]) -> list[Span]:
    """Glue a short comma-delimited insert («شنت، ليل السبت، غارات») to the clauses around it.

    Arabic wire style sets the date, the place or the source off with commas inside one
    proposition; splitting there would cut a verb from its object.
    """
    out: list[Span] = []
    glue_next = False
    for sp in spans:
        words = text[sp.start:sp.end].split()
        short = len(words) <= PARENTHETICAL_WORDS
        if words[0] in _CONNECTORS:
            out.append(sp)
            glue_next = False
            continue
        if out and (glue_next or short) and text[out[-1].end:sp.start].strip() in ("،", ","):
            out[-1] = Span(out[-1].start, sp.end)
            glue_next = short
            continue
        out.append(sp)
        glue_next = short
    return out


def _add_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        out.append(Span(start, end))
