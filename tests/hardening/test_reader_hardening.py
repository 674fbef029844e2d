"""Readers against hostile input (issue 5): every JSONL line becomes an article or a coded problem
whose error record can be written, and ``rasd extract`` on a file mixing them exits 0 with one
record per line.

Found by these tests and fixed: lone surrogates (``"\\ud800"`` escapes) in ``id``/``outlet``
crashed the JSON writer; deep nesting (RecursionError) and integers over 4,300 digits (ValueError)
escaped ``parse_jsonl_line``; a file name that is not UTF-8 crashed the writer through the id.
"""

from __future__ import annotations

import json
import os
import sys

import pytest
from fuzz_support import fuzz_settings  # tests/hardening
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from rasd.build import Extractor
from rasd.cli.app import app
from rasd.errors import ErrorCode
from rasd.ingest.checks import MAX_CHARS
from rasd.ingest.readers import InputProblem, iter_inputs, parse_jsonl_line
from rasd.model.io import ArticleIn

ARABIC = "قصفت الطائرات الحربية مواقع في مدينة حلب صباح اليوم."
ARABIC_JSON = json.dumps(ARABIC)  # ASCII escapes: safe to splice into byte literals


def _line(**fields) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def _raw(template: str) -> bytes:
    return template.replace("ARABIC", ARABIC_JSON).encode("utf-8")


HOSTILE: list[tuple[str, bytes, ErrorCode | None]] = [
    ("lone surrogate in text", _raw('{"id": "s1", "text": "\\ud800\\u0642\\u0635\\u0641 \\u0627\\u0644\\u062c\\u064a\\u0634"}'),
     ErrorCode.NOT_UTF8),
    ("lone low surrogate in id", _raw('{"id": "\\udc00", "text": ARABIC}'), ErrorCode.NOT_UTF8),
    ("lone surrogate in outlet", _raw('{"id": "s3", "text": ARABIC, "outlet": "\\ud83d"}'), ErrorCode.NOT_UTF8),
    ("lone surrogate in url", _raw('{"id": "s4", "text": ARABIC, "url": "http://x/\\udfff"}'), ErrorCode.NOT_UTF8),
    ("surrogate pair is fine", _raw('{"id": "s5", "text": ARABIC, "outlet": "\\ud83d\\ude00"}'), None),
    ("NUL byte raw", b'{"id": "n1", "text": "\xd9\x82\xd8\xb5\xd9\x81\x00"}', ErrorCode.MALFORMED_JSON),
    ("NUL escaped", _raw('{"id": "n2", "text": "\\u0000\\u0642\\u0635\\u0641 \\u0627\\u0644\\u062c\\u064a\\u0634"}'),
     ErrorCode.BINARY_INPUT),
    ("invalid UTF-8", b'{"id": "u1", "text": "\xff\xfe\xd9"}', ErrorCode.NOT_UTF8),
    ("truncated UTF-8", b'{"id": "u2", "text": "\xd9"}', ErrorCode.NOT_UTF8),
    ("cp1256 bytes", b'{"id": "u3", "text": "' + "قصف".encode("cp1256") + b'"}', ErrorCode.NOT_UTF8),
    ("1 MB of one letter", _line(id="big1", text="ب" * MAX_CHARS), None),
    ("1 MB + 1 of one letter", _line(id="big2", text="ب" * (MAX_CHARS + 1)), ErrorCode.TOO_LARGE),
    ("1 MB of one Latin letter", _line(id="big3", text="a" * MAX_CHARS), ErrorCode.NOT_ARABIC),
    ("deeply nested array", b"[" * 100_000 + b"]" * 100_000, ErrorCode.MALFORMED_JSON),
    ("deeply nested field", _raw('{"id": "d2", "text": ARABIC, "outlet": ' + "[" * 50_000 + "]" * 50_000 + "}"),
     ErrorCode.MALFORMED_JSON),
    ("deeply nested objects", b'{"a":' * 50_000 + b"1" + b"}" * 50_000, ErrorCode.MALFORMED_JSON),
    ("5,000-digit id", _raw('{"id": 1' + "0" * 5000 + ', "text": ARABIC}'), ErrorCode.MALFORMED_JSON),
    ("4,000-digit id", _raw('{"id": 1' + "0" * 4000 + ', "text": ARABIC}'), None),
    ("1e999 id", _raw('{"id": 1e999, "text": ARABIC}'), ErrorCode.BAD_FIELD),
    ("NaN id", _raw('{"id": NaN, "text": ARABIC}'), ErrorCode.BAD_FIELD),
    ("huge published", _raw('{"id": "h", "text": ARABIC, "published": 1e400}'), ErrorCode.BAD_FIELD),
    ("numeric text", _raw('{"id": "h2", "text": 123456789012345678901234567890}'), ErrorCode.BAD_FIELD),
    ("array", b"[1, 2, 3]", ErrorCode.MALFORMED_JSON),
    ("string", b'"just a string"', ErrorCode.MALFORMED_JSON),
    ("null", b"null", ErrorCode.MALFORMED_JSON),
    ("number", b"42", ErrorCode.MALFORMED_JSON),
    ("boolean id", _raw('{"id": true, "text": ARABIC}'), ErrorCode.BAD_FIELD),
    ("truncated object", b'{"id": "t", "text": "\xd9\x82', ErrorCode.MALFORMED_JSON),
    ("BOM then object", b"\xef\xbb\xbf" + _raw('{"id": "bom", "text": ARABIC}'), None),
    ("bidi and zero-width only", _line(id="z", text="\u200f\u200b\u2067\ufeff" * 100), ErrorCode.NOT_ARABIC),
]


@pytest.mark.parametrize("raw, code", [(r, c) for _, r, c in HOSTILE], ids=[n for n, _, _ in HOSTILE])
def test_hostile_lines_give_articles_or_coded_problems(raw, code):
    item = parse_jsonl_line(raw, "in.jsonl:1")
    if code is None:
        assert isinstance(item, ArticleIn), item
        item.model_dump_json()  # every field is writable
    else:
        assert isinstance(item, InputProblem), item
        assert item.code is code, item.message
        Extractor.problem_record(item).model_dump_json()  # the error record is writable


def test_a_surrogate_id_is_not_echoed():
    item = parse_jsonl_line(_raw('{"id": "a\\udc00b", "text": 5}'), "in.jsonl:3")
    assert isinstance(item, InputProblem) and item.doc_id is None
    assert Extractor.problem_record(item).doc_id == "in.jsonl:3"


def test_an_overlong_line_is_refused_before_decoding():
    raw = b'{"id": "x", "text": "' + b"\xff" * (MAX_CHARS * 4 + 4096) + b'"}'
    item = parse_jsonl_line(raw, "in.jsonl:1")
    assert isinstance(item, InputProblem) and item.code is ErrorCode.TOO_LARGE


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),  # text includes lone surrogates
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
RECORDS = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=8), st.integers(), JSON_VALUES),
        "text": st.one_of(st.text(), st.text(st.sampled_from("قصفت الجيش حلب \u200f\x00\ud800")), JSON_VALUES),
        "published": st.one_of(st.dates().map(str), st.text(max_size=25), JSON_VALUES),
        "outlet": st.one_of(st.text(max_size=10), JSON_VALUES),
        "url": st.text(max_size=10),
    },
)


@fuzz_settings(300)
@given(record=st.one_of(RECORDS, JSON_VALUES), ascii_only=st.booleans())
def test_any_json_line_gives_a_writable_item(record, ascii_only):
    raw = json.dumps(record, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    item = parse_jsonl_line(raw, "in.jsonl:1")
    if isinstance(item, InputProblem):
        assert item.code.value.startswith("RASD-E1")
        Extractor.problem_record(item).model_dump_json()
    else:
        assert item is None or isinstance(item, ArticleIn)
        if item is not None:
            item.model_dump_json()


@fuzz_settings(300)
@given(raw=st.binary(max_size=300))
def test_any_bytes_give_an_item_or_nothing(raw):
    item = parse_jsonl_line(raw, "in.jsonl:1")
    assert item is None or isinstance(item, (ArticleIn, InputProblem))
    if isinstance(item, InputProblem):
        Extractor.problem_record(item).model_dump_json()


def test_rasd_extract_on_a_hostile_file_writes_one_record_per_line(tmp_path):
    lines = [raw for _, raw, _ in HOSTILE] + [_line(id="ok", text=ARABIC, published="2020-05-21")]
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(path), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(lines)
    expected = [code for _, _, code in HOSTILE] + [None]
    for record, code in zip(records, expected):
        codes = [e["code"] for e in record["errors"] if not e["code"].startswith("RASD-W")]
        if code is None:
            assert codes == [], record["errors"]
        else:
            assert codes == [code.value], (record["source"], record["errors"])
    assert records[-1]["events"], "the good article after the hostile lines is still extracted"


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the file system needs raw byte names")
def test_a_file_name_that_is_not_utf8_gives_a_coded_problem(tmp_path):
    folder = os.fsencode(tmp_path)
    try:
        with open(folder + b"/\xff\xfe.txt", "wb") as handle:
            handle.write(ARABIC.encode("utf-8"))
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    (tmp_path / "good.txt").write_text(ARABIC, encoding="utf-8")
    items = list(iter_inputs([tmp_path]))
    assert len(items) == 2
    bad = next(i for i in items if isinstance(i, InputProblem))
    assert bad.code is ErrorCode.NOT_UTF8 and "\ufffd" in bad.source
    Extractor.problem_record(bad).model_dump_json()
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
