"""Storing documents: idempotent re-ingest, replacement by a new lexicon version, atomicity."""

from __future__ import annotations

import pytest

from rasd import __version__
from rasd.lexicon.version import lexicon_version
from rasd.model.io import ArticleIn
from rasd.store import rows
from rasd.store.keys import article_key


def _put_all(store, docs, version):
    return [store.put_document(a, d, version).status for a, d in docs]


def test_ingesting_the_demo_corpus_twice_changes_nothing(store, demo_docs):
    assert _put_all(store, demo_docs, "v1") == ["inserted"] * len(demo_docs)
    before = store.counts()
    assert before["articles"] == len(demo_docs)
    assert before["events"] == sum(len(d.events) for _, d in demo_docs)
    assert before["quotes"] == sum(len(d.quotes) for _, d in demo_docs)
    assert _put_all(store, demo_docs, "v1") == ["unchanged"] * len(demo_docs)
    assert store.counts() == before


def test_a_new_lexicon_version_replaces_the_article_records(store, demo_docs):
    article, doc = next((a, d) for a, d in demo_docs if len(d.events) >= 2)
    store.put_document(article, doc, "v1")
    fewer = doc.model_copy(update={"events": doc.events[:1], "quotes": []})
    result = store.put_document(article, fewer, "v2")
    assert (result.status, result.events, result.quotes) == ("replaced", 1, 0)
    assert store.counts()["events"] == 1 and store.counts()["quotes"] == 0
    stored_article, stored_doc = store.get_document(result.article_id)
    assert stored_doc == fewer and stored_article.id == article.id
    assert store.put_document(article, fewer, "v2").status == "unchanged"


def test_a_corrected_text_at_the_same_url_replaces_the_article(store, demo_docs, rasd_extractor):
    article, doc = demo_docs[0]
    store.put_document(article, doc, "v1")
    corrected = article.model_copy(update={"text": article.text + " وأضاف المصدر أن الوضع هادئ."})
    result = store.put_document(corrected, rasd_extractor.extract(corrected), "v1")
    assert result.status == "replaced"
    assert store.counts()["articles"] == 1


def test_replacement_is_all_or_nothing(store, demo_docs, monkeypatch):
    article, doc = next((a, d) for a, d in demo_docs if d.events and d.quotes)
    store.put_document(article, doc, "v1")
    before = store.counts()

    def broken(*_args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(rows, "quote_rows", broken)  # fails after the old rows were deleted
    with pytest.raises(RuntimeError):
        store.put_document(article, doc.model_copy(update={"events": []}), "v2")
    monkeypatch.undo()
    assert store.counts() == before
    assert store.get_document(article_key(article).article_id)[1] == doc


def test_without_a_url_the_normalised_text_is_the_key(store, rasd_extractor):
    plain = ArticleIn(id="a", text="قصفت القوات مواقع في مدينة سرت أمس.")
    voweled = ArticleIn(id="b", text="قَصَفَتْ القوّات مواقعَ في مدينة سرت أمسِ.")
    assert article_key(plain) == article_key(voweled)
    assert store.put_document(plain, rasd_extractor.extract(plain), "v1").status == "inserted"
    assert store.put_document(voweled, rasd_extractor.extract(voweled), "v1").status == "unchanged"


def test_documents_round_trip(store, demo_docs):
    _put_all(store, demo_docs, "v1")
    key = article_key(demo_docs[3][0]).article_id
    assert store.has_article(key) and not store.has_article("u:0000000000000000")
    assert store.get_document(key) == demo_docs[3]
    assert store.get_document("nope") is None
    stored = {a.id: d for a, d in store.iter_documents()}
    assert stored == {a.id: d for a, d in demo_docs}


def test_lexicon_version_names_the_package_and_the_entries(rasd_extractor):
    version = lexicon_version(rasd_extractor.resources.lexicon)
    assert version.startswith(__version__ + "+") and len(version) > len(__version__) + 8
    assert lexicon_version(rasd_extractor.resources.lexicon) == version
