"""GET /api/events (every filter, paging, totals) and GET /api/events/{id} (sources, evidence)."""

from __future__ import annotations

import pytest


def events(client, **params):
    r = client.get("/api/events", params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    return r.json()


def test_unfiltered_list_has_every_merged_event_newest_first(client):
    page = events(client)
    assert page["total"] == len(page["items"]) >= 150
    dates = [e["date"] for e in page["items"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    assert all(e["corroboration"] >= 1 and e["outlets"] for e in page["items"])


def test_paging_total_is_the_count_of_all_pages(client):
    first = client.get("/api/events", params={"limit": 10}).json()
    second = client.get("/api/events", params={"limit": 10, "offset": 10}).json()
    assert first["total"] == second["total"] == events(client)["total"]
    assert len(first["items"]) == len(second["items"]) == 10
    assert not {e["event_id"] for e in first["items"]} & {e["event_id"] for e in second["items"]}


def test_country_by_code_or_name(client):
    by_code, by_name = events(client, country="LY"), events(client, country="Libya")
    assert by_code["total"] == by_name["total"] > 0
    assert {e["country_code"] for e in by_code["items"]} == {"LY"}


@pytest.mark.parametrize("name, value, key", [
    ("event_type", "Battles", "event_type"),
    ("sub_event_type", "Air/drone strike", "sub_event_type"),
    ("admin1", "Tripoli", "admin1"),
])
def test_field_filters(client, name, value, key):
    page = events(client, **{name: value})
    assert page["total"] > 0
    assert {e[key] for e in page["items"]} == {value}


def test_date_range(client):
    page = events(client, date_from="2020-01-01", date_to="2020-12-31")
    assert page["total"] > 0
    assert all("2020-01-01" <= e["date"] <= "2020-12-31" for e in page["items"])


def test_side_and_actor(client):
    side = events(client, side="HOUTHIS")
    assert side["total"] > 0
    assert all("HOUTHIS" in (e["actor1_side"], e["actor2_side"]) for e in side["items"])
    actor = events(client, actor="RSF")
    assert actor["total"] > 0
    assert all("RSF" in (e["actor1_id"], e["actor2_id"], *e["assoc_actor_ids"]) for e in actor["items"])


def test_bbox_keeps_events_inside_the_box(client):
    page = events(client, bbox="9,19,26,34")  # Libya and its coast
    assert page["total"] > 0
    assert all(9 <= e["longitude"] <= 26 and 19 <= e["latitude"] <= 34 for e in page["items"])


def test_min_corroboration(client):
    assert events(client, min_corroboration=1)["total"] == events(client)["total"]
    many = events(client, min_corroboration=2)
    assert all(e["corroboration"] >= 2 for e in many["items"])


def test_text_search_finds_arabic_words_across_spellings(client):
    plain = events(client, q="معيتيقة")
    assert plain["total"] > 0
    assert events(client, q="مَعِيتِيقَة")["total"] == plain["total"]  # diacritics ignored
    assert events(client, q="كلمةغيرموجودةابدا")["total"] == 0


def test_filters_combine(client):
    page = events(client, country="SY", event_type="Battles", date_from="2019-01-01")
    assert all(e["country_code"] == "SY" and e["event_type"] == "Battles" for e in page["items"])
    assert page["total"] <= events(client, country="SY")["total"]


@pytest.mark.parametrize("params, field", [
    ({"limit": 1001}, "limit"),
    ({"limit": 0}, "limit"),
    ({"offset": -1}, "offset"),
    ({"date_from": "2020-13-01"}, "date_from"),
    ({"date_from": "2021-01-01", "date_to": "2020-01-01"}, "date_from"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"bbox": "a,b,c,d"}, "bbox"),
    ({"bbox": "0,10,1,-10"}, "bbox"),
    ({"bbox": "0,0,200,1"}, "bbox"),
    ({"bbox": "nan,0,1,1"}, "bbox"),
    ({"min_corroboration": "many"}, "min_corroboration"),
    ({"q": "x" * 201}, "q"),
])
def test_bad_parameters_are_422_with_a_coded_error(client, params, field):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    error = r.json()["error"]
    assert error["code"] == "RASD-E422"
    assert field in error["message"]


def test_event_detail_has_every_source_with_its_sentence_and_evidence(client):
    listed = events(client, sub_event_type="Air/drone strike")["items"][0]
    r = client.get(f"/api/events/{listed['event_id']}")
    assert r.status_code == 200
    detail = r.json()
    assert {k: detail[k] for k in listed} == listed
    assert len(detail["mentions"]) >= 1
    for m in detail["mentions"]:
        ev = m["evidence"]
        article = client.get(f"/api/articles/{m['article_id']}").json()["article"]
        text = article["text"]
        assert ev["sentence"] == text[ev["sentence_start"]:ev["sentence_end"]]
        marked = ev["sentence"][ev["highlight_start"]:ev["highlight_end"]]
        assert marked == text[ev["evidence_start"]:ev["evidence_end"]]
        assert ev["sentence_start"] <= ev["evidence_start"] < ev["evidence_end"] <= ev["sentence_end"]
        assert m["framing"]["label"]
        assert m["published"] == article["published"]


def test_contested_fields_are_listed(make_client, sample_merged):
    c = make_client()
    store = c.app.state.rasd.store
    store.replace_merged(sample_merged)
    detail = c.get("/api/events/ev-contested").json()
    assert detail["contested"] == [{"field": "fatalities", "detail": "2 (Tripoli Horizon) vs 6 (Al-Karama)"}]
    assert detail["corroboration"] == 2
    assert [m["outlet"] for m in detail["mentions"]] == ["Tripoli Horizon", "Al-Karama"]
    # the first mention's article is stored: its sentence comes from the text; the second is not
    assert detail["mentions"][1]["evidence"]["sentence"] == "…"


def test_unknown_event_is_404(client):
    r = client.get("/api/events/ev-does-not-exist")
    assert r.status_code == 404
    assert r.json() == {"error": {"code": "RASD-E404", "message": "no event with this id"}}


@pytest.fixture
def sample_merged(client):
    import dataclasses
    import datetime as dt

    from rasd.store import MentionRef, MergedEvent

    article = client.get("/api/articles", params={"limit": 1}).json()["items"][0]
    text = client.get(f"/api/articles/{article['article_id']}").json()["article"]["text"]
    mention = MentionRef(article_id=article["article_id"], doc_id=article["doc_id"], outlet="Tripoli Horizon",
                         outlet_side="GNA", event_index=0, evidence=text[0:20], evidence_start=0, evidence_end=20,
                         fatalities=2, claimed_by=None)
    other = dataclasses.replace(mention, article_id="u:0000000000000000", doc_id="x", outlet="Al-Karama",
                                outlet_side="LNA", evidence="…", fatalities=6)
    return [MergedEvent(
        event_id="ev-contested", family="violent", event_type="Battles", sub_event_type="Armed clash",
        plover_type="ASSAULT", date=dt.date(2020, 5, 1), time_precision=1, actor1_id="LNA", actor1="LNA",
        actor2_id="GNA", actor2="GNA", location="Tripoli", location_id="ly_tripoli", country="Libya",
        admin1="Tripoli", latitude=32.89, longitude=13.18, geo_precision=1, fatalities=2, corroboration=2,
        outlet_sides=("GNA", "LNA"), contested=(("fatalities", "2 (Tripoli Horizon) vs 6 (Al-Karama)"),),
        mentions=(mention, other), actor1_side="LNA", actor2_side="GNA", country_code="LY",
    )]
