"""Who may call what (rasd.api.access): 401 without a key, 403 with a wrong one or when writes are
disabled, reads open unless required, writes rate-limited per client, the key never echoed nor
logged, and compared in constant time (rasd.api.guard.key_matches)."""

from __future__ import annotations

import logging

import pytest

from api_helpers import API_KEY, assert_error  # tests/api/api_helpers.py

ARTICLE = {"id": "access-1", "text": "قصفت طائرات مسيرة مواقع في مدينة سرت صباح اليوم، ما أدى إلى مقتل ثلاثة مسلحين."}
WRONG = API_KEY[:-1] + "x"
READS = ("/api/events", "/api/events/ev-x", "/api/articles", "/api/stats", "/api/outlets", "/api/outlets/x",
         "/api/actors", "/api/places", "/api/sides", "/api/export/events.csv")


def test_a_write_without_a_key_is_401_with_a_challenge(make_client):
    c = make_client(api_key=API_KEY)
    for headers in ({}, {"X-API-Key": ""}):
        r = c.post("/api/articles", json=ARTICLE, headers=headers)
        assert assert_error(r, 401)["code"] == "RASD-E401"
        assert r.headers["www-authenticate"] == 'ApiKey header="X-API-Key"'
    assert c.get("/api/articles").json()["total"] == 17  # nothing was written


def test_a_write_with_a_wrong_key_is_403_and_the_key_is_not_echoed(make_client):
    c = make_client(api_key=API_KEY)
    r = c.post("/api/articles", json=ARTICLE, headers={"X-API-Key": WRONG})
    assert assert_error(r, 403)["code"] == "RASD-E403"
    assert "www-authenticate" not in r.headers
    assert API_KEY not in r.text and WRONG not in r.text
    assert c.get("/api/articles").json()["total"] == 17


def test_no_configured_key_means_no_writes(make_client):
    c = make_client()
    for headers in ({}, {"X-API-Key": API_KEY}):
        error = assert_error(c.post("/api/articles", json=ARTICLE, headers=headers), 403)
        assert error["code"] == "RASD-E403" and "no API key is configured" in error["message"]


def test_reads_are_open_by_default(client):
    for path in ("/api/events", "/api/articles", "/api/outlets"):
        assert client.get(path).status_code == 200, path


def test_reads_can_require_the_key_and_the_page_and_config_stay_open(make_client):
    c = make_client(api_key=API_KEY, require_key_for_reads=True)
    assert c.get("/").status_code == 200
    assert c.get("/api/config").json()["read_key_required"] is True
    for path in READS:
        assert assert_error(c.get(path), 401)["code"] == "RASD-E401", path
        assert assert_error(c.get(path, headers={"X-API-Key": WRONG}), 403)["code"] == "RASD-E403", path
        assert c.get(path, headers={"X-API-Key": API_KEY}).status_code in (200, 404), path
    assert c.get("/api/events", headers={"X-API-Key": API_KEY}).status_code == 200


def test_writes_are_rate_limited_per_client_and_wrong_keys_count(make_client):
    c = make_client(api_key=API_KEY, writes_per_minute=2)
    wrong = {"X-API-Key": WRONG}
    assert c.post("/api/articles", json=ARTICLE, headers=wrong).status_code == 403
    assert c.post("/api/articles", json={"id": "x"}, headers={"X-API-Key": API_KEY}).status_code == 422
    limited = c.post("/api/articles", json=ARTICLE, headers={"X-API-Key": API_KEY})
    assert assert_error(limited, 429)["code"] == "RASD-E429"  # guessing keys is limited too
    assert int(limited.headers["Retry-After"]) >= 1
    assert c.get("/api/articles").status_code == 200  # reads are not limited


def test_the_key_is_never_logged(make_client, caplog):
    c = make_client(api_key=API_KEY, require_key_for_reads=True)
    with caplog.at_level(logging.DEBUG):  # every logger, every level: rasd, uvicorn, httpx, fastapi
        c.post("/api/articles", json={"id": "x", "text": "نص"}, headers={"X-API-Key": API_KEY})
        c.post("/api/articles", json=ARTICLE, headers={"X-API-Key": API_KEY + "-wrong"})
        c.get("/api/events", params={"limit": 1}, headers={"X-API-Key": API_KEY})
        c.get("/api/events", params={"limit": -1}, headers={"X-API-Key": API_KEY})
    assert caplog.records, "the requests were logged (by httpx at least): the check saw them"
    assert API_KEY not in caplog.text


def test_keys_are_compared_in_constant_time(monkeypatch):
    import hmac

    from rasd.api import guard

    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(guard.hmac, "compare_digest", spy)
    assert guard.key_matches(API_KEY, API_KEY) and not guard.key_matches(WRONG, API_KEY)
    assert len(calls) == 2, "every comparison goes through hmac.compare_digest"
    assert not guard.key_matches("", API_KEY) and not guard.key_matches(API_KEY, None)
    assert guard.key_matches("مفتاح-سري-طويل-جدا", "مفتاح-سري-طويل-جدا")  # non-ASCII keys compare as UTF-8


@pytest.mark.parametrize("status", [401, 403])
def test_key_errors_are_documented_in_openapi(client, status):
    spec = client.get("/openapi.json").json()
    post = spec["paths"]["/api/articles"]["post"]
    assert str(status) in post["responses"]
    assert post["security"] == [{"APIKeyHeader": []}]
