"""End-to-end: the demo corpus and the development seeds, scored by the project's shared scorer.

The dev-set bar is the one in issue #2. The shared folder (``../shared``: seeds, gold, scorer) sits
beside the checkout in the development workplace; where it is absent (a user's clone) the seed test
is skipped with that reason. The demo gold ships with the project, so that test only needs the
scorer.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.ingest.demo import demo_articles

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))
SCORER = SHARED / "eval" / "score.py"
DEMO_TEXTS = ROOT / "src" / "rasd" / "data" / "demo" / "articles"
GOLD = ROOT / "tests" / "gold"

DEV_BAR = {"events_f1": 0.70, "violent_f1": 0.75, "quotes_f1": 0.80, "stance_acc": 0.80}
DEV_FIELDS = {"date": 0.80, "location_25km": 0.85}  # field names as in the scorer's JSON
# regression floors, a little under the figures measured on 2026-12-07 (docs/evaluation.md); raise
# them as extraction improves, never lower them to make a change pass
DEMO_FLOOR = {
    "a": {"events_f1": 0.71, "violent_f1": 0.72, "quotes_f1": 0.92, "stance_acc": 0.85},
    "b": {"events_f1": 0.69, "violent_f1": 0.76, "quotes_f1": 0.89, "stance_acc": 0.85},
}
# held-out sets c (12 articles), d (10) and e (10): Syria, Yemen, Iraq, Sudan, Libya, written and
# annotated before the extractor was run on them (tests/gold/heldout_*/README.md)
HELDOUT_FLOOR = {
    "c": {"events_f1": 0.74, "violent_f1": 0.82, "quotes_f1": 0.91, "stance_acc": 0.90},
    "d": {"events_f1": 0.75, "violent_f1": 0.79, "quotes_f1": 0.90, "stance_acc": 0.78},
    "e": {"events_f1": 0.70, "violent_f1": 0.65, "quotes_f1": 0.90, "stance_acc": 0.58},
}
DEV_FLOOR = {"events_f1": 0.70, "violent_f1": 0.79, "quotes_f1": 0.85, "stance_acc": 0.80}

needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason=f"shared scorer not found at {SCORER}")


def _score(gold: Path, pred: Path, texts: Path, out: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(pred), "--texts", str(texts), "--json", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr + proc.stdout
    print(proc.stdout.splitlines()[-1])
    return json.loads(out.read_text(encoding="utf-8"))


def _field_acc(report: dict, name: str) -> float:
    """Accuracy of one field on matched events, from the scorer's JSON (a missing field is an error)."""
    f = report["events"]["all"]["fields"][name]
    return f["correct"] / f["scored"] if f["scored"] else 0.0


def _extract(extractor, articles, out: Path) -> Path:
    with out.open("w", encoding="utf-8") as handle:
        for art in articles:
            handle.write(extractor.extract(art).model_dump_json() + "\n")
    return out


@pytest.fixture(scope="module")
def extractor():
    from rasd.build import build_extractor

    return build_extractor()


def test_demo_corpus_end_to_end(extractor, tmp_path):
    arts = list(demo_articles())
    assert len(arts) >= 12
    assert {a.country for a in arts if a.country} >= {"LY", "SY", "YE", "IQ", "SD"} or len(arts) >= 12
    docs = [extractor.extract(a) for a in arts]
    for art, doc in zip(arts, docs):
        assert not [e for e in doc.errors if e.code.startswith("RASD-E")], doc.errors
        for ev in doc.events:
            assert art.text[ev.evidence_start:ev.evidence_end] == ev.evidence
        for q in doc.quotes:
            assert art.text[q.evidence_start:q.evidence_end] == q.evidence
        for m in doc.mentions:
            assert art.text[m.start:m.end] == m.text
    assert sum(len(d.events) for d in docs) >= 100
    assert {d.stance.label for d in docs} - {"neutral"}, "some demo outlets are partisan"


@needs_scorer
@pytest.mark.parametrize("part", ["a", "b"])
def test_demo_gold_score(extractor, tmp_path, part):
    gold = GOLD / f"demo_gold_{part}.jsonl"
    ids = {json.loads(line)["doc_id"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()}
    arts = [a for a in demo_articles() if a.id in ids]
    pred = _extract(extractor, arts, tmp_path / "pred.jsonl")
    report = _score(gold, pred, DEMO_TEXTS, tmp_path / "score.json")
    head = report["headline"]
    low = {k: round(head[k], 3) for k, v in DEMO_FLOOR[part].items() if head[k] < v}
    assert not low, f"below the demo floor: {low}"


@needs_scorer
@pytest.mark.parametrize("part", ["c", "d", "e"])
def test_heldout_gold_score(extractor, tmp_path, part):
    from rasd.model.io import ArticleIn

    gold = GOLD / f"heldout_{part}_gold.jsonl"
    texts = GOLD / f"heldout_{part}"
    arts = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        text = (texts / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        arts.append(ArticleIn(id=g["doc_id"], text=text, published=g["assumed_published"]))
    pred = _extract(extractor, arts, tmp_path / "pred.jsonl")
    head = _score(gold, pred, texts, tmp_path / "score.json")["headline"]
    low = {k: round(head[k], 3) for k, v in HELDOUT_FLOOR[part].items() if head[k] < v}
    assert not low, f"below the held-out {part} floor: {low}"


def _dev_report(extractor, tmp_path) -> dict:
    gold = SHARED / "gold" / "seeds_gold.jsonl"
    from rasd.model.io import ArticleIn

    arts = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        text = (SHARED / "seeds" / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        arts.append(ArticleIn(id=g["doc_id"], text=text, published=g["assumed_published"]))
    pred = _extract(extractor, arts, tmp_path / "pred.jsonl")
    return _score(gold, pred, SHARED / "seeds", tmp_path / "score.json")


@needs_scorer
@pytest.mark.skipif(not (SHARED / "gold" / "seeds_gold.jsonl").exists(), reason="dev gold not found")
def test_dev_seeds_regression_floor(extractor, tmp_path):
    head = _dev_report(extractor, tmp_path)["headline"]
    low = {k: round(head[k], 3) for k, v in DEV_FLOOR.items() if head[k] < v}
    assert not low, f"below the dev regression floor: {low}"


@needs_scorer
@pytest.mark.skipif(not (SHARED / "gold" / "seeds_gold.jsonl").exists(), reason="dev gold not found")
def test_dev_seeds_meet_the_bar(extractor, tmp_path):
    report = _dev_report(extractor, tmp_path)
    head = report["headline"]
    low = {k: round(head[k], 3) for k, v in DEV_BAR.items() if head[k] < v}
    low.update({k: round(_field_acc(report, k), 3) for k, v in DEV_FIELDS.items() if _field_acc(report, k) < v})
    assert not low, f"below the dev bar: {low}"
