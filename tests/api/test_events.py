"""GET /api/events (every filter, paging, totals, hostile filter values) and GET /api/events/{id}
(sources, evidence in its sentence, framing, contested fields), on SQLite and PostgreSQL.

Each filter is checked against the unfiltered list (``everything``): the filtered answer must be
exactly the events of the full list that satisfy it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from api_helpers import assert_error  # tests/api/api_helpers.py

HOSTILE = [
    "'; DROP TABLE events; --",
    "\" OR 1=1 --",
    "%' OR '1'='1",
    "<script>alert(1)</script>",
    "قتل'); DELETE FROM merged_events; --",
    "\\x00\\",
    "*:* | & ! ( ) : * '",
    "a" * 200,
]
FILTER_PARAMS = ["country", "admin1", "event_type", "sub_event_type", "actor", "side", "q"]


def events(client, **params) -> dict:
    r = client.get("/api/events", params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    return r.json()


def ids(items) -> set[str]:
    return {e["event_id"] for e in items}


def test_unfiltered_list_has_every_merged_event_newest_first(everything):
    assert len(everything) >= 150
    dates = [e["date"] for e in everything if e["date"]]
    assert dates == sorted(dates, reverse=True)
    assert all(e["corroboration"] >= 1 and e["outlets"] for e in everything)


def test_paging_walks_the_list_and_total_counts_all_pages(client, everything):
    page = client.get("/api/events", params={"limit": 5, "offset": 3}).json()
    assert page["total"] == len(everything) and (page["limit"], page["offset"]) == (5, 3)
    assert [e["event_id"] for e in page["items"]] == [e["event_id"] for e in everything[3:8]]
    first = client.get("/api/events", params={"limit": 10}).json()
    second = client.get("/api/events", params={"limit": 10, "offset": 10}).json()
    assert first["total"] == second["total"] == len(everything)
    assert len(first["items"]) == len(second["items"]) == 10
    assert not ids(first["items"]) & ids(second["items"])
    beyond = client.get("/api/events", params={"offset": len(everything) + 10}).json()
    assert beyond["items"] == [] and beyond["total"] == len(everything)


@pytest.mark.parametrize("name, value, matches", [
    ("country", "LY", lambda e, v: e["country_code"] == v),
    ("country", "Libya", lambda e, v: e["country"] == v),
    ("event_type", "Battles", lambda e, v: e["event_type"] == v),
    ("sub_event_type", "Air/drone strike", lambda e, v: e["sub_event_type"] == v),
    ("admin1", "Tripoli", lambda e, v: e["admin1"] == v),
    ("side", "HOUTHIS", lambda e, v: v in (e["actor1_side"], e["actor2_side"])),
    ("actor", "RSF", lambda e, v: v in (e["actor1_id"], e["actor2_id"], *e["assoc_actor_ids"])),
], ids=lambda x: x if isinstance(x, (str, int)) else "")
def test_each_filter_keeps_exactly_the_matching_events(client, everything, name, value, matches):
    page = events(client, **{name: value})
    expected = ids(e for e in everything if matches(e, value))
    assert expected, f"the demo corpus should have events with {name}={value}"
    assert page["total"] == len(page["items"]) == len(expected)
    assert ids(page["items"]) == expected


def test_min_corroboration(client, everything):
    assert events(client, min_corroboration=1)["total"] == len(everything)
    top = max(e["corroboration"] for e in everything)
    assert ids(events(client, min_corroboration=top)["items"]) == ids(e for e in everything if e["corroboration"] >= top)
    assert events(client, min_corroboration=top + 1)["total"] == 0


def test_date_range_and_bbox(client, everything):
    days = sorted(e["date"] for e in everything if e["date"])
    lo, hi = days[len(days) // 4], days[3 * len(days) // 4]
    got = events(client, date_from=lo, date_to=hi)["items"]
    assert ids(got) == ids(e for e in everything if e["date"] and lo <= e["date"] <= hi) != set()

    libya = "9,19,26,34"  # min_lon,min_lat,max_lon,max_lat: Libya and its coast
    expected = ids(e for e in everything if e["latitude"] is not None
                   and 9 <= e["longitude"] <= 26 and 19 <= e["latitude"] <= 34)
    assert ids(events(client, bbox=libya)["items"]) == expected != set()


def test_text_search_finds_arabic_words_across_spellings(client):
    plain = events(client, q="معيتيقة")
    assert plain["total"] > 0
    assert events(client, q="مَعِيتِيقَة")["total"] == plain["total"]  # diacritics ignored
    assert events(client, q="قصف")["total"] > 0
    assert events(client, q="كلمةغيرموجودةابدا")["total"] == 0


def test_filters_combine(client, everything):
    got = events(client, country="SY", event_type="Battles", date_from="2019-01-01")["items"]
    expected = ids(e for e in everything if e["country_code"] == "SY" and e["event_type"] == "Battles"
                   and e["date"] and e["date"] >= "2019-01-01")
    assert ids(got) == expected


@pytest.mark.parametrize("params, field", [
    ({"limit": 1001}, "limit"),
    ({"limit": 0}, "limit"),
    ({"offset": -1}, "offset"),
    ({"date_from": "2020-13-01"}, "date_from"),
    ({"date_from": "yesterday"}, "date_from"),
    ({"date_from": "2021-01-01", "date_to": "2020-01-01"}, "date_from"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"bbox": "a,b,c,d"}, "bbox"),
    ({"bbox": "0,10,1,-10"}, "bbox"),
    ({"bbox": "0,0,200,1"}, "bbox"),
    ({"bbox": "nan,0,1,1"}, "bbox"),
    ({"min_corroboration": "many"}, "min_corroboration"),
    ({"q": "x" * 201}, "q"),
    ({"country": "x" * 500}, "country"),
])
def test_bad_parameters_are_422_naming_the_parameter(client, params, field):
    error = assert_error(client.get("/api/events", params=params), 422)
    assert error["code"] == "RASD-E422"
    assert field in error["message"]


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_filter_values_are_data_not_sql(client, everything, hostile):
    articles = client.get("/api/articles", params={"limit": 1}).json()["total"]
    for name in FILTER_PARAMS:
        response = client.get("/api/events", params={name: hostile})
        assert response.status_code in (200, 422), (name, response.status_code)
        if response.status_code == 200:
            assert response.json()["items"] == [] or name == "q"
        else:
            assert_error(response, 422)
            assert hostile not in response.text, "error messages never echo the submitted value"
        assert client.get("/api/export/events.csv", params={name: hostile}).status_code in (200, 422)
    for path in (f"/api/events/{hostile}", f"/api/articles/{hostile}"):
        assert client.get(path).status_code in (404, 422)
    assert events(client)["total"] == len(everything), "merged events survive"
    assert client.get("/api/articles", params={"limit": 1}).json()["total"] == articles, "articles survive"


def test_event_detail_gives_each_source_its_sentence_evidence_and_framing(client, everything, demo_docs):
    articles = {d.doc_id: a for a, d in demo_docs}
    first = client.get(f"/api/events/{everything[0]['event_id']}").json()
    assert {k: first[k] for k in everything[0]} == everything[0], "the detail repeats the summary"
    checked = 0
    for summary in everything[:25]:
        detail = client.get(f"/api/events/{summary['event_id']}").json()
        assert detail["mentions"], "a merged event has at least one source"
        for m in detail["mentions"]:
            ev, article = m["evidence"], articles[m["doc_id"]]
            text = article.text
            assert ev["sentence"] == text[ev["sentence_start"]:ev["sentence_end"]]
            marked = ev["sentence"][ev["highlight_start"]:ev["highlight_end"]]
            assert marked == text[ev["evidence_start"]:ev["evidence_end"]] and marked.strip()
            assert ev["sentence_start"] <= ev["evidence_start"] < ev["evidence_end"] <= ev["sentence_end"]
            assert m["framing"]["label"]
            assert m["published"] == article.published.isoformat()
            checked += 1
    assert checked >= 25


def test_unknown_event_is_404(client):
    r = client.get("/api/events/ev-does-not-exist")
    assert_error(r, 404)
    assert r.json() == {"error": {"code": "RASD-E404", "message": "no event with this id"}}


def test_contested_fields_are_listed(make_client):
    from rasd.store import MentionRef, MergedEvent

    c = make_client()
    article = c.get("/api/articles", params={"limit": 1}).json()["items"][0]
    text = c.get(f"/api/articles/{article['article_id']}").json()["article"]["text"]
    mention = MentionRef(article_id=article["article_id"], doc_id=article["doc_id"], outlet="Tripoli Horizon",
                         outlet_side="GNA", event_index=0, evidence=text[0:20], evidence_start=0, evidence_end=20,
                         fatalities=2, claimed_by=None)
    other = dataclasses.replace(mention, article_id="u:0000000000000000", doc_id="x", outlet="Al-Karama",
                                outlet_side="LNA", evidence="…", fatalities=6)
    c.app.state.rasd.store.replace_merged([MergedEvent(
        event_id="ev-contested", family="violent", event_type="Battles", sub_event_type="Armed clash",
        plover_type="ASSAULT", date=dt.date(2020, 5, 1), time_precision=1, actor1_id="LNA", actor1="LNA",
        actor2_id="GNA", actor2="GNA", location="Tripoli", location_id="ly_tripoli", country="Libya",
        admin1="Tripoli", latitude=32.89, longitude=13.18, geo_precision=1, fatalities=2, corroboration=2,
        outlet_sides=("GNA", "LNA"), contested=(("fatalities", "2 (Tripoli Horizon) vs 6 (Al-Karama)"),),
        mentions=(mention, other), actor1_side="LNA", actor2_side="GNA", country_code="LY",
    )])
    detail = c.get("/api/events/ev-contested").json()
    assert detail["contested"] == [{"field": "fatalities", "detail": "2 (Tripoli Horizon) vs 6 (Al-Karama)"}]
    assert detail["corroboration"] == 2
    assert [m["outlet"] for m in detail["mentions"]] == ["Tripoli Horizon", "Al-Karama"]
    # the first mention's article is stored: its sentence comes from the text; the second is not
    assert detail["mentions"][1]["evidence"]["sentence"] == "…"
