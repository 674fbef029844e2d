"""RSS and Atom feeds → entries → articles (feedparser), after rasd's own decoding.

rasd decodes the bytes itself (:mod:`rasd.ingest.encoding`) and hands feedparser UTF-8: feedparser's
fallback for an undeclared Arabic feed is windows-1252, which turns «غارة» into «ÛÇÑÉ».

A feed that is not well-formed (a truncated download, a broken template) is refused as a whole
rather than mined for the entries before the break: the last of those may itself be cut short, and
the next poll usually brings the complete feed, in which the entries are still listed.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

from rasd.errors import ErrorCode
from rasd.ingest.checks import MAX_CHARS, check_text
from rasd.ingest.encoding import decode_bytes
from rasd.ingest.html import fragment_text
from rasd.ingest.readers import InputProblem
from rasd.ingest.urls import canonical_url
from rasd.model.io import ArticleIn

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_PROLOGUE = re.compile(r"^\s*(?:<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\s)*", re.I | re.S)
_ROOT = re.compile(r"<([A-Za-z_][\w.:-]*)")
_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf", "rdf"})
# feedparser's "bozo" notes that do not mean the document is broken
_BENIGN = ("CharacterEncodingOverride", "NonXMLContentType", "CharacterEncodingUnknown")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed, as far as rasd needs it."""

    url: str | None            # canonical link (tracking parameters removed)
    guid: str | None
    title: str | None
    published: dt.date | None
    content: str               # plain text of the fullest body the feed gives (content, else summary)


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed: its title and link (outlet and base URL by default) and its entries."""

    title: str | None
    link: str | None
    entries: tuple[FeedEntry, ...]
    encoding: str


def parse_feed(data: bytes, http_charset: str | None = None, content_type: str | None = None) -> Feed | tuple[ErrorCode, str]:
    """Parse RSS 0.9x/1.0/2.0 or Atom; a coded problem for HTML, empty or malformed documents."""
    decoded = decode_bytes(data, http_charset)
    if isinstance(decoded, tuple):
        return decoded
    text = _XML_DECL.sub("", decoded.text, count=1)
    root = _root(text)
    if root is None:
        return ErrorCode.FEED_MALFORMED, "empty response or no XML element: not a feed"
    if root.lower() == "html" or text.lstrip()[:15].lower().startswith("<!doctype html"):
        return ErrorCode.BAD_CONTENT_TYPE, (
            f"an HTML page where a feed was expected (content-type {content_type or 'unknown'})"
        )
    if root.lower() not in _FEED_ROOTS:
        return ErrorCode.FEED_MALFORMED, f"not an RSS or Atom document (root element <{root}>)"
    try:
        import feedparser
    except ImportError:
        return ErrorCode.UNSUPPORTED_INPUT, "reading feeds needs feedparser: pip install 'rasd[ingest]'"
    parsed = feedparser.parse(text.encode("utf-8"), response_headers={"content-type": "application/xml; charset=utf-8"})
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and problem is not None and type(problem).__name__ not in _BENIGN:
        line = getattr(problem, "getLineNumber", lambda: None)()
        where = f" at line {line}" if line else ""
        return ErrorCode.FEED_MALFORMED, f"feed is not well-formed XML{where}: {problem}"
    meta = parsed.get("feed", {})
    entries = tuple(_entry(e) for e in parsed.get("entries", []))
    return Feed(meta.get("title") or None, meta.get("link") or None, entries, decoded.encoding)


def entry_article(
    entry: FeedEntry,
    feed: Feed,
    doc_id: str,
    source: str,
    outlet: str | None = None,
    published: dt.date | None = None,
    outlet_side: str | None = None,
    country: str | None = None,
    max_chars: int = MAX_CHARS,
) -> ArticleIn | InputProblem:
    """An article from the feed's own text of an entry (headline, then body).

    What the caller gives (``outlet``, ``published``) wins; otherwise the feed's metadata is used:
    the entry's date, the feed's title as outlet, the entry's link as URL.
    """
    body = entry.content
    if entry.title and not body.startswith(entry.title):
        body = f"{entry.title}\n\n{body}" if body else entry.title
    problem = check_text(body, max_chars)
    if problem:
        return InputProblem(source, doc_id, problem[0], problem[1])
    return ArticleIn(
        id=doc_id, text=body, published=published or entry.published, outlet=outlet or feed.title,
        outlet_side=outlet_side, url=entry.url, country=country,
    )


def _root(text: str) -> str | None:
    rest = _PROLOGUE.sub("", text, count=1)
    found = _ROOT.match(rest)
    return found.group(1) if found else None


def _entry(raw) -> FeedEntry:
    link = raw.get("link") or None
    if link and not link.lower().startswith(("http://", "https://")):
        link = None  # feedparser turns an RSS <guid> such as "tag:site,2021:1" into a link: not fetchable
    bodies = [c.get("value", "") for c in raw.get("content", []) or []]
    summary = raw.get("summary") or raw.get("description") or ""
    html = max(bodies, key=len) if bodies and len(max(bodies, key=len)) >= len(summary) else summary
    return FeedEntry(
        url=canonical_url(link) if link else None,
        guid=raw.get("id") or None,
        title=fragment_text(raw.get("title") or "") or None,
        published=_entry_date(raw),
        content=fragment_text(html) if html else "",
    )


def _entry_date(raw) -> dt.date | None:
    """The entry's date in the time zone it was written in (feedparser's parsed date is UTC, which
    moves an article published at 00:30 in Tripoli to the day before)."""
    for key in ("published", "updated", "created"):
        value = raw.get(key)
        if not value:
            continue
        try:
            return email.utils.parsedate_to_datetime(value).date()
        except (TypeError, ValueError):
            pass
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        except ValueError:
            pass
        parsed = raw.get(f"{key}_parsed")
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None
