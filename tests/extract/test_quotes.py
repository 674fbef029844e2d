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
