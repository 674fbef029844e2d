"""Hostile filter values travel as parameters: no error, no injection, nothing changed."""

from __future__ import annotations

import datetime as dt

from rasd.model.io import ArticleIn, DocumentOut
from rasd.store import EventFilter

HOSTILE = [
    "'; DROP TABLE merged_events; --",
    "\" OR 1=1 --",
    "x' OR '1'='1",
    "Libya\x00",
    "\x00",
    "%",
    "_",
    "*",
    "NEAR(a b)",
    "\"unbalanced",
    "'); DELETE FROM articles; --",
    "ﷺ\u200f\u202e",
    "a" * 5000,
]
STRING_FIELDS = ("country", "admin1", "event_type", "sub_event_type", "actor", "side", "text")


def test_hostile_values_in_every_string_field(filled):
    before = filled.counts()
    for field in STRING_FIELDS:
        for value in HOSTILE:
            flt = EventFilter(**{field: value})
            assert filled.query_events(flt) == [], (field, value)
            assert filled.count_events(flt) == 0
            filled.stats(flt)
    assert filled.counts() == before
    assert filled.count_events(EventFilter()) == 5


def test_text_search_operators_are_plain_words(filled):
    # FTS5 / tsquery syntax is not interpreted: «OR», «NOT», «*», quotes are words or dropped
    assert [e.event_id for e in filled.query_events(EventFilter(text="الوطية OR مأرب"))] == []
    assert [e.event_id for e in filled.query_events(EventFilter(text='"الوطية"*'))] == ["ev-base"]
    assert [e.event_id for e in filled.query_events(EventFilter(text="الوطية & !"))] == ["ev-base"]


def test_odd_numbers_and_boxes(filled):
    assert filled.query_events(EventFilter(bbox=(float("nan"), 0.0, 1.0, 1.0))) == []
    assert filled.query_events(EventFilter(bbox=(0.0, 10.0, 1.0, -10.0))) == []       # min_lat > max_lat
    assert len(filled.query_events(EventFilter(limit=-5))) == 0
    assert len(filled.query_events(EventFilter(offset=-5))) == 5
    assert len(filled.query_events(EventFilter(limit=10**12))) == 5
    assert filled.query_events(EventFilter(min_corroboration=-(2**31))) != []
    assert filled.query_events(EventFilter(date_from=dt.date.max)) == []


def test_hostile_ids_and_lookups(filled):
    before = filled.counts()
    for value in HOSTILE:
        assert filled.get_event(value) is None
        assert filled.has_article(value) is False
        assert filled.get_document(value) is None
    assert filled.counts() == before


def test_hostile_article_fields_are_stored_verbatim(store):
    text = "قصفت القوات مواقع في سرت'; DROP TABLE articles; -- «\"»"
    article = ArticleIn(id="'; DROP TABLE events; --", text=text, outlet="O'Hara \"News\"", url="https://e.org/?q=';--")
    result = store.put_document(article, DocumentOut(doc_id=article.id), "v1'--")
    assert result.status == "inserted"
    assert store.get_document(result.article_id)[0] == article
    assert store.counts()["articles"] == 1


def test_a_nul_character_in_an_article_is_stored_or_refused_cleanly(store):
    article = ArticleIn(id="nul", text="قصفت القوات\x00 مواقع في سرت", url="https://e.org/nul")
    result = store.put_document(article, DocumentOut(doc_id="nul"), "v1")
    assert result.status in ("inserted", "error")  # PostgreSQL text cannot hold NUL
    assert store.counts()["articles"] == (1 if result.status == "inserted" else 0)
    ok = ArticleIn(id="ok", text="قصفت القوات مواقع في سرت", url="https://e.org/ok")
    assert store.put_document(ok, DocumentOut(doc_id="ok"), "v1").status == "inserted"
