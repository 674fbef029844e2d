"""Which reports merge: type, date window, distance, actors and sides, one article's own events."""

from __future__ import annotations

import pytest

from rasd.dedup import merge_documents
from rasd.dedup.compat import haversine_km


def _groups(docs, ctx) -> list[list[str]]:
    return sorted(sorted(m.doc_id for m in e.mentions) for e in merge_documents(docs, ctx))


def test_haversine():
    assert haversine_km(32.4734, 11.8925, 32.9312, 12.082) == pytest.approx(54, abs=2)
    assert haversine_km(0, 179.9, 0, -179.9) == pytest.approx(22.2, abs=0.5)


@pytest.mark.parametrize("second,merged", [
    ({"date": "2020-07-05"}, True),                       # ±1 day at time_precision 1
    ({"date": "2020-07-06"}, False),
    ({"date": "2020-07-10", "tp": 2}, True),              # ±7 days at 2
    ({"date": "2020-07-12", "tp": 2}, False),
    ({"date": "2020-07-15", "tp": 3}, True),              # same month at 3
    ({"date": "2020-08-01", "tp": 3}, False),
    ({"place": "ly_zuwara"}, False),                      # 54 km apart, both towns
    ({"place": "ly_zuwara", "gp": 2}, True),              # «near Zuwara»: 60 km allowed
    ({"place": "ly_jufra_airbase", "gp": 3}, False),      # 500 km
    ({"type_": "Battles", "sub": "Armed clash"}, False),  # another event type
    ({"sub": "Shelling/artillery/missile attack"}, True),  # same type, sub-types contested
])
def test_windows(ev, doc, merge_context, second, merged):
    docs = [doc("a", ev(actor1="LNA_AIR_FORCE"), outlet="A"), doc("b", ev(**second), outlet="B")]
    assert (_groups(docs, merge_context) == [["a", "b"]]) is merged


def test_opposing_sides_do_not_merge_but_units_of_one_camp_do(ev, doc, merge_context):
    docs = [doc("a", ev(actor1="LNA", actor2="GNA"), outlet="A"),
            doc("b", ev(actor1="GNA", actor2="LNA"), outlet="B"),           # the other camp struck
            doc("c", ev(actor1="LNA_AIR_FORCE", actor2=None), outlet="C")]  # a unit of the same camp
    assert _groups(docs, merge_context) == [["a", "c"], ["b"]]


def test_battles_match_in_either_order(ev, doc, merge_context):
    clash = dict(type_="Battles", sub="Armed clash", place="sy_busayrah", date="2022-08-14")
    docs = [doc("a", ev(actor1="SDF", actor2="ISIS", **clash), outlet="A"),
            doc("b", ev(actor1="ISIS", actor2="SDF", **clash), outlet="B")]
    merged = merge_documents(docs, merge_context)
    assert len(merged) == 1 and merged[0].actor1_id == "SDF" and merged[0].actor2_id == "ISIS"
    assert merged[0].contested == ()


def test_two_events_of_one_article_stay_apart(ev, doc, merge_context):
    docs = [doc("a", ev(place="ly_watiya"), ev(place="ly_watiya", start=50), outlet="A")]
    assert _groups(docs, merge_context) == [["a"], ["a"]]


def test_a_report_without_place_needs_strong_evidence(ev, doc, merge_context):
    base = doc("a", ev(actor1="LNA"), outlet="A")
    strong = doc("b", ev(actor1="LNA", place=None), outlet="B")     # same actor, sub-type and day
    weak = doc("c", ev(actor1=None, place=None), outlet="C")        # nothing but type and day
    assert _groups([base, strong, weak], merge_context) == [["a", "b"], ["c"]]


def test_two_reports_without_place_do_not_merge(ev, doc, merge_context):
    docs = [doc("a", ev(actor1="LNA", place=None), outlet="A"), doc("b", ev(actor1="LNA", place=None), outlet="B")]
    assert _groups(docs, merge_context) == [["a"], ["b"]]


def test_a_vague_report_does_not_chain_two_events(ev, doc, merge_context):
    # Watiya on the 4th and Zuwara on the 4th are two events; a report «in the west, this week»
    # fits both but must not join them into one
    docs = [doc("a", ev(place="ly_watiya", actor1="LNA"), outlet="A"),
            doc("b", ev(place="ly_zuwara", actor1="LNA"), outlet="B"),
            doc("c", ev(place="ly_watiya", gp=3, tp=2, date="2020-07-05", actor1="LNA"), outlet="C")]
    groups = _groups(docs, merge_context)
    assert ["a", "b"] not in groups and len(groups) == 2


def test_political_interactions_need_the_same_actor(ev, doc, merge_context):
    pol = dict(type_=None, sub=None, family="political", plover="REQUEST", place=None)
    docs = [doc("a", ev(actor1="UN", **pol), outlet="A"), doc("b", ev(actor1="UN", **pol), outlet="B"),
            doc("c", ev(actor1="GNA", **pol), outlet="C")]
    assert _groups(docs, merge_context) == [["a", "b"], ["c"]]
