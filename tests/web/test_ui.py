"""The analyst UI in headless Chromium against a live server on the demo store.

Marker counts agree with the API, an event shows each source's Arabic sentence with the evidence
marked, and a hostile article (script tags, event-handler attributes, javascript: links, entities)
is displayed as text without running anything. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import httpx

READY = "body[data-state=ready]"

# written for this test; the markup is the attack, the Arabic makes it an article rasd accepts
HOSTILE_TEXT = (
    "سرت - قصفت طائرات حربية <script>window.__pwned=1</script> مواقع في مدينة سرت الليبية يوم الأحد، "
    "ما أدى إلى مقتل أربعة مسلحين.\n"
    'وقال مصدر عسكري إن الاشتباكات <img src=x onerror="window.__pwned=1"> اندلعت جنوب طرابلس '
    "بين قوات الجيش الوطني الليبي وقوات حكومة الوفاق.\n"
    'للمزيد: <a href="javascript:window.__pwned=1">اضغط هنا</a> &lt;b&gt;عاجل&lt;/b&gt; &amp; &#60;i&#62;'
)
HOSTILE_OUTLET = '<b onmouseover="window.__pwned=1">Evil Wire</b>'


def api(server_url, path, **params):
    r = httpx.get(server_url + path, params=params, timeout=30)
    r.raise_for_status()
    return r.json()


def csp_violations(page) -> list[str]:
    return [p for p in page.problems if "Content Security Policy" in p]


def test_filter_markers_match_the_api_and_event_shows_marked_evidence(page, server_url, artifacts):
    page.goto(server_url + "/")
    page.wait_for_selector(READY)
    everything = api(server_url, "/api/events", limit=1000)
    assert page.locator("path.rasd-marker").count() == sum(e["latitude"] is not None for e in everything["items"])
    assert page.locator("#events-table tbody tr").count() == everything["total"]

    page.fill("input[name=country]", "LY")
    page.select_option("select[name=event_type]", "Explosions/Remote violence")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => document.body.dataset.state === 'ready' && location.search.includes('country=LY')")
    expected = api(server_url, "/api/events", country="LY", event_type="Explosions/Remote violence", limit=1000)
    on_map = [e for e in expected["items"] if e["latitude"] is not None]
    assert 0 < len(on_map) < len(everything["items"])
    assert page.locator("path.rasd-marker").count() == len(on_map)
    assert page.get_attribute("body", "data-markers") == str(len(on_map))
    assert page.locator("#status").text_content().startswith(f"{expected['total']} event")
    assert "country=LY" in page.get_attribute("#export-csv", "href")

    event = on_map[0]
    page.click(f'#events-table tr[data-event-id="{event["event_id"]}"]')
    page.wait_for_selector("#detail:not([hidden]) .sentence mark")
    detail = api(server_url, f"/api/events/{event['event_id']}")
    first = detail["mentions"][0]["evidence"]
    marked = first["sentence"][first["highlight_start"]:first["highlight_end"]]
    assert page.locator("#detail .sentence mark").first.text_content() == marked
    sentence = page.locator("#detail .sentence").first
    assert sentence.get_attribute("dir") == "rtl" and sentence.get_attribute("lang") == "ar"
    assert sentence.text_content() == first["sentence"]
    assert "Noto" in sentence.evaluate("e => getComputedStyle(e).fontFamily")
    assert page.locator("#detail .framing .stance").first.text_content() == detail["mentions"][0]["framing"]["label"]
    assert page.locator(f'path.rasd-marker.selected').count() == 1
    page.screenshot(path=str(artifacts / "web-event.png"))
    assert not csp_violations(page), page.problems


def test_timeline_and_outlets_view(page, server_url, artifacts):
    page.goto(server_url + "/")
    page.wait_for_selector(READY)
    stats = api(server_url, "/api/stats")
    assert page.locator("#timeline rect.bar").count() == len(stats["per_day"])
    page.click("nav.views a[data-view=outlets]")
    page.wait_for_selector(".outlet-card")
    outlets = api(server_url, "/api/outlets")["items"]
    assert page.locator(".outlet-card").count() == len(outlets)
    with_terms = next(o for o in outlets if o["sides"])
    card = page.locator(f'.outlet-card[data-outlet="{with_terms["outlet"]}"]')
    first_term = with_terms["sides"][0]["terms"][0]["term"]
    assert first_term in card.locator(".side-terms").text_content()
    page.screenshot(path=str(artifacts / "web-outlets.png"))
    assert not csp_violations(page), page.problems


def test_hostile_article_is_shown_as_text_and_runs_nothing(page, server_url, artifacts, web_api_key):
    body = {"id": "hostile-web-1", "published": "2020-05-25", "outlet": HOSTILE_OUTLET,
            "url": "https://example.org/hostile/1", "text": HOSTILE_TEXT}
    r = httpx.post(server_url + "/api/articles", json=body, headers={"X-API-Key": web_api_key}, timeout=60)
    assert r.status_code == 201, r.text
    created = r.json()
    assert created["merged_event_ids"], "the hostile article yields events"

    page.goto(f"{server_url}/#article/{created['article_id']}")
    page.wait_for_selector("#article-text")
    shown = page.locator("#article-text").text_content()
    assert shown == HOSTILE_TEXT  # every character as text: tags, handlers, entities undecoded
    assert "<script>window.__pwned=1</script>" in shown and "&lt;b&gt;" in shown
    assert page.locator("#article-text script, #article-text img, #article-text a, #article-text b").count() == 0
    assert page.locator("#article-text mark").count() >= 1
    assert HOSTILE_OUTLET in page.locator("#view-articles h2").text_content()

    page.goto(f"{server_url}/#event/{created['merged_event_ids'][0]}")
    page.wait_for_selector("#detail:not([hidden]) .sentence mark")
    detail = page.locator("#detail")
    assert detail.locator("img, script, b").count() == 0
    assert "<" in detail.locator(".sentence").first.text_content()

    page.click("nav.views a[data-view=outlets]")
    page.wait_for_selector(".outlet-card")
    assert page.locator(".outlet-card h3", has_text=HOSTILE_OUTLET).count() == 1
    page.hover(".outlet-card h3 >> nth=0")
    page.screenshot(path=str(artifacts / "web-hostile.png"))
    assert page.evaluate("() => window.__pwned") is None
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert not csp_violations(page), page.problems


def test_locked_server_asks_for_the_key_then_works(browser, locked_server_url, web_api_key):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    try:
        page.goto(locked_server_url + "/")
        page.wait_for_selector("#key-form:not([hidden])")
        assert "RASD-E401" in page.locator("#status").text_content()
        assert page.locator("path.rasd-marker").count() == 0
        page.fill("#key-input", web_api_key)
        page.click("#key-form button[type=submit]")
        page.wait_for_selector(READY)
        assert page.locator("path.rasd-marker").count() > 0
        with page.expect_download() as download:
            page.click("#export-csv")  # a plain link cannot send the key: the page fetches it
        with open(download.value.path(), encoding="utf-8") as handle:
            assert handle.readline().startswith("event_id_cnty,event_date,year,")
    finally:
        context.close()
