"""Guards around every answer: headers on errors and crashes too, no detail leaked, and a page whose
scripts never turn data into HTML."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rasd.web import static_dir

HEADERS = {"x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "no-referrer"}


def assert_guarded(response) -> None:
    assert response.headers["content-security-policy"].startswith("default-src 'self'; script-src 'self'")
    for name, value in HEADERS.items():
        assert response.headers[name] == value, name


def test_errors_carry_the_headers(make_client, api_key):
    c = make_client(api_key=api_key, max_body_bytes=100, writes_per_minute=1)
    assert_guarded(c.get("/nowhere"))
    assert_guarded(c.get("/api/events", params={"limit": -1}))
    assert_guarded(c.post("/api/articles", content=b"{" + b" " * 200 + b"}", headers={"X-API-Key": api_key}))
    assert c.post("/api/articles", json={}, headers={"X-API-Key": api_key}).status_code == 422  # spends the token
    limited = c.post("/api/articles", json={}, headers={"X-API-Key": api_key})
    assert limited.status_code == 429
    assert_guarded(limited)
    assert c.head("/").status_code == 200


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


def test_the_page_has_no_inline_script_or_style():
    html = (static_dir() / "index.html").read_text(encoding="utf-8")
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag, tag
    assert not re.search(r"<style\b|\sstyle=|\son[a-z]+=", html)


@pytest.mark.parametrize("script", sorted((static_dir() / "js").glob("*.js")), ids=lambda p: p.name)
def test_page_scripts_never_parse_data_as_html(script: Path):
    code = script.read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "setTimeout(\"", "bindPopup(`", "bindTooltip(`"):
        assert sink not in code, f"{script.name} uses {sink}"


def test_vendored_files_are_present_and_licensed():
    static = static_dir()
    for name in ("vendor/leaflet/leaflet.js", "vendor/leaflet/leaflet.css", "vendor/leaflet/LICENSE",
                 "geo/mena.geojson", "geo/LICENSE-world-atlas"):
        assert (static / name).stat().st_size > 0, name
    assert "BSD" in (static / "vendor/leaflet/LICENSE").read_text(encoding="utf-8") or \
        "Redistribution" in (static / "vendor/leaflet/LICENSE").read_text(encoding="utf-8")
    assert (static / "geo/mena.geojson").stat().st_size < 200_000  # the outline stays small
