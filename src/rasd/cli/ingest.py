"""``rasd ingest``: extract articles into a store (SQLite file or PostgreSQL URL), then merge."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer
from rasd.cli.plumbing import err
STATUSES = ("inserted", "unchanged", "replaced", "error")


def ingest(
    inputs: Annotated[list[Path], typer.Argument(help="Text files, folders, or JSONL files of {id, text, published?, outlet?, outlet_side?, url?}.")],
    db: Annotated[str, typer.Option("--db", help="SQLite file (created if missing) or postgresql:// URL.")] = "rasd.db",
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for .txt inputs without one.")] = None,
    lexicon_dir: Annotated[Optional[list[Path]], typer.Option("--lexicon-dir", help="Extra lexicon folder (e.g. an imported GeoNames gazetteer). Repeatable.")] = None,
    merge: Annotated[bool, typer.Option("--merge/--no-merge", help="Re-merge events across sources after storing.")] = True,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress bar or summary.")] = False,
) -> None:
    """Extract articles and store them with their events; re-ingesting an unchanged article changes nothing."""
    from rasd.cli.plumbing import count_inputs as _count_inputs
    from rasd.cli.plumbing import load_extractor
    from rasd.cli.plumbing import parse_date as _parse_date
    from rasd.cli.plumbing import progress as _progress
    from rasd.dedup import LexiconContext, merge_store
    from rasd.ingest.readers import InputProblem, iter_inputs
    from rasd.lexicon.version import lexicon_version
    from rasd.store import open_store

    pub = _parse_date(published)
    extractor = load_extractor(lexicon_dir)
    version = lexicon_version(extractor.resources.lexicon)
    try:
        store = open_store(db)
    except Exception as exc:  # noqa: BLE001 - any connection or file problem ends the command with a message
        err.print(f"[red]cannot open store {db!r}: {exc}[/red]")
        raise typer.Exit(2) from exc

    counts: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    try:
        with _progress(quiet) as progress:
            task = progress.add_task("ingesting", total=_count_inputs(list(inputs)), rate="")
            started = dt.datetime.now()
            for item in iter_inputs(list(inputs), pub):
                if isinstance(item, InputProblem):
                    counts["error"] += 1
                    codes[item.code.value] += 1
                else:
                    seen[item.id] += 1
                    if seen[item.id] > 1:  # same rule as `rasd extract`: a repeated id gets a suffix
                        item = item.model_copy(update={"id": f"{item.id}#{seen[item.id]}"})
                    result = store.put_document(item, extractor.extract(item), version)
                    counts[result.status] += 1
                secs = max((dt.datetime.now() - started).total_seconds(), 1e-6)
                progress.update(task, advance=1, rate=f"{progress.tasks[0].completed / secs:.0f} docs/s")
        merged = None
        if merge:
            ctx = LexiconContext.from_resources(extractor.resources, extractor.gazetteer)
            merged = len(merge_store(store, ctx))
        totals = store.counts()
    finally:
        store.close()
    if not quiet:
        err.print(", ".join(f"{counts[s]} {s}" for s in STATUSES))
        for code, n in sorted(codes.items()):
            err.print(f"  {code}: {n}")
        err.print(f"store: {totals['articles']} articles, {totals['events']} events"
                  + (f", {merged} merged events" if merged is not None else ""))
