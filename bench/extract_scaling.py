"""How one document's extraction time grows with its size: 100 KB vs 1 MB (and a point between).

Builds each document by joining recombined demo articles (``rasd.ingest.demo.recombined_articles``)
until it reaches the target size in UTF-8 bytes (never past the 1,000,000-character input limit),
then times each pipeline stage on it with the time budget lifted. Linear growth shows as a flat
µs/KB column; a stage that rescans the whole document per trigger shows as a rising one.

    .venv/bin/python bench/extract_scaling.py [--sizes 100000 300000 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from rasd.build import build_extractor
from rasd.extract.output import to_output
from rasd.ingest.demo import recombined_articles
from rasd.model.io import ArticleIn

MAX_CHARS = 1_000_000


def sized_text(pool: list[str], size_bytes: int) -> str:
    """Articles of ``pool`` joined with blank lines up to ``size_bytes`` UTF-8 bytes."""
    parts: list[str] = []
    total_bytes = total_chars = 0
    i = 0
    while True:
        piece = pool[i % len(pool)]
        nb, nc = len(piece.encode("utf-8")) + 2, len(piece) + 2
        if total_bytes + nb > size_bytes or total_chars + nc > MAX_CHARS:
            break
        parts.append(piece)
        total_bytes += nb
        total_chars += nc
        i += 1
    return "\n\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    args = parser.parse_args()
    extractor = build_extractor(time_budget_s=1e9)
    pool = [a.text for a in recombined_articles(400, 7)]
    print(f"{'bytes':>9} {'chars':>8} {'events':>6} {'total s':>8} {'µs/KB':>7}  per stage (s)")
    for size in args.sizes:
        text = sized_text(pool, size)
        nbytes = len(text.encode("utf-8"))
        article = ArticleIn(id=f"scale_{size}", text=text, published=dt.date(2020, 5, 21))
        doc = extractor.doc_from(article)
        doc.deadline = None
        stage_s: list[str] = []
        t0 = time.perf_counter()
        for stage in extractor.pipeline.stages:
            s0 = time.perf_counter()
            stage(doc)
            stage_s.append(f"{stage.name} {time.perf_counter() - s0:.2f}")
        s0 = time.perf_counter()
        record = to_output(extractor.resources, extractor.gazetteer, doc, False)
        record.model_dump_json()
        stage_s.append(f"output {time.perf_counter() - s0:.2f}")
        total = time.perf_counter() - t0
        print(f"{nbytes:>9} {len(text):>8} {len(record.events):>6} {total:>8.2f} "
              f"{total / (nbytes / 1000) * 1e6:>7.0f}  {', '.join(stage_s)}")


if __name__ == "__main__":
    main()
