"""The HTTP API over the merged demo corpus on each store backend (SQLite, and PostgreSQL when the
server binaries of ``tests/conftest.py`` are present).

Each filter checked against the unfiltered list, paging, event evidence against the article text,
articles, stats, outlets, exports, 404s and the error body, security headers, hostile filter strings
(the stored data survives), and the write path: API key, body limit, rate limit. Fixtures are local
(prefixed ``bk_``) so this module does not depend on the folder's conftest.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import uuid
import warnings
from pathlib import Path

import pytest

from api_helpers import API_KEY, assert_error  # tests/api/api_helpers.py

pytest.importorskip("fastapi", reason="the API needs the server extra: pip install -e '.[server]'")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def fill_store(store, docs, extractor, merge_context) -> None:
    """What ``rasd ingest`` does with extracted documents: store each, then re-merge."""
    from rasd.dedup import merge_store
    from rasd.lexicon.version import lexicon_version

    version = lexicon_version(extractor.resources.lexicon)
    for article, doc in docs:
        store.put_document(article, doc, version)
    merge_store(store, merge_context)


@pytest.fixture(scope="module")
def bk_docs(rasd_extractor):
    """The demo corpus with its extracted documents (extracted once for both backends)."""
    from rasd.ingest.demo import demo_articles

    return [(a, rasd_extractor.extract(a)) for a in demo_articles()]


def _new_pg_database(server_url: str) -> str:
    import psycopg

    name = "api_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")  # a generated name, never input
    return server_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def bk_store(request, tmp_path_factory, bk_docs, rasd_extractor, merge_context):
    """A store holding the merged demo corpus, per backend (read-only for the tests)."""
    from rasd.store import open_store

    if request.param == "sqlite":
        target = str(tmp_path_factory.mktemp("api-sqlite") / "demo.sqlite")
    else:
        target = _new_pg_database(request.getfixturevalue("postgres_url"))
    store = open_store(target)
    try:
        fill_store(store, bk_docs, rasd_extractor, merge_context)
        yield store
    finally:
        store.close()


@pytest.fixture(scope="module")
def client(bk_store, rasd_extractor):
    from rasd.api import ApiSettings, create_app

    # one portal (event loop and worker threads) for the module: the PostgreSQL store keeps one
    # connection per thread, and a TestClient outside ``with`` starts new threads for every request
    with TestClient(create_app(bk_store, ApiSettings(api_key=API_KEY), rasd_extractor)) as c:
        yield c


@pytest.fixture(scope="module")
def demo_docs(bk_docs):
    return bk_docs


@pytest.fixture(scope="module")
def bk_sqlite_path(tmp_path_factory, bk_docs, rasd_extractor, merge_context) -> Path:
    """An SQLite file with the merged demo corpus, to copy for tests that write."""
    from rasd.store import open_store

    path = tmp_path_factory.mktemp("api-write") / "demo.sqlite"
    store = open_store(path)
    try:
        fill_store(store, bk_docs, rasd_extractor, merge_context)
    finally:
        store.close()
    return path


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


def all_events(client, **params) -> dict:
    response = client.get("/api/events", params={"limit": 1000, **params})
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture(scope="module")
def everything(client) -> list[dict]:
    page = all_events(client)
    assert page["total"] == len(page["items"]) > 20, "the demo corpus should give a few dozen merged events"
    return page["items"]


# -- events ----------------------------------------------------------------------------------------
def test_events_page_shape_and_paging(client, everything):
    page = client.get("/api/events", params={"limit": 5, "offset": 3}).json()
    assert page["total"] == len(everything)
    assert [e["event_id"] for e in page["items"]] == [e["event_id"] for e in everything[3:8]]
    assert set(page) >= {"total", "items"}
    beyond = client.get("/api/events", params={"offset": len(everything) + 10}).json()
    assert beyond["items"] == [] and beyond["total"] == len(everything)


@pytest.mark.parametrize("name,key", [
    ("country", "country_code"), ("country", "country"), ("admin1", "admin1"), ("event_type", "event_type"),
    ("sub_event_type", "sub_event_type"),
])
def test_field_filters_match_the_unfiltered_list(client, everything, name, key):
    values = sorted({e[key] for e in everything if e[key]})
    assert values, f"no event has {key}"
    for value in values[:3]:
        page = all_events(client, **{name: value})
        expected = [e["event_id"] for e in everything if e[key] == value
                    or (name == "country" and value in (e["country"], e["country_code"]))]
        assert page["total"] == len(page["items"]) == len(expected), value
        assert {e["event_id"] for e in page["items"]} == set(expected)


def test_actor_and_side_filters(client, everything):
    actor = next(e["actor1_id"] for e in everything if e["actor1_id"])
    got = {e["event_id"] for e in all_events(client, actor=actor)["items"]}
    expected = {e["event_id"] for e in everything if actor in (e["actor1_id"], e["actor2_id"], *e["assoc_actor_ids"])}
    assert got == expected and got
    side = next(e["actor1_side"] for e in everything if e["actor1_side"])
    got = {e["event_id"] for e in all_events(client, side=side)["items"]}
    assert got == {e["event_id"] for e in everything if side in (e["actor1_side"], e["actor2_side"])} and got


def test_date_bbox_and_corroboration_filters(client, everything):
    days = sorted(e["date"] for e in everything if e["date"])
    lo, hi = days[len(days) // 4], days[3 * len(days) // 4]
    got = all_events(client, date_from=lo, date_to=hi)["items"]
    assert {e["event_id"] for e in got} == {e["event_id"] for e in everything if e["date"] and lo <= e["date"] <= hi}

    libya = "9,19,26,34"  # min_lon,min_lat,max_lon,max_lat
    got = {e["event_id"] for e in all_events(client, bbox=libya)["items"]}
    expected = {e["event_id"] for e in everything if e["latitude"] is not None
                and 9 <= e["longitude"] <= 26 and 19 <= e["latitude"] <= 34}
    assert got == expected and got

    top = max(e["corroboration"] for e in everything)
    got = all_events(client, min_corroboration=top)["items"]
    assert got and all(e["corroboration"] >= top for e in got)


def test_text_search_and_combined_filters(client, everything):
    code = next(e["country_code"] for e in everything if e["country_code"])
    combined = all_events(client, country=code, min_corroboration=1)
    assert combined["total"] == len([e for e in everything if e["country_code"] == code])
    assert all_events(client, q="زززززز")["total"] == 0
    assert all_events(client, q="قصف")["total"] > 0


@pytest.mark.parametrize("params", [
    {"limit": 1001}, {"limit": 0}, {"offset": -1}, {"date_from": "yesterday"}, {"bbox": "1,2,3"},
    {"bbox": "a,b,c,d"}, {"bbox": "0,50,10,40"}, {"bbox": "nan,0,1,1"}, {"min_corroboration": "x"},
    {"date_from": "2022-01-02", "date_to": "2022-01-01"}, {"country": "x" * 500},
])
def test_bad_parameters_are_4xx_json(client, params):
    assert_error(client.get("/api/events", params=params), 422)


def test_event_detail_has_mentions_and_evidence_in_its_sentence(client, everything, demo_docs):
    texts = {d.doc_id: a.text for a, d in demo_docs}
    checked = 0
    for summary in everything[:25]:
        detail = client.get(f"/api/events/{summary['event_id']}").json()
        assert detail["event_id"] == summary["event_id"]
        assert detail["mentions"], "a merged event has at least one source"
        for m in detail["mentions"]:
            ev = m["evidence"]
            text = texts[m["doc_id"]]
            sentence = ev["sentence"]
            assert sentence == text[ev["sentence_start"]:ev["sentence_end"]]
            marked = sentence[ev["highlight_start"]:ev["highlight_end"]]
            assert marked == text[ev["evidence_start"]:ev["evidence_end"]]
            assert marked.strip()
            checked += 1
    assert checked >= 25


def test_unknown_event_and_article_are_404_json(client):
    assert_error(client.get("/api/events/ev-doesnotexist"), 404)
    assert_error(client.get("/api/articles/u:0000000000000000"), 404)
    assert_error(client.get("/api/no-such-endpoint"), 404)


# -- articles, stats, outlets, config ----------------------------------------------------------
def test_articles_list_and_detail(client, demo_docs):
    page = client.get("/api/articles", params={"limit": 1000}).json()
    assert page["total"] == len(demo_docs) == len(page["items"])
    first = page["items"][0]
    detail = client.get(f"/api/articles/{first['article_id']}").json()
    assert detail["article_id"] == first["article_id"]
    assert detail["article"]["text"]
    assert len(detail["document"]["events"]) == first["events"]
    two = client.get("/api/articles", params={"limit": 2, "offset": 1}).json()["items"]
    assert [a["article_id"] for a in two] == [a["article_id"] for a in page["items"][1:3]]


def test_stats_add_up(client, everything):
    stats = client.get("/api/stats").json()
    assert stats["total"] == len(everything)
    assert sum(d["count"] for d in stats["per_day"]) == len([e for e in everything if e["date"]])
    assert sum(t["count"] for t in stats["per_type"]) == len(everything)
    code = next(e["country_code"] for e in everything if e["country_code"])
    assert client.get("/api/stats", params={"country": code}).json()["total"] == all_events(client, country=code)["total"]


def test_outlets_profiles(client, demo_docs):
    body = client.get("/api/outlets").json()
    outlets = {p["outlet"] for p in body["items"]}
    assert {a.outlet for a, _ in demo_docs if a.outlet} <= outlets
    assert sum(p["articles"] for p in body["items"]) == len(demo_docs)
    assert any(s["terms"] for p in body["items"] for s in p["sides"]), "some outlet uses partisan terms"


def test_config_and_openapi(client):
    config = client.get("/api/config").json()
    assert config["tiles_url"] is None and "Battles" in config["event_types"]
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{article_id}",
                 "/api/stats", "/api/outlets", "/api/export/events.csv", "/api/export/events.geojson",
                 "/api/export/events.jsonl"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/articles"]


# -- exports -----------------------------------------------------------------------------------
def test_exports_match_the_filtered_list(client, everything):
    from rasd.export.acled import ACLED_COLUMNS

    code = next(e["country_code"] for e in everything if e["country_code"])
    expected = {e["event_id"] for e in everything if e["country_code"] == code}

    response = client.get("/api/export/events.csv", params={"country": code})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    header = response.text.splitlines()[0].split(",")
    assert tuple(header[:len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert {r["event_id_cnty"] for r in rows} == expected

    geo = client.get("/api/export/events.geojson", params={"country": code}).json()
    assert geo["type"] == "FeatureCollection"
    located = {e["event_id"] for e in everything if e["country_code"] == code and e["latitude"] is not None}
    assert len(geo["features"]) == len(located)
    for f in geo["features"]:
        assert f["geometry"]["type"] == "Point" and len(f["geometry"]["coordinates"]) == 2

    lines = [json.loads(x) for x in client.get("/api/export/events.jsonl", params={"country": code}).text.splitlines() if x]
    assert len(lines) == len(expected)

    everything_csv = list(csv.DictReader(io.StringIO(client.get("/api/export/events.csv").text)))
    assert len(everything_csv) == len(everything)


# -- security ------------------------------------------------------------------------------------
def test_security_headers_on_page_and_api(client):
    for url in ("/", "/api/events?limit=1", "/api/events/nope", "/static/vendor/leaflet/leaflet.js"):
        response = client.get(url)
        csp = response.headers.get("content-security-policy", "")
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "object-src 'none'" in csp, url
        assert "frame-ancestors 'none'" in csp and "base-uri 'none'" in csp
        assert "unsafe-inline" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"


def test_page_and_static_files_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "<script>" not in page.text and " style=" not in page.text, "no inline script or style (CSP)"
    for asset in ("/static/vendor/leaflet/leaflet.js", "/static/vendor/leaflet/leaflet.css",
                  "/static/vendor/leaflet/LICENSE"):
        assert client.get(asset).status_code == 200, asset


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_filter_strings_are_harmless(client, everything, hostile):
    before = client.get("/api/articles", params={"limit": 1}).json()["total"]
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
    assert all_events(client)["total"] == len(everything), "merged events survive"
    assert client.get("/api/articles", params={"limit": 1}).json()["total"] == before, "articles survive"


def test_read_key_can_be_required(bk_store, rasd_extractor):
    from rasd.api import ApiSettings, create_app

    app = create_app(bk_store, ApiSettings(api_key=API_KEY, require_key_for_reads=True), rasd_extractor)
    with TestClient(app) as c:
        assert_error(c.get("/api/events"), 401)
        assert_error(c.get("/api/events", headers={"X-API-Key": "wrong-key-wrong-key"}), 403)
        assert c.get("/api/events", headers={"X-API-Key": API_KEY}).status_code == 200


# -- writes (own SQLite copy) --------------------------------------------------------------------
HOSTILE_ARTICLE = (
    "<script>window.__pwned=1</script> "
    "قُتل خمسة أشخاص في غارة جوية استهدفت مدينة سرت الليبية يوم الأحد، وقال مسؤول محلي إن القصف دمّر منازل. "
    '<img src=x onerror="window.__pwned=1"> javascript:alert(1) &lt;b&gt; '
    "واندلعت اشتباكات عنيفة بين قوات الجيش الوطني الليبي وقوات حكومة الوفاق جنوب طرابلس."
)


@pytest.fixture
def writable(tmp_path, bk_sqlite_path, rasd_extractor):
    """An app factory over a private copy of the SQLite demo store."""
    from rasd.api import ApiSettings, create_app
    from rasd.store import open_store

    path = tmp_path / "write.sqlite"
    shutil.copy(bk_sqlite_path, path)
    stores = []

    def make(**settings):
        store = open_store(path)
        stores.append(store)
        return TestClient(create_app(store, ApiSettings(**settings), rasd_extractor))

    yield make
    for s in stores:
        s.close()


def test_post_article_needs_the_right_key(writable):
    c = writable(api_key=API_KEY)
    body = {"id": "hostile-1", "published": "2024-05-05", "outlet": "Test Wire", "text": HOSTILE_ARTICLE}
    assert_error(c.post("/api/articles", json=body), 401)
    assert_error(c.post("/api/articles", json=body, headers={"X-API-Key": API_KEY[:-1] + "x"}), 403)
    assert_error(c.post("/api/articles", json=body, headers={"X-API-Key": ""}), 401)
    before = c.get("/api/events", params={"limit": 1}).json()["total"]

    created = c.post("/api/articles", json=body, headers={"X-API-Key": API_KEY})
    assert created.status_code == 201, created.text
    out = created.json()
    assert out["status"] == "inserted" and out["document"]["events"], "the article yields events"
    assert out["merged_event_ids"]
    event = c.get(f"/api/events/{out['merged_event_ids'][0]}").json()
    assert any(m["doc_id"] == "hostile-1" for m in event["mentions"])
    assert c.get("/api/events", params={"limit": 1}).json()["total"] >= before

    article = c.get(f"/api/articles/{out['article_id']}").json()
    assert article["article"]["text"] == HOSTILE_ARTICLE, "stored as given, rendered as text by the page"

    again = c.post("/api/articles", json=body, headers={"X-API-Key": API_KEY})
    assert again.status_code == 200 and again.json()["status"] == "unchanged"


def test_writes_are_refused_without_a_configured_key(writable):
    c = writable()
    response = c.post("/api/articles", json={"id": "x", "text": HOSTILE_ARTICLE}, headers={"X-API-Key": API_KEY})
    assert_error(response, 403)


@pytest.mark.parametrize("body", [
    {"id": "x"}, {"text": "نص"}, {"id": "x", "text": ""}, {"id": "x", "text": "n", "extra": 1},
    {"id": "x", "text": "نص", "published": "soon"}, {"id": "x", "text": "نص", "url": "javascript:alert(1)"},
    [], "text", None,
])
def test_bad_article_bodies_are_422_json(writable, body):
    c = writable(api_key=API_KEY)
    assert_error(c.post("/api/articles", json=body, headers={"X-API-Key": API_KEY}), 422)


def test_non_arabic_article_is_refused(writable):
    c = writable(api_key=API_KEY)
    response = c.post("/api/articles", json={"id": "en", "text": "Plain English text only. " * 5},
                      headers={"X-API-Key": API_KEY})
    assert response.status_code == 422
    assert response.json()["error"]["code"].startswith("RASD-E")


def test_body_size_limit(writable):
    c = writable(api_key=API_KEY, max_body_bytes=2_000)
    big = {"id": "big", "text": "قصف " * 2_000}
    assert_error(c.post("/api/articles", json=big, headers={"X-API-Key": API_KEY}), 413)

    def chunks():
        yield b'{"id": "big", "text": "'
        for _ in range(100):
            yield ("قصف " * 50).encode()
        yield b'"}'

    streamed = c.post("/api/articles", content=chunks(),
                      headers={"X-API-Key": API_KEY, "Content-Type": "application/json"})
    assert_error(streamed, 413)


def test_write_rate_limit(writable):
    c = writable(api_key=API_KEY, writes_per_minute=2)
    bad = {"id": "x"}  # invalid bodies still spend tokens: key guessing is rate-limited too
    codes = [c.post("/api/articles", json=bad, headers={"X-API-Key": "wrong-key-wrong-key"}).status_code
             for _ in range(4)]
    assert codes[:2] == [403, 403] and codes[-1] == 429
    limited = c.post("/api/articles", json=bad, headers={"X-API-Key": API_KEY})
    assert_error(limited, 429)
    assert int(limited.headers["retry-after"]) >= 1
