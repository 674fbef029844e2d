"""Turn paths (text, HTML, JSONL and Parquet files, folders) into articles or coded input problems.

A problem never stops the batch: it is yielded as an :class:`InputProblem` that the caller writes as
an error record, so every input line is accounted for.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from rasd.errors import ErrorCode
from rasd.ingest.checks import MAX_CHARS, check_bytes, check_text, check_unicode, decode
from rasd.model.io import ArticleIn

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
PARQUET_SUFFIXES = (".parquet",)
INPUT_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES + PARQUET_SUFFIXES


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not become an article: where it was, and why (with a stable code)."""

    source: str
    doc_id: str | None
    code: ErrorCode
    message: str


Item = ArticleIn | InputProblem


def _problem(source: str, doc_id: str | None, found: tuple[ErrorCode, str]) -> InputProblem:
    return InputProblem(source, doc_id, found[0], found[1])


def read_text_file(path: Path, published: dt.date | None = None, max_chars: int = MAX_CHARS) -> Item:
    """One article from a text file; its id is the file name without extension."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputProblem(str(path), path.stem, ErrorCode.UNREADABLE_FILE, str(exc))
    problem = check_bytes(data)
    if problem:
        return _problem(str(path), path.stem, problem)
    text = decode(data)
    if isinstance(text, tuple):
        return _problem(str(path), path.stem, text)
    problem = check_text(text, max_chars)
    if problem:
        return _problem(str(path), path.stem, problem)
    return ArticleIn(id=path.stem, text=text, published=published)


def parse_record(obj: object, source: str, max_chars: int = MAX_CHARS) -> Item:
    """An article from one decoded record (a JSON object or a Parquet row), or a coded problem."""
    if not isinstance(obj, dict):
        return InputProblem(source, None, ErrorCode.MALFORMED_JSON, "a line must be a JSON object")
    doc_id = obj.get("id")
    doc_id = str(doc_id) if isinstance(doc_id, (str, int)) and not isinstance(doc_id, bool) else None
    if doc_id is None:
        return InputProblem(source, None, ErrorCode.BAD_FIELD, "missing or invalid 'id' (string or integer)")
    problem = check_unicode(doc_id, "id")
    if problem:  # the id is echoed in the error record: it must be writable
        return _problem(source, None, problem)
    try:
        article = ArticleIn.model_validate(obj)
    except ValidationError as exc:
        fields = ", ".join(".".join(str(p) for p in e["loc"]) + ": " + e["msg"] for e in exc.errors())
        return InputProblem(source, doc_id, ErrorCode.BAD_FIELD, fields)
    for name, value in article:  # outlet, url ... are echoed in the output record
        problem = check_unicode(value, name) if isinstance(value, str) and name != "text" else None
        if problem:
            return _problem(source, doc_id, problem)
    problem = check_text(article.text, max_chars)
    if problem:
        return _problem(source, doc_id, problem)
    return article


def parse_jsonl_line(raw: bytes, source: str, max_chars: int = MAX_CHARS) -> Item | None:
    """One JSONL line (bytes, as read) → article or problem; None for a blank line.

    Shared by :func:`read_jsonl_file` and the Dask runner, which reads byte ranges of the same files:
    both must turn a line into exactly the same item.
    """
    if not raw.strip():
        return None
    if len(raw) > max_chars * 4 + 4096:
        number = source.rsplit(":", 1)[-1]
        return InputProblem(source, None, ErrorCode.TOO_LARGE, f"line {number} is {len(raw):,} bytes")
    line = decode(raw)
    if isinstance(line, tuple):
        return _problem(source, None, line)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputProblem(source, None, ErrorCode.MALFORMED_JSON, f"invalid JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return InputProblem(source, None, ErrorCode.MALFORMED_JSON, "invalid JSON: nested too deeply")
    except ValueError as exc:  # an integer of more than 4,300 digits (sys.get_int_max_str_digits)
        return InputProblem(source, None, ErrorCode.MALFORMED_JSON, f"invalid JSON: {str(exc).split(';')[0]}")
    return parse_record(obj, source, max_chars)


def read_jsonl_file(path: Path, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """Articles from a JSONL file: ``{"id", "text", "published"?, "outlet"?, "url"?}`` per line."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputProblem(str(path), None, ErrorCode.UNREADABLE_FILE, str(exc))
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            item = parse_jsonl_line(raw, f"{path}:{number}", max_chars)
            if item is not None:
                yield item


def read_html_file(path: Path, published: dt.date | None = None, max_chars: int = MAX_CHARS) -> Item:
    """One article from a saved web page (main text via trafilatura); id = file name without extension.

    The page's own date wins; ``published`` is used for pages that carry none.
    """
    from rasd.ingest.html import html_article  # trafilatura is an optional extra: import on use

    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputProblem(str(path), path.stem, ErrorCode.UNREADABLE_FILE, str(exc))
    return html_article(data, path.stem, str(path), published=published, max_chars=max_chars)


def parquet_rows(table) -> Iterator[dict]:
    """Rows of a pyarrow table as dicts, timestamps reduced to their calendar date."""
    for row in table.to_pylist():
        value = row.get("published")
        if isinstance(value, dt.datetime):
            row["published"] = value.date()
        yield row


def read_parquet_file(path: Path, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """Articles from a Parquet file with the JSONL fields as columns; source ``path:row`` (1-based)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield InputProblem(str(path), None, ErrorCode.UNSUPPORTED_INPUT, "reading Parquet needs pyarrow: pip install 'rasd[dask]'")
        return
    try:
        handle = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for unreadable or non-Parquet files
        yield InputProblem(str(path), None, ErrorCode.UNREADABLE_FILE, f"not a readable Parquet file: {exc}")
        return
    number = 0
    for batch in handle.iter_batches(batch_size=1024):
        for row in parquet_rows(batch):
            number += 1
            yield parse_record(row, f"{path}:{number}", max_chars)


def iter_inputs(
    paths: Sequence[Path], published: dt.date | None = None, max_chars: int = MAX_CHARS
) -> Iterator[Item]:
    """All articles (and problems) behind ``paths``: files by extension, folders recursively."""
    for path in paths:
        if path.is_dir():
            children = sorted(p for p in path.rglob("*") if p.suffix in INPUT_SUFFIXES)
            yield from iter_inputs(children, published, max_chars)
        elif check_unicode(str(path), "path"):  # its name would become the id/source of records
            name = os.fsencode(path).decode("utf-8", "replace")
            yield InputProblem(name, None, ErrorCode.NOT_UTF8, "the file name is not valid UTF-8: rename the file")
        elif path.suffix in JSONL_SUFFIXES:
            yield from read_jsonl_file(path, max_chars)
        elif path.suffix in PARQUET_SUFFIXES:
            yield from read_parquet_file(path, max_chars)
        elif path.suffix in HTML_SUFFIXES and path.is_file():
            yield read_html_file(path, published, max_chars)
        elif path.suffix in TEXT_SUFFIXES or path.is_file():
            if not path.exists():
                yield InputProblem(str(path), None, ErrorCode.UNREADABLE_FILE, "no such file")
            else:
                yield read_text_file(path, published, max_chars)
        else:
            yield InputProblem(str(path), None, ErrorCode.UNREADABLE_FILE, "no such file or folder")
