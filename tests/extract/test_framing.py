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


@pytest.mark.parametrize("text, label", [(PRO_LNA, "pro_lna"), (PRO_GNA, "pro_gna"), (NEUTRAL, "neutral")])
def test_stance(run, text, label):
    out = run(text)
    assert out.stance.label == label, out.stance
    if label != "neutral":
        assert out.stance.evidence


def test_quoted_terms_do_not_count(run):
    # both partisan terms are inside attributed speech; the narrator is neutral
    out = run(NEUTRAL)
    assert out.stance.label == "neutral"
