"""Fetching from a real HTTP server on 127.0.0.1: retries, limits, robots.txt, conditional GET."""

import socket
import time

import pytest

from fixture_site import REPORTS, Answer, page
from rasd.errors import ErrorCode
from rasd.ingest.fetch import Fetched, Fetcher, FetchPolicy, FetchProblem, Kind, Validators
from rasd.ingest.html import html_article
from rasd.model.io import ArticleIn

FAST = FetchPolicy(read_timeout_s=0.3, connect_timeout_s=0.5, retries=2, backoff_s=0.01, host_interval_s=0.0)
TITLE, BODY = REPORTS["aden"]
HTML = page(TITLE, BODY).encode("utf-8")
MB = 1024 * 1024


class Sleeps(list):
    """Records requested sleeps instead of sleeping (back-off and politeness are checked, not waited)."""

    def __call__(self, seconds: float) -> None:
        self.append(round(seconds, 3))


@pytest.fixture
def fetcher():
    with Fetcher(FAST) as f:
        yield f


def test_page_is_fetched_with_type_charset_and_validators(site, fetcher):
    url = site.route("/a/1", Answer(body=HTML, etag='"v1"', headers={"Last-Modified": "Mon, 15 Mar 2021 09:00:00 GMT"}))
    got = fetcher.fetch(url)
    assert isinstance(got, Fetched) and got.body == HTML
    assert (got.content_type, got.charset) == ("text/html", "utf-8")
    assert got.validators == Validators('"v1"', "Mon, 15 Mar 2021 09:00:00 GMT")
    assert site.requests[-1][1]["User-Agent"].startswith("rasd/")


def test_server_errors_are_retried_with_exponential_backoff(site):
    url = site.route("/flaky", Answer(500), Answer(503), Answer(body=HTML))
    sleeps = Sleeps()
    with Fetcher(FAST, sleep=sleeps) as f:
        got = f.fetch(url)
    assert isinstance(got, Fetched) and site.hits["/flaky"] == 3
    assert sleeps == [0.01, 0.02]


def test_retry_after_is_honoured_up_to_the_cap(site):
    url = site.route("/busy", Answer(429, headers={"Retry-After": "7"}), Answer(body=HTML))
    sleeps = Sleeps()
    with Fetcher(FetchPolicy(**{**FAST.__dict__, "backoff_max_s": 5.0}), sleep=sleeps) as f:
        assert isinstance(f.fetch(url), Fetched)
    assert sleeps == [5.0]


def test_persistent_5xx_gives_up_as_transient(site, fetcher):
    url = site.route("/down", Answer(502))
    got = fetcher.fetch(url)
    assert isinstance(got, FetchProblem) and got.code is ErrorCode.HTTP_STATUS and got.transient
    assert got.status == 502 and "gave up after 3 attempts" in got.message and site.hits["/down"] == 3


def test_client_errors_are_not_retried(site, fetcher):
    got = fetcher.fetch(site.url("/missing"))
    assert got.code is ErrorCode.HTTP_STATUS and not got.transient and site.hits["/missing"] == 1


def test_timeouts_are_retried_then_reported(site, fetcher):
    url = site.route("/slow", Answer(body=HTML, delay_s=1.0))
    began = time.monotonic()
    got = fetcher.fetch(url)
    assert got.code is ErrorCode.FETCH_TIMEOUT and got.transient
    assert site.hits["/slow"] == 3 and time.monotonic() - began < 3


def test_a_trickling_answer_hits_the_total_deadline(site):
    def trickle():
        for _ in range(40):
            time.sleep(0.05)
            yield "نص ".encode("utf-8") * 10

    url = site.route("/trickle", Answer(body=trickle))
    with Fetcher(FetchPolicy(**{**FAST.__dict__, "retries": 0, "total_timeout_s": 0.4})) as f:
        got = f.fetch(url)
    assert got.code is ErrorCode.FETCH_TIMEOUT


def test_connection_refused_is_transient(fetcher):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    got = Fetcher(FetchPolicy(**{**FAST.__dict__, "retries": 0, "respect_robots": False})).fetch(f"http://127.0.0.1:{port}/x")
    assert got.code is ErrorCode.FETCH_FAILED and got.transient


def test_a_50_mb_page_is_cut_off_at_the_size_limit_without_reading_it_all(site, fetcher):
    chunk = b"<p>" + "ا".encode() * 32000 + b"</p>"

    def endless():
        for _ in range(50 * MB // len(chunk)):
            yield chunk

    url = site.route("/huge", Answer(body=endless))  # no Content-Length: only streaming can tell
    got = fetcher.fetch(url)
    assert got.code is ErrorCode.TOO_LARGE and "stopped reading" in got.message and not got.transient
    time.sleep(0.2)
    assert site.sent["/huge"] < 25 * MB  # the client hung up long before the 50 MB were sent


def test_a_declared_50_mb_page_is_refused_before_reading(site, fetcher):
    url = site.route("/declared", Answer(body=lambda: iter([b"x" * MB] * 50), headers={"Content-Length": str(50 * MB)}))
    got = fetcher.fetch(url)
    assert got.code is ErrorCode.TOO_LARGE and "not read" in got.message


def test_content_types_that_cannot_be_articles_or_feeds(site, fetcher):
    png = site.route("/photo", Answer(body=b"\x89PNG....", content_type="image/png"))
    assert fetcher.fetch(png).code is ErrorCode.BAD_CONTENT_TYPE
    json_url = site.route("/api", Answer(body=b"{}", content_type="application/json"))
    assert fetcher.fetch(json_url, Kind.FEED).code is ErrorCode.BAD_CONTENT_TYPE
    html_feed = site.route("/feed-html", Answer(body=HTML))  # sniffed later by parse_feed
    assert isinstance(fetcher.fetch(html_feed, Kind.FEED), Fetched)


@pytest.mark.parametrize("codec, header", [("windows-1256", "text/html; charset=windows-1256"),
                                           ("iso-8859-6", "text/html"),
                                           ("windows-1256", "text/html; charset=iso-8859-1")])
def test_legacy_arabic_pages_end_up_as_articles(site, fetcher, codec, header):
    data = page(TITLE, BODY, charset=codec, meta_charset=False).encode(codec)
    url = site.route("/legacy", Answer(body=data, content_type=header))
    got = fetcher.fetch(url)
    article = html_article(got.body, "x", url, url=url, http_charset=got.charset)
    assert isinstance(article, ArticleIn) and "خور مكسر" in article.text


def test_robots_txt_is_respected_on_every_redirect_hop(site, fetcher):
    site.route("/private/secret", Answer(body=HTML))
    got = fetcher.fetch(site.url("/private/secret"))
    assert got.code is ErrorCode.ROBOTS_DISALLOWED and site.hits["/private/secret"] == 0
    hop = site.route("/moved", Answer(301, headers={"Location": "/private/secret"}))
    assert fetcher.fetch(hop).code is ErrorCode.ROBOTS_DISALLOWED and site.hits["/private/secret"] == 0
    site.route("/new-home", Answer(body=HTML))
    ok = site.route("/old-home", Answer(302, headers={"Location": "/new-home"}))
    assert fetcher.fetch(ok).final_url.endswith("/new-home")
    assert site.hits["/robots.txt"] == 1  # cached


def test_robots_txt_4xx_allows_and_5xx_forbids(site):
    site.route("/robots.txt", Answer(404))
    site.route("/a", Answer(body=HTML))
    assert isinstance(Fetcher(FAST).fetch(site.url("/a")), Fetched)
    site.route("/robots.txt", Answer(503))
    got = Fetcher(FAST).fetch(site.url("/a"))
    assert got.code is ErrorCode.ROBOTS_DISALLOWED and "RFC 9309" in got.message and got.transient


def test_conditional_get_gives_not_modified(site, fetcher):
    url = site.route("/feed.xml", Answer(body=b"<rss/>", content_type="application/rss+xml", etag='"abc"'))
    first = fetcher.fetch(url, Kind.FEED)
    second = fetcher.fetch(url, Kind.FEED, first.validators)
    assert second.not_modified and second.body == b""
    assert site.requests[-1][1].get("If-None-Match") == '"abc"'


def test_polite_gap_between_requests_to_one_host_and_crawl_delay(site):
    site.route("/robots.txt", Answer(body=b"User-agent: rasd\nCrawl-delay: 3\nDisallow:\n", content_type="text/plain"))
    site.route("/a", Answer(body=HTML))
    now = [0.0]
    sleeps = Sleeps()

    def sleep(s):
        sleeps(s)
        now[0] += s

    policy = FetchPolicy(**{**FAST.__dict__, "host_interval_s": 1.0})
    with Fetcher(policy, clock=lambda: now[0], sleep=sleep) as f:
        for _ in range(3):
            assert isinstance(f.fetch(site.url("/a")), Fetched)
    # robots.txt at t=0, then the site's Crawl-delay (3 s) between requests, not the policy's 1 s
    assert sleeps == [1.0, 3.0, 3.0]
