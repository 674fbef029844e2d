"""Wire datelines are where a report was filed, not a party or a scene."""

import pytest

from rasd.text.dateline import dateline_span


@pytest.mark.parametrize(
    "text, head",
    [
        ("دمشق (وكالات) - أعلنت وزارة الدفاع", "دمشق (وكالات) - "),
        ("مأرب/صنعاء (خاص) - تجددت المعارك", "مأرب/صنعاء (خاص) - "),
        ("العنوان الرئيسي للخبر\nالموصل - قال مسؤول", "الموصل - "),
        ("الفاشر – أفاد شهود", "الفاشر – "),
    ],
)
def test_dateline_found(text, head):
    span = dateline_span(text)
    assert span is not None and text[span[0]:span[1]] == head


@pytest.mark.parametrize(
    "text",
    [
        "قتل خمسة أشخاص في هجوم - بحسب مصادر محلية",
        "أعلن الجيش اليوم أن - الوضع مستقر",
        "Reuters - the army said",
        "",
    ],
)
def test_not_a_dateline(text):
    assert dateline_span(text) is None



@pytest.mark.parametrize("text", ["ب" * 200_000, ("ب" * 50 + " ") * 2_000, "(" * 10_000 + " - "])
def test_no_backtracking_on_long_runs(text):
    assert dateline_span(text) is None or dateline_span(text)[1] <= 400
