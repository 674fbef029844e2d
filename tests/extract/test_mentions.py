"""Mention stage: actors and places found through clitics, with offsets into the original text."""

import pytest


@pytest.mark.parametrize(
    "text, surface, actor",
    [
        ("وأعلنت قوات الدعم السريع سيطرتها على المدينة.", "قوات الدعم السريع", "RSF"),
        ("قالت جماعة الحوثي إنها استهدفت الموقع.", "جماعة الحوثي", "HOUTHIS"),
        ("وهاجم تنظيم داعش نقطة تفتيش.", "داعش", "ISIS"),
        ("وقصفت قوات سوريا الديمقراطية مواقع التنظيم.", "قوات سوريا الديمقراطية", "SDF"),
        ("واتهمت حكومة الوفاق الوطني الطرف الآخر.", "حكومة الوفاق الوطني", "GNA"),
        ("وانتشرت قوات الحشد الشعبي في القضاء.", "الحشد الشعبي", "PMF"),
    ],
)
def test_actor_mentions(stages, text, surface, actor):
    doc = stages(text, "mentions")
    found = [(m.text, m.actor_id or (m.candidates[0] if m.candidates else None)) for m in doc.actor_mentions]
    assert any(surface in t and a == actor for t, a in found), found
    for m in doc.actor_mentions:
        assert doc.text[m.start:m.end] == m.text


@pytest.mark.parametrize(
    "text, place, country",
    [
        ("سقطت قذائف على بطرابلس الليلة الماضية.", "ly_tripoli", "LY"),
        ("اندلعت اشتباكات في الفاشر بشمال دارفور.", "sd_el_fasher", "SD"),
        ("قصفت الطائرات ريف إدلب الجنوبي.", "sy_idlib", "SY"),
        ("أطلق صاروخ على مأرب.", "ye_marib", "YE"),
        ("انفجرت عبوة في الموصل.", "iq_mosul", "IQ"),
    ],
)
def test_place_mentions_through_clitics(stages, text, place, country):
    doc = stages(text, "mentions")
    ids = [m.place_id for m in doc.place_mentions]
    assert any(i and (i == place or i.startswith(place)) for i in ids), ids
    for m in doc.place_mentions:
        assert doc.text[m.start:m.end] == m.text


def test_country_is_inferred_from_places(stages):
    doc = stages("قصفت طائرات مسيرة مواقع في مدينة سرت ومحيط الجفرة.", "mentions")
    assert doc.country == "LY"
