"""Article listing (pages by offset or cursor, outlet filter) and article → merged event ids, on both backends."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from rasd.model.io import ArticleIn, DocumentOut
from rasd.store import MentionRef
from rasd.store.keys import article_key

OUTLETS = ("Desk A", "Desk B", "Desk C")


def _article(i: int) -> ArticleIn:
    return ArticleIn(id=f"a{i}", url=f"https://example.org/news/{i}", published=dt.date(2022, 3, 1 + i % 20),
                     outlet=OUTLETS[i % 3], text=f"اشتباكات متقطعة في محيط البلدة رقم {i} صباح اليوم.")


@pytest.fixture
def seven(store):
    for i in range(7):
        a = _article(i)
        store.put_document(a, DocumentOut(doc_id=a.id, published=a.published), "v1")
    return store


def test_offset_pages_list_every_article_once_in_storage_order(seven):
    first, second = seven.list_articles(limit=4), seven.list_articles(limit=4, offset=4)
    assert [a.doc_id for a in first.items + second.items] == [f"a{i}" for i in range(7)]
    assert (first.total, second.total) == (7, 7)
    assert second.next_cursor is None
    assert first.items[0] == first.items[0].__class__(
        article_id=article_key(_article(0)).article_id, doc_id="a0", url="https://example.org/news/0",
        outlet="Desk A", outlet_side=None, published=dt.date(2022, 3, 1), country=None, events=0, quotes=0,
        stance=None, lexicon_version="v1")


def test_cursor_pages_follow_each_other(seven):
    seen, cursor = [], None
    while True:
        page = seven.list_articles(limit=3, cursor=cursor)
        seen += [a.doc_id for a in page.items]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == [f"a{i}" for i in range(7)]


def test_outlet_filter_counts_and_pages(seven):
    page = seven.list_articles(limit=2, outlet="Desk B")
    assert [a.doc_id for a in page.items] == ["a1", "a4"]
    assert page.total == 2 and page.next_cursor is None   # a7 does not exist: two articles of Desk B
    rest = seven.list_articles(limit=1, outlet="Desk A")
    assert (rest.total, [a.doc_id for a in rest.items]) == (3, ["a0"])
    after = seven.list_articles(limit=5, outlet="Desk A", cursor=rest.next_cursor)
    assert [a.doc_id for a in after.items] == ["a3", "a6"]
    assert seven.list_articles(outlet="nobody").total == 0
    assert seven.list_articles(outlet="Desk\x00A").items == ()


@pytest.mark.parametrize("cursor", ["abc", "-1", "1e9", "٣"])
def test_a_cursor_that_is_not_ours_is_a_value_error(seven, cursor):
    with pytest.raises(ValueError):
        seven.list_articles(cursor=cursor)


def test_article_to_merged_event_ids(filled, sample_events, sample_articles):
    watiya = article_key(sample_articles["watiya"]).article_id
    marib = article_key(sample_articles["marib"]).article_id
    assert filled.merged_event_ids(watiya) == ["ev-base"]
    assert filled.merged_event_ids(marib) == ["ev-marib"]
    assert filled.merged_event_ids("u:unknown") == []
    assert filled.merged_event_ids("u:\x00") == []
    # one article reported in two merged events
    extra = dataclasses.replace(sample_events[2], mentions=sample_events[2].mentions + (
        MentionRef(article_id=watiya, doc_id="watiya", outlet="Wire", outlet_side=None, event_index=1,
                   evidence="…", evidence_start=20, evidence_end=30, fatalities=None, claimed_by=None),))
    filled.update_merged(["ev-busayrah"], [extra])
    assert filled.merged_event_ids(watiya) == ["ev-base", "ev-busayrah"]
