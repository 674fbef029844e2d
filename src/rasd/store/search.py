"""Full-text search text: one Arabic normalisation for indexing and for querying.

SQLite's ``unicode61`` tokenizer splits Arabic words at diacritics and PostgreSQL's ``simple``
configuration does not unify hamza forms, so both backends index and query the output of
:func:`search_document` / :func:`search_terms`, which use rasd's own normaliser (diacritics and
tatweel removed; أ إ آ ٱ → ا, ى → ي, ة → ه). A query for «الطائرات المسيّرة» thus finds
«الطائرات المسيرة», and «اسقاط» finds «إسقاط».

Matching is word-for-word (no stemming, so «الوطية» does not find «بالوطية»), and every term of a
query must occur in the article (AND).
"""

from __future__ import annotations

import re

from rasd.text.normalize import normalize_form

_WORD = re.compile(r"[^\W_]+")
MAX_TERMS = 32  # a longer query adds nothing but cost


def search_document(text: str) -> str:
    """The article text as indexed: normalised, lower-cased (Latin), words separated by spaces."""
    return " ".join(_WORD.findall(normalize_form(text.replace("\x00", " ")).lower()))


def search_terms(query: str) -> list[str]:
    """The words of a user query, normalised like the index; punctuation and quotes dropped.

    «'; DROP TABLE events; --» gives ``["drop", "table", "events"]``: only words ever reach the
    search engine, and they travel as bound parameters.
    """
    terms = _WORD.findall(normalize_form(query.replace("\x00", " ")).lower())
    return list(dict.fromkeys(terms))[:MAX_TERMS]


def fts5_query(terms: list[str]) -> str:
    """An FTS5 MATCH expression requiring every term, each as a quoted string (no operators)."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)
