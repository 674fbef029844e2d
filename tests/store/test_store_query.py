"""Querying merged events: every EventFilter field, counts, stats, paging, full text."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from rasd.store import EventFilter

def _ids(store, **kw) -> list[str]:
    flt = EventFilter(**kw)
    found = [e.event_id for e in store.query_events(flt)]
    assert store.count_events(dataclasses.replace(flt, limit=100, offset=0)) >= len(found)
    return found


CASES = [
    ({}, ["ev-fiji", "ev-busayrah", "ev-marib", "ev-base", "ev-undated"]),
    ({"date_from": dt.date(2021, 1, 1)}, ["ev-fiji", "ev-busayrah", "ev-marib"]),
    ({"date_to": dt.date(2021, 3, 7)}, ["ev-marib", "ev-base"]),
    ({"date_from": dt.date(2020, 7, 4), "date_to": dt.date(2020, 7, 4)}, ["ev-base"]),
    ({"country": "Yemen"}, ["ev-marib"]),
    ({"country": "ly"}, ["ev-base"]),
    ({"country": "SY"}, ["ev-busayrah"]),
    ({"admin1": "Deir ez-Zor"}, ["ev-busayrah"]),
    ({"event_type": "Battles"}, ["ev-fiji", "ev-busayrah"]),
    ({"sub_event_type": "Air/drone strike"}, ["ev-base"]),
    ({"actor": "HOUTHIS"}, ["ev-marib"]),          # actor1
    ({"actor": "GNA"}, ["ev-base"]),               # actor2
    ({"actor": "USA"}, ["ev-busayrah"]),           # associated actor
    ({"side": "YEMEN_GOV"}, ["ev-marib"]),
    ({"side": "LNA"}, ["ev-base"]),
    ({"bbox": (11.0, 30.0, 16.0, 34.0)}, ["ev-base"]),
    ({"bbox": (35.0, 10.0, 50.0, 40.0)}, ["ev-busayrah", "ev-marib"]),
    ({"bbox": (170.0, -20.0, -170.0, -10.0)}, ["ev-fiji"]),   # across the antimeridian
    ({"min_corroboration": 3}, ["ev-marib", "ev-base"]),
    ({"min_corroboration": 2, "country": "Libya"}, ["ev-base"]),
    ({"text": "الوطية"}, ["ev-base"]),
    ({"text": "مأرب"}, ["ev-marib"]),
    ({"text": "مأرب الوطية"}, []),                # every word must occur
    ({"limit": 2}, ["ev-fiji", "ev-busayrah"]),
    ({"limit": 2, "offset": 2}, ["ev-marib", "ev-base"]),
    ({"limit": 0}, []),
    ({"offset": 99}, []),
]


def test_every_filter_field(filled):
    # one store per backend for all cases (a fresh database per case would cost more than the queries)
    wrong = {str(kw): (_ids(filled, **kw), expected) for kw, expected in CASES if _ids(filled, **kw) != expected}
    assert not wrong


def test_count_matches_the_unpaged_query(filled):
    for kw, expected in CASES:
        if "limit" in kw or "offset" in kw:
            continue
        assert filled.count_events(EventFilter(**kw)) == len(expected), kw


def test_merged_events_round_trip(filled, sample_events):
    for ev in sample_events:
        assert filled.get_event(ev.event_id) == ev
    assert filled.get_event("ev-missing") is None
    assert filled.query_events(EventFilter(country="Yemen")) == [sample_events[1]]


def test_stats(filled):
    stats = filled.stats(EventFilter())
    assert stats["per_day"] == [("2020-07-04", 1), ("2021-03-07", 1), ("2022-08-14", 1), ("2022-08-20", 1)]
    assert stats["per_type"] == [("Battles", 2), ("Explosions/Remote violence", 2), ("REQUEST", 1)]
    assert filled.stats(EventFilter(event_type="Battles"))["per_day"] == [("2022-08-14", 1), ("2022-08-20", 1)]


def test_replace_merged_replaces_everything(filled, sample_events):
    filled.replace_merged(sample_events[:1])
    assert filled.counts()["merged"] == 1 and filled.counts()["mentions"] == 2
    assert _ids(filled, actor="USA") == []
    filled.replace_merged([])
    assert filled.counts()["merged"] == 0 and filled.counts()["mentions"] == 0


def test_merged_events_per_outlet_counts_each_event_once(filled, sample_events):
    base = sample_events[0]
    twice = dataclasses.replace(base.mentions[0], event_index=1, evidence_start=20, evidence_end=30)
    nameless = [dataclasses.replace(base.mentions[0], outlet=o, event_index=i) for i, o in ((2, None), (3, ""))]
    events = [dataclasses.replace(base, mentions=(*base.mentions, twice, *nameless)), *sample_events[1:]]
    filled.replace_merged(events)
    expected: dict = {}
    for e in events:   # an outlet reporting an event twice counts it once; "" is no outlet, as None
        for outlet in {m.outlet or None for m in e.mentions}:
            expected[outlet] = expected.get(outlet, 0) + 1
    assert filled.merged_events_per_outlet() == expected
    assert expected["Wire"] == len([e for e in events if "Wire" in {m.outlet for m in e.mentions}]) > 1
    filled.replace_merged([])
    assert filled.merged_events_per_outlet() == {}
