"""RSS/Atom → entries → articles; HTML, truncated and empty documents are coded problems."""

import datetime as dt

import pytest

from fixture_site import REPORTS, atom, rfc822, rss
from rasd.errors import ErrorCode
from rasd.ingest.feeds import entry_article, parse_feed
from rasd.ingest.readers import InputProblem

ITEMS = [
    {"title": REPORTS["misrata"][0], "link": "http://127.0.0.1/a/1?utm_source=rss&utm_medium=feed",
     "date": "Mon, 15 Mar 2021 00:30:00 +0200", "description": "<p>" + REPORTS["misrata"][1] + "</p>"},
    {"title": REPORTS["aden"][0], "link": "http://127.0.0.1/a/2#comments", "description": REPORTS["aden"][1]},
]


@pytest.mark.parametrize("codec", ["utf-8", "windows-1256", "iso-8859-6"])
def test_rss_in_any_arabic_encoding(codec):
    feed = parse_feed(rss(ITEMS, encoding=codec))
    assert feed.title == "بوابة الاختبار"
    first, second = feed.entries
    assert first.title == REPORTS["misrata"][0] and "قصف مدفعي" in first.content
    assert first.url == "http://127.0.0.1/a/1"          # tracking parameters removed
    assert second.url == "http://127.0.0.1/a/2"         # fragment removed
    assert first.published == dt.date(2021, 3, 15)      # local date, not the UTC day before
    assert second.published is None


def test_undeclared_legacy_feed_is_detected():
    feed = parse_feed(rss(ITEMS, encoding="cp1256", declare=False))
    assert feed.entries[0].title == REPORTS["misrata"][0]


def test_atom_entries():
    feed = parse_feed(atom([{"title": REPORTS["idlib"][0], "link": "http://127.0.0.1/b/1",
                             "updated": "2021-03-14T23:30:00-01:00", "content": "<p>" + REPORTS["idlib"][1] + "</p>"}]))
    [entry] = feed.entries
    assert entry.url == "http://127.0.0.1/b/1" and entry.published == dt.date(2021, 3, 14)
    assert entry.content.startswith("إدلب - شنت")


def test_entry_article_uses_feed_metadata_unless_the_caller_gives_it():
    feed = parse_feed(rss(ITEMS))
    article = entry_article(feed.entries[0], feed, "u:1", "src")
    assert article.text.startswith(REPORTS["misrata"][0] + "\n\n")
    assert (article.outlet, article.published, article.url) == ("بوابة الاختبار", dt.date(2021, 3, 15), "http://127.0.0.1/a/1")
    given = entry_article(feed.entries[0], feed, "u:1", "src", outlet="وكالة الأنباء", published=dt.date(2021, 1, 1))
    assert (given.outlet, given.published) == ("وكالة الأنباء", dt.date(2021, 1, 1))
    english = parse_feed(rss([{"title": "Weather", "link": "http://127.0.0.1/w", "description": "Sunny and warm today."}]))
    problem = entry_article(english.entries[0], english, "u:2", "src")
    assert isinstance(problem, InputProblem) and problem.code is ErrorCode.NOT_ARABIC


@pytest.mark.parametrize("data, code", [
    (b"<!DOCTYPE html><html><head><title>503</title></head><body>maintenance</body></html>", ErrorCode.BAD_CONTENT_TYPE),
    (rss(ITEMS)[:-60], ErrorCode.FEED_MALFORMED),
    (b"", ErrorCode.FEED_MALFORMED),
    (b'<?xml version="1.0"?><catalog><book/></catalog>', ErrorCode.FEED_MALFORMED),
])
def test_broken_feeds_are_coded(data, code):
    found = parse_feed(data, content_type="text/html")
    assert isinstance(found, tuple) and found[0] is code


def test_rss_served_as_html_is_still_a_feed():
    assert len(parse_feed(rss(ITEMS), http_charset="utf-8", content_type="text/html").entries) == 2


def test_rfc822_helper_round_trips():
    assert parse_feed(rss([{**ITEMS[1], "date": rfc822(dt.date(2021, 3, 9))}])).entries[0].published == dt.date(2021, 3, 9)
