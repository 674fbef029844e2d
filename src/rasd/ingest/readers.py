"""Turn paths (text files, folders, JSONL files) into articles or coded input problems.

A problem never stops the batch: it is yielded as an :class:`InputProblem` that the caller writes as
an error record, so every input line is accounted for.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from rasd.errors import ErrorCode
from rasd.ingest.checks import MAX_CHARS, check_bytes, check_text, decode
from rasd.model.io import ArticleIn

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")


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


def read_jsonl_file(path: Path, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """Articles from a JSONL file: ``{"id", "text", "published"?, "outlet"?, "url"?}`` per line."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputProblem(str(path), None, ErrorCode.UNREADABLE_FILE, str(exc))
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            source = f"{path}:{number}"
            if not raw.strip():
                continue
            if len(raw) > max_chars * 4 + 4096:
                yield InputProblem(source, None, ErrorCode.TOO_LARGE, f"line {number} is {len(raw):,} bytes")
                continue
            line = decode(raw)
            if isinstance(line, tuple):
                yield _problem(source, None, line)
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputProblem(source, None, ErrorCode.MALFORMED_JSON, f"invalid JSON: {exc.msg} (column {exc.colno})")
                continue
            if not isinstance(obj, dict):
                yield InputProblem(source, None, ErrorCode.MALFORMED_JSON, "a line must be a JSON object")
                continue
            doc_id = obj.get("id")
            doc_id = str(doc_id) if isinstance(doc_id, (str, int)) and not isinstance(doc_id, bool) else None
            if doc_id is None:
                yield InputProblem(source, None, ErrorCode.BAD_FIELD, "missing or invalid 'id' (string or integer)")
                continue
            try:
                article = ArticleIn.model_validate(obj)
            except ValidationError as exc:
                fields = ", ".join(".".join(str(p) for p in e["loc"]) + ": " + e["msg"] for e in exc.errors())
                yield InputProblem(source, doc_id, ErrorCode.BAD_FIELD, fields)
                continue
            problem = check_text(article.text, max_chars)
            if problem:
                yield _problem(source, doc_id, problem)
                continue
            yield article


def iter_inputs(
    paths: Sequence[Path], published: dt.date | None = None, max_chars: int = MAX_CHARS
) -> Iterator[Item]:
    """All articles (and problems) behind ``paths``: files by extension, folders recursively."""
    for path in paths:
        if path.is_dir():
            children = sorted(p for p in path.rglob("*") if p.suffix in TEXT_SUFFIXES + JSONL_SUFFIXES)
            yield from iter_inputs(children, published, max_chars)
        elif path.suffix in JSONL_SUFFIXES:
            yield from read_jsonl_file(path, max_chars)
        elif path.suffix in TEXT_SUFFIXES or path.is_file():
            if not path.exists():
                yield InputProblem(str(path), None, ErrorCode.UNREADABLE_FILE, "no such file")
            else:
                yield read_text_file(path, published, max_chars)
        else:
            yield InputProblem(str(path), None, ErrorCode.UNREADABLE_FILE, "no such file or folder")
