"""Checks that turn bad input into a coded problem instead of a crash or a silent empty result."""

from __future__ import annotations

import re

from rasd.errors import ErrorCode

MAX_CHARS = 1_000_000
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER = re.compile(r"[^\W\d_]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_bytes(data: bytes) -> tuple[ErrorCode, str] | None:
    """Binary content (NUL bytes) is refused before decoding."""
    if b"\x00" in data[:65536]:
        return ErrorCode.BINARY_INPUT, "input contains NUL bytes: looks like a binary file, not text"
    return None


def decode(data: bytes) -> str | tuple[ErrorCode, str]:
    """Decode UTF-8 (with or without BOM); a coded problem otherwise."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ErrorCode.NOT_UTF8, f"not valid UTF-8 at byte {exc.start}"


def check_unicode(value: str, name: str = "text") -> tuple[ErrorCode, str] | None:
    """A lone surrogate (a JSON ``"\\ud800"`` escape) is not a character: it cannot be written as UTF-8."""
    m = _SURROGATE.search(value)
    if m:
        return ErrorCode.NOT_UTF8, (
            f"'{name}' holds a lone surrogate U+{ord(m.group()):04X} at character {m.start()}: not Unicode text"
        )
    return None


def check_text(text: str, max_chars: int = MAX_CHARS) -> tuple[ErrorCode, str] | None:
    """Empty, oversized, binary-looking or non-Arabic text is refused with a reason."""
    if not text or not text.strip():
        return ErrorCode.EMPTY_TEXT, "the document has no text"
    if len(text) > max_chars:
        return ErrorCode.TOO_LARGE, f"the document has {len(text):,} characters (limit {max_chars:,})"
    problem = check_unicode(text)
    if problem:
        return problem
    if "\x00" in text:
        return ErrorCode.BINARY_INPUT, "the text contains NUL characters"
    sample = text[:20000]
    letters = len(_LETTER.findall(sample))
    arabic = len(_ARABIC.findall(sample))
    if letters == 0 or arabic / letters < 0.3:
        return ErrorCode.NOT_ARABIC, (
            f"the text is not Arabic ({arabic} of {letters} letters are Arabic in the first 20,000 characters)"
        )
    return None
