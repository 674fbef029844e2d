"""What several commands share: the stderr console, the progress bar, input counting, date options
and building the extractor (a lexicon error ends the command with code 2 and the coded message)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from rasd.errors import RasdError
from rasd.ingest.readers import INPUT_SUFFIXES

err = Console(stderr=True)


def count_inputs(paths: list[Path]) -> int:
    """Documents in the inputs (JSONL lines, files in folders), for the progress bar's total."""
    total = 0
    for p in paths:
        if p.is_dir():
            total += count_inputs(sorted(c for c in p.rglob("*") if c.suffix in INPUT_SUFFIXES))
        elif p.suffix in (".jsonl", ".ndjson") and p.is_file():
            with p.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


def progress(quiet: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(),
        console=err, disable=quiet, transient=False,
    )


def parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"not a date (YYYY-MM-DD): {value}") from exc


def load_extractor(lexicon_dirs: Sequence[Path] | None):
    """The extractor over the curated lexicons plus ``lexicon_dirs``; exit 2 on a lexicon error."""
    from rasd.build import build_extractor

    try:
        return build_extractor(lexicon_dirs or ())
    except RasdError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
