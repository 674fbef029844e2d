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
_Node = list  # [children: dict[str, _Node], terminal: (rank, payloads) | None]


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

    def __init__(self, article_sensitive: bool = False) -> None:
        self._first: dict[str, dict[tuple[str, ...], list[P]]] = {}
        self._tries: dict[str, _Node] = {}
        self.size = 0
        # Place names written with the article («العند», «القريتين») must carry it in the text too,
        # or the preposition «عند» and the dual «قريتين» would be read as places.
        self._article_sensitive = article_sensitive
        self._with_article: set[str] = set()
        self._bare: set[str] = set()

    def add(self, form: str, payload: P) -> tuple[str, ...]:
        norm = normalize_form(form)
        key = phrase_key(norm)
        if key and self._article_sensitive:
            (self._with_article if norm.startswith("ال") else self._bare).add(key[0])
        if key:
            bucket = self._first.setdefault(key[0], {}).setdefault(key[1:], [])
            if payload not in bucket:
                bucket.append(payload)
                self._tries.pop(key[0], None)
                self.size += 1
        return key

    def has_word(self, key: str) -> bool:
        """Whether a one-word form with this key is in the index."""
        return () in self._first.get(key, {})

    def add_all(self, pairs: Iterable[tuple[str, P]]) -> None:
        for form, payload in pairs:
            self.add(form, payload)

    def _trie(self, key: str) -> _Node:
        """The phrases starting with ``key`` as a word trie (built once per key, after loading).

        A node is ``[children, terminal]``; ``terminal`` is ``(rank, payloads)`` where ``rank`` is
        the phrase's insertion order, which breaks ties between equally long phrases.
        """
        cached = self._tries.get(key)
        if cached is None:
            cached = [{}, None]
            for rank, (rest, payloads) in enumerate(self._first.get(key, {}).items()):
                node = cached
                for word in rest:
                    node = node[0].setdefault(word, [{}, None])
                node[1] = (rank, tuple(payloads))
            self._tries[key] = cached
        return cached

    def _longest(self, tokens: Sequence[Token], i: int, hi: int, a: Analysis) -> Match[P] | None:
        """The longest phrase whose first word is ``a`` (a key in the index) at token ``i``; the
        first added wins among equally long ones.

        Walks the trie of ``a.key`` over the following tokens, so the cost is the length of the
        phrases that actually continue here, not the number of phrases sharing the first word.
        """
        root = self._tries.get(a.key) or self._trie(a.key)
        if not root[0]:  # one-word forms only: the common case
            term = root[1]
            return None if term is None else Match(i, i + 1, term[1], a)
        best_n, best = -1, None
        stack = [(root, 0)]
        while stack:
            (children, term), n = stack.pop()
            if term is not None and (n > best_n or (n == best_n and term[0] < best[0])):
                best_n, best = n, term
            pos = i + 1 + n
            if children and pos < hi:
                for word in tokens[pos].inner_keys:
                    child = children.get(word)
                    if child is not None:
                        stack.append((child, n + 1))
        return None if best is None else Match(i, i + 1 + best_n, best[1], a)

    def match(self, tokens: Sequence[Token], lo: int = 0, hi: int | None = None) -> list[Match[P]]:
        """Non-overlapping matches in ``tokens[lo:hi]``, left to right."""
        hi = len(tokens) if hi is None else hi
        out: list[Match[P]] = []
        first = self._first
        check_article = self._article_sensitive
        i = lo
        while i < hi:
            found = None
            for a in tokens[i].analyses:  # inlined ``_at``: this loop runs once per token and index
                if a.key in first:
                    if check_article and self._needs_article(a):
                        continue
                    found = self._longest(tokens, i, hi, a)
                    if found is not None:
                        break
            if found is None:
                i += 1
                continue
            # «مقاتلات تحالف دعم الشرعية»: a longer phrase that starts inside this one and runs past
            # its end is the better reading («تحالف دعم الشرعية»), so this one gives way
            better = None
            for j in range(i + 1, found.end):
                other = self._at(tokens, j, hi)
                if other is not None and other.end > found.end and other.end - other.start > found.end - found.start:
                    better = other
                    break
            if better is not None:
                found = better
            out.append(found)
            i = found.end
        return out

    def _needs_article(self, a: Analysis) -> bool:
        """A place name written with «ال» read from a word without it («عند» for «العند»)."""
        return a.key in self._with_article and a.key not in self._bare and not a.stem.startswith("ال")

    def _at(self, tokens: Sequence[Token], i: int, hi: int) -> Match[P] | None:
        """The first analysis of token ``i`` that starts a phrase, with its longest phrase."""
        first = self._first
        for a in tokens[i].analyses:
            if a.key in first:
                if self._article_sensitive and self._needs_article(a):
                    continue
                found = self._longest(tokens, i, hi, a)
                if found is not None:
                    return found
        return None
