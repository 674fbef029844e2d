"""HTML pages → articles: main text without menus, headline first, page metadata; .html in iter_inputs."""

import datetime as dt

import pytest

from fixture_site import REPORTS, page
from rasd.errors import ErrorCode
from rasd.ingest.html import fragment_text, html_article, parse_html
from rasd.ingest.readers import InputProblem, iter_inputs
from rasd.model.io import ArticleIn

TITLE, BODY = REPORTS["misrata"]


def test_main_text_title_date_and_outlet():
    found = parse_html(page(TITLE, BODY).encode("utf-8"), url="https://news.example/a/1")
    assert found.text.startswith(TITLE + "\n")
    assert "قتل مدنيان وأصيب أربعة آخرون" in found.text and "لم تعلن أي جهة" in found.text
    assert "الرئيسية" not in found.text and "جميع الحقوق" not in found.text  # menu and footer left out
    assert found.published == dt.date(2021, 3, 15)
    assert found.outlet == "بوابة الاختبار"


@pytest.mark.parametrize("codec, declare", [("windows-1256", True), ("iso-8859-6", True), ("windows-1256", False)])
def test_legacy_encoded_pages(codec, declare):
    data = page(TITLE, BODY, charset=codec, meta_charset=declare).encode(codec)
    article = html_article(data, "p1", "p1.html")
    assert isinstance(article, ArticleIn) and "مصراتة" in article.text


def test_caller_outlet_wins_and_published_is_a_fallback():
    undated = page(TITLE, BODY, date=None).encode("utf-8")
    article = html_article(undated, "p", "p.html", published=dt.date(2020, 1, 2), outlet="وكالة")
    assert article.published == dt.date(2020, 1, 2) and article.outlet == "وكالة"
    dated = html_article(page(TITLE, BODY).encode("utf-8"), "p", "p.html", published=dt.date(2020, 1, 2))
    assert dated.published == dt.date(2021, 3, 15)


@pytest.mark.parametrize("data, code", [
    (b"<html><body><nav>x</nav></body></html>", ErrorCode.NOT_ARABIC),
    (b"", ErrorCode.NO_MAIN_TEXT),
    (b"<html>\x00\x01\x02</html>", ErrorCode.BINARY_INPUT),
    (page("Weather", "Sunny all week in the capital, with light winds.").encode(), ErrorCode.NOT_ARABIC),
])
def test_pages_without_an_article_are_coded(data, code):
    item = html_article(data, "bad", "bad.html")
    assert isinstance(item, InputProblem) and item.code is code


def test_fragment_text_keeps_blocks_apart():
    assert fragment_text("<p>سطر أول</p><p>سطر&nbsp;ثان<br>ثالث</p>") == "سطر أول\nسطر ثان\nثالث"
    assert fragment_text("نص بلا وسوم") == "نص بلا وسوم"


def test_iter_inputs_reads_html_files(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "report.html").write_bytes(page(TITLE, BODY, charset="windows-1256").encode("cp1256"))
    (tmp_path / "site" / "empty.htm").write_text("<html><body></body></html>", encoding="utf-8")
    items = list(iter_inputs([tmp_path / "site"], published=dt.date(2022, 2, 2)))
    by_id = {getattr(i, "id", None) or i.doc_id: i for i in items}
    assert isinstance(by_id["report"], ArticleIn) and by_id["report"].published == dt.date(2021, 3, 15)
    assert by_id["empty"].code is ErrorCode.NO_MAIN_TEXT
