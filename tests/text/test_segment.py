import pytest

from rasd.text.segment import analyses
from rasd.text.tokens import phrase_key, token_key, tokenize


def stems(word):
    return [a.stem for a in analyses(word)]


@pytest.mark.parametrize(
    "word, stem",
    [
        ("والجيش", "الجيش"),
        ("بالجيش", "الجيش"),
        ("وبالجيش", "الجيش"),
        ("للجيش", "الجيش"),
        ("فالقوات", "القوات"),
        ("كالعادة", "العادة"),
        ("مواقعها", "مواقع"),
        ("قواتهم", "قوات"),
        ("عنصرا", "عنصر"),
        ("وطرابلس", "طرابلس"),
    ],
)
def test_clitics_are_offered(word, stem):
    assert stem in stems(word)


def test_unstripped_reading_comes_first():
    assert analyses("بحث")[0].stem == "بحث"
    assert analyses("وقع")[0].stem == "وقع"


@pytest.mark.parametrize("word", ["سيطالب", "وستستهدف", "سنرد"])
def test_future_prefix_is_flagged(word):
    assert any(a.future for a in analyses(word))


def test_short_words_are_not_over_stripped():
    assert all(len(a.stem) >= 2 for a in analyses("ول"))


@pytest.mark.parametrize("word, key", [("الجيش", "جيش"), ("جيش", "جيش"), ("الى", "الى")])
def test_token_key_drops_article(word, key):
    assert token_key(word) == key


def test_phrase_key_and_tokens():
    assert phrase_key("الجيش الوطني الليبي") == ("جيش", "وطني", "ليبي")
    toks = tokenize("قال الجيش، إن 3 عناصر")
    assert [t.text for t in toks] == ["قال", "الجيش", "إن", "3", "عناصر"]


@pytest.mark.parametrize("word, stem", [("ومن", "من"), ("ولم", "لم"), ("ولا", "لا"), ("وحث", "حث"), ("وفي", "في")])
def test_conjunction_on_a_two_letter_function_word(word, stem):
    assert stem in stems(word)


@pytest.mark.parametrize("word", ["وقف", "وصل", "وفد", "وقد", "فقد"])
def test_three_letter_words_keep_their_first_letter(word):
    # «وقف» (stop), «وصل» (arrived), «وفد» (delegation); «فقد توعد» is a perfect, not «قد» + imperfect
    assert stems(word) == [word]
