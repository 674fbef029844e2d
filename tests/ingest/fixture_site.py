"""A small news site on 127.0.0.1 for tests: pages, feeds and deliberately broken answers.

Each route answers from a list of responses (the last one repeats), so "500, 500, then 200" is one
route. Every request is counted per path, and how many body bytes each answer got out before the
client went away, so tests can check what was fetched and what was not read.
"""

from __future__ import annotations

import datetime as dt
import html
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from rasd.ingest.demo import demo_articles


@dataclass
class Answer:
    status: int = 200
    body: bytes | Callable[[], Iterable[bytes]] = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    etag: str | None = None          # answer 304 when the request's If-None-Match equals it
    content_length: bool = True


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, list[Answer]] = {}
        self.hits: Counter[str] = Counter()
        self.sent: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *_args) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                path = self.path.split("?", 1)[0]
                with site._lock:
                    site.hits[path] += 1
                    n = site.hits[path]
                    site.requests.append((self.path, dict(self.headers)))
                answers = site.routes.get(path)
                if not answers:
                    answers = [Answer(404, b"not found", "text/plain")]
                answer = answers[min(n, len(answers)) - 1]
                if answer.delay_s:
                    time.sleep(answer.delay_s)
                if answer.etag and self.headers.get("If-None-Match") == answer.etag:
                    self.send_response(304)
                    self.send_header("ETag", answer.etag)
                    self.end_headers()
                    return
                self.send_response(answer.status)
                if answer.content_type:
                    self.send_header("Content-Type", answer.content_type)
                if answer.etag:
                    self.send_header("ETag", answer.etag)
                for k, v in answer.headers.items():
                    self.send_header(k, v)
                if isinstance(answer.body, bytes) and answer.content_length:
                    self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                chunks = [answer.body] if isinstance(answer.body, bytes) else answer.body()
                try:
                    for chunk in chunks:
                        self.wfile.write(chunk)
                        with site._lock:
                            site.sent[path] += len(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, *answers: Answer) -> str:
        self.routes[path] = list(answers)
        return self.url(path)

    def start(self) -> Site:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# -- content -------------------------------------------------------------------------------------------

# Written for these tests: short reports in the style of the demo corpus.
REPORTS = {
    "misrata": (
        "قصف مدفعي على أطراف مصراتة",
        "مصراتة - قتل مدنيان وأصيب أربعة آخرون مساء أمس الأحد في قصف مدفعي استهدف حيا سكنيا "
        "على الأطراف الجنوبية لمدينة مصراتة، بحسب ما أفاد به مصدر طبي في المستشفى المركزي.\n"
        "وقال المصدر إن القذائف سقطت قرب مدرسة ابتدائية، فيما لم تعلن أي جهة مسؤوليتها عن القصف.",
    ),
    "aden": (
        "اشتباكات في عدن بين قوات متنافسة",
        "عدن - دارت اشتباكات بالأسلحة الخفيفة والمتوسطة صباح اليوم في مديرية خور مكسر بمدينة عدن، "
        "وأفاد سكان بأن الاشتباكات استمرت ساعتين قبل أن يعود الهدوء الحذر إلى المنطقة.",
    ),
    "idlib": (
        "غارات جوية على ريف إدلب",
        "إدلب - شنت طائرات حربية غارات على بلدات في ريف إدلب الجنوبي فجر اليوم، ما أسفر عن مقتل "
        "ثلاثة أشخاص بينهم طفل، وفق ما ذكره الدفاع المدني في بيان.",
    ),
}


def page(title: str, body: str, charset: str = "utf-8", meta_charset: bool = True, date: str | None = "2021-03-15") -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n"))
    meta = f'<meta charset="{charset}">' if meta_charset else ""
    published = f'<meta property="article:published_time" content="{date}T09:00:00+02:00">' if date else ""
    return (
        f"<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head>{meta}<title>{html.escape(title)}</title>"
        f'<meta property="og:site_name" content="بوابة الاختبار">{published}</head><body>'
        "<nav><a href=\"/\">الرئيسية</a> | <a href=\"/sport\">رياضة</a> | <a href=\"/econ\">اقتصاد</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
        "<footer>جميع الحقوق محفوظة لبوابة الاختبار</footer></body></html>"
    )


def rss(items: list[dict], title: str = "بوابة الاختبار", encoding: str = "utf-8", declare: bool = True) -> bytes:
    parts = []
    for it in items:
        desc = f"<description>{html.escape(it['description'])}</description>" if it.get("description") else ""
        date = f"<pubDate>{it['date']}</pubDate>" if it.get("date") else ""
        link = f"<link>{html.escape(it['link'])}</link>" if it.get("link") else ""
        guid = f"<guid>{it['guid']}</guid>" if it.get("guid") else ""
        parts.append(f"<item><title>{html.escape(it['title'])}</title>{link}{guid}{date}{desc}</item>")
    decl = f'<?xml version="1.0" encoding="{encoding}"?>\n' if declare else ""
    doc = (f'{decl}<rss version="2.0"><channel><title>{title}</title><link>http://127.0.0.1/</link>'
           f"<description>أخبار</description>{''.join(parts)}</channel></rss>")
    return doc.encode(encoding)


def atom(entries: list[dict], title: str = "موقع الأنباء") -> bytes:
    parts = []
    for e in entries:
        parts.append(
            f"<entry><title>{html.escape(e['title'])}</title><link href=\"{e['link']}\"/><id>{e['link']}</id>"
            f"<updated>{e['updated']}</updated><content type=\"html\">{html.escape(e['content'])}</content></entry>"
        )
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
            f"<id>urn:test</id><updated>2021-03-15T10:00:00Z</updated>{''.join(parts)}</feed>").encode("utf-8")


def rfc822(day: dt.date, hour: int = 9) -> str:
    return format_datetime(dt.datetime(day.year, day.month, day.day, hour, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))))


def demo_pages() -> list[tuple[str, str, str]]:
    """(id, title, body) for every demo article (first line is the headline)."""
    out = []
    for a in demo_articles():
        title, _, body = a.text.partition("\n")
        out.append((a.id, title.strip(), body.strip()))
    return out
