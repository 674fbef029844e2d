"""Speaker phrases, parsed on their own (sentences written for these tests)."""

from __future__ import annotations

import pytest

from rasd.extract.speakers import SpeakerGrammar


@pytest.fixture(scope="module")
def grammar(extractor):
    stage = next(s for s in extractor.pipeline.stages if s.name == "quotes")
    return SpeakerGrammar(stage.res)


def _phrase_after(stages, grammar, text: str, verb: str):
    doc = stages(text, "mentions")
    v = next(i for i, t in enumerate(doc.tokens) if t.text.endswith(verb))
    end = grammar.scan_end(doc, v + 1, len(doc.tokens))
    phrase = grammar.phrase(doc, v + 1, end)
    return doc, phrase


@pytest.mark.parametrize(
    "text, verb, speaker, actor",
    [
        ("وقال العقيد سالم الورفلي من غرفة العمليات التابعة للجيش الوطني الليبي إن الهجوم صد.", "قال",
         "العقيد سالم الورفلي", "LNA"),
        ("وقال المتحدث باسم قوات الدعم السريع إن قواته انسحبت من الجسر.", "قال",
         "المتحدث باسم قوات الدعم السريع", "RSF"),
    ],
)
def test_titled_speaker_phrase(stages, grammar, text, verb, speaker, actor):
    doc, phrase = _phrase_after(stages, grammar, text, verb)
    assert phrase is not None
    a, b = doc.token_spans[phrase.start][0], doc.token_spans[phrase.end - 1][1]
    assert doc.text[a:b].startswith(speaker)
    assert phrase.actor_id == actor


@pytest.mark.parametrize("text, verb", [("واعترف بإرسال مقاتلين إلى الجبهة.", "اعترف"),
                                        ("وأعلن رفضه للشروط المطروحة.", "اعلن")])
def test_complement_is_not_a_speaker(stages, grammar, text, verb):
    doc = stages(text, "mentions")
    v = next(i for i, t in enumerate(doc.tokens) if t.text.endswith(verb))
    assert grammar.complement(doc, v + 1, len(doc.tokens))
