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
    return spans or [sentence]


def _add_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        out.append(Span(start, end))
