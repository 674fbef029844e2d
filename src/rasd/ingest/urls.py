"""Canonical article URLs: one article, one key, however a feed decorates its links."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# tracking parameters that feeds add to links; they never change which article a URL names
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "at_medium", "at_campaign")


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters.

    >>> canonical_url("HTTPS://Example.org:443/akhbar/1?utm_source=rss&id=5#top")
    'https://example.org/akhbar/1?id=5'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not (scheme == "http" and port == 80 or scheme == "https" and port == 443):
        host = f"{host}:{port}"
    if parts.username:
        host = f"{parts.username}@{host}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not k.lower().startswith(_TRACKING)])
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def url_doc_id(url: str) -> str:
    """A stable document id for a web article: ``u:`` + 16 hex digits of the canonical URL's SHA-1
    (the same form as :class:`rasd.store.base.ArticleKey`)."""
    return "u:" + hashlib.sha1(canonical_url(url).encode("utf-8")).hexdigest()[:16]


def origin(url: str) -> str:
    """``scheme://host[:port]``: the unit of robots.txt and of the politeness limit."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower().rsplit('@', 1)[-1]}"
