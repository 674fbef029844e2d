"""Framing stage: the narrator's vocabulary (not quoted speech) decides the stance."""

import pytest

PRO_LNA = (
    "واصلت وحدات الجيش الوطني الليبي تقدمها نحو العاصمة لتحريرها من الميليشيات الإرهابية. "
    "وتمكنت القوات المسلحة العربية الليبية من دحر ميليشيات الوفاق في محور الطويشة. "
    "وفرت عناصر المرتزقة السوريين الذين جلبهم أردوغان من مواقعها."
)
PRO_GNA = (
    "تصدت قوات حكومة الوفاق الشرعية لهجوم شنته ميليشيات حفتر على جنوب طرابلس. "
    "وقصفت مرتزقة فاغنر الداعمين للمتمرد حفتر أحياء سكنية. "
    "وأكدت عملية بركان الغضب أن قوات الوفاق تطارد فلول ميليشيات حفتر."
)
NEUTRAL = (
    "تبادلت قوات حكومة الوفاق الوطني وقوات الجيش الوطني الليبي القصف المدفعي جنوب طرابلس. "
    "وقال المتحدث باسم الجيش الوطني الليبي إن ميليشيات الوفاق تخرق الهدنة. "
    "فيما قال المتحدث باسم قوات الوفاق إن ميليشيات حفتر قصفت الأحياء."
)

# a foreign power named as occupier or aggressor favours the local side that opposes it
PRO_SDF = (
    "قصفت مدفعية الاحتلال التركي قرى ريف تل تمر، وواصل جيش الاحتلال ومرتزقته من فصائل "
    'ما يسمى "الجيش الوطني" الهجوم على عين عيسى. وزعمت وزارة الدفاع التركية أنها ردت على مصادر النيران.'
)
WIRE_TURKEY = (
    "قصفت المدفعية التركية قرى في ريف تل تمر، وقالت قوات سوريا الديمقراطية إن "
    '"جيش الاحتلال التركي ومرتزقته يهاجمون عين عيسى". وقالت وزارة الدفاع التركية إنها ردت على مصادر النيران.'
)
PRO_PMF = (
    "استهدفت طائرة مسيرة تابعة لقوات الاحتلال الأمريكي موقعا للحشد الشعبي قرب القائم. "
    "وتواصل واشنطن المماطلة في الانسحاب الأمريكي المزعوم من البلاد."
)
WIRE_USA_IRAQ = (
    "استهدفت طائرة مسيرة أمريكية موقعا للحشد الشعبي قرب القائم، وقال قيادي في الحشد إن "
    '"قوات الاحتلال الأمريكي تماطل في الانسحاب المزعوم".'
)
PRO_SYRIA_OPP = (
    "قصف طيران الاحتلال الروسي مدينة أريحا جنوب إدلب، "
    "وزعمت وزارة الدفاع الروسية أنها استهدفت مقرات للإرهابيين."
)
WIRE_RUSSIA = "قصف الطيران الروسي مدينة أريحا جنوب إدلب، وقالت وزارة الدفاع الروسية إنها استهدفت مقرات للإرهابيين."


@pytest.mark.parametrize("text, label", [
    (PRO_LNA, "pro_lna"), (PRO_GNA, "pro_gna"), (NEUTRAL, "neutral"),
    (PRO_SDF, "pro_sdf"), (WIRE_TURKEY, "neutral"),
    (PRO_PMF, "pro_pmf"), (WIRE_USA_IRAQ, "neutral"),
    (PRO_SYRIA_OPP, "pro_syria_opp"), (WIRE_RUSSIA, "neutral"),
])
def test_stance(run, text, label):
    out = run(text)
    assert out.stance.label == label, out.stance
    if label != "neutral":
        assert out.stance.evidence


def test_quoted_terms_do_not_count(run):
    # both partisan terms are inside attributed speech; the narrator is neutral
    out = run(NEUTRAL)
    assert out.stance.label == "neutral"


def _framing(stages, text):
    stance = stages(text, "framing").stance
    return dict(stance.scores), stance.evidence


# one narrator term each: the side it favours (None: it must favour nobody)
@pytest.mark.parametrize("text, side, term", [
    # «النظام التركي/السعودي»: a foreign state called a regime
    ("وتوعد المتحدث باسم الحوثيين النظام السعودي بضربات جديدة بعد غارات على صعدة.", "HOUTHIS", "النظام السعودي"),
    ("وأكد النظام الجديد في دمشق أن الحوثيين مسؤولون عن الهجوم.", None, None),
    # «زاعما»: the narrator doubts the clause's subject
    ("سارع وزير الخارجية الأمريكي إلى تبرير الغارة على صعدة، زاعما أن الضربة استهدفت مخزنا للصواريخ.", "HOUTHIS", "زاعما"),
    ("سارع وزير الخارجية الأمريكي إلى تبرير الغارة على صعدة، مؤكدا أن الضربة استهدفت مخزنا للصواريخ.", None, None),
    # martyrdom honours the victims' side, not the perpetrator's, and no side for civilians
    ("استشهد ثلاثة مقاتلين من قوات سوريا الديمقراطية في قصف على ريف عين عيسى.", "SDF", "استشهد ثلاثة مقاتلين من قوات سوريا الديمقراطية"),
    ("استشهد طفلان بقصف لقوات النظام على ريف إدلب الجنوبي.", "NO_SYRIA_GOV", None),
    ("استشهد خمسة مواطنين في انفجار عبوة ناسفة ببلدة الطارمية شمالي بغداد.", None, None),
    # an occupier that is not a party to the conflict scores nobody
    ("قصف جيش الاحتلال الإسرائيلي مواقع قرب دمشق، وقال جيش الاحتلال إنه استهدف مستودعات أسلحة.", None, None),
])
def test_single_terms(stages, text, side, term):
    scores, evidence = _framing(stages, text)
    if side is None:
        assert scores == {}, (scores, evidence)
    elif side == "NO_SYRIA_GOV":
        assert "SYRIA_GOV" not in scores, (scores, evidence)
    else:
        assert scores.get(side) == 1.0 and len(scores) == 1, (scores, evidence)
        assert term in evidence


def test_bare_occupation_follows_the_article(stages):
    # «جيش الاحتلال» alone is the occupier the article named before; a foreign power is never the label
    text = ("قصف طيران الاحتلال التركي قرية قرب عين عيسى. "
            "وفي وقت لاحق، استهدف جيش الاحتلال بالمدفعية أحياء المدينة.")
    scores, evidence = _framing(stages, text)
    assert scores == {"SDF": 2.0}, (scores, evidence)
    assert "TURKEY" not in scores
    # the same words in Libya favour the LNA, Turkey's opponent there
    libya = text.replace("عين عيسى", "مصراتة").replace("المدينة", "سرت")
    assert _framing(stages, libya)[0].get("LNA") == 2.0


def test_bare_occupation_without_occupier_scores_nothing(stages):
    scores, _ = _framing(stages, "استهدف جيش الاحتلال بالمدفعية أحياء مدينة عين عيسى شمالي الرقة.")
    assert scores == {}


def test_headline_terms_count(stages):
    # the headline stands above the dateline, where no actor mention is kept; its words still count
    text = ("الانسحاب الأمريكي المزعوم يعيد فلول داعش إلى الواجهة\n\nبغداد - خاص\n\n"
            "قتل ثلاثة من عناصر الشرطة في هجوم شنه مسلحون على نقطة تفتيش قرب الطارمية.")
    scores, evidence = _framing(stages, text)
    assert "الأمريكي المزعوم" in evidence
    assert scores.get("PMF", 0) > scores.get("IRAQ_GOV", 0)
