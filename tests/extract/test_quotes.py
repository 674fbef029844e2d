"""Quote stage: speaker, side, reporting verb and content span."""

import pytest


@pytest.mark.parametrize(
    "text, speaker_part, verb",
    [
        ("قال المتحدث باسم الجيش الوطني الليبي أحمد المسماري إن قواته تقدمت في محور عين زارة.", "المسماري", "قال"),
        ("وأكدت وزارة الخارجية التركية أن أنقرة ستواصل دعم الحكومة الشرعية.", "وزارة الخارجية التركية", "أكدت"),
        ("ودعا المبعوث الأممي الأطراف إلى ضبط النفس.", "المبعوث الأممي", "دعا"),
    ],
)
def test_quote_speaker_and_verb(run, text, speaker_part, verb):
    out = run(text)
    assert out.quotes, out
    q = out.quotes[0]
    assert q.verb == verb
    assert q.speaker and speaker_part in q.speaker
    assert text[q.evidence_start:q.evidence_end] == q.evidence
    assert q.evidence_start <= q.content_start < q.content_end <= q.evidence_end


def test_attribution_marker(run):
    text = "وقتل ثلاثة مدنيين في القصف، بحسب مصادر طبية في المدينة."
    out = run(text)
    assert any(q.verb in ("بحسب", "حسب") for q in out.quotes), out.quotes


def test_quote_side_from_speaker(run):
    out = run("قال المتحدث باسم الجيش الوطني الليبي أحمد المسماري إن قواته أسقطت طائرة تركية مسيرة.")
    assert out.quotes[0].side == "LNA"


def _quote(out, verb):
    found = [q for q in out.quotes if q.verb == verb]
    assert found, out.quotes
    return found[0]


@pytest.mark.parametrize(
    "text, verb, speaker_part, not_in_speaker",
    [
        # «نقل X عن Y»: the source after «عن», not the outlet; quotation marks do not stop it
        ('ونقل موقع "الوسط" الإخباري عن العقيد سالم الورفلي من غرفة العمليات التابعة لقوات الوفاق أن القصف توقف.',
         "نقل", "سالم الورفلي", "الوسط"),
        ("ونقلت وكالة الأنباء عن مصدر عسكري قوله إن الهجوم صُد.", "نقلت", "مصدر عسكري", "وكالة"),
        # a title with an unknown name: title + name
        ("وقال العقيد سالم الورفلي إن الوضع هادئ.", "قال", "العقيد سالم الورفلي", None),
        ("وقال مدير مستشفى الزهراء إن المستشفى استقبل جرحى.", "قال", "مدير مستشفى الزهراء", None),
        ("وناشد المبعوث الأممي الأطراف وقف القتال.", "ناشد", "المبعوث الأممي", "الأطراف"),
        # SVO in a sentence opening with «وكان»
        ("وكان المتحدث باسم قوات الوفاق العقيد سالم الورفلي، أقر أمس بأن الطيران قصف المطار.", "أقر", "سالم الورفلي", None),
        # head nouns without a lexicon entry
        ("وأوضحت الوزارة أن الطرق مفتوحة.", "أوضحت", "الوزارة", None),
        ("ويرى مراقبون أن المفاوضات ستتعثر.", "يرى", "مراقبون", None),
    ],
)
def test_speaker_phrases(run, text, verb, speaker_part, not_in_speaker):
    q = _quote(run(text), verb)
    assert q.speaker and speaker_part in q.speaker, q
    if not_in_speaker:
        assert not_in_speaker not in q.speaker


def test_unit_affiliation_gives_side(run):
    text = 'ونقل موقع "الوسط" الإخباري عن العقيد سالم الورفلي من غرفة العمليات التابعة لقوات الوفاق أن القصف توقف.'
    assert _quote(run(text), "نقل").side == "GNA"


@pytest.mark.parametrize(
    "text, verb, wrong",
    [
        # a complement right after the verb begins the content
        ("وكان وزير الدفاع التركي خلوصي أكار اعترف بإرسال جنود إلى سوريا.", "اعترف", "جنود"),
        ("وأعلن الجيش الوطني الليبي رفضه للهدنة.", "أعلن", "رفضه"),
    ],
)
def test_complement_is_not_speaker(run, text, verb, wrong):
    q = _quote(run(text), verb)
    assert q.speaker is None or wrong not in q.speaker, q


@pytest.mark.parametrize(
    "text",
    [
        "قتل خمسة عناصر من الميليشيا بينهم مرتزقة سوريون.",
        "اندلعت اشتباكات بين الطرفين جنوب المدينة.",
        "اعتقلت القوات قياديا في التنظيم يدعى خالد العبيدي.",
    ],
)
def test_not_reporting_verbs(run, text):
    assert not run(text).quotes


@pytest.mark.parametrize(
    "text, speaker_part",
    [
        ("وبيّن المتحدث باسم الحكومة أن الموازنة جاهزة.", "المتحدث باسم الحكومة"),
        ("وبين المتحدث باسم الحكومة أن الموازنة جاهزة.", "المتحدث باسم الحكومة"),
        ("ويدعي الجيش الوطني الليبي أن الطائرات تركية.", "الجيش الوطني الليبي"),
    ],
)
def test_reporting_verbs_kept(run, text, speaker_part):
    out = run(text)
    assert out.quotes and speaker_part in (out.quotes[0].speaker or ""), out.quotes


def test_carry_over_continues_same_speaker(run):
    out = run("وقال العقيد سالم الورفلي إن القصف توقف. وأضاف أن القوات ما زالت في مواقعها.")
    q = _quote(out, "أضاف")
    assert q.speaker and "الورفلي" in q.speaker


def test_carry_over_stops_after_other_subject(run):
    text = ("وقال العقيد سالم الورفلي إن القصف توقف. وشنت قوات الجيش الوطني الليبي هجوما على المطار، "
            "وأضافت أن الهجوم نجح.")
    q = _quote(run(text), "أضافت")
    assert not q.speaker or "الورفلي" not in q.speaker, q
