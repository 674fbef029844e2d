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


@pytest.mark.parametrize(
    "text, backer",
    [
        ("هاجمت الميليشيات المدعومة من إيران قاعدة عسكرية في الأنبار.", "IRAN"),
        ("وتقدمت الفصائل المسلحة الموالية لتركيا نحو بلدة قرب منبج.", "TURKEY"),
        ("وشنت قوات النظام المدعومة من قبل روسيا هجوما على بلدة في ريف إدلب.", "RUSSIA"),
        ("وسيطرت قوات محلية على البلدة بدعم تركي بعد اشتباكات عنيفة.", "TURKEY"),
        ("وقاتلت الجماعات التابعة لإيران في محيط مدينة دير الزور.", "IRAN"),
        ("وتقدمت قوات قبلية مدعومة من السعودية والإمارات نحو مدينة مأرب.", "UAE"),  # «و» joins a second backer
        ("وتقدمت ألوية محلية مدعومة من التحالف الدولي نحو بلدة في ريف الرقة.", "GLOBAL_COALITION"),
    ],
)
def test_sponsoring_state_is_a_backer(stages, text, backer):
    doc = stages(text, "mentions")
    marked = [m for m in doc.actor_mentions if m.actor_id == backer]
    assert marked and all(m.backer for m in marked), doc.actor_mentions


@pytest.mark.parametrize(
    "text, actor",
    [
        ("وقالت إيران إنها تدعم الحوار بين الأطراف اليمنية.", "IRAN"),
        ("وقالت الجماعة إنها استهدفت سفينة كانت تقدم الدعم لإسرائيل.", "ISRAEL"),  # the recipient
        ("وقصفت القوات التابعة لحكومة الوفاق مواقع جنوب طرابلس.", "GNA"),  # a party, not a state
        ("وقصفت الطائرات التابعة للتحالف الدولي مواقع قرب مدينة الرقة.", "GLOBAL_COALITION"),  # its own planes
    ],
)
def test_party_is_not_a_backer(stages, text, actor):
    doc = stages(text, "mentions")
    marked = [m for m in doc.actor_mentions if (m.actor_id or m.candidates[0]) == actor]
    assert marked and not any(m.backer for m in marked), doc.actor_mentions


def test_actor_inside_a_longer_place_name_is_dropped(stages):
    doc = stages("سقطت صواريخ على قاعدة عين الأسد الجوية في محافظة الأنبار.", "mentions")
    assert not [m for m in doc.actor_mentions if "الأسد" in m.text], doc.actor_mentions
    assert any("عين الأسد" in p.text for p in doc.place_mentions), doc.place_mentions

