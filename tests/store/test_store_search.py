"""Full-text search: the same Arabic normalisation for the index and the query, on both backends."""

from __future__ import annotations

from rasd.store import EventFilter
from rasd.store.search import fts5_query, search_document, search_terms


def test_normalisation_of_document_and_query():
    assert search_document("أَسْقَطَتْ الدفاعاتُ الجويّة طائرةً مُسيَّرةً") == "اسقطت الدفاعات الجويه طائره مسيره"
    assert search_terms("إسقاط  «طائرة» مسيّرة!") == ["اسقاط", "طائره", "مسيره"]
    assert search_terms("مـــأرب") == ["مارب"]  # tatweel
    assert search_terms("مستشفى") == ["مستشفي"]
    assert search_terms("'; DROP TABLE events; --") == ["drop", "table", "events"]
    assert fts5_query(['a"b', "c"]) == '"a""b" "c"'


# the Watiya article is written «شنَّت طائراتٌ حربيّة غاراتٍ على قاعدة الوطية الجوية، وأسقطت ... طائرةً مُسيَّرة»
WATIYA_QUERIES = ["الوطية", "الوَطْيَة", "طائرة مسيرة", "طائره مسيّره", "حربية", "حربيّة", "غارات", "غاراتٍ",
                  "طائرات", "مسيرة الوطية"]  # all words must occur, in any order
# the Marib article is written «أطلق الحوثيون صاروخاً باليستياً على مدينة مأرب، وقال مسؤول إن الإصابات كثيرة»
MARIB_QUERIES = ["مأرب", "مارب", "مآرب", "صاروخا", "صاروخاً", "الإصابات", "الاصابات", "أطلق", "اطلق", "إطلق"]


def test_diacritics_hamza_and_ta_marbuta_do_not_matter(filled):
    found = {q: [e.event_id for e in filled.query_events(EventFilter(text=q))] for q in WATIYA_QUERIES + MARIB_QUERIES}
    expected = {q: ["ev-base"] for q in WATIYA_QUERIES} | {q: ["ev-marib"] for q in MARIB_QUERIES}
    assert found == expected


def test_words_in_no_article_find_nothing(filled):
    assert filled.query_events(EventFilter(text="بنغازي")) == []
    assert filled.count_events(EventFilter(text="")) == 0
    assert filled.count_events(EventFilter(text="؟!")) == 0
