"""Places and ACLED geo_precision: 1 town, 2 near/part of a region, 3 province/country."""

import pytest


def _located(out, family=None):
    return [e for e in out.events if e.location_id and (family is None or e.family == family)]


@pytest.mark.parametrize(
    "text, location_id, precision",
    [
        ("شنت طائرة مسيرة غارة على مدينة ترهونة.", "ly_tarhuna", 1),
        ("شنت طائرة مسيرة غارة قرب مدينة ترهونة.", "ly_tarhuna", 2),
        ("اندلعت اشتباكات عنيفة في محافظة مأرب.", "ye_marib", 3),
        ("استهدفت طائرة مسيرة عربة عسكرية قرب بلدة الوشكة.", "ly_washka", 2),
        ("قصفت المدفعية تجمعات للمسلحين في محيط بلدة هجين.", "sy_hajin", 2),
        ("قصفت المدفعية مواقع للمسلحين في مديرية حيس.", "ye_hays", 2),
        ("شنت الطائرات غارات على مواقع في بادية تدمر.", "sy_palmyra", 2),
        ("نفذت الطائرات ضربة جوية على مخبأ في سلسلة جبال حمرين.", "iq_hamrin", 2),
        ("قصفت الطائرات مقرات في قضاء القائم.", "iq_qaim", 2),
        ("سقطت قذائف هاون على حي الحمدانية في حلب.", "sy_hamdaniya_aleppo", 1),
    ],
)
def test_geo_precision(run, text, location_id, precision):
    ev = run(text).events[0]
    assert ev.location_id and ev.location_id.startswith(location_id), ev
    assert ev.geo_precision == precision
    assert ev.latitude is not None and ev.longitude is not None


def test_two_towns_two_events(run):
    out = run("شنت طائرات مسيرة غارات على مدينتي سرت ومصراتة.")
    assert {e.location_id for e in out.events} >= {"ly_sirte", "ly_misrata"}


def test_joined_districts_share_the_qualifier(run):
    out = run("شن الطيران عشر غارات على مديريتي حريب والجوبة.")
    located = {e.location_id: e.geo_precision for e in _located(out, "violent")}
    assert located.get("ye_harib") == 2 and located.get("ye_jubah") == 2, located


def test_the_city_refers_back(run):
    out = run("دخلت قوات الدعم السريع مدينة سنار. وقصفت المدفعية أحياء سكنية في المدينة.")
    strikes = [e for e in out.events if e.event_type == "Explosions/Remote violence"]
    assert strikes and strikes[0].location_id == "sd_sennar"


@pytest.mark.parametrize(
    "text, location_id",
    [
        # a venue named for a statement, in the clause, after it, or opening the sentence
        ("وكان وزير الخارجية قد هدد، يوم الأربعاء في مؤتمر صحفي بأنقرة، باستهداف المنشآت.", "tr_ankara"),
        ("دانت الجامعة العربية في اجتماع طارئ عقد أمس في القاهرة الهجوم على المدينة.", "eg_cairo"),
        ("حرب مفتوحة\nوفي موسكو، رحب المتحدث باسم الكرملين بالمبادرة الجديدة.", "ru_moscow"),
    ],
)
def test_verbal_acts_take_a_named_venue(run, text, location_id):
    political = [e for e in run(text).events if e.family == "political"]
    assert political and political[0].location_id == location_id, political


@pytest.mark.parametrize(
    "text",
    [
        # the seat of an institution before its head's name
        "رفض رئيس مجلس النواب في طبرق عقيلة صالح الاتفاق.",
        # the topic of a phone call
        "بحث الرئيس التركي مع نظيره الروسي، في اتصال هاتفي اليوم، التطورات في إدلب.",
        # a capital standing for its state, with no venue named
        "دعا الوزير المجتمع الدولي إلى الضغط على الميليشيا وداعميها في طهران.",
    ],
)
def test_political_acts_without_a_venue(run, text):
    political = [e for e in run(text).events if e.family == "political"]
    assert political and all(e.location_id is None for e in political), political


def test_meeting_place_not_its_topic(run):
    out = run("التقى المبعوث الأممي القائد العام في بنغازي لبحث الأوضاع في ليبيا.")
    consult = [e for e in out.events if e.plover_type == "CONSULT"]
    assert consult and consult[0].location_id == "ly_benghazi"


def test_aid_to_a_country_is_the_country(run):
    out = run("أرسلت تركيا إمدادات عسكرية إلى ليبيا في انتهاك لحظر السلاح.")
    aid = [e for e in out.events if e.plover_type == "AID"]
    assert aid and aid[0].location_id == "ly_country" and aid[0].geo_precision == 3


def test_origin_of_reinforcements_is_not_the_place(run):
    out = run("وصلت تعزيزات عسكرية قادمة من سرت إلى مدينة بني وليد.")
    mob = [e for e in out.events if e.plover_type == "MOBILIZE"]
    assert mob and mob[0].location_id == "ly_bani_walid"
