"""GET /api/stats (counts per day and per type) and the outlet framing profiles: GET /api/outlets and
GET /api/outlets/{name}, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from urllib.parse import quote

from api_helpers import assert_error  # tests/api/api_helpers.py
from fastapi.testclient import TestClient

from rasd.api import ApiSettings, create_app


def test_stats_add_up(client, everything):
    stats = client.get("/api/stats").json()
    assert stats["total"] == len(everything)
    assert sum(d["count"] for d in stats["per_day"]) == len([e for e in everything if e["date"]])
    assert sum(t["count"] for t in stats["per_type"]) == len(everything)
    code = next(e["country_code"] for e in everything if e["country_code"])
    by_country = client.get("/api/stats", params={"country": code}).json()
    assert by_country["total"] == len([e for e in everything if e["country_code"] == code])


def test_outlet_profiles_cover_every_article(client, demo_docs):
    items = client.get("/api/outlets").json()["items"]
    assert {p["outlet"] for p in items} == {a.outlet for a, _ in demo_docs if a.outlet}
    assert sum(p["articles"] for p in items) == len(demo_docs)
    assert sum(p["events"] for p in items) == sum(len(d.events) for _, d in demo_docs)
    assert [p["articles"] for p in items] == sorted((p["articles"] for p in items), reverse=True)
    assert any(s["terms"] for p in items for s in p["sides"]), "some outlet uses partisan terms"


def test_one_outlet_profile(client, demo_docs, everything, rasd_extractor):
    items = client.get("/api/outlets").json()["items"]
    listed = next(p for p in items if p["sides"])  # an outlet whose narration takes sides
    r = client.get("/api/outlets/" + quote(listed["outlet"], safe=""))
    assert r.status_code == 200, r.text
    profile = r.json()
    assert profile == listed, "the same record as its item in the list"

    own = [(a, d) for a, d in demo_docs if a.outlet == profile["outlet"]]
    assert profile["articles"] == len(own)
    assert profile["events"] == sum(len(d.events) for _, d in own)
    assert profile["stances"] == dict(Counter(d.stance.label for _, d in own if d.stance))
    assert profile["merged_events"] == sum(profile["outlet"] in e["outlets"] for e in everything) > 0
    # terms: each one is a narrator-voice term of its articles, counted as often as it was used
    used = Counter(t for _, d in own if d.stance for t in d.stance.evidence)
    for side in profile["sides"]:
        for t in side["terms"]:
            assert t["valence"] in (1, -1) and t["count"] == used[t["term"]], t
    # sides it reports: the sides of actor1/actor2 of its extracted events
    res = rasd_extractor.resources
    expected = Counter()
    for _, d in own:
        for e in d.events:
            expected.update({s for s in (res.side(e.actor1_id), res.side(e.actor2_id)) if s in res.lexicon.sides})
    assert profile["reported_sides"] == dict(expected) and expected
    assert profile["outlet_sides"] == dict(Counter(a.outlet_side for a, _ in own if a.outlet_side))


def test_outlet_names_with_a_slash_or_arabic_work(make_client):
    c = make_client(api_key="test-key-0123456789abcdef")
    for n, name in enumerate(("Wire/Libya desk", "قناة الأحرار")):
        r = c.post("/api/articles", headers={"X-API-Key": "test-key-0123456789abcdef"}, json={
            "id": name, "outlet": name, "published": "2020-05-21", "url": f"https://example.org/outlet/{n}",
            "text": "قصفت طائرات مسيرة مواقع في مدينة سرت صباح اليوم، ما أدى إلى مقتل ثلاثة مسلحين."})
        assert r.status_code == 201, r.text
        profile = c.get("/api/outlets/" + quote(name, safe="")).json()
        assert profile["outlet"] == name and profile["articles"] == 1


def test_unknown_outlet_is_a_coded_404(client):
    for name in ("No Such Outlet", "%27%3B%20DROP%20TABLE%20articles%3B--", "a%2Fb"):
        r = client.get(f"/api/outlets/{name}")
        assert assert_error(r, 404) == {"code": "RASD-E404", "message": "no outlet with this name"}
    assert assert_error(client.get("/api/outlets/" + "x" * 201), 422)["code"] == "RASD-E422"


def test_merged_event_counts_come_from_one_count_not_from_paging_events(demo_store, rasd_extractor, everything,
                                                                         monkeypatch):
    def paged(*_args, **_kwargs):
        raise AssertionError("the outlet profiles paged through the merged events")

    monkeypatch.setattr(demo_store, "query_events", paged)
    with TestClient(create_app(demo_store, ApiSettings(), extractor=rasd_extractor)) as c:  # a fresh cache
        items = c.get("/api/outlets").json()["items"]
        for profile in items:
            assert profile["merged_events"] == sum(profile["outlet"] in e["outlets"] for e in everything)
        one = c.get("/api/outlets/" + quote(items[0]["outlet"], safe=""))
    assert one.status_code == 200 and one.json() == items[0]
    assert sum(p["merged_events"] for p in items) >= len(everything) > 0
