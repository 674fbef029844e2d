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
    ],
)
def test_relative_and_absolute_dates(run, text, date, precision):
    out = run(text)
    ev = out.events[0]
    assert str(ev.date) == date and ev.time_precision == precision, ev


def test_no_publication_date_lowers_precision(run):
    out = run("شنت طائرة مسيرة غارة على مدينة سرت أمس الأربعاء.", published=None)
    assert any(e.code == "RASD-W204" for e in out.errors)
    assert all(e.time_precision == 3 or e.date is None for e in out.events)
