"""`rasd serve` and the API settings: loopback only by default, the key kept secret, the config file
and the environment, the tile server in the CSP, and the `rasd demo` hint that leads to it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from rasd.api import ApiSettings, load_settings
from rasd.api.guard import content_security_policy
from rasd.cli.app import app
from rasd.cli.serve import is_loopback, redact
from rasd.errors import RasdError

runner = CliRunner()
KEY = "settings-test-key-1234567"


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("127.8.9.1", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("0.0.0.0", False), ("::", False), ("192.168.1.10", False), ("example.org", False),
])
def test_loopback_hosts(host, loopback):
    assert is_loopback(host) is loopback


def test_serve_refuses_a_public_address_without_allow_remote(tmp_path):
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "x.sqlite"), "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--allow-remote" in result.output
    assert not (tmp_path / "x.sqlite").exists()  # refused before opening anything


def test_store_passwords_are_redacted():
    assert redact("postgresql://rasd:s3cret@db.example:5432/rasd") == "postgresql://rasd:***@db.example:5432/rasd"
    assert redact("out/demo/rasd.sqlite") == "out/demo/rasd.sqlite"


def test_the_key_never_shows_in_repr_and_must_be_long():
    assert KEY not in repr(ApiSettings(api_key=KEY))
    with pytest.raises(RasdError, match="RASD-E505"):
        ApiSettings(api_key="short")
    with pytest.raises(RasdError, match="RASD-E505"):
        ApiSettings(require_key_for_reads=True)  # reads behind a key that does not exist


def test_config_file_and_environment(tmp_path):
    (tmp_path / "key").write_text(KEY + "\n", encoding="utf-8")
    config = tmp_path / "rasd.toml"
    config.write_text('[api]\nkey_file = "key"\nrequire_key_for_reads = true\nwrites_per_minute = 5\n'
                      'tiles_url = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"\n', encoding="utf-8")
    settings = load_settings(config, env={})
    assert settings.api_key == KEY and settings.require_key_for_reads and settings.writes_per_minute == 5
    assert settings.tile_origin == "https://*.tiles.example.org"
    from_env = load_settings(config, env={"RASD_API_KEY": "from-the-environment-0001"})
    assert from_env.api_key == "from-the-environment-0001"  # the environment wins over the file
    assert load_settings(None, env={}).api_key is None

    config.write_text("[api]\nkee = 'typo'\n", encoding="utf-8")
    with pytest.raises(RasdError, match="unknown"):
        load_settings(config, env={})


@pytest.mark.parametrize("url", ["javascript:alert(1)", "https://tiles.example.org/tile.png",
                                 "https://evil.example'; script-src *;/{z}/{x}/{y}"])
def test_bad_tile_urls_are_refused(url):
    with pytest.raises(RasdError):
        ApiSettings(tiles_url=url)


def test_tiles_are_allowed_as_images_only():
    csp = content_security_policy("https://tile.example.org")
    assert "img-src 'self' https://tile.example.org;" in csp
    assert "script-src 'self';" in csp and "unsafe" not in csp


def test_read_key_mode_keeps_the_page_and_config_open(make_client, api_key):
    c = make_client(api_key=api_key, require_key_for_reads=True)
    assert c.get("/").status_code == 200
    assert c.get("/api/config").json()["read_key_required"] is True
    for path in ("/api/events", "/api/articles", "/api/stats", "/api/outlets", "/api/actors",
                 "/api/export/events.csv"):
        assert c.get(path).status_code == 401, path
        assert c.get(path, headers={"X-API-Key": api_key}).status_code == 200, path


def test_the_key_is_not_logged(make_client, api_key, caplog):
    c = make_client(api_key=api_key)
    with caplog.at_level("DEBUG"):
        c.post("/api/articles", json={"id": "x", "text": "نص"}, headers={"X-API-Key": api_key + "-wrong"})
        c.get("/api/events", headers={"X-API-Key": api_key})
    assert api_key not in caplog.text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_rasd_serve_serves_the_store(demo_db, api_key):
    """The real command in a subprocess: uvicorn on 127.0.0.1, the page, the API, the key from the
    environment (never printed)."""
    port = _free_port()
    env = {**os.environ, "RASD_API_KEY": api_key}
    proc = subprocess.Popen([sys.executable, "-m", "rasd.cli.app", "serve", "--db", str(demo_db), "--port", str(port),
                             "--log-level", "warning"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(base + "/api/config", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, "rasd serve did not start"
            time.sleep(0.2)
        assert httpx.get(base + "/").headers["content-security-policy"].startswith("default-src 'self'")
        assert httpx.get(base + "/api/events", params={"limit": 1}).json()["total"] > 100
        refused = httpx.post(base + "/api/articles", json={"id": "x", "text": "نص"})
        assert refused.status_code == 401
    finally:
        proc.terminate()
        output = proc.communicate(timeout=15)[0].decode()
    assert f"http://127.0.0.1:{port}/" in output
    assert api_key not in output


def test_demo_ends_with_how_to_browse(tmp_path):
    result = runner.invoke(app, ["demo", "--out", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    last = result.output.rstrip().splitlines()[-1]  # one line, not wrapped: it is copied and pasted
    assert last == f"browse: rasd serve --db {tmp_path / 'rasd.sqlite'} → http://127.0.0.1:8000/"
    assert (tmp_path / "rasd.sqlite").stat().st_size > 0
