"""Event stage: ACLED type/sub-type, PLOVER, and the clauses that must not become events."""

import pytest


@pytest.mark.parametrize(
    "text, event_type, sub_event_type",
    [
        ("شنت طائرة مسيرة غارة على قاعدة الوطية الجوية صباح اليوم.", "Explosions/Remote violence", "Air/drone strike"),
        ("اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم.", "Battles", "Armed clash"),
        ("سقطت قذائف هاون على حي سكني في مدينة تعز.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("انفجرت عبوة ناسفة بدورية للجيش العراقي في الطارمية.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("فجر انتحاري حزامه الناسف في سوق ببغداد.", "Explosions/Remote violence", "Suicide bomb"),
        ("خرج مئات المتظاهرين في مظاهرة سلمية وسط الخرطوم للمطالبة بالحكم المدني.", "Protests", "Peaceful protest"),
        ("اعتقلت قوات الأمن عشرة ناشطين في البصرة.", "Strategic developments", "Arrests"),
        ("اختطف مسلحون مجهولون صحفيا في مدينة الزاوية.", "Violence against civilians", "Abduction/forced disappearance"),
    ],
)
def test_violent_types(run, text, event_type, sub_event_type):
    out = run(text)
    types = [(e.event_type, e.sub_event_type) for e in out.events]
    assert (event_type, sub_event_type) in types, (types, out.skipped)


def test_territory_change_depends_on_actor(run):
    gov = run("استعاد الجيش السوري السيطرة على بلدة خان شيخون في ريف إدلب.")
    rebels = run("سيطرت قوات الدعم السريع على مدينة ود مدني.")
    assert "Government regains territory" in [e.sub_event_type for e in gov.events]
    assert "Non-state actor overtakes territory" in [e.sub_event_type for e in rebels.events]


@pytest.mark.parametrize(
    "text, plover",
    [
        ("دعت الأمم المتحدة إلى وقف فوري لإطلاق النار في ليبيا.", "REQUEST"),
        ("اتهمت الحكومة اليمنية جماعة الحوثي بخرق الهدنة.", "ACCUSE"),
        ("رفضت حكومة الوفاق الوطني المبادرة المصرية.", "REJECT"),
        ("التقى وزير الخارجية التركي نظيره الروسي في موسكو لبحث الأزمة الليبية.", "CONSULT"),
    ],
)
def test_political_plover(run, text, plover):
    out = run(text)
    assert plover in [e.plover_type for e in out.events if e.family == "political"], (out.events, out.skipped)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("لم يسفر القصف عن أي إصابات في صفوف المدنيين.", "negated"),
        ("نفى المتحدث باسم الجيش أن تكون طائراته قد قصفت السوق.", "denial"),
        ("قد تؤدي الغارات إلى موجة نزوح جديدة في المنطقة.", "hypothetical"),
        ("ستشن القوات هجوما واسعا على المدينة.", "future"),
        ("تعيش البلاد حالة من الفوضى منذ الإطاحة بالنظام السابق واندلاع الاشتباكات عام 2011.", "background"),
        ("بدأت محاكمة المتهمين بتفجير الكنيسة أمام المحكمة.", "trial"),
        ("أحيا السكان الذكرى السنوية لمجزرة الحولة.", "anniversary"),
    ],
)
def test_not_new_events(run, text, reason):
    out = run(text)
    violent = [e for e in out.events if e.family == "violent"]
    assert not violent, violent
    assert reason in [s.reason for s in out.skipped or []], out.skipped


def test_two_events_in_one_sentence(run):
    text = "قصفت الطائرات الحربية بلدة معرة النعمان، فيما اندلعت اشتباكات بين فصائل المعارضة وقوات النظام في ريف حماة."
    out = run(text)
    subs = {e.sub_event_type for e in out.events}
    assert {"Air/drone strike", "Armed clash"} <= subs, subs


def test_evidence_offsets_point_into_text(run):
    text = "طرابلس - سقطت صواريخ غراد على منطقة سكنية جنوب طرابلس أمس الأربعاء، ما أدى إلى مقتل طفلين."
    out = run(text)
    assert out.events
    for e in out.events:
        assert text[e.evidence_start:e.evidence_end] == e.evidence
