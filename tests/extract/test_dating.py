"""Event dates resolved against the publication date (a Thursday, 2020-01-16)."""

import pytest


@pytest.mark.parametrize(
    "text, date, precision",
    [
        ("شنت طائرة مسيرة غارة على مدينة سرت أمس الأربعاء.", "2020-01-15", 1),
        ("سقطت قذائف على طرابلس فجر اليوم.", "2020-01-16", 1),
        ("شنت طائرة مسيرة غارة على مدينة سرت ليل الثلاثاء.", "2020-01-14", 1),
        ("اندلعت اشتباكات في مدينة غريان يوم 3 يناير 2020.", "2020-01-03", 1),
        ("اندلعت اشتباكات في مدينة غريان الأسبوع الماضي.", "2020-01-09", 2),
        # «أمس» with a weekday that was not yesterday: the weekday wins, at week precision
        ("شنت طائرة مسيرة غارة على مدينة سرت أمس الثلاثاء.", "2020-01-14", 2),
        ("اندلعت اشتباكات في مدينة غريان في وقت سابق.", "2020-01-15", 2),
        ("اندلعت اشتباكات في مدينة غريان مطلع الشهر.", "2020-01-05", 2),
    ],
)
def test_relative_and_absolute_dates(run, text, date, precision):
    out = run(text)
    ev = out.events[0]
    assert str(ev.date) == date and ev.time_precision == precision, ev


# the second sentence has no date of its own; its words tie it to the first one's
@pytest.mark.parametrize(
    "text, date, precision",
    [
        ("قصفت طائرات مسيرة مواقع في مدينة سرت أمس الأربعاء. وفي الهجوم ذاته قتل ثلاثة مدنيين في بلدة هراوة.",
         "2020-01-15", 1),
        ("اندلعت اشتباكات عنيفة في مدينة غريان قبل يومين. وقال المتحدث باسم الجيش حينها إن قواته قصفت مواقع في مدينة ترهونة.",
         "2020-01-14", 2),
        ("قصفت المدفعية أحياء في مدينة درنة ليل الاثنين. وفي اليوم التالي اندلعت اشتباكات في مدينة بنغازي.",
         "2020-01-14", 1),
        ("اندلعت اشتباكات في مدينة غريان مطلع الأسبوع الماضي. وكانت قوات الوفاق قد قصفت مواقع في مدينة ترهونة.",
         "2020-01-06", 2),
        # no link: a current event at the publication date
        ("اندلعت اشتباكات في مدينة غريان أمس الأربعاء. وشنت طائرات مسيرة غارات على مدينة سرت.", "2020-01-16", 2),
    ],
)
def test_linked_sentence_takes_the_earlier_date(run, text, date, precision):
    out = run(text)
    assert len(out.events) >= 2, out.events
    ev = max(out.events, key=lambda e: e.evidence_start)
    assert str(ev.date) == date and ev.time_precision == precision, ev


@pytest.mark.parametrize(
    "text",
    [
        # «منذ أيام» after an ongoing verb tells how long, not when
        "أسقطت الدفاعات الجوية طائرة مسيرة في مدينة سرت في مشهد يتكرر منذ أيام.",
        # a date inside a relative clause or after «منذ/بعد + noun» dates that noun
        "تظاهر مئات في مدينة الزاوية في أول احتجاج منذ الاشتباكات التي شهدتها قبل أسبوعين.",
        "قصفت قوات الجيش مواقع في مدينة مصراتة، بعد سيطرة الوفاق على قاعدة الوطية الشهر الماضي.",
        # a date after publication is a plan told beside the event
        "قصفت قوات الجيش مواقع في مدينة مصراتة وسط محادثات مقررة في مارس المقبل.",
    ],
)
def test_dates_of_other_things_are_passed_over(run, text):
    ev = min(run(text).events, key=lambda e: e.evidence_start)
    assert str(ev.date) == "2020-01-16" and ev.time_precision == 2, ev


def test_no_publication_date_lowers_precision(run):
    out = run("شنت طائرة مسيرة غارة على مدينة سرت أمس الأربعاء.", published=None)
    assert any(e.code == "RASD-W204" for e in out.errors)
    assert out.events and all(e.date is None and e.time_precision == 3 for e in out.events)


def test_no_publication_date_keeps_an_absolute_date(run):
    out = run("اندلعت اشتباكات يوم 3 يناير 2020 في مدينة غريان. وفي اليوم التالي قصفت المدفعية مدينة ترهونة.",
              published=None)
    assert any(e.code == "RASD-W204" for e in out.errors)
    dates = sorted((str(e.date), e.time_precision) for e in out.events)
    assert dates == [("2020-01-03", 1), ("2020-01-04", 1)], out.events
