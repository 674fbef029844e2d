"""Browser fixtures: the demo store served by uvicorn on 127.0.0.1 (a free port, in a thread of
this process) and headless Chromium driven by Playwright's sync API.

Chromium is the system one (/usr/bin/chromium, from scripts/system_deps.sh); Playwright's own
browser download is never used. Without it (or without playwright or uvicorn) the browser tests are
skipped with the reason, by the fixtures: the folder's other tests still run. Pages may load only
from the test server; any other request is aborted and reported in ``page.problems``.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
WEB_API_KEY = "web-test-key-5e1d9c0a7b"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

LOCAL = "http://127.0.0.1:"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def web_store(tmp_path_factory, rasd_extractor, merge_context):
    """A store holding the merged demo corpus (the web tests may add articles to it)."""
    from rasd.dedup import merge_store
    from rasd.ingest.demo import demo_articles
    from rasd.lexicon.version import lexicon_version
    from rasd.store import open_store

    store = open_store(tmp_path_factory.mktemp("web") / "demo.sqlite")
    version = lexicon_version(rasd_extractor.resources.lexicon)
    for article in demo_articles():
        store.put_document(article, rasd_extractor.extract(article), version)
    merge_store(store, merge_context)
    yield store
    store.close()


@contextmanager
def serve(app) -> Iterator[str]:
    """uvicorn on 127.0.0.1 with a free port, in a thread, for the duration of the block."""
    uvicorn = pytest.importorskip("uvicorn", reason="browser tests need uvicorn (pip install -e '.[server]')")

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="session")
def server_url(web_store, rasd_extractor) -> Iterator[str]:
    """``rasd serve`` in-process over the demo store: reads open, writes with the key."""
    from rasd.api import ApiSettings, create_app

    with serve(create_app(web_store, ApiSettings(api_key=WEB_API_KEY), rasd_extractor)) as url:
        yield url


@pytest.fixture(scope="session")
def locked_server_url(web_store, rasd_extractor) -> Iterator[str]:
    """The same store served with ``require_key_for_reads``."""
    from rasd.api import ApiSettings, create_app

    settings = ApiSettings(api_key=WEB_API_KEY, require_key_for_reads=True)
    with serve(create_app(web_store, settings, rasd_extractor)) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need {CHROMIUM} (install it with scripts/system_deps.sh)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright (pip install -e '.[dev]')")

    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors, CSP violations, script errors and requests to
anywhere but the test server (``page.problems``)."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="en-GB")
    p = context.new_page()
    problems: list[str] = []
    p.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    p.on("pageerror", lambda e: problems.append(f"page error: {e}"))

    def local_only(route) -> None:
        if route.request.url.startswith(LOCAL):
            route.continue_()
        else:
            problems.append(f"external request: {route.request.url}")
            route.abort()

    p.route("**/*", local_only)
    p.problems = problems
    yield p
    context.close()


@pytest.fixture(scope="session")
def web_api_key() -> str:
    return WEB_API_KEY


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
