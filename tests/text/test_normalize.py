import pytest

from rasd.text.normalize import normalize_form, normalize_text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("وَالجَيْشُ", "والجيش"),
        ("الجيـــش", "الجيش"),
        ("أإآٱ", "اااا"),
        ("مستشفى", "مستشفي"),
        ("ترهونة", "ترهونه"),
        ("١٩ عنصراً", "19 عنصرا"),
        ("۲۰۲۰", "2020"),
        ("ﻻ", "لا"),
        ("قال\u200f الجيش", "قال الجيش"),
        ("“بركان الغضب”", '"بركان الغضب"'),
    ],
)
def test_normalize_text(raw, expected):
    assert normalize_text(raw).text == expected


@pytest.mark.parametrize(
    "raw, norm_span, original",
    [
        ("وَالجَيْـشُ الليبي", (0, 6), "وَالجَيْـشُ"),
        ("قتل ١٩ عنصراً.", (4, 6), "١٩"),
        ("قتل ١٩ عنصراً.", (7, 12), "عنصراً"),
        ("ﻻ يوجد", (0, 2), "ﻻ"),
    ],
)
def test_offsets_map_back_to_original(raw, norm_span, original):
    n = normalize_text(raw)
    a, b = n.to_original(*norm_span)
    assert raw[a:b] == original


def test_every_normalised_char_maps_inside_original():
    raw = "قَالَ المُتَحَدِّثُ ــ «نعم» ١٢٣\u200b ﻻ"
    n = normalize_text(raw)
    assert len(n.offsets) == len(n.text) + 1
    for i, ch in enumerate(n.text):
        assert 0 <= n.offsets[i] < len(raw)
    assert n.offsets[-1] == len(raw)


def test_normalize_form_collapses_spaces():
    assert normalize_form("  الجيش   الوطني ") == "الجيش الوطني"
