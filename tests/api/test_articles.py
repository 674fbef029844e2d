"""GET /api/articles (list by offset, cursor and outlet, one page read from the store; detail; on
SQLite and PostgreSQL) and POST /api/articles (ingest: extract, store, merge; the input checks).
Who may post is tested in test_access.py, body size in test_guard.py."""

from __future__ import annotations

import json

import pytest

from api_helpers import API_KEY, assert_error  # tests/api/api_helpers.py
from fastapi.testclient import TestClient

from rasd.api import ApiSettings, create_app
from rasd.dedup import merge_articles

KEY = {"X-API-Key": API_KEY}

# written for these tests (not from any outlet): a strike on a named Libyan airport, with a date
ARTICLE = {
    "id": "api-test-1",
    "url": "https://example.org/api-test/1",
    "published": "2020-05-21",
    "outlet": "Test Wire",
    "text": "طرابلس - شنت طائرة مسيرة، أمس الأربعاء، غارة على مطار معيتيقة الدولي في العاصمة الليبية، "
            "ما أدى إلى مقتل ثلاثة أشخاص بحسب مصادر طبية.",
}
# markup is the attack; the Arabic makes it an article rasd accepts
HOSTILE_TEXT = (
    "<script>window.__pwned=1</script> "
    "قُتل خمسة أشخاص في غارة جوية استهدفت مدينة سرت الليبية يوم الأحد، وقال مسؤول محلي إن القصف دمّر منازل. "
    '<img src=x onerror="window.__pwned=1"> javascript:alert(1) &lt;b&gt; '
    "واندلعت اشتباكات عنيفة بين قوات الجيش الوطني الليبي وقوات حكومة الوفاق جنوب طرابلس."
)


def test_article_list_pages_through_every_article(client, demo_docs):
    page = client.get("/api/articles", params={"limit": 1000}).json()
    assert page["total"] == len(demo_docs) == len(page["items"]) == 17
    ids = [a["article_id"] for a in page["items"]]
    assert len(set(ids)) == 17 and all(i.startswith("u:") for i in ids)  # demo articles have URLs
    five = client.get("/api/articles", params={"limit": 5}).json()
    rest = client.get("/api/articles", params={"limit": 100, "offset": 5}).json()
    assert five["total"] == 17 and [a["article_id"] for a in five["items"] + rest["items"]] == ids
    two = client.get("/api/articles", params={"limit": 2, "offset": 1}).json()["items"]
    assert [a["article_id"] for a in two] == ids[1:3]


def test_article_list_follows_cursors_and_filters_by_outlet(client, demo_docs):
    ids = [a["article_id"] for a in client.get("/api/articles", params={"limit": 1000}).json()["items"]]
    seen, cursor = [], None
    while True:
        page = client.get("/api/articles", params={"limit": 4, **({"cursor": cursor} if cursor else {})}).json()
        assert page["total"] == 17 and len(page["items"]) <= 4
        seen += [a["article_id"] for a in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ids
    article, _ = demo_docs[5]
    page = client.get("/api/articles", params={"outlet": article.outlet}).json()
    expected = [a.id for a, _ in demo_docs if a.outlet == article.outlet]
    assert [a["doc_id"] for a in page["items"]] == expected and page["total"] == len(expected) < 17
    assert client.get("/api/articles", params={"outlet": "No Such Outlet"}).json() == {
        "total": 0, "limit": 50, "offset": 0, "items": [], "next_cursor": None}


def test_an_outlets_articles_page_by_cursor(make_client):
    c = make_client(api_key=API_KEY)
    for n in range(3):
        body = {**ARTICLE, "id": f"desk-{n}", "url": f"https://example.org/desk/{n}", "outlet": "Desk Test"}
        assert c.post("/api/articles", json=body, headers=KEY).status_code == 201
    first = c.get("/api/articles", params={"outlet": "Desk Test", "limit": 2}).json()
    rest = c.get("/api/articles", params={"outlet": "Desk Test", "cursor": first["next_cursor"]}).json()
    assert (first["total"], rest["total"], rest["next_cursor"]) == (3, 3, None)
    assert [a["doc_id"] for a in first["items"] + rest["items"]] == ["desk-0", "desk-1", "desk-2"]


@pytest.mark.parametrize("cursor", ["abc", "-1", "1e3", "9" * 41])
def test_a_cursor_not_from_the_api_is_422(client, cursor):
    assert assert_error(client.get("/api/articles", params={"cursor": cursor}), 422)["code"] == "RASD-E422"


def test_article_list_reads_one_page_not_every_document(demo_store, rasd_extractor, monkeypatch):
    def scan():
        raise AssertionError("GET /api/articles read every stored document")

    monkeypatch.setattr(demo_store, "iter_documents", scan)
    with TestClient(create_app(demo_store, ApiSettings(), extractor=rasd_extractor)) as c:
        r = c.get("/api/articles", params={"limit": 3, "offset": 2})
    assert r.status_code == 200, r.text
    assert r.json()["total"] == 17 and len(r.json()["items"]) == 3


def test_article_detail_has_text_and_records(client):
    summary = client.get("/api/articles", params={"limit": 1}).json()["items"][0]
    detail = client.get(f"/api/articles/{summary['article_id']}").json()
    assert detail["article_id"] == summary["article_id"]
    assert detail["article"]["id"] == summary["doc_id"] and detail["article"]["text"]
    assert len(detail["document"]["events"]) == summary["events"]
    for e in detail["document"]["events"]:
        assert detail["article"]["text"][e["evidence_start"]:e["evidence_end"]] == e["evidence"]


def test_unknown_article_is_404(client):
    error = assert_error(client.get("/api/articles/u:ffffffffffffffff"), 404)
    assert error["code"] == "RASD-E404"


def test_ingest_extracts_stores_and_merges(make_client):
    c = make_client(api_key=API_KEY)
    before = c.get("/api/events", params={"limit": 1}).json()["total"]
    r = c.post("/api/articles", json=ARTICLE, headers=KEY)
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
    again = c.post("/api/articles", json=ARTICLE, headers=KEY)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    assert c.get("/api/articles").json()["total"] == 18


def test_without_merge_on_ingest_a_post_only_stores_and_the_next_merge_is_incremental(make_client, merge_context):
    c = make_client(api_key=API_KEY, merge_on_ingest=False)
    before = c.get("/api/events", params={"limit": 1}).json()["total"]
    body = c.post("/api/articles", json=ARTICLE, headers=KEY).json()
    assert body["status"] == "inserted" and body["document"]["events"] and body["merged_event_ids"] == []
    assert c.get("/api/events", params={"limit": 1}).json()["total"] == before
    store = c.app.state.rasd.store
    assert store.unmerged_article_ids() == [body["article_id"]]
    update = merge_articles(store, [], merge_context)   # what the next POST (or `rasd ingest`) runs first
    assert not update.full and update.events and store.merged_event_ids(body["article_id"])
    assert c.get("/api/events", params={"limit": 1}).json()["total"] > before


def test_hostile_markup_is_stored_as_given(make_client):
    c = make_client(api_key=API_KEY)
    r = c.post("/api/articles", json={"id": "hostile-1", "published": "2024-05-05", "outlet": "<b>Test</b> Wire",
                                      "text": HOSTILE_TEXT}, headers=KEY)
    assert r.status_code == 201, r.text
    stored = c.get(f"/api/articles/{r.json()['article_id']}").json()["article"]
    assert stored["text"] == HOSTILE_TEXT and stored["outlet"] == "<b>Test</b> Wire"  # the page renders it as text


@pytest.mark.parametrize("body, code", [
    ({**ARTICLE, "text": "This is an English sentence about nothing in particular."}, "RASD-E104"),
    ({**ARTICLE, "text": "   "}, "RASD-E101"),
    ({**ARTICLE, "text": "نص\x00ثنائي"}, "RASD-E102"),
    ({**ARTICLE, "text": ""}, "RASD-E422"),
    ({**ARTICLE, "url": "javascript:alert(1)"}, "RASD-E422"),
    ({**ARTICLE, "published": "yesterday"}, "RASD-E422"),
    ({**ARTICLE, "outlet_side": "'; DROP TABLE articles; --"}, "RASD-E422"),
    ({**ARTICLE, "extra": 1}, "RASD-E422"),
    ({**ARTICLE, "id": ""}, "RASD-E422"),
    ({"id": "x"}, "RASD-E422"),
    ({"text": "نص"}, "RASD-E422"),
    ([], "RASD-E422"),
    ("text", "RASD-E422"),
    (None, "RASD-E422"),
], ids=lambda x: x if isinstance(x, str) else None)
def test_bad_articles_are_refused_with_a_code(make_client, body, code):
    c = make_client(api_key=API_KEY)
    error = assert_error(c.post("/api/articles", json=body, headers=KEY), 422)
    assert error["code"] == code
    assert c.get("/api/articles").json()["total"] == 17


def test_malformed_json_is_422(make_client):
    c = make_client(api_key=API_KEY)
    r = c.post("/api/articles", content=b'{"id": "x", "text": ', headers={**KEY, "Content-Type": "application/json"})
    assert assert_error(r, 422)["code"] == "RASD-E422"


@pytest.mark.parametrize("field", ["id", "text", "outlet", "url"])
def test_a_lone_surrogate_in_any_field_is_422_not_500(make_client, field):
    c = make_client(copy=False, api_key=API_KEY)
    body = {"id": "a1", "text": ARTICLE["text"], "published": "2020-05-21", "outlet": "x", "url": "https://example.org/a"}
    raw = json.dumps(body, ensure_ascii=True)
    value = json.dumps(body[field], ensure_ascii=True)
    raw = raw.replace(value, value[:-1] + '\\ud800"', 1)
    r = c.post("/api/articles", content=raw, headers={**KEY, "Content-Type": "application/json"})
    assert assert_error(r, 422)["code"].startswith("RASD-E")
