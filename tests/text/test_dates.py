"""Date phrases found by rasd.text.dates (sentences written for these tests)."""

import datetime as dt
import time

import pytest

from rasd.text.dates import DateMention, TimePrecision, find_dates

P = dt.date(2020, 4, 8)  # a Wednesday
D, W, M = TimePrecision.DAY, TimePrecision.WEEK, TimePrecision.MONTH
d = dt.date

# (sentence, mention text, date, precision, relative, kind) — one mention per sentence
CASES = [
    # absolute, with a year
    ("قصفت الطائرات البلدة في 4 نيسان/أبريل 2020 بعد الظهر", "4 نيسان/أبريل 2020", d(2020, 4, 4), D, False, "absolute"),
    ("وقعت الغارة يوم ٣ آذار ٢٠٢٠", "٣ آذار ٢٠٢٠", d(2020, 3, 3), D, False, "absolute"),
    ("انسحبت القوات في 12 كانون الأول 2019", "12 كانون الأول 2019", d(2019, 12, 12), D, False, "absolute"),
    ("في 1 كانون الثاني/يناير 2021 بدأ الهجوم", "1 كانون الثاني/يناير 2021", d(2021, 1, 1), D, False, "absolute"),
    ("وفي 5 تشرين الثاني (نوفمبر) 2019 تجدد القتال", "5 تشرين الثاني (نوفمبر) 2019", d(2019, 11, 5), D, False, "absolute"),
    ("اندلعت المواجهات في 17 جويلية 2019", "17 جويلية 2019", d(2019, 7, 17), D, False, "absolute"),
    ("أعلن الجيش في 9 أوت 2019 سيطرته", "9 أوت 2019", d(2019, 8, 9), D, False, "absolute"),
    ("يوم 22 فيفري 2019 خرج المتظاهرون", "22 فيفري 2019", d(2019, 2, 22), D, False, "absolute"),
    ("هاجم المسلحون القرية في 3 يونيه 2019", "3 يونيه 2019", d(2019, 6, 3), D, False, "absolute"),
    ("الأحد، 5 نيسان 2020 شهد اشتباكات", "الأحد، 5 نيسان 2020", d(2020, 4, 5), D, False, "absolute"),
    ("في 14 أيار من العام 2019 قتل", "14 أيار من العام 2019", d(2019, 5, 14), D, False, "absolute"),
    ("في 14 أيار من العام الماضي", "14 أيار من العام الماضي", d(2019, 5, 14), D, True, "absolute"),
    # numeric
    ("بتاريخ 2020/04/04 أغلقت المعابر", "2020/04/04", d(2020, 4, 4), D, False, "absolute"),
    ("بتاريخ 4/4/2020 أغلقت المعابر", "4/4/2020", d(2020, 4, 4), D, False, "absolute"),
    ("بتاريخ 04-04-2020 أغلقت المعابر", "04-04-2020", d(2020, 4, 4), D, False, "absolute"),
    ("بتاريخ ١٥/٣/٢٠٢٠ أغلقت المعابر", "١٥/٣/٢٠٢٠", d(2020, 3, 15), D, False, "absolute"),
    # day + month without a year: the publication year, or the year before
    ("في الرابع من نيسان/أبريل قصفت المدفعية", "الرابع من نيسان/أبريل", d(2020, 4, 4), D, True, "absolute"),
    ("في الحادي والعشرين من آذار", "الحادي والعشرين من آذار", d(2020, 3, 21), D, True, "absolute"),
    ("منذ الثالث عشر من شباط", "الثالث عشر من شباط", d(2020, 2, 13), D, True, "absolute"),
    ("وفي 20 مايو قتل شرطيان", "20 مايو", d(2019, 5, 20), D, True, "absolute"),
    ("في 2 أبريل هاجم المسلحون", "2 أبريل", d(2020, 4, 2), D, True, "absolute"),
    ("في العاشر من الشهر الجاري", "العاشر من الشهر الجاري", d(2020, 4, 10), D, True, "absolute"),
    ("في 25 من الشهر الماضي", "25 من الشهر الماضي", d(2020, 3, 25), D, True, "absolute"),
    # month (+ year)
    ("خلال شباط/فبراير 2020 نزح الآلاف", "شباط/فبراير 2020", d(2020, 2, 15), M, False, "absolute"),
    ("في مطلع شباط/ فبراير 2020", "مطلع شباط/ فبراير 2020", d(2020, 2, 5), W, False, "absolute"),
    ("منتصف أيلول 2019 شهد هدوءا", "منتصف أيلول 2019", d(2019, 9, 15), W, False, "absolute"),
    ("وفي أواخر ديسمبر 2019", "أواخر ديسمبر 2019", d(2019, 12, 25), W, False, "absolute"),
    ("في نهاية تموز 2019", "نهاية تموز 2019", d(2019, 7, 25), W, False, "absolute"),
    ("في مارس الماضي", "مارس الماضي", d(2020, 3, 15), M, True, "absolute"),
    ("خلال شهر كانون الثاني", "شهر كانون الثاني", d(2020, 1, 15), M, True, "absolute"),
    # year alone and vague years
    ("اندلعت الاحتجاجات عام 2011", "عام 2011", None, M, False, "vague"),
    ("منذ سنة 2019 والبلدة محاصرة", "سنة 2019", None, M, False, "vague"),
    ("وفي العام الماضي تكررت الهجمات", "العام الماضي", d(2019, 7, 1), M, True, "vague"),
    ("سيطر المسلحون على البلدة أواخر العام الماضي", "أواخر العام الماضي", d(2019, 12, 1), M, True, "vague"),
    ("تراجعت الهجمات منذ مطلع العام الجاري", "مطلع العام الجاري", d(2020, 1, 15), M, True, "vague"),
    ("وفي منتصف العام الماضي انسحبت القوات", "منتصف العام الماضي", d(2019, 7, 1), M, True, "vague"),
    ("سقطت المدينة قبل عام", "قبل عام", d(2019, 4, 9), M, True, "vague"),
    ("قتل العشرات هذا العام", "هذا العام", None, M, True, "vague"),
    ("تحاصر القوات البلدة منذ سنوات", "منذ سنوات", None, M, True, "vague"),
    # relative days
    ("قصفت الطائرات فجر اليوم مواقع", "فجر اليوم", P, D, True, "part_of_day"),
    ("أعلنت الوزارة اليوم حصيلة", "اليوم", P, D, True, "relative_day"),
    ("اندلعت النيران الليلة في المخيم", "الليلة", P, D, True, "relative_day"),
    ("هاجم المسلحون الحاجز مساء أمس", "مساء أمس", d(2020, 4, 7), D, True, "part_of_day"),
    ("وأمس قتل جندي", "أمس", d(2020, 4, 7), D, True, "relative_day"),
    ("سقطت قذائف البارحة", "البارحة", d(2020, 4, 7), D, True, "relative_day"),
    ("ليلة أمس دوت انفجارات", "ليلة أمس", d(2020, 4, 7), D, True, "part_of_day"),
    ("قتل أول أمس ثلاثة", "أول أمس", d(2020, 4, 6), D, True, "relative_day"),
    ("وقع التفجير أمس الأول", "أمس الأول", d(2020, 4, 6), D, True, "relative_day"),
    ("ستبدأ المفاوضات غداً", "غداً", d(2020, 4, 9), D, True, "relative_day"),
    ("في وقت سابق من اليوم", "في وقت سابق من اليوم", P, D, True, "relative_day"),
    # weekdays
    ("قصف الطيران البلدة الأربعاء", "الأربعاء", P, D, True, "weekday"),
    ("يوم الإثنين اندلعت اشتباكات", "يوم الإثنين", d(2020, 4, 6), D, True, "weekday"),
    ("والخميس قتل مدني", "الخميس", d(2020, 4, 2), D, True, "weekday"),
    ("أمس الثلاثاء سقطت قذيفة", "أمس الثلاثاء", d(2020, 4, 7), D, True, "weekday"),
    # «أمس» + a weekday that is not yesterday: trust the weekday, week precision
    ("أمس الاثنين سقطت قذيفة", "أمس الاثنين", d(2020, 4, 6), W, True, "weekday"),
    ("أمس الأربعاء سقطت قذيفة", "أمس الأربعاء", P, W, True, "weekday"),
    ("مساء أمس الخميس سقطت قذيفة", "مساء أمس الخميس", d(2020, 4, 2), W, True, "weekday"),
    ("ليل الجمعة تسلل مسلحون", "ليل الجمعة", d(2020, 4, 3), D, True, "weekday"),
    ("ليلة الجمعة تسلل مسلحون", "ليلة الجمعة", d(2020, 4, 3), D, True, "weekday"),
    ("فجر الجمعة تسلل مسلحون", "فجر الجمعة", d(2020, 4, 3), D, True, "weekday"),
    ("مساء الخميس دوى انفجار", "مساء الخميس", d(2020, 4, 2), D, True, "weekday"),
    ("صباح السبت بدأ الهجوم", "صباح السبت", d(2020, 4, 4), D, True, "weekday"),
    ("الثلاثاء الماضي قتل جنديان", "الثلاثاء الماضي", d(2020, 4, 7), D, True, "weekday"),
    ("الأربعاء الماضي قتل جنديان", "الأربعاء الماضي", d(2020, 4, 1), D, True, "weekday"),
    ("ستعقد جلسة يوم الأحد المقبل", "يوم الأحد المقبل", d(2020, 4, 12), D, True, "weekday"),
    # relative periods
    ("قبل يومين قتل راع", "قبل يومين", d(2020, 4, 6), D, True, "relative_day"),
    ("قبل ثلاثة أيام قتل راع", "قبل ثلاثة أيام", d(2020, 4, 5), D, True, "relative_day"),
    ("منذ 4 أيام تتواصل الاشتباكات", "منذ 4 أيام", d(2020, 4, 4), D, True, "relative_day"),
    ("منذ أيام تتواصل الاشتباكات", "منذ أيام", d(2020, 4, 5), W, True, "vague"),
    ("وقع هجوم مماثل في وقت سابق", "في وقت سابق", d(2020, 4, 7), W, True, "vague"),
    ("خلال الأيام القليلة الماضية", "خلال الأيام القليلة الماضية", d(2020, 4, 5), W, True, "vague"),
    ("قتل خمسة الأسبوع الماضي", "الأسبوع الماضي", d(2020, 4, 1), W, True, "relative_period"),
    ("هجوم نهاية الأسبوع الماضي", "نهاية الأسبوع الماضي", d(2020, 4, 3), W, True, "relative_period"),
    ("قصف مطلع الأسبوع", "مطلع الأسبوع", d(2020, 4, 6), W, True, "relative_period"),
    ("تصاعد القتال هذا الأسبوع", "هذا الأسبوع", d(2020, 4, 6), W, True, "relative_period"),
    ("تصاعد القتال خلال الأسبوع الجاري", "الأسبوع الجاري", d(2020, 4, 6), W, True, "relative_period"),
    ("قبل أسبوع سقطت البلدة", "قبل أسبوع", d(2020, 4, 1), W, True, "relative_period"),
    ("قبل أسبوعين سقطت البلدة", "قبل أسبوعين", d(2020, 3, 25), W, True, "relative_period"),
    ("سقطت البلدة الشهر الماضي", "الشهر الماضي", d(2020, 3, 15), M, True, "relative_period"),
    ("وفي مطلع الشهر الجاري", "مطلع الشهر الجاري", d(2020, 4, 5), W, True, "relative_period"),
    ("منذ بداية الشهر الحالي", "بداية الشهر الحالي", d(2020, 4, 5), W, True, "relative_period"),
    ("اندلعت المعارك مطلع الشهر", "مطلع الشهر", d(2020, 4, 5), W, True, "relative_period"),
    ("قبل شهر سقطت البلدة", "قبل شهر", d(2020, 3, 9), M, True, "relative_period"),
    # clitic ل merged with the article
    ("خلافا لليوم الأول", None, None, None, None, None),
]


@pytest.mark.parametrize("sentence,text,date,precision,relative,kind", CASES)
def test_find_dates(sentence, text, date, precision, relative, kind):
    found = find_dates(sentence, P)
    if text is None:
        assert found == []
        return
    assert len(found) == 1, found
    m = found[0]
    assert sentence[m.start : m.end] == m.text == text
    assert (m.date, m.precision, m.relative, m.kind) == (date, precision, relative, kind)


@pytest.mark.parametrize(
    "sentence,text,date",
    [
        ("وصلت التعزيزات لليوم الثالث", None, None),
        ("واليوم تجدد القصف", "اليوم", P),
        ("فيفري", None, None),
        ("مارس الجيش ضغوطا", None, None),  # «مارس» the verb
        ("بعد صلاة الجمعة خرج المحتجون", None, None),
        ("وقع الاتفاق بين الاثنين", None, None),
        ("تغير الوضع خلال الشهر", None, None),  # a bare «الشهر», «العام»
        ("في العام الدراسي", None, None),
        ("في اليوم التالي انسحبوا", None, None),
        ("قتل 12 عنصرا", None, None),
        ("اللواء 106", None, None),
        ("وبتاريخ 4/4/2020", "4/4/2020", d(2020, 4, 4)),
        ("وفي ٤ نيسان ٢٠٢٠", "٤ نيسان ٢٠٢٠", d(2020, 4, 4)),
        ("في الرّابعِ مِنْ نيسان", "الرّابعِ مِنْ نيسان", d(2020, 4, 4)),  # diacritics
        ("في الرابعة من نيسان", "الرابعة من نيسان", d(2020, 4, 4)),  # feminine ordinal
        ("في 4 ابريل", "4 ابريل", d(2020, 4, 4)),
        ("في 4 إبريل", "4 إبريل", d(2020, 4, 4)),
        ("في 4 اذار", "4 اذار", d(2020, 3, 4)),
        ("ليلة الخميس/الجمعة", "ليلة الخميس/الجمعة", d(2020, 4, 2)),
    ],
)
def test_variants_and_false_positives(sentence, text, date):
    found = find_dates(sentence, P)
    if text is None:
        assert found == [], found
        return
    assert [(m.text, m.date) for m in found] == [(text, date)]
    assert sentence[found[0].start : found[0].end] == text


@pytest.mark.parametrize(
    "sentence,date,precision",
    [
        ("قتل جندي أمس", None, D),
        ("الأربعاء الماضي", None, D),
        ("فجر اليوم", None, D),
        ("الأسبوع الماضي", None, W),
        ("الشهر الماضي", None, M),
        ("منذ أيام", None, W),
        ("أواخر العام الماضي", None, M),
        ("أمس الاثنين", None, D),
        ("في 20 مايو", None, D),  # no year, no publication date
        ("مطلع نيسان", None, W),
        ("في 4 نيسان 2020", d(2020, 4, 4), D),  # with a year it still resolves
        ("4/4/2020", d(2020, 4, 4), D),
        ("شباط/فبراير 2020", d(2020, 2, 15), M),
        ("عام 2011", None, M),
    ],
)
def test_without_publication_date(sentence, date, precision):
    found = find_dates(sentence, None)
    assert len(found) == 1
    assert (found[0].date, found[0].precision) == (date, precision)


def test_year_inference_near_new_year():
    # published 3 January 2021: «28 كانون الأول» is last December, «2 كانون الثاني» this January
    p = d(2021, 1, 3)
    assert find_dates("في 28 كانون الأول", p)[0].date == d(2020, 12, 28)
    assert find_dates("في 2 كانون الثاني", p)[0].date == d(2021, 1, 2)
    # a date up to a month ahead of publication stays in the publication year (announced events)
    assert find_dates("في 20 نيسان", P)[0].date == d(2020, 4, 20)


def test_several_mentions_sorted_and_non_overlapping():
    text = "قصفت الطائرات البلدة فجر اليوم الأربعاء، بعد أن قتل جنديان أمس، وفي 4 نيسان/أبريل 2020 نزح السكان."
    found = find_dates(text, P)
    assert [m.text for m in found] == ["فجر اليوم", "الأربعاء", "أمس", "4 نيسان/أبريل 2020"]
    ends = [(m.start, m.end) for m in found]
    assert ends == sorted(ends)
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:]))
    for m in found:
        assert text[m.start : m.end] == m.text
        assert isinstance(m, DateMention)


def test_speed_and_no_hang():
    block = (
        "قتل 12 عنصرا فجر اليوم الأربعاء وأصيب آخرون مساء أمس، وفي الرابع من نيسان/أبريل 2020 "
        "نزح العشرات منذ أيام، بينما شهد الأسبوع الماضي هدوءا نسبيا في مطلع الشهر الجاري. "
    )
    text = (block * 40)[:5000]
    find_dates(text, P)
    t0 = time.perf_counter()
    for k in range(10):
        find_dates(text + str(k), P)
    assert (time.perf_counter() - t0) / 10 < 0.05
    for bad in ("1/" * 2500, "4 " * 2500, "الأربعاء " * 500, "في " * 1500, "1" * 5000):
        t0 = time.perf_counter()
        find_dates(bad, P)
        assert time.perf_counter() - t0 < 0.5


# ---------------------------------------------------------------- date links (rasd.text.date_links)

from rasd.text.date_links import find_link  # noqa: E402


@pytest.mark.parametrize(
    "sentence,link,kind,offset,keeps",
    [
        ("وفي الهجوم ذاته قتل ثلاثة مدنيين", "في الهجوم ذاته", "same", 0, True),
        ("كما استهدفت غارة أخرى في اليوم نفسه سوقا شعبيا", "في اليوم نفسه", "same", 0, True),
        ("وفي الليلة ذاتها تسلل مسلحون إلى القرية", "في الليلة ذاتها", "same", 0, True),
        ("وفي ذات اليوم أغلقت السلطات المعبر", "في ذات اليوم", "same", 0, True),
        ("وبالقصف نفسه تضررت مدرسة", "بالقصف نفسه", "same", 0, True),
        ("وفي اليوم التالي انسحب المسلحون من الحي", "في اليوم التالي", "next_day", 1, True),
        ("وصباح اليوم التالي عاد القصف", "صباح اليوم التالي", "next_day", 1, True),
        ("وفي اليوم السابق اعتقلت الشرطة ناشطين", "في اليوم السابق", "prev_day", -1, True),
        ("وقال المتحدث باسم الشرطة حينها إن المسلحين فروا", "حينها", "then", 0, False),
        ("وأعلن الوزير آنذاك فرض حظر التجول", "آنذاك", "then", 0, False),
        ("وكانت القوات الحكومية قد سيطرت على التلة", "كانت القوات الحكومية قد", "then", 0, False),
        ("كما كان الجيش قد أعلن الاستنفار", "كما كان الجيش قد", "then", 0, False),
        ("ويأتي ذلك فيما تتواصل المعارك جنوب المدينة", "يأتي ذلك فيما", "then", 0, False),
        ("وبالتزامن مع ذلك قصفت المدفعية مواقع المسلحين", "بالتزامن مع ذلك", "then", 0, False),
        ("وأضاف أن الوحدات صدت هجوما على الحاجز", "وأضاف", "then", 0, False),
        ("وقال في بيان إن الاتفاق لم يعد قائما", "وقال في بيان", "then", 0, False),
    ],
)
def test_date_links(sentence, link, kind, offset, keeps):
    found = find_link(sentence, 0, len(sentence))
    assert found is not None
    assert (found.text, found.kind, found.offset_days, found.keeps_precision) == (link, kind, offset, keeps)
    assert sentence[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "sentence",
    [
        "وقصفت الطائرات البلدة وقتلت خمسة مدنيين",
        "وقال المتحدث باسم الشرطة إن المسلحين فروا",  # a named speaker: a statement of its own
        "وأكد الوزير أن القوات ستبقى في المدينة",
        "وشارك في الاجتماع وزراء الخارجية",
        "وأعرب الأمين العام عن قلقه من التصعيد، قائلا إن الوضع كان قد تدهور",  # «كان ... قد» not at the head
        "",
    ],
)
def test_no_date_link(sentence):
    assert find_link(sentence, 0, len(sentence)) is None


def test_date_link_at_clause_head_and_offsets():
    text = "قصفت الطائرات السوق أمس. ونقلت الوكالة الخبر، وكانت القوات قد انسحبت من الحي."
    lo = text.index("ونقلت")
    head = text.index("وكانت")
    assert find_link(text, lo, len(text)) is None
    found = find_link(text, lo, len(text), head=head)
    assert found is not None and found.start == head + 1 and found.kind == "then"  # «و» left out
