"""Phrase matching: longest phrase first, the first added among equally long ones."""

from __future__ import annotations

from rasd.lexicon.index import PhraseIndex
from rasd.text.normalize import normalize_text
from rasd.text.tokens import tokenize


def _match(index: PhraseIndex[str], text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    return [(m.start, m.end, m.payloads) for m in index.match(tokenize(normalize_text(text).text))]


def test_longest_phrase_wins_and_matches_do_not_overlap():
    index: PhraseIndex[str] = PhraseIndex()
    index.add_all([("الجيش", "army"), ("الجيش الوطني", "lna_short"), ("الجيش الوطني الليبي", "lna"),
                   ("قوات", "forces"), ("قوات الوفاق", "gna")])
    assert _match(index, "قصف الجيش الوطني الليبي قوات الوفاق وقوات") == [
        (1, 4, ("lna",)), (4, 6, ("gna",)), (6, 7, ("forces",)),
    ]
    assert _match(index, "الجيش الوطني") == [(0, 2, ("lna_short",))]


def test_phrase_is_not_matched_past_the_range_end():
    index: PhraseIndex[str] = PhraseIndex()
    index.add_all([("الجيش", "army"), ("الجيش الوطني", "lna")])
    tokens = tokenize(normalize_text("الجيش الوطني").text)
    assert [(m.end, m.payload) for m in index.match(tokens, 0, 1)] == [(1, "army")]


def test_equally_long_phrases_keep_the_first_added():
    # «عنصرا» may be read as «عنصرا» or, without its tanween alef, «عنصر»: both phrases match
    index: PhraseIndex[str] = PhraseIndex()
    index.add_all([("مقتل عنصر", "first"), ("مقتل عنصرا", "second")])
    assert _match(index, "مقتل عنصرا") == [(0, 2, ("first",))]
    index.add("مقتل", "one_word")  # adding after a match rebuilds that word's phrases
    assert _match(index, "مقتل جندي") == [(0, 1, ("one_word",))]


def test_a_longer_phrase_starting_inside_a_match_wins():
    # «مقاتلات تحالف دعم الشرعية»: «تحالف دعم الشرعية» is the better reading than «مقاتلات تحالف»
    index: PhraseIndex[str] = PhraseIndex()
    index.add_all([("مقاتلات تحالف", "jets"), ("تحالف دعم الشرعية", "coalition")])
    assert _match(index, "وشنت مقاتلات تحالف دعم الشرعية غارات") == [(2, 5, ("coalition",))]
    assert _match(index, "وحلقت مقاتلات تحالف فوق المدينة") == [(1, 3, ("jets",))]


def test_article_sensitive_names_need_their_article():
    # the preposition «عند» is not the base «العند», the dual «قريتين» is not the town «القريتين»
    index: PhraseIndex[str] = PhraseIndex(article_sensitive=True)
    index.add_all([("العند", "anad"), ("القريتين", "qaryatayn"), ("مأرب", "marib")])
    assert _match(index, "غارات عند الجسر على قريتين") == []
    assert _match(index, "قصف قاعدة بالعند وفي القريتين ومأرب") == [
        (2, 3, ("anad",)), (4, 5, ("qaryatayn",)), (5, 6, ("marib",)),
    ]
    plain: PhraseIndex[str] = PhraseIndex()
    plain.add("العند", "anad")
    assert _match(plain, "عند الجسر") == [(0, 1, ("anad",))]  # actors/triggers keep the old behaviour
