"""GET /api/export/events.csv (ACLED columns first), .geojson and .jsonl: the same events as the
filtered list, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json

from rasd.export.acled import ACLED_COLUMNS


def test_exports_match_the_filtered_list(client, everything):
    code = next(e["country_code"] for e in everything if e["country_code"])
    expected = {e["event_id"] for e in everything if e["country_code"] == code}

    response = client.get("/api/export/events.csv", params={"country": code})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    header = response.text.splitlines()[0].split(",")
    assert tuple(header[:len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert {r["event_id_cnty"] for r in csv.DictReader(io.StringIO(response.text))} == expected

    geo = client.get("/api/export/events.geojson", params={"country": code}).json()
    assert geo["type"] == "FeatureCollection"
    located = {e["event_id"] for e in everything if e["country_code"] == code and e["latitude"] is not None}
    assert len(geo["features"]) == len(located)
    for f in geo["features"]:
        assert f["geometry"]["type"] == "Point" and len(f["geometry"]["coordinates"]) == 2

    text = client.get("/api/export/events.jsonl", params={"country": code}).text
    assert len([json.loads(x) for x in text.splitlines() if x]) == len(expected)


def test_unfiltered_csv_has_every_event(client, everything):
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/events.csv").text)))
    assert len(rows) == len(everything)
