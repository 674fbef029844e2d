import json

import pytest

from rasd.errors import ErrorCode
from rasd.ingest.readers import InputProblem, iter_inputs
from rasd.model.io import ArticleIn

ARABIC = "قصفت الطائرات مواقع في المدينة صباح اليوم."


def write_jsonl(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_articles_and_problems_keep_going(tmp_path):
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            json.dumps({"id": "a", "text": ARABIC, "published": "2020-05-21"}, ensure_ascii=False),
            "{not json",
            json.dumps({"id": 7, "text": ARABIC, "published": "2020-05-21T08:00:00Z"}, ensure_ascii=False),
            json.dumps({"text": ARABIC}, ensure_ascii=False),
            json.dumps({"id": "e", "text": ""}),
            json.dumps({"id": "f", "text": "This is an English sentence about the weather."}),
            json.dumps({"id": "g", "text": ARABIC, "published": "21/05/2020"}, ensure_ascii=False),
            "[1, 2]",
        ],
    )
    items = list(iter_inputs([path]))
    assert len(items) == 8
    kinds = [type(i).__name__ if isinstance(i, ArticleIn) else i.code for i in items]
    assert kinds == [
        "ArticleIn",
        ErrorCode.MALFORMED_JSON,
        "ArticleIn",
        ErrorCode.BAD_FIELD,
        ErrorCode.EMPTY_TEXT,
        ErrorCode.NOT_ARABIC,
        ErrorCode.BAD_FIELD,
        ErrorCode.MALFORMED_JSON,
    ]
    assert items[2].id == "7" and str(items[2].published) == "2020-05-21"
    assert items[1].source.endswith(":2")


@pytest.mark.parametrize(
    "content, code",
    [
        (b"\x00\x01\x02binary", ErrorCode.BINARY_INPUT),
        ("نص عربي".encode("cp1256"), ErrorCode.NOT_UTF8),
        (b"   \n  ", ErrorCode.EMPTY_TEXT),
        (b"plain english text only", ErrorCode.NOT_ARABIC),
    ],
)
def test_bad_text_files(tmp_path, content, code):
    path = tmp_path / "doc.txt"
    path.write_bytes(content)
    [item] = list(iter_inputs([path]))
    assert isinstance(item, InputProblem) and item.code is code and item.doc_id == "doc"


def test_huge_text_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("ا" * 2_000, encoding="utf-8")
    [item] = list(iter_inputs([path], max_chars=1_000))
    assert item.code is ErrorCode.TOO_LARGE


def test_folder_is_read_recursively_with_published_date(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "two.txt").write_text(ARABIC, encoding="utf-8-sig")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    import datetime as dt

    items = list(iter_inputs([tmp_path], published=dt.date(2021, 1, 2)))
    assert sorted(i.id for i in items) == ["one", "two"]
    assert all(i.published == dt.date(2021, 1, 2) for i in items)


def test_missing_path_is_a_problem(tmp_path):
    [item] = list(iter_inputs([tmp_path / "nope.txt"]))
    assert item.code is ErrorCode.UNREADABLE_FILE
