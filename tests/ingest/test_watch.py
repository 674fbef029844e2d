"""Watch mode against a local site: new articles stored once, bad feeds in the health record."""

import socket
import textwrap

import pytest
from typer.testing import CliRunner

from fixture_site import REPORTS, Answer, atom, page, rss
from rasd.build import build_extractor
from rasd.cli.app import app
from rasd.errors import ErrorCode, RasdError
from rasd.ingest.fetch import Fetcher, FetchPolicy
from rasd.ingest.urls import url_doc_id
from rasd.store import open_store
from rasd.watch.config import ContentMode, load_feeds
from rasd.watch.poll import Watcher
from rasd.watch.state import SeenStatus, WatchState

POLICY = FetchPolicy(read_timeout_s=0.3, retries=1, backoff_s=0.01, host_interval_s=0.0)


@pytest.fixture(scope="module")
def extractor():
    return build_extractor()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def news(site):
    """Feeds of every kind on the site, and FEEDS.yaml text naming them."""
    for key, (title, body) in REPORTS.items():
        site.route(f"/a/{key}", Answer(body=page(title, body).encode("utf-8")))
    site.route("/a/flaky", Answer(500), Answer(body=page(*REPORTS["aden"]).encode("utf-8")))
    site.route("/a/slow", Answer(body=b"", delay_s=1.0))
    site.route("/private/idlib", Answer(body=page(*REPORTS["idlib"]).encode("utf-8")))
    items = [
        {"title": REPORTS["misrata"][0], "link": site.url("/a/misrata?utm_source=rss"), "description": "موجز"},
        {"title": REPORTS["aden"][0], "link": site.url("/a/flaky"), "description": "موجز"},
        {"title": "خبر محجوب", "link": site.url("/private/idlib"), "description": "موجز"},
        {"title": "خبر بطيء", "link": site.url("/a/slow"), "description": "موجز"},
    ]
    site.route("/feeds/good.xml", Answer(body=rss(items, encoding="windows-1256"), content_type="application/rss+xml"))
    site.route("/feeds/atom.xml", Answer(body=atom([{"title": REPORTS["idlib"][0], "link": site.url("/a/idlib"),
                                                     "updated": "2021-03-15T08:00:00Z", "content": REPORTS["idlib"][1]}]),
                                         content_type="application/atom+xml", etag='"atom-1"'))
    site.route("/feeds/html.xml", Answer(body=page("صفحة", "ليست خلاصة").encode("utf-8")))
    site.route("/feeds/truncated.xml", Answer(body=rss(items)[:-100], content_type="application/rss+xml"))
    yaml_text = textwrap.dedent(f"""
        defaults:
          content: page
          country: LY
        fetch:
          host_interval: 0
          timeout: 0.3
          retries: 1
          backoff: 0.01
          max_attempts: 2
        feeds:
          - url: {site.url('/feeds/good.xml')}
            name: good
            outlet: بوابة الاختبار
          - url: {site.url('/feeds/atom.xml')}
            name: atom
            content: auto
            min_feed_chars: 50
          - url: http://127.0.0.1:{closed_port()}/feed.xml
            name: down
          - url: {site.url('/feeds/html.xml')}
            name: html
          - url: {site.url('/feeds/truncated.xml')}
            name: truncated
    """)
    return site, yaml_text


def make_watcher(config, db, state_path, extractor):
    return Watcher(config.feeds, open_store(db), WatchState(state_path), extractor, Fetcher(config.policy), "test", config.max_attempts)


def test_feeds_yaml_is_checked(tmp_path):
    bad = tmp_path / "feeds.yaml"
    bad.write_text("feeds:\n  - url: ftp://x/feed\n    intervall: 5\n", encoding="utf-8")
    with pytest.raises(RasdError) as caught:
        load_feeds(bad)
    assert caught.value.code is ErrorCode.FEEDS_CONFIG_INVALID and "intervall" in caught.value.message
    good = tmp_path / "ok.yaml"
    good.write_text("defaults: {interval: 60, content: feed}\nfeeds:\n  - url: https://a.example/rss\n", encoding="utf-8")
    config = load_feeds(good, interval_s=5)
    [feed] = config.feeds
    assert (feed.name, feed.interval_s, feed.content) == ("a.example", 5, ContentMode.FEED)


def test_one_poll_stores_new_articles_and_records_feed_health(news, tmp_path, extractor):
    site, yaml_text = news
    (tmp_path / "feeds.yaml").write_text(yaml_text, encoding="utf-8")
    config = load_feeds(tmp_path / "feeds.yaml")
    db, state_path = str(tmp_path / "news.db"), tmp_path / "news.db.watch.sqlite"
    watcher = make_watcher(config, db, state_path, extractor)
    reports = {r.feed: r for r in watcher.run(once=True)}

    assert (reports["good"].new, reports["good"].skipped, reports["good"].pending) == (2, 1, 1)
    assert reports["atom"].new == 1 and site.hits["/a/idlib"] == 0      # long feed text: no page fetch
    assert reports["down"].code == ErrorCode.FETCH_FAILED.value
    assert reports["html"].code == ErrorCode.BAD_CONTENT_TYPE.value
    assert reports["truncated"].code == ErrorCode.FEED_MALFORMED.value
    assert site.hits["/private/idlib"] == 0                               # robots.txt
    state = watcher.state
    assert state.seen(site.url("/private/idlib")).code == ErrorCode.ROBOTS_DISALLOWED.value
    assert state.seen(site.url("/a/slow")).status is SeenStatus.RETRY
    health = {h.name: h for h in state.all_health()}
    assert (health["down"].error_count, health["down"].ok_count, health["good"].ok_count) == (1, 0, 1)

    store = watcher.store
    stored = {a.url: (a, d) for a, d in store.iter_documents()}
    assert set(stored) == {site.url("/a/misrata"), site.url("/a/flaky"), site.url("/a/idlib")}
    article, record = stored[site.url("/a/misrata")]
    assert article.outlet == "بوابة الاختبار" and article.country == "LY" and "مصراتة" in article.text
    assert record.doc_id == url_doc_id(site.url("/a/misrata"))

    # second poll: nothing new, no page fetched again, the atom feed answers 304, the slow page is given up
    hits = site.hits.copy()
    again = {r.feed: r for r in watcher.run(once=True)}
    assert sum(r.new for r in again.values()) == 0
    assert again["atom"].not_modified
    assert all(site.hits[p] == hits[p] for p in ("/a/misrata", "/a/flaky", "/private/idlib"))
    assert state.seen(site.url("/a/slow")).status is SeenStatus.SKIPPED   # max_attempts: 2
    assert store.counts()["articles"] == 3


def test_restart_without_the_state_file_does_not_reprocess(news, tmp_path, extractor):
    """Killed between the store's commit and the state write: the store is asked, nothing is redone."""
    site, yaml_text = news
    (tmp_path / "feeds.yaml").write_text(yaml_text, encoding="utf-8")
    config = load_feeds(tmp_path / "feeds.yaml")
    db = str(tmp_path / "news.db")
    make_watcher(config, db, tmp_path / "s1.sqlite", extractor).run(once=True)
    hits = site.hits["/a/misrata"]
    fresh = make_watcher(config, db, tmp_path / "s2.sqlite", extractor)
    reports = {r.feed: r for r in fresh.run(once=True)}
    assert reports["good"].new == 0 and reports["good"].known >= 2 and site.hits["/a/misrata"] == hits
    assert fresh.state.seen(site.url("/a/misrata")).status is SeenStatus.DONE
    assert fresh.store.counts()["articles"] == 3


def test_cli_once_prints_health_and_bad_config_exits_2(news, tmp_path):
    site, yaml_text = news
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(yaml_text, encoding="utf-8")
    result = CliRunner().invoke(app, ["watch", str(feeds), "--db", str(tmp_path / "w.db"), "--once"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "w.db.watch.sqlite").exists()
    assert "feed health" in result.output and "RASD-E117" in result.output
    feeds.write_text("feeds: []\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["watch", str(feeds), "--db", str(tmp_path / "w.db"), "--once"])
    assert result.exit_code == 2 and "RASD-E501" in result.output


def test_every_feeds_yaml_key_is_documented():
    from pathlib import Path

    from rasd.watch import config

    docs = (Path(__file__).resolve().parents[2] / "docs" / "watch.md").read_text(encoding="utf-8")
    keys = set(config._FeedModel.model_fields) | set(config._FetchModel.model_fields) | set(config._FileModel.model_fields)
    assert not {k for k in keys if f"{k}:" not in docs}


class BrokenStore:
    """A store that is down: every call fails."""

    def has_article(self, article_id):
        return False

    def put_document(self, article, doc, lexicon_version):
        raise ConnectionError("database is down")


def test_a_store_outage_fails_the_poll_and_loses_nothing(site, tmp_path, extractor):
    title, body = REPORTS["misrata"]
    site.route("/feed.xml", Answer(body=rss([{"title": title, "guid": "tag:test,2021:1", "description": body}]),
                                   content_type="application/rss+xml"))
    (tmp_path / "feeds.yaml").write_text(f"fetch: {{host_interval: 0}}\nfeeds:\n  - url: {site.url('/feed.xml')}\n"
                                         "    name: guid\n    content: feed\n", encoding="utf-8")
    config = load_feeds(tmp_path / "feeds.yaml")
    state = WatchState(tmp_path / "state.sqlite")
    down = Watcher(config.feeds, BrokenStore(), state, extractor, Fetcher(config.policy), "test")
    [report] = down.run(once=True)
    assert report.code == ErrorCode.STORE_WRITE_FAILED.value and state.counts() == {}
    up = Watcher(config.feeds, open_store(str(tmp_path / "db.sqlite")), state, extractor, Fetcher(config.policy), "test")
    [report] = up.run(once=True)
    assert report.new == 1                       # an entry with a guid and no link, from the feed's text
    [(article, record)] = list(up.store.iter_documents())
    assert record.doc_id.startswith("g:") and article.url is None and "مصراتة" in article.text
    assert up.run(once=True)[0].known == 1
