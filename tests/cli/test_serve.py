"""`rasd serve` (rasd.cli.serve): loopback only by default, store passwords redacted, a bad config
file refused with a message, the real server in a subprocess with the key from the environment
(never printed), and the `rasd demo` hint that leads to it. The settings themselves are tested in
tests/api/test_settings.py."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
from typer.testing import CliRunner

from rasd.cli.app import app
from rasd.cli.serve import is_loopback, redact

runner = CliRunner()
KEY = "settings-test-key-1234567"


@pytest.fixture(scope="module")
def api_key() -> str:
    return "serve-test-key-0123456789"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, rasd_extractor, merge_context):
    """An SQLite store holding the demo corpus, merged (what `make demo` leaves in out/demo/rasd.sqlite)."""
    from rasd.dedup import merge_store
    from rasd.ingest.demo import demo_articles
    from rasd.lexicon.version import lexicon_version
    from rasd.store import open_store

    path = tmp_path_factory.mktemp("serve-demo") / "demo.sqlite"
    version = lexicon_version(rasd_extractor.resources.lexicon)
    store = open_store(path)
    try:
        for article in demo_articles():
            store.put_document(article, rasd_extractor.extract(article), version)
        merge_store(store, merge_context)
    finally:
        store.close()  # the last connection's close checkpoints the WAL into the file
    return path


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


def test_serve_refuses_a_bad_config_file_with_a_message(tmp_path):
    config = tmp_path / "rasd.toml"
    config.write_text(f"[api]\napi_key = '{KEY}'\nwrites_per_minute = 'many'\n", encoding="utf-8")
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "x.sqlite"), "--config", str(config)])
    assert result.exit_code == 2
    assert "RASD-E505" in result.output and "writes_per_minute" in result.output
    assert KEY not in result.output
    assert not (tmp_path / "x.sqlite").exists()  # refused before opening the store


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
