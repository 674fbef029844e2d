"""Full-text search text: one Arabic normalisation and clitic segmentation for index and query.

SQLite's ``unicode61`` tokenizer splits Arabic words at diacritics and PostgreSQL's ``simple``
configuration does not unify hamza forms, so both backends index the output of
:func:`index_document` and query the output of :func:`search_terms`, which use rasd's own
normaliser (diacritics and tatweel removed; أ إ آ ٱ → ا, ى → ي, ة → ه) and clitic segmenter
(:func:`rasd.text.segment.analyses`). A query for «الطائرات المسيّرة» thus finds
«الطائرات المسيرة», and «اسقاط» finds «إسقاط».

Clitics: each word of an article is indexed as written and as each of its stems after stripping
proclitics — the conjunctions و ف, the prepositions ب ل ك, the future سـ — and the article ال
(«وبالوطية» is indexed as «وبالوطيه», «بالوطيه» and «وطيه»). A query word is looked up by its
stem without the article, and without the proclitics in front of an article («الوطية»,
«بالوطية» and «وبالوطية» all look up «وطيه», and find all three). A query word whose first
letter might be a proclitic but is not followed by the article («وزير», «والي») is looked up as
typed: stripping it would make «والي» find every «إلى». Suffixed pronouns are not stripped
(«قواته» does not find «قوات»).

Every term of a query must occur in the article (AND).
"""

from __future__ import annotations

import re

from rasd.text.normalize import normalize_form
from rasd.text.segment import analyses

_WORD = re.compile(r"[^\W_]+")
MAX_TERMS = 32  # a longer query adds nothing but cost
ARTICLE = "ال"


def search_document(text: str) -> str:
    """The article text normalised, lower-cased (Latin), words separated by spaces.

    What syndication compares (:mod:`rasd.dedup.syndication`); the index adds the clitic stems
    (:func:`index_document`).
    """
    return " ".join(_words(text))


def _words(text: str) -> list[str]:
    return _WORD.findall(normalize_form(text.replace("\x00", " ")).lower())


def index_keys(word: str) -> list[str]:
    """A normalised word and its stems without proclitics and article, as indexed.

    Example: «وبالوطيه» → ``["وبالوطيه", "بالوطيه", "وطيه"]``.
    """
    keys = [word]
    for a in analyses(word):
        if not a.suffix and a.key not in keys:
            keys.append(a.key)
    return keys


def query_key(word: str) -> str:
    """The index key a normalised query word is looked up by (see the module docstring).

    Example: «وبالوطيه», «بالوطيه» and «الوطيه» → «وطيه»; «والي» → «والي».
    """
    best = None
    for a in analyses(word):
        behind_article = a.stem.startswith(ARTICLE) and len(a.stem) >= 4  # «ب» + «الوطيه», not «و» + «الي»
        if not a.suffix and not a.future and (a.prefix == "" or behind_article):
            if best is None or len(a.prefix) > len(best.prefix):
                best = a
    return best.key if best is not None else word


def index_document(text: str) -> str:
    """The article text as indexed: each normalised word followed by its other keys."""
    return " ".join(k for w in _words(text) for k in index_keys(w))


def search_terms(query: str) -> list[str]:
    """The index keys of a user query's words; punctuation and quotes dropped.

    «'; DROP TABLE events; --» gives ``["drop", "table", "events"]``: only words ever reach the
    search engine, and they travel as bound parameters.
    """
    terms = [query_key(w) for w in _words(query)]
    return list(dict.fromkeys(terms))[:MAX_TERMS]


def fts5_query(terms: list[str]) -> str:
    """An FTS5 MATCH expression requiring every term, each as a quoted string (no operators)."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)
