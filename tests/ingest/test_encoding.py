"""Decoding Arabic from the web: BOM, declarations (trusted only when plausible), detection."""

import codecs

import pytest

from rasd.errors import ErrorCode
from rasd.ingest.encoding import arabic_score, codec_name, decode_bytes

HEADLINE = "قتل ثلاثة مدنيين في قصف على طرابلس"
PARAGRAPH = (
    "أفاد مصدر طبي بأن القصف الذي استهدف الحي السكني أسفر عن مقتل ثلاثة مدنيين وإصابة خمسة آخرين، "
    "فيما قالت الحكومة إن التحقيق في الحادثة بدأ منذ الصباح."
)


@pytest.mark.parametrize("text", [HEADLINE, PARAGRAPH, "خبر عاجل"])
@pytest.mark.parametrize("codec", ["cp1256", "iso8859_6", "utf-8"])
def test_undeclared_arabic_is_detected(text, codec):
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text


def test_legacy_encodings_are_told_apart():
    """The two legacy encodings decode each other's bytes into different (wrong) letters."""
    assert decode_bytes(PARAGRAPH.encode("cp1256")).encoding == "cp1256"
    assert decode_bytes(PARAGRAPH.encode("iso8859_6")).encoding == "iso8859-6"
    wrong = PARAGRAPH.encode("iso8859_6").decode("cp1256")
    assert arabic_score(PARAGRAPH) > arabic_score(wrong) + 0.5


def test_bom_wins_over_declarations():
    data = codecs.BOM_UTF8 + f'<meta charset="windows-1256"><p>{HEADLINE}</p>'.encode("utf-8")
    decoded = decode_bytes(data, http_charset="iso-8859-6")
    assert decoded.method == "bom" and HEADLINE in decoded.text and not decoded.text.startswith("\ufeff")
    assert decode_bytes(codecs.BOM_UTF16_LE + HEADLINE.encode("utf-16-le")).text == HEADLINE


def test_http_and_meta_declarations():
    body = f"<html><head><meta charset='windows-1256'></head><body>{PARAGRAPH}</body></html>"
    decoded = decode_bytes(body.encode("cp1256"))
    assert (decoded.encoding, decoded.method) == ("cp1256", "meta") and PARAGRAPH in decoded.text
    xml = f'<?xml version="1.0" encoding="ISO-8859-6"?><rss><title>{HEADLINE}</title></rss>'
    assert decode_bytes(xml.encode("iso8859_6")).method == "meta"
    decoded = decode_bytes(PARAGRAPH.encode("iso8859_6"), http_charset="ISO-8859-6")
    assert (decoded.encoding, decoded.method) == ("iso8859-6", "http")


def test_implausible_declarations_are_overruled():
    # the classic: windows-1256 bytes served as iso-8859-1
    body = f"<meta charset='iso-8859-1'><p>{PARAGRAPH}</p>".encode("cp1256")
    assert PARAGRAPH in decode_bytes(body).text
    assert decode_bytes(PARAGRAPH.encode("cp1256"), http_charset="latin-1").text == PARAGRAPH
    # UTF-8 bytes declared as windows-1256
    decoded = decode_bytes(PARAGRAPH.encode("utf-8"), http_charset="windows-1256")
    assert decoded.text == PARAGRAPH and decoded.encoding == "utf-8"


def test_unknown_labels_and_undecodable_bytes():
    assert codec_name("windows-1256") == "cp1256" and codec_name("arabic") == "iso8859-6"
    assert codec_name("no-such-charset") is None
    assert decode_bytes(PARAGRAPH.encode("cp1256"), http_charset="no-such-charset").text == PARAGRAPH
    assert decode_bytes(b"\xff\xfe\x00")[0] is ErrorCode.UNKNOWN_ENCODING
