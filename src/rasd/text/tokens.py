"""Word tokens over normalised text, with their clitic-stripped lookup keys.

A token keeps its span in the *normalised* text; :class:`rasd.text.normalize.NormalizedText` maps
it back to the original. Lookup keys drop the article ال (so «الجيش» and «جيش» share the key
«جيش»): lexicon forms are keyed the same way, so both sides agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.text.segment import Analysis, analyses

WORD = re.compile(r"[^\W_]+")


def token_key(word: str) -> str:
    """Lookup key of a clitic-free word: the article ال is dropped when a stem of 2+ letters remains."""
    if word.startswith("ال") and len(word) >= 4:
        return word[2:]
    return word


def phrase_key(normalised_form: str) -> tuple[str, ...]:
    """Lookup key of a (normalised) multi-word lexicon form."""
    return tuple(token_key(w) for w in WORD.findall(normalised_form))


@dataclass(frozen=True, slots=True)
class Token:
    """One word: span in normalised text, its text, and candidate analyses (clitics stripped)."""

    index: int
    start: int
    end: int
    text: str
    analyses: tuple[Analysis, ...]
    key: str = field(default="", compare=False)  # token_key(text), computed once
    inner_keys: tuple[str, ...] = field(default=(), compare=False)
    """Keys accepted for a non-initial word of a phrase: the word, or the word without tanween alef."""

    def __post_init__(self) -> None:
        if not self.key:
            k = token_key(self.text)
            object.__setattr__(self, "key", k)
            object.__setattr__(self, "inner_keys", (k, k[:-1]) if len(k) >= 4 and k.endswith("ا") else (k,))


@lru_cache(maxsize=200_000)
def _word_keys(word: str) -> tuple[str, tuple[str, ...]]:
    """``key`` and ``inner_keys`` of a token with this text (as :meth:`Token.__post_init__` sets them)."""
    k = token_key(word)
    return k, ((k, k[:-1]) if len(k) >= 4 and k.endswith("ا") else (k,))


def tokenize(normalised: str, check: Callable[[], object] | None = None) -> list[Token]:
    """Split normalised text into word tokens with their analyses.

    ``check`` is called every 4,096 tokens (the pipeline's deadline, :mod:`rasd.deadline`): a
    ligature such as «ﷺ» normalises to four words, so a long document can hold millions of tokens.
    """
    out: list[Token] = []
    for i, m in enumerate(WORD.finditer(normalised)):
        if check is not None and not i & 4095:
            check()
        word = m.group()
        out.append(Token(i, m.start(), m.end(), word, analyses(word), *_word_keys(word)))
    return out
