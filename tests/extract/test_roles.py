"""Who is actor1 and who is actor2: agentless clauses, victims, targets, addressees of calls."""

import pytest


def _roles(run, text, family=None):
    out = run(text)
    return [(e.actor1, e.actor2) for e in out.events if family is None or e.family == family]


@pytest.mark.parametrize(
    "text, actor1, actor2",
    [
        # the doer told after the act, in a clause without a subject
        ("قتل ثلاثة مدنيين في قصف مدفعي لقوات النظام على بلدة كفرنبل.", "Syrian government", "Civilians"),
        ("قتل أربعة أشخاص بقذائف أطلقتها قوات الدعم السريع على حي سكني في الفاشر.", "RSF", "SAF"),
        ("أصيب طفلان جراء قصف شنته جماعة الحوثي على حي سكني في مدينة تعز.", "Houthis", "Civilians"),
        # civilian victims of remote violence are actor2
        ("قصفت قوات الدعم السريع بالمدفعية مخيما في الفاشر ما أدى إلى مقتل سبعة مدنيين.", "RSF", "Civilians"),
        ("قتل 12 مدنيا بينهم نساء في غارات جوية استهدفت سوقا في مدينة إدلب.", None, "Civilians"),
        # the owner of a definite force right after the verb is the subject, not the target
        ("شن الطيران الحربي للجيش السوداني غارات على تجمعات لقوات الدعم السريع في ود مدني.", "SAF", "RSF"),
        ("اعترضت الدفاعات الجوية للتحالف طائرة مسيرة أطلقتها جماعة الحوثي باتجاه خميس مشيط.",
         "Saudi-led coalition", "Houthis"),
        # who repels an attack is actor1, whoever launched it actor2
        ("صدت القوات المسلحة السودانية هجوما واسعا شنته قوات الدعم السريع على مدينة الفاشر.", "SAF", "RSF"),
        # unchanged: a target noun or an indefinite head before ل marks the target
        ("قصفت قوات الدعم السريع مواقع للجيش السوداني في الفاشر.", "RSF", "SAF"),
        # unchanged: «بين X و Y»
        ("اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم.", "SAF", "RSF"),
        # unchanged: a named armed target wins over civilians among the victims
        ("قصفت القوات التركية مواقع لقوات سوريا الديمقراطية قرب عين عيسى ما أدى إلى إصابة مدنيين.", "Turkey", "SDF"),
    ],
)
def test_violent_roles(run, text, actor1, actor2):
    assert (actor1, actor2) in _roles(run, text, "violent"), _roles(run, text)


@pytest.mark.parametrize(
    "text, actor1, actor2",
    [
        # the addressee of a call, after the caller and before «إلى»; a title's country is no party
        ("دعا المبعوث الأمريكي الخاص إلى السودان، أمس، قوات الدعم السريع إلى وقف هجومها على الفاشر.", "USA", "RSF"),
        # a non-actor addressee leaves actor2 empty
        ("ودعت منسقة الأمم المتحدة المقيمة في السودان طرفي النزاع إلى تأمين ممرات آمنة.", "UN/UNSMIL", None),
        # a participle continues the main clause: its subject is actor1, its object actor2
        ("وندد الجيش السوري بالهجوم، مطالبا مجلس الأمن بوضع حد للوجود الأمريكي.", "Syrian government", "UN/UNSMIL"),
        ("وأعلن المرصد السوري مقتل ثلاثة مدنيين في القصف، متهما قوات النظام بالوقوف وراءه.",
         "Syrian Observatory for Human Rights", "Syrian government"),
        # unchanged: a direct object after the subject
        ("اتهمت الحكومة اليمنية جماعة الحوثي بخرق الهدنة.", "Yemeni government", "Houthis"),
    ],
)
def test_political_roles(run, text, actor1, actor2):
    assert (actor1, actor2) in _roles(run, text, "political"), _roles(run, text)


@pytest.mark.parametrize(
    "text",
    [
        "قال المرصد السوري لحقوق الإنسان إن غارات جوية استهدفت بلدة سراقب.",
        "أفاد سكان بأن طائرة مسيرة قصفت مستودعا للوقود في مدينة كوستي.",
    ],
)
def test_witnesses_are_no_party(run, text):
    """Those who tell of violence are neither its doers nor (as witnesses) its civilian victims."""
    pairs = _roles(run, text, "violent")
    assert pairs, run(text).skipped
    for a1, a2 in pairs:
        assert a1 not in ("Civilians", "SOHR", "Syrian Observatory for Human Rights")
        assert a2 != "Civilians"
