"""Article keys: how the store recognises an article it has already seen.

An article with a URL is keyed by its URL (so a corrected text replaces the earlier one); without a
URL, by the hash of its normalised text (so a re-sent copy is recognised even if diacritics or
tatweel differ: «قَصْفٌ» and «قصف» hash the same).
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit

from rasd.model.io import ArticleIn
from rasd.store.base import ArticleKey
from rasd.text.normalize import normalize_form

__all__ = ["ArticleKey", "article_key", "canonical_url", "content_hash"]


def content_hash(text: str) -> str:
    """sha1 of the normalised text, whitespace collapsed (re-ingest and syndication detection)."""
    return hashlib.sha1(normalize_form(text).encode("utf-8")).hexdigest()


def canonical_url(url: str) -> str:
    """The URL with scheme and host lower-cased and the fragment dropped (``#comments`` is the same page)."""
    parts = urlsplit(url.strip())
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def article_key(article: ArticleIn) -> ArticleKey:
    """``u:`` + sha1(canonical URL)[:16] when the article has a URL, else ``h:`` + content hash[:16]."""
    digest = content_hash(article.text)
    if article.url and article.url.strip():
        url_digest = hashlib.sha1(canonical_url(article.url).encode("utf-8")).hexdigest()
        return ArticleKey(article_id="u:" + url_digest[:16], content_hash=digest)
    return ArticleKey(article_id="h:" + digest[:16], content_hash=digest)
