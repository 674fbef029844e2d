"""Phrase index: find lexicon forms in a token stream, clitics verified against the lexicon.

Forms are keyed word by word (article dropped, see :func:`rasd.text.tokens.token_key`). The first
word of a phrase may carry clitics: each of its analyses (least stripped first) is looked up, so the
segmentation that is kept is one the lexicon knows. Later words must match as they stand (or
without a tanween alef). Matching is greedy, left to right, longest phrase first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rasd.text.normalize import normalize_form
from rasd.text.segment import Analysis
from rasd.text.tokens import Token, phrase_key

P = TypeVar("P")


@dataclass(frozen=True, slots=True)
class Match(Generic[P]):
    """Tokens ``[start, end)`` matched one or more entries (several when a form is shared)."""

    start: int
    end: int
    payloads: tuple[P, ...]
    analysis: Analysis

    @property
    def payload(self) -> P:
        return self.payloads[0]


class PhraseIndex(Generic[P]):
    """Maps normalised phrases to payloads; built once per pipeline, read-only afterwards."""

    def __init__(self) -> None:
        self._first: dict[str, dict[tuple[str, ...], list[P]]] = {}
        self._longest_first: dict[str, list[tuple[int, tuple[str, ...], list[P]]]] = {}
        self.size = 0

    def add(self, form: str, payload: P) -> tuple[str, ...]:
        key = phrase_key(normalize_form(form))
        if key:
            bucket = self._first.setdefault(key[0], {}).setdefault(key[1:], [])
            if payload not in bucket:
                bucket.append(payload)
                self._longest_first.pop(key[0], None)
                self.size += 1
        return key

    def has_word(self, key: str) -> bool:
        """Whether a one-word form with this key is in the index."""
        return () in self._first.get(key, {})

    def add_all(self, pairs: Iterable[tuple[str, P]]) -> None:
        for form, payload in pairs:
            self.add(form, payload)

    def _sorted(self, key: str) -> list[tuple[int, tuple[str, ...], list[P]]]:
        """The phrases starting with ``key``, longest first (built once per key, after loading)."""
        cached = self._longest_first.get(key)
        if cached is None:
            rests = self._first.get(key, {})
            cached = sorted(((len(r), r, p) for r, p in rests.items()), key=lambda x: -x[0])
            self._longest_first[key] = cached
        return cached

    def _longest(self, tokens: Sequence[Token], i: int, hi: int, a: Analysis) -> Match[P] | None:
        if a.key not in self._first:
            return None
        for n, rest, payloads in self._sorted(a.key):
            if i + 1 + n > hi:
                continue
            if all(rest[k] in tokens[i + 1 + k].inner_keys for k in range(n)):
                return Match(i, i + 1 + n, tuple(payloads), a)
        return None

    def match(self, tokens: Sequence[Token], lo: int = 0, hi: int | None = None) -> list[Match[P]]:
        """Non-overlapping matches in ``tokens[lo:hi]``, left to right."""
        hi = len(tokens) if hi is None else hi
        out: list[Match[P]] = []
        i = lo
        while i < hi:
            found = None
            first = self._first
            for a in tokens[i].analyses:
                if a.key in first:
                    found = self._longest(tokens, i, hi, a)
                    if found is not None:
                        break
            if found is None:
                i += 1
            else:
                out.append(found)
                i = found.end
        return out
