"""Reference data (rasd.api.reference): /api/config for the page, and the lexicons' sides, actors
and places."""

from __future__ import annotations


def test_config_tells_the_page_what_it_needs(client):
    config = client.get("/api/config").json()
    assert config["tiles_url"] is None and config["read_key_required"] is False
    assert "Battles" in config["event_types"] and config["limit_max"] == 1000


def test_sides_actors_and_places(client):
    sides = {s["id"] for s in client.get("/api/sides").json()}
    assert {"HOUTHIS", "LNA", "GNA"} <= sides
    actors = client.get("/api/actors", params={"side": "HOUTHIS"}).json()
    assert actors["total"] > 0 and all(a["side"] == "HOUTHIS" for a in actors["items"])
    places = client.get("/api/places", params={"country": "LY", "q": "طرابلس"}).json()
    assert any(p["name_en"] == "Tripoli" for p in places["items"])
