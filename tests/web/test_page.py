"""The analyst page (rasd/web/static) in headless Chromium against ``rasd serve``'s app on the merged
demo corpus (fixtures in conftest.py).

The page draws one marker per located event of the API's answer and follows the filter form; an
event shows each source's Arabic sentence right to left with the evidence in <mark>; the outlet
views show the framing profiles; a hostile article (script tags, event-handler attributes,
javascript: links, entities) is shown as text and runs nothing; a server that requires the key for
reads asks for it. Screenshots go to test-artifacts/.
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

# text nodes reading "null": a missing value written out instead of left blank
STRAY_NULL = """() => [...document.querySelectorAll('#table-box, #detail, #articles, #outlets')]
  .flatMap((c) => [...c.querySelectorAll('*'), c]).flatMap((n) => [...n.childNodes])
  .filter((n) => n.nodeType === Node.TEXT_NODE && n.data.trim() === 'null').length"""


def api(server_url, path, **params):
    r = httpx.get(server_url + path, params=params, timeout=30)
    r.raise_for_status()
    return r.json()


def located(items) -> list[dict]:
    return [e for e in items if e["latitude"] is not None and e["longitude"] is not None]


def test_load_filter_and_open_an_event(page, server_url, artifacts):
    page.goto(server_url + "/")
    page.wait_for_selector(READY)
    everything = api(server_url, "/api/events", limit=1000)
    assert page.locator("path.rasd-marker").count() == len(located(everything["items"])) > 0
    assert page.locator("#events-table tbody tr").count() == everything["total"]
    assert page.locator("#timeline rect.bar").count() == len(api(server_url, "/api/stats")["per_day"]) > 0
    assert page.locator("path.outline").count() > 0, "the bundled MENA outline is drawn"

    page.fill("input[name=country]", "LY")
    page.select_option("select[name=event_type]", "Explosions/Remote violence")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => document.body.dataset.state === 'ready' && location.search.includes('country=LY')")
    expected = api(server_url, "/api/events", country="LY", event_type="Explosions/Remote violence", limit=1000)
    on_map = located(expected["items"])
    assert 0 < len(on_map) < len(everything["items"])
    assert page.locator("path.rasd-marker").count() == len(on_map)
    assert page.get_attribute("body", "data-markers") == str(len(on_map))
    assert page.locator("#events-table tbody tr").count() == expected["total"]
    assert page.locator("#status").text_content().startswith(f"{expected['total']} event")
    assert "country=LY" in page.get_attribute("#export-csv", "href")
    assert page.evaluate(STRAY_NULL) == 0
    page.screenshot(path=str(artifacts / "web-filtered.png"), full_page=True)

    event = on_map[0]
    detail = api(server_url, f"/api/events/{event['event_id']}")
    page.click(f'#events-table tr[data-event-id="{event["event_id"]}"]')
    page.wait_for_selector("#detail:not([hidden]) .sentence mark")
    marks = page.locator("#detail p.sentence[dir=rtl][lang=ar] mark")
    assert marks.all_text_contents() == [
        m["evidence"]["sentence"][m["evidence"]["highlight_start"]:m["evidence"]["highlight_end"]]
        for m in detail["mentions"]]
    sentence = page.locator("#detail .sentence").first
    assert sentence.text_content() == detail["mentions"][0]["evidence"]["sentence"]
    assert sentence.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert "Noto Naskh Arabic" in sentence.evaluate("e => getComputedStyle(e).fontFamily")
    assert page.locator("#detail .framing .stance").first.text_content() == detail["mentions"][0]["framing"]["label"]
    outlet = detail["mentions"][0]["outlet"]
    assert page.locator("#detail .source .outlet a").first.text_content() == outlet
    assert page.locator("path.rasd-marker.selected").count() == 1
    assert page.evaluate(STRAY_NULL) == 0
    page.screenshot(path=str(artifacts / "web-event.png"), full_page=True)
    assert not page.problems, page.problems


def test_outlets_list_and_one_outlet(page, server_url, artifacts):
    page.goto(server_url + "/#outlets")
    page.wait_for_selector(".outlet-card")
    outlets = api(server_url, "/api/outlets")["items"]
    assert page.locator(".outlet-card").count() == len(outlets)
    profile = next(o for o in outlets if o["sides"] and o["reported_sides"])
    card = page.locator(".outlet-card", has=page.locator("h3", has_text=profile["outlet"]))
    assert profile["sides"][0]["terms"][0]["term"] in card.locator(".side-terms").text_content()

    card.locator("h3 a").click()  # the outlet's own view, from /api/outlets/{name}
    page.wait_for_selector(".outlet-detail")
    view = page.locator(".outlet-detail")
    assert view.locator("h2").text_content() == profile["outlet"]
    facts = view.locator(".outlet-facts").text_content()
    assert f"{profile['articles']} article" in facts and f"{profile['merged_events']} merged event" in facts
    assert view.locator(".reported-side").all_text_contents() == [f"{s} ×{n}" for s, n in profile["reported_sides"].items()]
    assert view.locator(".term-use").count() == sum(len(s["terms"]) for s in profile["sides"])
    assert page.evaluate(STRAY_NULL) == 0
    page.screenshot(path=str(artifacts / "web-outlet.png"), full_page=True)
    assert not page.problems, page.problems


def test_hostile_article_is_shown_as_text_and_runs_nothing(page, server_url, artifacts, web_api_key):
    body = {"id": "hostile-web-1", "published": "2020-05-25", "outlet": HOSTILE_OUTLET,
            "url": "https://example.org/hostile/1", "text": HOSTILE_TEXT}
    r = httpx.post(server_url + "/api/articles", json=body, headers={"X-API-Key": web_api_key}, timeout=60)
    assert r.status_code == 201, r.text
    created = r.json()
    assert created["merged_event_ids"], "the hostile article yields events"

    page.goto(f"{server_url}/#article/{created['article_id']}")
    page.wait_for_selector("#article-text mark")
    assert page.locator("#article-text").text_content() == HOSTILE_TEXT  # tags, handlers, entities: as text
    assert page.locator("#article-text script, #article-text img, #article-text a, #article-text b").count() == 0
    assert HOSTILE_OUTLET in page.locator("#view-articles h2").text_content()
    assert page.evaluate(STRAY_NULL) == 0

    page.goto(f"{server_url}/#event/{created['merged_event_ids'][0]}")
    page.wait_for_selector("#detail:not([hidden]) .sentence mark")
    detail = page.locator("#detail")
    assert detail.locator("img, script, b, i").count() == 0
    assert "<" in detail.locator(".sentence").first.text_content()
    assert HOSTILE_OUTLET in detail.inner_text(), "the outlet name is shown as text"

    detail.locator(".source .outlet a", has_text=HOSTILE_OUTLET).click()  # its outlet view
    page.wait_for_selector(".outlet-detail")
    assert page.locator(".outlet-detail h2").text_content() == HOSTILE_OUTLET
    page.hover(".outlet-detail h2")
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    page.screenshot(path=str(artifacts / "web-hostile.png"), full_page=True)
    assert not page.problems, page.problems


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
