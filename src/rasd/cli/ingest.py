"""``rasd ingest``: extract articles into a store (SQLite file or PostgreSQL URL), then merge.

A rerun after a crash (``kill -9`` included) continues where the first stopped: an article already
stored with the same text and lexicon version is counted ``unchanged`` without being extracted
again, and each article is stored in one transaction, so none is half there. A store that cannot be
written (full disk ``RASD-E506``, read-only ``E507``, unreachable ``E508``) ends the command with
exit status 1 and the coded message; the article in hand is not stored, and a rerun stores it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer

from rasd.cli.plumbing import err
from rasd.errors import ErrorCode, RasdError

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
    from rasd.dedup import LexiconContext, merge_articles
    from rasd.ingest.readers import InputProblem, iter_inputs
    from rasd.lexicon.version import lexicon_version
    from rasd.store import open_store
    from rasd.store.keys import article_key

    pub = _parse_date(published)
    extractor = load_extractor(lexicon_dir)
    version = lexicon_version(extractor.resources.lexicon)
    try:
        store = open_store(db)
    except Exception as exc:  # noqa: BLE001 - any connection or file problem ends the command with a message
        coded = _coded(exc, ErrorCode.STORE_UNAVAILABLE)
        err.print(f"[red]cannot open store {db!r}: {coded}[/red]")
        raise typer.Exit(2) from exc

    counts: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    resumed = 0          # articles already stored, not extracted again
    in_hand: str | None = None
    merged = None
    changed: list[str] = []  # articles to merge (with those stored by an earlier run, unmerged)
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
                    in_hand = item.id
                    key = article_key(item)
                    if store.stored_version(key.article_id) == (key.content_hash, version):
                        counts["unchanged"] += 1     # stored by an earlier (perhaps killed) run
                        resumed += 1
                    else:
                        result = store.put_document(item, extractor.extract(item), version)
                        counts[result.status] += 1
                        if result.status in ("inserted", "replaced"):
                            changed.append(result.article_id)
                    in_hand = None
                secs = max((dt.datetime.now() - started).total_seconds(), 1e-6)
                progress.update(task, advance=1, rate=f"{progress.tasks[0].completed / secs:.0f} docs/s")
        if merge:
            ctx = LexiconContext.from_resources(extractor.resources, extractor.gazetteer)
            merge_articles(store, changed, ctx)   # incremental; everything after a large batch
        totals = store.counts()
        merged = totals["merged"] if merge else None
    except Exception as exc:  # noqa: BLE001 - a store failure ends the run with its code, not a traceback
        if not (isinstance(exc, RasdError) or _is_store_failure(exc)):
            raise  # not the store: a bug, keep its traceback
        coded = _coded(exc, ErrorCode.STORE_WRITE_FAILED)
        _summary(counts, codes, resumed)
        where = f"article {in_hand!r} was not stored" if in_hand else "the merge was not written"
        err.print(f"[red]{coded}[/red]\n{where}; run the same command again to continue")
        raise typer.Exit(1) from exc
    finally:
        store.close()
    if not quiet:
        _summary(counts, codes, resumed)
        err.print(f"store: {totals['articles']} articles, {totals['events']} events"
                  + (f", {merged} merged events" if merged is not None else ""))


def _summary(counts: Counter[str], codes: Counter[str], resumed: int) -> None:
    err.print(", ".join(f"{counts[s]} {s}" for s in STATUSES)
              + (f" ({resumed} already stored, not extracted again)" if resumed else ""))
    for code, n in sorted(codes.items()):
        err.print(f"  {code}: {n}")


def _coded(exc: BaseException, fallback: ErrorCode) -> RasdError:
    """The store's coded error for ``exc`` (full, read-only, unreachable), else ``fallback``."""
    from rasd.store.faults import coded_store_error

    coded = coded_store_error(exc)
    if coded is not None:
        return coded
    if isinstance(exc, RasdError):
        return exc
    return RasdError(fallback, f"{type(exc).__name__}: {str(exc).strip()}")


def _is_store_failure(exc: BaseException) -> bool:
    """A database driver's error (psycopg, sqlite3, the pool): the store failed, not rasd."""
    return isinstance(exc, (sqlite3.Error, OSError)) or type(exc).__module__.split(".")[0] in ("psycopg", "psycopg_pool")
