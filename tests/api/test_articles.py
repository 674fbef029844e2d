"""Articles: list and detail, and POST /api/articles (ingest) with its key, limits and checks."""

from __future__ import annotations

import pytest

from api_helpers import API_KEY  # tests/api/api_helpers.py

# written for these tests (not from any outlet): a strike on a named Libyan airport, with a date
ARTICLE = {
    "id": "api-test-1",
    "url": "https://example.org/api-test/1",
    "published": "2020-05-21",
    "outlet": "Test Wire",
    "text": "طرابلس - شنت طائرة مسيرة، أمس الأربعاء، غارة على مطار معيتيقة الدولي في العاصمة الليبية، "
            "ما أدى إلى مقتل ثلاثة أشخاص بحسب مصادر طبية.",
}


def test_article_list_and_total(client):
    page = client.get("/api/articles", params={"limit": 5}).json()
    assert page["total"] == 17 and len(page["items"]) == 5
    rest = client.get("/api/articles", params={"limit": 100, "offset": 5}).json()
    assert len(rest["items"]) == 12
    ids = {a["article_id"] for a in page["items"] + rest["items"]}
    assert len(ids) == 17 and all(i.startswith("u:") for i in ids)


def test_article_detail_has_text_and_records(client):
    summary = client.get("/api/articles", params={"limit": 1}).json()["items"][0]
    detail = client.get(f"/api/articles/{summary['article_id']}").json()
    assert detail["article"]["id"] == summary["doc_id"]
    assert len(detail["document"]["events"]) == summary["events"]
    for e in detail["document"]["events"]:
        assert detail["article"]["text"][e["evidence_start"]:e["evidence_end"]] == e["evidence"]


def test_unknown_article_is_404(client):
    r = client.get("/api/articles/u:ffffffffffffffff")
    assert r.status_code == 404 and r.json()["error"]["code"] == "RASD-E404"


def test_ingest_needs_the_key(make_client):
    c = make_client(api_key=API_KEY)
    missing = c.post("/api/articles", json=ARTICLE)
    assert missing.status_code == 401 and missing.json()["error"]["code"] == "RASD-E401"
    wrong = c.post("/api/articles", json=ARTICLE, headers={"X-API-Key": API_KEY[:-1] + "x"})
    assert wrong.status_code == 403 and wrong.json()["error"]["code"] == "RASD-E403"
    assert API_KEY not in wrong.text
    assert c.get("/api/articles").json()["total"] == 17  # nothing was written


def test_ingest_extracts_stores_and_merges(make_client):
    c = make_client(api_key=API_KEY)
    before = c.get("/api/events", params={"limit": 1}).json()["total"]
    r = c.post("/api/articles", json=ARTICLE, headers={"X-API-Key": API_KEY})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "inserted" and body["article_id"].startswith("u:")
    assert body["document"]["events"], body["document"]
    assert body["merged_event_ids"]
    assert c.get("/api/articles").json()["total"] == 18
    assert c.get("/api/events", params={"limit": 1}).json()["total"] > before
    event = c.get(f"/api/events/{body['merged_event_ids'][0]}").json()
    assert body["article_id"] in {m["article_id"] for m in event["mentions"]}
    # the same article again changes nothing
    again = c.post("/api/articles", json=ARTICLE, headers={"X-API-Key": API_KEY})
    assert again.status_code == 200 and again.json()["status"] == "unchanged"


def test_no_configured_key_means_no_writes(make_client):
    c = make_client()
    r = c.post("/api/articles", json=ARTICLE, headers={"X-API-Key": "anything-at-all-1234"})
    assert r.status_code == 403
    assert "no API key is configured" in r.json()["error"]["message"]


@pytest.mark.parametrize("change, code", [
    ({"text": "This is an English sentence about nothing in particular."}, "RASD-E104"),
    ({"text": "   "}, "RASD-E101"),
    ({"text": "نص\x00ثنائي"}, "RASD-E102"),
    ({"url": "javascript:alert(1)"}, "RASD-E422"),
    ({"published": "yesterday"}, "RASD-E422"),
    ({"outlet_side": "'; DROP TABLE articles; --"}, "RASD-E422"),
    ({"extra": 1}, "RASD-E422"),
    ({"id": ""}, "RASD-E422"),
])
def test_bad_articles_are_refused_with_a_code(make_client, change, code):
    c = make_client(api_key=API_KEY)
    r = c.post("/api/articles", json={**ARTICLE, **change}, headers={"X-API-Key": API_KEY})
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == code
    assert c.get("/api/articles").json()["total"] == 17


def test_malformed_json_is_422(make_client):
    c = make_client(api_key=API_KEY)
    r = c.post("/api/articles", content=b'{"id": "x", "text": ', headers={"X-API-Key": API_KEY,
                                                                          "Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "RASD-E422"


def test_body_over_the_limit_is_413_before_any_work(make_client):
    c = make_client(api_key=API_KEY, max_body_bytes=4096)
    big = {**ARTICLE, "text": ARTICLE["text"] * 40}
    r = c.post("/api/articles", json=big, headers={"X-API-Key": API_KEY})
    assert r.status_code == 413 and r.json()["error"]["code"] == "RASD-E413"

    def chunks():  # no Content-Length: counted while reading
        payload = ('{"id": "c", "text": "' + "غارة " * 2000 + '"}').encode()
        for i in range(0, len(payload), 1000):
            yield payload[i:i + 1000]

    r = c.post("/api/articles", content=chunks(), headers={"X-API-Key": API_KEY, "Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "RASD-E413"
    assert c.get("/api/articles").json()["total"] == 17


def test_default_body_limit_is_two_megabytes(client):
    r = client.post("/api/articles", content=b"x" * (2 * 1024 * 1024 + 1),
                    headers={"X-API-Key": API_KEY, "Content-Type": "application/json"})
    assert r.status_code == 413


def test_writes_are_rate_limited_per_client(make_client):
    c = make_client(api_key=API_KEY, writes_per_minute=2)
    wrong = {"X-API-Key": "not-the-key-000000000"}
    assert c.post("/api/articles", json=ARTICLE, headers=wrong).status_code == 403
    assert c.post("/api/articles", json=ARTICLE, headers=wrong).status_code == 403
    limited = c.post("/api/articles", json=ARTICLE, headers={"X-API-Key": API_KEY})
    assert limited.status_code == 429  # failed attempts count: guessing keys is limited too
    assert limited.json()["error"]["code"] == "RASD-E429"
    assert int(limited.headers["Retry-After"]) >= 1
    assert c.get("/api/articles").status_code == 200  # reads are not limited
