"""Event stage rules: purpose clauses, ongoing states, verbal nouns, light verbs, attacker adjectives,
accusations carried by statements. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "وصلت تعزيزات عسكرية إلى المنطقة لمواجهة أي تقدم محتمل للمسلحين.",
        "أرسلت القيادة رتلا من الآليات لاستهداف مواقع المتمردين في الجبل.",
        "حشدت القوات عناصرها في محاولة للتمهيد لهجوم على المطار.",
    ],
)
def test_purpose_is_not_an_attack(run, text):
    out = run(text)
    assert not [e for e in out.events if e.family == "violent" and e.event_type != "Strategic developments"], out.events
    assert "purpose" in [s.reason for s in out.skipped]


def test_exposure_to_an_attack_is_an_attack(run):
    out = run("تعرضت بلدة معرة النعمان لقصف مدفعي عنيف صباح اليوم.")
    assert [e.sub_event_type for e in out.events] == ["Shelling/artillery/missile attack"]


def test_state_ongoing_since_a_past_date_is_background(run):
    out = run("وتشهد مدينة الحديدة مواجهات متقطعة منذ الخامس من حزيران/يونيو.", published="2019-12-20")
    assert not [e for e in out.events if e.family == "violent"]
    assert "background" in [s.reason for s in out.skipped]


def test_since_yesterday_is_still_news(run):
    out = run("وتدور اشتباكات عنيفة في محيط مدينة مأرب منذ أمس الأحد.", published="2021-02-15")
    assert [e.event_type for e in out.events if e.family == "violent"] == ["Battles"]


@pytest.mark.parametrize(
    "text",
    [
        "علقت اللجنة أعمالها عقب محادثات لم تسفر عن نتيجة.",
        "وتحدث البيان عن أن رفض الحكومة للمبادرة عطل الحل.",
        "ويطالب الوسطاء بالتوصل إلى اتفاق شامل بين الطرفين.",
    ],
)
def test_verbal_noun_after_a_preposition_is_not_a_political_act(run, text):
    out = run(text, published="2020-03-10")
    assert not [e for e in out.events if e.family == "political" and e.plover_type in ("CONSULT", "REJECT", "AGREE")], out.events


@pytest.mark.parametrize(
    "text, plover",
    [
        ("وجدد قائد قوات الدعم السريع محمد حمدان دقلو التزام قواته بالهدنة الإنسانية.", "AGREE"),
        ("وأعربت الحكومة اليمنية عن رفضها للشروط التي وضعتها جماعة الحوثي.", "REJECT"),
        ("وقال الوزير عقب اجتماع طارئ عقده مع قادة الأجهزة الأمنية إن الوضع تحت السيطرة.", "CONSULT"),
    ],
)
def test_light_verb_makes_the_noun_an_act(run, text, plover):
    out = run(text, published="2023-06-10")
    assert plover in [e.plover_type for e in out.events if e.family == "political"], (out.events, out.skipped)


def test_article_like_verb_is_a_verb_but_definite_noun_is_not():
    from rasd.extract.events import _ARTICLE_VERB

    assert _ARTICLE_VERB.match("التقي") and _ARTICLE_VERB.match("التزموا") and _ARTICLE_VERB.match("القت")
    assert not _ARTICLE_VERB.match("المفاوضات") and not _ARTICLE_VERB.match("التزام") and not _ARTICLE_VERB.match("الافراج")


def test_attacker_adjective_names_actor1(run):
    out = run("قصفت طائرة مسيرة تركية موقعا لقوات سوريا الديمقراطية قرب بلدة عين عيسى.", published="2022-11-20")
    strikes = [e for e in out.events if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].actor1 == "Turkey"


def test_region_and_town_with_same_toll_are_one_event(run):
    text = ("شنت طائرة مسيرة غارة جنوب اليمن أسفرت عن مقتل 4 جنود. "
            "وأوضح مصدر عسكري أن الطائرة المسيرة استهدفت نقطة تفتيش في مدينة شقرة وقتلت 4 جنود.")
    out = run(text, published="2022-08-10")
    strikes = [e for e in out.events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1, strikes


def test_statement_accusing_the_other_camp_is_accuse(run):
    text = "وقال المتحدث باسم الجيش السوداني إن قوات الدعم السريع ارتكبت جرائم بحق المدنيين في الجنينة."
    out = run(text, published="2023-06-20")
    acc = [e for e in out.events if e.plover_type == "ACCUSE"]
    assert acc and acc[0].actor1 == "SAF" and acc[0].actor2 == "RSF", (out.events, out.quotes)


def test_statement_without_accusation_term_is_not_accuse(run):
    text = "وقال المتحدث باسم الجيش السوداني إن قوات الدعم السريع انسحبت من الجسر."
    out = run(text, published="2023-06-20")
    assert not [e for e in out.events if e.plover_type == "ACCUSE"]


def test_dateline_city_is_not_actor_or_place(run):
    out = run("بيروت (وكالات) - قتل 12 مدنيا في غارات جوية على مدينة معرة النعمان في ريف إدلب.", published="2019-07-22")
    strikes = [e for e in out.events if e.family == "violent"]
    assert strikes and strikes[0].actor1 != "Lebanon" and strikes[0].location != "Beirut"
    assert not [m for m in out.mentions if m.start < 15 and m.type in ("LOCATION", "ORGANIZATION")]


def test_intercepted_drone_is_disrupted_weapons_use(run):
    out = run("واعترضت الدفاعات الجوية صباح اليوم طائرة مسيرة مفخخة أطلقها الحوثيون باتجاه مدينة جازان.", published="2021-03-01")
    assert [e.sub_event_type for e in out.events if e.family == "violent"] == ["Disrupted weapons use"]


def test_objection_is_not_interception(run):
    out = run("واعترضت روسيا على مشروع القرار الذي قدمته فرنسا بشأن القصف على إدلب.", published="2019-09-20")
    assert not [e for e in out.events if e.family == "violent"], out.events


def test_condemnation_without_hamza_is_accuse(run):
    out = run("ودانت جامعة الدول العربية الهجوم الذي استهدف سوقا شعبيا في مدينة الفاشر.", published="2024-06-01")
    assert "ACCUSE" in [e.plover_type for e in out.events]
    assert not [e for e in out.events if e.family == "violent"], out.events
