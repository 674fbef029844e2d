"""Single-process run: read inputs, extract, write JSONL (and CSV), count what happened.

Every input is accounted for: an article gives a record; a bad input gives an error record. The
same :class:`rasd.build.Extractor` is what the distributed runner calls per partition.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rasd.build import Extractor
from rasd.export.acled import AcledCsvWriter
from rasd.export.jsonl import write_document
from rasd.ingest.readers import InputProblem, Item, iter_inputs
from rasd.model.io import ArticleIn, DocumentOut


@dataclass
class RunSummary:
    documents: int = 0
    failed: int = 0
    events: int = 0
    quotes: int = 0
    event_types: Counter = field(default_factory=Counter)
    stances: Counter = field(default_factory=Counter)
    error_codes: Counter = field(default_factory=Counter)


def extract_pairs(
    extractor: Extractor, items: Iterable[Item], debug: bool = False, seen: Counter | None = None
) -> Iterator[tuple[ArticleIn | None, DocumentOut]]:
    """(article as extracted, record) for a stream of articles/problems; None for a problem.

    Ids are made unique: a repeated id gets a suffix (``a``, ``a#2``, ...). ``seen`` carries the
    count across calls (the Dask runner starts it from the earlier partitions' counts).
    """
    seen = Counter() if seen is None else seen
    for item in items:
        if isinstance(item, InputProblem):
            yield None, extractor.problem_record(item)
            continue
        seen[item.id] += 1
        if seen[item.id] > 1:
            item = item.model_copy(update={"id": f"{item.id}#{seen[item.id]}"})
        yield item, extractor.extract(item, debug=debug)


def extract_records(
    extractor: Extractor, items: Iterable[Item], debug: bool = False, seen: Counter | None = None
) -> Iterable[DocumentOut]:
    """Records for a stream of articles/problems, ids made unique (a repeated id gets a suffix)."""
    for _article, record in extract_pairs(extractor, items, debug, seen):
        yield record


def run_extract(
    extractor: Extractor,
    paths: Sequence[Path],
    out_jsonl: Path,
    out_csv: Path | None = None,
    published: dt.date | None = None,
    debug: bool = False,
    on_record: Callable[[DocumentOut], None] | None = None,
) -> RunSummary:
    summary = RunSummary()
    out_jsonl.parent.mkdir(parents=True, exist_ok=True)
    csv_handle = out_csv.open("w", encoding="utf-8", newline="") if out_csv else None
    try:
        writer = AcledCsvWriter(csv_handle) if csv_handle else None
        with out_jsonl.open("w", encoding="utf-8") as handle:
            for record in extract_records(extractor, iter_inputs(paths, published), debug):
                write_document(handle, record)
                if writer:
                    writer.write(record)
                count_record(summary, record)
                if on_record:
                    on_record(record)
    finally:
        if csv_handle:
            csv_handle.close()
    return summary


def count_record(summary: RunSummary, record: DocumentOut) -> None:
    """Add one record to the run's counts (documents, failures, events, error codes ...)."""
    summary.documents += 1
    fatal = [e for e in record.errors if not e.code.startswith("RASD-W")]
    if fatal:
        summary.failed += 1
    for e in record.errors:
        summary.error_codes[e.code] += 1
    summary.events += len(record.events)
    summary.quotes += len(record.quotes)
    for e in record.events:
        summary.event_types[e.event_type or f"PLOVER {e.plover_type}"] += 1
    if record.stance:
        summary.stances[record.stance.label] += 1
