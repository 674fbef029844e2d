"""Fatalities follow ACLED's conservative rules: deaths only, lowest figure, vague words low."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قتل خمسة مدنيين في غارة جوية على سوق في إدلب.", 5),
        ("أسفر القصف المدفعي على مدينة الفاشر عن مقتل 12 شخصا وإصابة 30 آخرين.", 12),
        ("قتل ثلاثة عناصر من الجيش في هجوم بعبوة ناسفة في كركوك.", 3),
        ("أدت غارة لطائرة مسيرة إلى مقتل ما بين 7 و10 مسلحين في شبوة.", 7),
        ("أصيب أربعة أشخاص بجروح في قصف بقذائف الهاون على تعز.", 0),
    ],
)
def test_fatality_counts(run, text, expected):
    out = run(text)
    violent = [e for e in out.events if e.family == "violent"]
    assert violent, out.skipped
    assert (violent[0].fatalities or 0) == expected, violent[0]


def test_vague_toll_is_estimated(run):
    out = run("قتل العشرات في قصف جوي استهدف سوقا شعبيا في مدينة الفاشر.")
    ev = [e for e in out.events if e.family == "violent"][0]
    assert ev.fatalities is not None and ev.fatalities >= 10
    assert ev.fatalities_estimated
    assert ev.fatalities_text


@pytest.mark.parametrize(
    "text, deaths, words",
    [
        # the wounded after a death count are not added to it
        ("وفي حلب، قتلت امرأة وأصيب سبعة أشخاص بجروح جراء سقوط قذائف هاون على حي السليمانية.", 1, "قتلت امرأة"),
        # «without casualties» is a toll of zero, with its words
        ("وسقطت ثلاث قذائف صاروخية على قاعدة عين الأسد دون أن تسفر عن إصابات.", 0, "دون أن تسفر عن إصابات"),
    ],
)
def test_wounded_and_no_casualties(run, text, deaths, words):
    out = run(text, published="2024-05-01")
    violent = [e for e in out.events if e.family == "violent"]
    assert violent and violent[0].fatalities == deaths and violent[0].fatalities_text == words, violent
