"""HTML pages → articles: trafilatura's main text plus the page's title, date and outlet.

Menus, footers, related-article lists and comments are left out (trafilatura), so offsets in the
output point into the article text as rasd saw it, not into the raw HTML. The headline is kept as the
first paragraph, as in the demo corpus: it often carries the event («غارة جوية على مطار معيتيقة»).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from rasd.errors import ErrorCode
from rasd.ingest.checks import MAX_CHARS, check_text
from rasd.ingest.encoding import Decoded, decode_bytes
from rasd.ingest.readers import InputProblem
from rasd.model.io import ArticleIn

# dates only from the page's metadata and URL: a date found in the body may be any date it mentions
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_BLOCK = re.compile(r"\s*\n\s*")


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What rasd keeps of a page: its article text (headline first) and metadata."""

    text: str
    title: str | None
    published: dt.date | None
    outlet: str | None
    url: str | None
    encoding: str


def parse_html(data: bytes | str, url: str | None = None, http_charset: str | None = None) -> HtmlPage | tuple[ErrorCode, str]:
    """Decode a page and extract its main text and metadata; a coded problem when there is none."""
    if isinstance(data, bytes):
        decoded = decode_bytes(data, http_charset)
        if isinstance(decoded, tuple):
            return decoded
    else:
        decoded = Decoded(data, "str", "given")
    if "\x00" in decoded.text[:65536]:
        return ErrorCode.BINARY_INPUT, "the page contains NUL characters: not an HTML page"
    try:
        import trafilatura
    except ImportError:
        return ErrorCode.UNSUPPORTED_INPUT, "reading HTML needs trafilatura: pip install 'rasd[ingest]'"
    quiet = logging.getLogger("trafilatura")
    if quiet.level == logging.NOTSET:  # its per-page warnings become our coded problems; a level set by the user stays
        quiet.setLevel(logging.ERROR)
    try:
        found = trafilatura.bare_extraction(
            decoded.text, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # a broken page must not stop a run: report it with a code
        return ErrorCode.NO_MAIN_TEXT, f"HTML extraction failed: {type(exc).__name__}: {exc}"
    body = _clean(getattr(found, "text", None) or "") if found is not None else ""
    if not body:
        return ErrorCode.NO_MAIN_TEXT, "no article text found in the page"
    title = _clean(getattr(found, "title", None) or "") or None
    text = body if title is None or body.startswith(title) else f"{title}\n\n{body}"
    return HtmlPage(
        text=text,
        title=title,
        published=_date(getattr(found, "date", None)),
        outlet=getattr(found, "sitename", None) or getattr(found, "hostname", None) or _host(url),
        url=url,
        encoding=decoded.encoding,
    )


def html_article(
    data: bytes | str,
    doc_id: str,
    source: str,
    url: str | None = None,
    http_charset: str | None = None,
    published: dt.date | None = None,
    outlet: str | None = None,
    outlet_side: str | None = None,
    country: str | None = None,
    max_chars: int = MAX_CHARS,
) -> ArticleIn | InputProblem:
    """An article from a page. ``published`` is a fallback for pages without a date of their own;
    ``outlet`` (a name the caller chose, e.g. in FEEDS.yaml) overrides the page's site name."""
    page = parse_html(data, url, http_charset)
    if isinstance(page, tuple):
        return InputProblem(source, doc_id, page[0], page[1])
    problem = check_text(page.text, max_chars)
    if problem:
        return InputProblem(source, doc_id, problem[0], problem[1])
    return ArticleIn(
        id=doc_id, text=page.text, published=page.published or published,
        outlet=outlet or page.outlet, outlet_side=outlet_side, url=url, country=country,
    )


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed's description or content), one line per block."""
    if "<" not in fragment and "&" not in fragment:
        return _clean(fragment)
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:  # lxml refuses some fragments (e.g. only a comment): fall back to tag stripping
        return _clean(re.sub(r"<[^>]+>", " ", fragment))
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    return _clean(root.text_content())


def _clean(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in _BLOCK.split(text)]
    return "\n".join(line for line in lines if line)


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _host(url: str | None) -> str | None:
    return urlsplit(url).hostname if url else None
