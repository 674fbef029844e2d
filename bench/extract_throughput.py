"""Throughput and peak memory of the extraction pipeline on one core.

Generates N articles (default 1,000) by recombining sentences of the bundled demo corpus
(``rasd.ingest.demo.recombined_articles``, seeded, so runs are comparable: the generator every
bench uses), builds the extractor once (start-up is timed separately), then extracts every article
and serialises its record, as ``rasd extract`` does. Prints articles/s and peak RSS.

    .venv/bin/python bench/extract_throughput.py [--articles 1000] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import time

from rasd.build import build_extractor
from rasd.ingest.demo import recombined_articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    t0 = time.perf_counter()
    extractor = build_extractor()
    startup = time.perf_counter() - t0
    corpus = recombined_articles(args.articles, args.seed)
    chars = sum(len(a.text) for a in corpus)
    events = 0
    t1 = time.perf_counter()
    for article in corpus:
        record = extractor.extract(article)
        record.model_dump_json()
        events += len(record.events)
    elapsed = time.perf_counter() - t1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"cpu: {os.cpu_count()} cores visible, run on 1 (single process)")
    print(f"start-up (load + compile lexicons): {startup:.2f} s")
    print(f"articles: {len(corpus)}  mean chars: {chars / len(corpus):.0f}  events: {events}")
    print(f"extraction: {elapsed:.2f} s  →  {len(corpus) / elapsed:.1f} articles/s/core  "
          f"({chars / elapsed / 1e6:.2f} M chars/s)")
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
