"""Decode bytes from the web into text: BOM, then declared charsets, then UTF-8, then detection.

Arabic pages still arrive in the two legacy single-byte encodings, windows-1256 and ISO-8859-6,
often mislabelled (``charset=iso-8859-1`` on a windows-1256 page is the classic). Declarations are
therefore trusted only when they decode cleanly and are not a Western single-byte charset over
non-ASCII bytes; otherwise the Arabic candidates are scored on the text they give. The score
separates the two legacy encodings reliably even for a headline: ISO-8859-6 bytes read as
windows-1256 turn «ه و ى ي» into «ç è é ê», and windows-1256 bytes read as ISO-8859-6 turn the
article «ال» into «اف». ``charset-normalizer`` is consulted for everything else.
"""

from __future__ import annotations

import codecs
import math
import re
from dataclasses import dataclass

from rasd.errors import ErrorCode

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Western single-byte charsets: a declaration of one of these over non-ASCII bytes is not trusted
_WESTERN = frozenset({"iso8859-1", "cp1252", "ascii", "iso8859-15"})
_ARABIC_LEGACY = ("cp1256", "iso8859-6")  # as codecs.lookup() names them
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[\u0621-\u064a]+")
# the commonest Arabic function words; with the article «ال» they tell a right decoding from a shifted one
_FUNCTION_WORDS = frozenset({"في", "من", "على", "إلى", "أن", "عن", "مع", "التي", "الذي", "هذا", "بعد", "قد", "كما", "بين"})

# log10 of approximate letter frequencies (%) in Arabic news text
_LOG_FREQ = {c: math.log10(f) for c, f in {
    "ا": 12.5, "ل": 10.5, "ي": 7.0, "م": 6.2, "و": 5.9, "ن": 5.4, "ر": 4.6, "ت": 4.0, "ه": 3.8, "ب": 3.8,
    "ع": 3.3, "ة": 3.0, "د": 2.8, "ف": 2.6, "أ": 2.5, "ق": 2.4, "س": 2.4, "ك": 2.0, "ح": 1.9, "ج": 1.3,
    "إ": 1.2, "ى": 1.0, "ش": 1.0, "ط": 0.9, "ص": 0.9, "خ": 0.7, "ض": 0.6, "ث": 0.6, "ذ": 0.6, "ز": 0.5,
    "غ": 0.4, "ئ": 0.4, "ء": 0.3, "ظ": 0.2, "آ": 0.2, "ؤ": 0.1,
}.items()}
_RARE = math.log10(0.05)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text and how it was decoded (``method``: bom, http, meta, utf-8, detected)."""

    text: str
    encoding: str
    method: str


def codec_name(label: str | None) -> str | None:
    """Python's codec name for a charset label (``windows-1256`` → ``cp1256``), None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in ("x-user-defined", "unicode", "utf-16"):  # not usable for an ASCII-compatible document
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset declared inside the document: ``<meta charset>``/http-equiv or ``<?xml encoding?>``."""
    head = data[:4096]
    for pattern in (_XML_ENCODING, _META_CHARSET):
        found = pattern.search(head)
        if found:
            return found.group(1).decode("ascii", "replace")
    return None


def arabic_score(text: str) -> float:
    """How much ``text`` looks like correctly decoded Arabic (0 = not at all, ~2 = clearly).

    The share of letters that are Arabic, plus the share of Arabic words that carry the article
    «ال» or are a common function word («في», «من», «على» ...), plus a small term for how common
    its letters are, which decides between two decodings of a short headline: «خبر عاجل» read
    from ISO-8859-6 bytes as windows-1256 becomes «خبر ظاجن», all Arabic letters but rarer ones.
    """
    sample = text[:20000]
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return 0.0
    arabic = _ARABIC_LETTER.findall(sample)
    share = len(arabic) / letters
    words = _WORD.findall(sample)
    if not words:
        return share
    typical = sum(1 for w in words if w.startswith(("ال", "وال", "بال", "لل", "فال")) or w in _FUNCTION_WORDS)
    common = sum(_LOG_FREQ.get(c, _RARE) for c in arabic) / len(arabic)
    return share + typical / len(words) + 0.2 * common


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _trusted(data: bytes, codec: str) -> str | None:
    """A declared codec's decoding, unless the declaration is implausible for these bytes.

    Two mislabellings are common enough to overrule: a Western charset over non-ASCII bytes, and
    any single-byte charset over bytes that are valid multi-byte UTF-8 (which legacy text almost
    never is by accident).
    """
    if codec != "utf-8" and any(b > 0x7F for b in data[:65536]):
        if codec in _WESTERN:
            return None
        if codecs.lookup(codec).name not in ("utf-16", "utf-32") and _try(data, "utf-8") is not None:
            return None
    text = _try(data, "utf-8-sig" if codec == "utf-8" else codec)
    return text


def decode_bytes(data: bytes, http_charset: str | None = None, sniff: bool = True) -> Decoded | tuple[ErrorCode, str]:
    """Decode a page, feed or file: BOM > HTTP charset > in-document declaration > UTF-8 > detection.

    >>> decode_bytes("قتل ثلاثة مدنيين في طرابلس".encode("cp1256")).encoding
    'cp1256'
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _try(data, codec)
            if text is not None:
                return Decoded(text.lstrip("\ufeff"), codec, "bom")
    declared = [(codec_name(http_charset), "http")]
    if sniff:
        declared.append((codec_name(declared_charset(data)), "meta"))
    for codec, method in declared:
        if codec:
            text = _trusted(data, codec)
            if text is not None:
                return Decoded(text, codec, method)
    text = _try(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", "utf-8")
    return _detect(data)


def _detect(data: bytes) -> Decoded | tuple[ErrorCode, str]:
    candidates: list[tuple[float, str, str]] = []
    for codec in _ARABIC_LEGACY:
        text = _try(data, codec)
        if text is not None:
            candidates.append((arabic_score(text), codec, text))
    guess = _normalizer_guess(data)
    if guess and guess[0] not in _ARABIC_LEGACY:
        candidates.append((arabic_score(guess[1]), guess[0], guess[1]))
    if candidates:
        score, codec, text = max(candidates, key=lambda c: c[0])
        if score >= 0.5:
            return Decoded(text, codec, "detected")
    if guess:
        return Decoded(guess[1], guess[0], "detected")
    return ErrorCode.UNKNOWN_ENCODING, "no byte-order mark, declaration or detector gave a clean decoding"


def _normalizer_guess(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional: the Arabic legacy candidates above still work without it
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    codec = codec_name(best.encoding)
    text = _try(data, codec) if codec else None
    return (codec, text) if codec and text is not None else None
