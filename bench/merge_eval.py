"""Cross-source merging on the merge test set: pairwise precision, recall and F1 against gold.

Runs the real extractor on ``tests/fixtures/merge/articles.jsonl`` (the same events rewritten by
outlets of different sides, distractors on the same day or at the same place, one syndicated copy),
merges the events with :func:`rasd.dedup.merge_documents`, and scores the clusters against
``tests/fixtures/merge/gold_clusters.json`` (see :mod:`rasd.dedup.evaluate`).

    .venv/bin/python bench/merge_eval.py [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rasd.build import build_extractor
from rasd.dedup import LexiconContext, merge_documents
from rasd.dedup.evaluate import load_gold, score_merge
from rasd.model.io import ArticleIn

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "merge"


def run(articles_path: Path = FIXTURES / "articles.jsonl", gold_path: Path = FIXTURES / "gold_clusters.json"):
    """(scores, merged events, documents) for the merge test set."""
    extractor = build_extractor()
    articles = [ArticleIn.model_validate_json(line) for line in articles_path.read_text("utf-8").splitlines() if line.strip()]
    docs = [(a, extractor.extract(a)) for a in articles]
    merged = merge_documents(docs, LexiconContext.from_resources(extractor.resources, extractor.gazetteer))
    events_of = {d.doc_id: [(e.event_type or e.plover_type, e.location_id) for e in d.events] for _, d in docs}
    return score_merge(load_gold(gold_path), merged, events_of), merged, docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="print every merged event")
    args = parser.parse_args()
    scores, merged, docs = run()
    print(f"articles {len(docs)}, extracted events {sum(len(d.events) for _, d in docs)}, merged events {len(merged)}")
    print(f"pairwise precision {scores.precision:.3f}  recall {scores.recall:.3f}  F1 {scores.f1:.3f}  "
          f"(gold pairs {scores.true_pairs}, predicted {scores.predicted_pairs}, correct {scores.correct_pairs})")
    for m in scores.missed_members:
        print(f"  missed by the extractor: {m.article} {m.event_type} {list(m.locations)}")
    print(f"  extracted events outside the gold: {scores.unscored_mentions}")
    if args.verbose:
        for e in merged:
            print(f"{e.event_id} {e.date} {e.event_type or e.plover_type} / {e.sub_event_type} @ {e.location_id} "
                  f"actors {e.actor1_id} vs {e.actor2_id}; fatalities {e.fatalities}; corroboration {e.corroboration}; "
                  f"sides {list(e.outlet_sides)}")
            for c in e.contested:
                print(f"    contested {c[0]}: {c[1]}")
            for m in e.mentions:
                print(f"    - {m.doc_id}#{m.event_index} ({m.outlet}): {m.evidence[:70]}")
    return 0 if scores.precision >= 0.9 and scores.recall >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main())
