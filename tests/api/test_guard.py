"""What stands between a client and the store (rasd.api.guard): security headers on every answer
(errors and crashes too), no detail leaked from a crash, the request body size limit."""

from __future__ import annotations

from api_helpers import API_KEY, assert_error  # tests/api/api_helpers.py

from rasd.api.guard import content_security_policy

HEADERS = {"x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "no-referrer"}
KEY = {"X-API-Key": API_KEY}


def assert_guarded(response) -> None:
    csp = response.headers["content-security-policy"]
    assert csp.startswith("default-src 'self'; script-src 'self'"), csp
    assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp and "base-uri 'none'" in csp
    assert "unsafe-inline" not in csp
    for name, value in HEADERS.items():
        assert response.headers[name] == value, name


def test_page_static_files_and_api_answers_carry_the_headers(client):
    for url in ("/", "/api/events?limit=1", "/api/events/nope", "/static/vendor/leaflet/leaflet.js"):
        assert_guarded(client.get(url))
    assert client.get("/api/events?limit=1").headers["cache-control"] == "no-store"


def test_errors_carry_the_headers(make_client):
    c = make_client(api_key=API_KEY, max_body_bytes=100, writes_per_minute=1)
    assert_guarded(c.get("/nowhere"))
    assert_guarded(c.get("/api/events", params={"limit": -1}))
    assert_guarded(c.post("/api/articles", content=b"{" + b" " * 200 + b"}", headers=KEY))
    assert c.post("/api/articles", json={}, headers=KEY).status_code == 422  # spends the token
    limited = c.post("/api/articles", json={}, headers=KEY)
    assert limited.status_code == 429
    assert_guarded(limited)


def test_a_crash_is_a_coded_500_without_details(make_client, caplog):
    c = make_client()
    c.raise_server_exceptions = False

    def boom(*_args, **_kwargs):
        raise RuntimeError("the secret inner detail")

    c.app.state.rasd.store.query_events = boom
    with caplog.at_level("ERROR", logger="rasd.api"):
        r = c.get("/api/events")
    assert r.status_code == 500
    assert r.json() == {"error": {"code": "RASD-E500", "message": "internal error (see the server log)"}}
    assert "secret" not in r.text
    assert_guarded(r)
    assert "the secret inner detail" in caplog.text  # for the operator, in the log


def test_a_body_over_the_limit_is_413_before_any_work(make_client):
    c = make_client(api_key=API_KEY, max_body_bytes=4096)
    big = {"id": "big", "text": "غارة " * 2000}
    assert assert_error(c.post("/api/articles", json=big, headers=KEY), 413)["code"] == "RASD-E413"

    def chunks():  # no Content-Length: counted while reading
        payload = ('{"id": "c", "text": "' + "غارة " * 2000 + '"}').encode()
        for i in range(0, len(payload), 1000):
            yield payload[i:i + 1000]

    r = c.post("/api/articles", content=chunks(), headers={**KEY, "Content-Type": "application/json"})
    assert assert_error(r, 413)["code"] == "RASD-E413"
    assert c.get("/api/articles").json()["total"] == 17


def test_default_body_limit_is_two_megabytes(client):
    r = client.post("/api/articles", content=b"x" * (2 * 1024 * 1024 + 1),
                    headers={**KEY, "Content-Type": "application/json"})
    assert_error(r, 413)


def test_tiles_are_allowed_as_images_only():
    csp = content_security_policy("https://tile.example.org")
    assert "img-src 'self' https://tile.example.org;" in csp
    assert "script-src 'self';" in csp and "unsafe" not in csp
