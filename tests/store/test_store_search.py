"""Full-text search: the same Arabic normalisation for the index and the query, on both backends."""

from __future__ import annotations

import dataclasses

import pytest

from rasd.model.io import ArticleIn, DocumentOut
from rasd.store import EventFilter, MentionRef
from rasd.store.keys import article_key
from rasd.store.search import fts5_query, index_keys, query_key, search_document, search_terms


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


# -- clitics: «الوطية» finds «بالوطية» and «وبالوطية» -------------------------------------------

@pytest.mark.parametrize(("word", "keys"), [
    ("وبالوطيه", ["وبالوطيه", "بالوطيه", "وطيه"]),
    ("للجيش", ["للجيش", "جيش"]),
    ("كالعاده", ["كالعاده", "عاده"]),
    ("وسيطالب", ["وسيطالب", "سيطالب", "يطالب"]),
    ("غريان", ["غريان"]),
])
def test_an_indexed_word_carries_its_stems_without_proclitics(word, keys):
    assert index_keys(word) == keys


@pytest.mark.parametrize(("word", "key"), [
    ("الوطيه", "وطيه"), ("بالوطيه", "وطيه"), ("وبالوطيه", "وطيه"), ("فللجيش", "جيش"),
    ("وزير", "وزير"),   # no article behind «و»: looked up as typed
    ("والي", "والي"),   # not «و» + «الي» (إلى)
    ("يطالب", "يطالب"),
])
def test_a_query_word_is_looked_up_by_its_stem_when_an_article_shows_the_clitics(word, key):
    assert query_key(word) == key


CLITIC_ARTICLES = {
    "zawiya": "سقطت قذائف هاون بالزاوية مساء الخميس وأصابت منزلين في حي سكني.",
    "port": "وبالميناء رست سفينة محمّلة بالذخائر، وقال مسؤول إنها وصلت فجراً.",
    "gharyan": "انتشرت وحدات من الجيش في غريان، وفي المطار تمركزت فرقة للحراسة.",
    "sirte": "كالعادة، أغلقت السلطات الطرق المؤدية إلى سرت للمرة الثالثة.",
    "council": "وسيطالب المجلس بوقف إطلاق النار في الجنوب خلال جلسته المقبلة.",
}


def _clitic_store(store, base):
    events = []
    for name, text in CLITIC_ARTICLES.items():
        article = ArticleIn(id=name, text=text, published="2022-05-01", outlet="Desk")
        store.put_document(article, DocumentOut(doc_id=name, published=article.published), "v1")
        ref = MentionRef(article_id=article_key(article).article_id, doc_id=name, outlet="Desk", outlet_side=None,
                         event_index=0, evidence="…", evidence_start=0, evidence_end=5, fatalities=None,
                         claimed_by=None)
        events.append(dataclasses.replace(base, event_id=f"ev-{name}", mentions=(ref,)))
    store.replace_merged(events)
    return store


CLITIC_QUERIES = [
    ("الزاوية", ["ev-zawiya"]),           # written «بالزاوية»
    ("زاوية", ["ev-zawiya"]),
    ("بالزاوية", ["ev-zawiya"]),
    ("قذائف الزاوية", ["ev-zawiya"]),
    ("الميناء", ["ev-port"]),             # written «وبالميناء»
    ("وبالميناء", ["ev-port"]),
    ("الذخائر", ["ev-port"]),             # written «بالذخائر»
    ("العادة", ["ev-sirte"]),             # written «كالعادة»
    ("يطالب", ["ev-council"]),            # written «وسيطالب»
    ("الحراسة", ["ev-gharyan"]),          # written «للحراسة»
    ("المطار", ["ev-gharyan"]),
    ("والي", []),                         # «إلى سرت» is not «والي»
    ("الزاوية الميناء", []),              # every word must occur in one article
]


@pytest.mark.parametrize(("query", "expected"), CLITIC_QUERIES)
def test_clitic_prefixed_words_are_found_on_both_backends(store, sample_events, query, expected):
    found = sorted(e.event_id for e in _clitic_store(store, sample_events[0]).query_events(EventFilter(text=query)))
    assert found == expected


def test_the_migration_re_indexes_articles_stored_word_for_word(store, sample_events):
    """A store indexed before the clitic step (schema 2 / 3) finds «الزاوية» once migrated."""
    from rasd.store.migrations import migrations

    _clitic_store(store, sample_events[0])
    step = next(m for m in migrations(store.dialect) if m.name == "search_clitics")
    old = search_document(CLITIC_ARTICLES["zawiya"])
    if store.dialect == "sqlite":
        conn = store._conn()
        conn.execute("UPDATE article_fts SET body = ? WHERE rowid = (SELECT id FROM articles WHERE doc_id = 'zawiya')",
                     (old,))
        conn.execute("DELETE FROM schema_version WHERE version = ?", (step.version,))
    else:
        store._run(lambda c: c.execute("UPDATE articles SET search_text = %s WHERE doc_id = 'zawiya'", (old,)))
        store._run(lambda c: c.execute("DELETE FROM schema_version WHERE version = %s", (step.version,)))
    assert store.count_events(EventFilter(text="الزاوية")) == 0
    store.migrate()
    assert store.count_events(EventFilter(text="الزاوية")) == 1
