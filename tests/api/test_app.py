"""The app as a whole (rasd.api.app): the OpenAPI document lists every endpoint, the page and its
static files are served, an unknown path is a coded 404."""

from __future__ import annotations

from api_helpers import assert_error  # tests/api/api_helpers.py

ENDPOINTS = ("/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{article_id}",
             "/api/stats", "/api/outlets", "/api/outlets/{name}", "/api/export/events.csv",
             "/api/export/events.geojson", "/api/export/events.jsonl", "/api/actors", "/api/places",
             "/api/sides", "/api/config")


def test_openapi_lists_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    assert set(ENDPOINTS) <= set(spec["paths"])
    assert "post" in spec["paths"]["/api/articles"]
    assert "404" in spec["paths"]["/api/outlets/{name}"]["get"]["responses"]


def test_page_and_static_files_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    for asset in ("/static/vendor/leaflet/leaflet.js", "/static/vendor/leaflet/leaflet.css",
                  "/static/vendor/leaflet/LICENSE", "/static/js/outlets.js", "/static/geo/mena.geojson"):
        assert client.get(asset).status_code == 200, asset
    assert client.head("/").status_code == 200


def test_unknown_paths_are_coded_404s(client):
    for path in ("/api/no-such-endpoint", "/nowhere", "/static/nothing.js"):
        assert assert_error(client.get(path), 404)["code"] == "RASD-E404", path
