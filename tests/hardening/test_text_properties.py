"""Property tests of the text pipeline (issue 5): any Unicode string either yields records whose
offsets point inside the text with ``text[start:end] == evidence``, or a coded error; no exception
escapes.

Strings mix Arabic letters, words of the demo corpus, Arabic-Indic and Persian digits, punctuation,
bidi marks and isolates, zero-width characters, combining marks, diacritics, tatweel, presentation
forms, NUL, emoji and arbitrary (surrogate-free) code points. Lone surrogates and invalid bytes are
the readers' business (``test_reader_hardening.py``). Scale up with ``RASD_FUZZ_EXAMPLES``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from fuzz_support import ANY_TEXT, MIXED, fuzz_settings, perturbed, span_violations  # tests/hardening
from hypothesis import example, given
from hypothesis import strategies as st

from rasd.errors import ErrorCode
from rasd.model.io import ArticleIn, DocumentOut
from rasd.model.records import Doc
from rasd.text.dates import find_dates
from rasd.text.normalize import normalize_form, normalize_text
from rasd.text.numbers import find_numbers
from rasd.text.segment import analyses
from rasd.text.sentences import split_clauses, split_sentences
from rasd.text.stage import TextStage
from rasd.text.tokens import WORD, tokenize

PUBLISHED = st.sampled_from([None, dt.date(2020, 5, 21), dt.date(2011, 3, 1), dt.date.min, dt.date.max])


# ---------------------------------------------------------------- normalisation


@fuzz_settings(400)
@given(text=ANY_TEXT, cuts=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)), max_size=8))
@example(text="وَالجَيْـشُ ﻻ ﷺ\u200f٣", cuts=[(0, 6)])
def test_normalize_offset_map(text, cuts):
    norm = normalize_text(text)
    offsets = list(norm.offsets)
    assert norm.original == text
    assert len(offsets) == len(norm.text) + 1 and offsets[-1] == len(text)
    assert all(a <= b for a, b in zip(offsets, offsets[1:])), "offset map not monotone"
    assert all(0 <= o <= len(text) for o in offsets)
    for i in range(len(norm.text)):
        a, b = norm.to_original(i, i + 1)
        assert 0 <= a < b <= len(text)
    n = len(norm.text)
    for x, y in cuts:
        i, j = sorted((x % (n + 1), y % (n + 1)))
        a, b = norm.to_original(i, j)
        assert 0 <= a <= b <= len(text)
        # round trip: the original slice normalises back to (at least) the normalised slice; more
        # only when the slice starts inside an expanded ligature («ﻻ» → «لا», «ﷺ» → four words)
        assert norm.text[i:j] in normalize_text(norm.original_slice(i, j)).text


@fuzz_settings(300)
@given(text=ANY_TEXT)
def test_normalize_form_is_idempotent(text):
    once = normalize_form(text)
    assert normalize_form(once) == once


# ---------------------------------------------------------------- tokens, segmentation, sentences


@fuzz_settings(400)
@given(text=ANY_TEXT)
def test_tokens_sentences_and_clauses_stay_inside_the_text(text):
    norm = normalize_text(text)
    tokens = tokenize(norm.text)
    last = 0
    for k, tok in enumerate(tokens):
        assert tok.index == k
        assert last <= tok.start < tok.end <= len(norm.text)
        assert norm.text[tok.start : tok.end] == tok.text
        a, b = norm.to_original(tok.start, tok.end)
        assert 0 <= a < b <= len(text)
        last = tok.end
        for an in tok.analyses:
            assert len(an.stem) >= 2 and an.key
        assert [an.cost for an in tok.analyses] == sorted(an.cost for an in tok.analyses)
    last = 0
    for sent in split_sentences(norm.text):
        assert last <= sent.start < sent.end <= len(norm.text)
        assert not norm.text[sent.start].isspace() and not norm.text[sent.end - 1].isspace()
        last = sent.end
        c_last = sent.start
        for clause in split_clauses(norm.text, sent):
            assert c_last <= clause.start < clause.end <= sent.end
            c_last = clause.end


@fuzz_settings(300)
@given(word=st.one_of(st.from_regex(WORD, fullmatch=True), st.text(max_size=12)), ta=st.booleans())
def test_segmentation_never_fails(word, ta):
    for an in analyses(word, ta_marbuta=ta):
        assert len(an.stem) >= 2
        assert an.stem in word or an.stem.startswith("ال")  # «للجيش» → ل + الجيش


@fuzz_settings(300)
@given(text=ANY_TEXT)
def test_text_stage_sentences_are_token_ranges(text):
    doc = Doc(id="t", text=text)
    TextStage()(doc)
    assert len(doc.token_spans) == len(doc.tokens)
    for a, b in doc.token_spans:
        assert 0 <= a < b <= len(text)
    last = 0
    for lo, hi in doc.sentences:
        assert last <= lo < hi <= len(doc.tokens)
        last = hi


# ---------------------------------------------------------------- numbers and dates


@fuzz_settings(400)
@given(text=ANY_TEXT, published=PUBLISHED)
@example(text="⁵فيهوحدات ➄مصادر ⑼ ⒐ ፰الدولي", published=None)  # isdigit() but not int()-able
@example(text="قصفت الطائرات المدينة غدا الأسبوع المقبل", published=dt.date.max)  # past 9999-12-31
@example(text="قتل 3 أمس قبل 3 أيام", published=dt.date.min)
def test_numbers_and_dates_spans(text, published):
    for found in (find_numbers(text), find_dates(text, published)):
        last = 0
        for m in found:
            assert last <= m.start <= m.end <= len(text), "spans must be sorted, disjoint and inside"
            assert text[m.start : m.end] == m.text
            last = m.end


# ---------------------------------------------------------------- the whole extractor


def _extract(extractor, text: str, published) -> DocumentOut:
    record = extractor.extract(ArticleIn(id="fuzz", text=text, published=published), debug=True)
    DocumentOut.model_validate_json(record.model_dump_json())  # writable, as `rasd extract` does
    return record


def _assert_contract(text: str, record: DocumentOut) -> None:
    assert span_violations(text, record) == []
    # a stage that raised is recorded as RASD-E201: no crash reaches the caller, but it is a bug
    crashes = [e.message for e in record.errors if e.code == ErrorCode.STAGE_FAILED.value]
    assert crashes == []


@fuzz_settings(400)
@given(text=MIXED, published=PUBLISHED)
def test_extractor_on_mixed_strings(rasd_extractor, text, published):
    _assert_contract(text, _extract(rasd_extractor, text, published))


@fuzz_settings(300)
@given(text=perturbed(), published=PUBLISHED)
def test_extractor_on_perturbed_articles(rasd_extractor, text, published):
    _assert_contract(text, _extract(rasd_extractor, text, published))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00" * 50,
        "\u200f\u202b\u2067" * 30,
        "ﷺ ﷻ ﷽ ﻻ ﻷ ﺍﻟﺠﻴﺶ " * 20,
        "قصف" + "\u0651\u064b" * 200 + " الجيش",
        "ـ" * 500 + "قتل 5 مدنيين",
        "👨\u200d👩\u200d👧 قتل ⁵ جنود ➄ و ⑼",
        "قال\u200d الجيش\u200c إن\u0301 «القوات» قصفت\ufeff حلب",
        "؟" * 300,
        "\n" * 300 + "أ",
    ],
    ids=lambda t: repr(t[:12]),
)
def test_extractor_on_edge_strings(rasd_extractor, text):
    for published in (None, dt.date(2020, 5, 21), dt.date.max, dt.date.min):
        _assert_contract(text, _extract(rasd_extractor, text, published))


def test_demo_articles_keep_the_contract(rasd_extractor):
    from fuzz_support import demo_texts

    for text in demo_texts():
        _assert_contract(text, _extract(rasd_extractor, text, dt.date(2020, 5, 21)))
