"""The analyst page in a real browser (Chromium via Playwright) against ``rasd serve``'s app.

uvicorn runs in a thread on 127.0.0.1 (a free port) over an SQLite store holding the merged demo
corpus. The page must draw one marker per located event of the API's answer, follow the filter
form, show an event's evidence in <mark> inside a right-to-left Arabic block, and render a hostile
article (script tags, event-handler attributes, javascript: text, HTML entities) as inert text.
A screenshot of each state goes to ``test-artifacts/``. Skipped when /usr/bin/chromium is absent.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
API_KEY = "web-test-key-0123456789"
HOSTILE_TEXT = (
    "<script>window.__pwned=1</script> "
    "قُتل خمسة أشخاص في غارة جوية استهدفت مدينة سرت الليبية يوم الأحد، وقال مسؤول محلي إن القصف دمّر منازل. "
    '<img src=x onerror="window.__pwned=1"> javascript:alert(1) &lt;b&gt;bold&lt;/b&gt; '
    "واندلعت اشتباكات عنيفة بين قوات الجيش الوطني الليبي وقوات حكومة الوفاق جنوب طرابلس."
)

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} not found (Debian: apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a dev dependency")
pytest.importorskip("uvicorn", reason="the server extra is needed: pip install -e '.[server]'")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, rasd_extractor, merge_context):
    """Base URL of the app over the merged demo corpus, served by uvicorn in a thread."""
    import uvicorn

    from rasd.api import ApiSettings, create_app
    from rasd.dedup import merge_store
    from rasd.ingest.demo import demo_articles
    from rasd.lexicon.version import lexicon_version
    from rasd.store import open_store

    store = open_store(tmp_path_factory.mktemp("web") / "demo.sqlite")
    version = lexicon_version(rasd_extractor.resources.lexicon)
    for article in demo_articles():  # what `rasd ingest` does: extract, store, then merge
        store.put_document(article, rasd_extractor.extract(article), version)
    merge_store(store, merge_context)
    app = create_app(store, ApiSettings(api_key=API_KEY), rasd_extractor)
    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)
        store.close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="en-GB")
    pg = context.new_page()
    problems: list[str] = []
    pg.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    # the page must need nothing outside this server
    pg.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server)
             else (problems.append(f"external request: {route.request.url}"), route.abort()))
    pg.problems = problems
    yield pg
    context.close()


def _api(page, server, path: str, **params):
    response = page.request.get(server + path, params=params)
    assert response.ok, (path, response.status, response.text()[:200])
    return response.json()


def _wait_ready(page, expected_markers: int) -> None:
    page.wait_for_function(
        "n => document.body.dataset.state === 'ready' && document.body.dataset.markers === String(n)",
        arg=expected_markers, timeout=15_000)


def _located(items) -> int:
    return sum(1 for e in items if e["latitude"] is not None and e["longitude"] is not None)


STRAY_NULL = """() => [...document.querySelectorAll('#table-box, #detail, #articles, #outlets')]
  .flatMap((c) => [...c.childNodes]).filter((n) => n.nodeType === Node.TEXT_NODE && n.data.trim() === 'null').length"""


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_map_filter_and_event_evidence(page, server):
    everything = _api(page, server, "/api/events", limit=1000)
    page.goto(server + "/")
    _wait_ready(page, _located(everything["items"]))
    assert page.locator("path.rasd-marker").count() == _located(everything["items"]) > 0
    assert page.locator("#timeline svg rect").count() > 0, "the per-day bar chart is drawn"
    assert page.locator("path.outline").count() > 0, "the MENA outline is drawn"

    libya = _api(page, server, "/api/events", country="LY", limit=1000)
    assert libya["total"] == len(libya["items"]) > 0
    page.fill("#filters input[name=country]", "LY")
    page.click("#filters button[type=submit]")
    _wait_ready(page, _located(libya["items"]))
    assert page.locator("path.rasd-marker").count() == _located(libya["items"])
    assert page.locator("#events-table tbody tr").count() == libya["total"]
    if _located(libya["items"]) == libya["total"]:
        assert page.locator("path.rasd-marker").count() == libya["total"]
    assert page.evaluate(STRAY_NULL) == 0, "a missing value was written as the text 'null'"
    _shot(page, "web-libya.png")

    first = libya["items"][0]
    detail = _api(page, server, f"/api/events/{first['event_id']}")
    page.click(f"#events-table tr[data-event-id='{first['event_id']}']")
    panel = page.locator("#detail")
    panel.wait_for(state="visible")
    marks = panel.locator("p.sentence[dir=rtl][lang=ar] mark")
    marks.first.wait_for()
    expected = [m["evidence"]["sentence"][m["evidence"]["highlight_start"]:m["evidence"]["highlight_end"]]
                for m in detail["mentions"]]
    assert marks.all_text_contents() == expected
    assert page.evaluate("getComputedStyle(document.querySelector('#detail p.sentence')).direction") == "rtl"
    font = page.evaluate("getComputedStyle(document.querySelector('#detail p.sentence')).fontFamily")
    assert "Noto Naskh Arabic" in font
    _shot(page, "web-event.png")
    assert not page.problems, page.problems


def test_hostile_article_renders_as_text(page, server):
    response = page.request.post(server + "/api/articles", headers={"X-API-Key": API_KEY}, data={
        "id": "hostile-web", "published": "2024-05-05", "outlet": "<b>Evil</b> Wire", "text": HOSTILE_TEXT})
    assert response.status == 201, response.text()
    created = response.json()
    assert created["merged_event_ids"], "the hostile article yields an event"
    event_id = created["merged_event_ids"][0]

    page.goto(server + "/#event/" + event_id)
    panel = page.locator("#detail")
    panel.wait_for(state="visible")
    panel.locator("mark").first.wait_for()
    assert "<b>Evil</b> Wire" in panel.inner_text(), "the outlet name is shown as text"
    assert page.evaluate("typeof window.__pwned") == "undefined"
    _shot(page, "web-hostile-event.png")

    page.goto(server + "/#article/" + created["article_id"])
    text = page.locator("#article-text")
    text.wait_for()
    shown = text.inner_text()
    assert "<script>window.__pwned=1</script>" in shown
    assert '<img src=x onerror="window.__pwned=1">' in shown
    assert "&lt;b&gt;bold&lt;/b&gt;" in shown, "entities are not decoded"
    assert page.locator("#article-text script, #article-text img, #article-text b").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.evaluate(STRAY_NULL) == 0, "a missing value was written as the text 'null'"
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    _shot(page, "web-hostile-article.png")
    assert not page.problems, page.problems
