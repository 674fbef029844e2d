import pytest

from rasd.text.sentences import split_clauses, split_sentences


def sentences(text):
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قصف الجيش المدينة. ونفت القوات ذلك.", ["قصف الجيش المدينة.", "ونفت القوات ذلك."]),
        ("عنوان\nالنص هنا.", ["عنوان", "النص هنا."]),
        ("وصل 3.5 طن من المساعدات.", ["وصل 3.5 طن من المساعدات."]),
        ("هل انتهت الحرب؟ لا.", ["هل انتهت الحرب؟", "لا."]),
        ("انتهى الاجتماع., وبدأ آخر.", ["انتهى الاجتماع.,", "وبدأ آخر."]),
        ("   ", []),
    ],
)
def test_split_sentences(text, expected):
    assert sentences(text) == expected


def test_split_clauses_at_commas_and_connectors():
    text = "قصفت الطائرات المواقع، فيما نفت القوات ذلك بينما صمت الآخرون."
    sent = split_sentences(text)[0]
    clauses = [text[c.start : c.end] for c in split_clauses(text, sent)]
    assert clauses == ["قصفت الطائرات المواقع", "فيما نفت القوات ذلك", "بينما صمت الآخرون."]
