"""The merge test set (tests/fixtures/merge): real extractor + merger against gold clusters,
and the whole path through a store (`merge_store`) and the CLI (`rasd ingest`) on both backends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli.app import app
from rasd.dedup import merge_documents, merge_store
from rasd.dedup.evaluate import load_gold, score_merge
from rasd.model.io import ArticleIn
from rasd.store import EventFilter, open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "merge"


@pytest.fixture(scope="module")
def merge_set(rasd_extractor):
    lines = (FIXTURES / "articles.jsonl").read_text("utf-8").splitlines()
    articles = [ArticleIn.model_validate_json(line) for line in lines if line.strip()]
    return [(a, rasd_extractor.extract(a)) for a in articles]


def test_gold_names_only_articles_of_the_set(merge_set):
    ids = {a.id for a, _ in merge_set}
    gold = load_gold(FIXTURES / "gold_clusters.json")
    members = [m for c in gold for m in c.members]
    assert {m.article for m in members} <= ids
    assert len(members) == len(set(members))


def test_pairwise_precision_and_recall_at_least_090(merge_set, merge_context):
    merged = merge_documents(merge_set, merge_context)
    events_of = {d.doc_id: [(e.event_type or e.plover_type, e.location_id) for e in d.events] for _, d in merge_set}
    scores = score_merge(load_gold(FIXTURES / "gold_clusters.json"), merged, events_of)
    detail = f"P={scores.precision:.3f} R={scores.recall:.3f}; missed by the extractor: {scores.missed_members}"
    assert scores.precision >= 0.9, detail
    assert scores.recall >= 0.9, detail


def test_merge_store_on_both_backends(store, merge_set, merge_context):
    for article, doc in merge_set:
        store.put_document(article, doc, "v1")
    events = merge_store(store, merge_context)
    assert store.counts()["merged"] == len(events)
    assert store.count_events(EventFilter()) == len(events)
    [watiya] = store.query_events(EventFilter(text="الوطيه", sub_event_type="Air/drone strike", country="LY"))
    assert watiya.corroboration == 3                      # wire story + its copy count once
    assert {m.doc_id for m in watiya.mentions} >= {"ly_watiya_wire", "ly_watiya_copy", "ly_watiya_lna"}
    assert store.get_event(watiya.event_id) == watiya
    again = merge_store(store, merge_context)              # a re-run keeps the ids
    assert [e.event_id for e in again] == [e.event_id for e in events]
    assert store.query_events(EventFilter(min_corroboration=3, side="HOUTHIS", country="Yemen"))


def test_cli_ingest_twice(tmp_path):
    runner = CliRunner()
    db = tmp_path / "rasd.db"
    source = FIXTURES / "articles.jsonl"
    first = runner.invoke(app, ["ingest", str(source), "--db", str(db)])
    assert first.exit_code == 0, first.output
    n = sum(1 for line in source.read_text("utf-8").splitlines() if line.strip())
    assert f"{n} inserted, 0 unchanged, 0 replaced, 0 error" in first.output
    second = runner.invoke(app, ["ingest", str(source), "--db", str(db)])
    assert f"0 inserted, {n} unchanged, 0 replaced, 0 error" in second.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": 1, "text": ""}) + "\nnot json\n", encoding="utf-8")
    third = runner.invoke(app, ["ingest", str(bad), "--db", str(db), "--no-merge"])
    assert third.exit_code == 0 and "0 inserted, 0 unchanged, 0 replaced, 2 error" in third.output
    store = open_store(str(db))
    try:
        assert store.counts()["articles"] == n and store.counts()["merged"] > 0
    finally:
        store.close()
