"""The per-document position index answers exactly what a scan of the whole collection answers."""

from __future__ import annotations

import random
from dataclasses import dataclass

from rasd.extract.mention_index import SpanIndex, actor_index, place_index, token_range
from rasd.model.records import ActorMention, Doc


@dataclass(frozen=True)
class Item:
    start: int
    end: int


def _index(items: list[Item]) -> SpanIndex[Item]:
    return SpanIndex(items, lambda x: x.start, lambda x: x.end)


def test_queries_match_a_full_scan_in_the_original_order():
    rng = random.Random(3)
    for sorted_input in (True, False):
        items = [Item(s, s + rng.randint(1, 12)) for s in (rng.randint(0, 200) for _ in range(150))]
        if sorted_input:
            items.sort(key=lambda x: x.start)
        index = _index(items)
        for _ in range(300):
            lo = rng.randint(-5, 210)
            hi = lo + rng.randint(0, 40)
            assert index.starting(lo, hi) == [x for x in items if lo <= x.start < hi]
            assert index.within(lo, hi) == [x for x in items if lo <= x.start and x.end <= hi]
            assert index.overlapping(lo, hi) == [x for x in items if x.start < hi and x.end > lo]
            assert index.covering(lo) == [x for x in items if x.start <= lo < x.end]


def test_answers_are_new_lists():
    items = [Item(0, 2), Item(3, 5)]
    index = _index(items)
    index.starting(0, 10).clear()
    assert index.starting(0, 10) == items


def test_a_long_span_is_found_from_far_inside_it():
    items = [Item(0, 1000), *(Item(s, s + 1) for s in range(1, 999))]
    assert _index(items).covering(500) == [items[0], items[500]]


def _mention(tok_start: int, tok_end: int, actor_id: str) -> ActorMention:
    return ActorMention(tok_start * 5, tok_end * 5, tok_start, tok_end, "الجيش", (actor_id,), actor_id)


def test_document_index_is_rebuilt_when_a_stage_replaces_the_list():
    doc = Doc(id="t", text="")
    doc.actor_mentions = [_mention(0, 2, "lna"), _mention(4, 5, "gna")]
    assert [m.actor_id for m in actor_index(doc).starting(0, 3)] == ["lna"]
    doc.actor_mentions = [_mention(1, 2, "rsf")]  # what ActorResolutionStage does
    assert [m.actor_id for m in actor_index(doc).starting(0, 3)] == ["rsf"]
    assert place_index(doc).starting(0, 100) == []


def test_token_range_matches_a_walk_over_the_tokens():
    doc = Doc(id="t", text="")
    doc.token_spans = [(0, 3), (4, 9), (4, 9), (10, 12), (15, 20)]  # a ligature gives two tokens one span

    def walk(start: int, end: int) -> tuple[int, int]:
        spans = doc.token_spans
        lo = next((i for i, (a, _) in enumerate(spans) if a >= start), len(spans))
        return lo, next((i for i in range(lo, len(spans)) if spans[i][1] > end), len(spans))

    for start in range(-1, 23):
        for end in range(start, 23):
            assert token_range(doc, start, end) == walk(start, end)
