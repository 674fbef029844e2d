"""``rasd batch``: the extraction of ``rasd extract``, spread over a Dask cluster, resumable."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from rasd.errors import RasdError

err = Console(stderr=True)


class _RichProgress:
    """A bar per phase with documents/s and ETA (the rate counts only this run's work)."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task = None
        self.began = time.perf_counter()
        self.start_done = 0

    def phase(self, name: str, total: int, done: int = 0) -> None:
        if self.task is not None:
            self.progress.update(self.task, visible=True)
        self.task = self.progress.add_task(name, total=total, completed=done, rate="")
        self.began = time.perf_counter()
        self.start_done = done

    def advance(self, n: int) -> None:
        self.progress.update(self.task, advance=n)
        done = self.progress.tasks[self.task].completed - self.start_done
        secs = max(time.perf_counter() - self.began, 1e-6)
        self.progress.update(self.task, rate=f"{done / secs:.0f}/s")


def batch(
    inputs: Annotated[list[str], typer.Argument(help="JSONL or Parquet files, folders or fsspec URLs/globs (s3://bucket/shards/*.jsonl); local .txt/.html too.")],
    output: Annotated[str, typer.Option("-o", "--output", help="Output folder (local or fsspec URL): Parquet per partition, errors, markers.")],
    scheduler: Annotated[Optional[str], typer.Option(help="Address of a running Dask scheduler (tcp://HOST:PORT); default: a local cluster.")] = None,
    workers: Annotated[Optional[int], typer.Option(help="Worker processes of the local cluster (default: one per core).")] = None,
    partition_size: Annotated[int, typer.Option(help="Articles per partition (one task, one output file).", min=1)] = 1000,
    db: Annotated[Optional[str], typer.Option("--db", help="Also load the results into this store (SQLite file or postgresql:// URL).")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for .txt/.html inputs without one.")] = None,
    lexicon_dir: Annotated[Optional[list[Path]], typer.Option("--lexicon-dir", help="Extra lexicon folder, visible to every worker. Repeatable.")] = None,
    debug: Annotated[bool, typer.Option(help="Add the clauses that were not coded, with the reason, to each record.")] = False,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress bar or summary.")] = False,
) -> None:
    """Extract many articles on a Dask cluster; run it again to resume after a crash."""
    try:
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as exc:
        err.print(f"[red]rasd batch needs the dask extra: pip install 'rasd[dask]' ({exc})[/red]")
        raise typer.Exit(2) from exc
    from rasd.batch.dask_runner import ClusterOptions, run_batch
    from rasd.batch.partition import JobSettings

    if scheduler and workers:
        raise typer.BadParameter("--scheduler and --workers exclude each other")
    if published:
        try:
            dt.date.fromisoformat(published)
        except ValueError as exc:
            raise typer.BadParameter(f"not a date (YYYY-MM-DD): {published}") from exc
    if "://" not in output:  # workers may run in another folder, or on another machine with the same mounts
        output = str(Path(output).resolve())
    settings = JobSettings(
        outdir=output, lexicon_dirs=tuple(str(p.resolve()) for p in lexicon_dir or ()), debug=debug, published=published,
    )
    progress = Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(), TimeRemainingColumn(), console=err, disable=quiet,
    )
    try:
        with progress:
            summary = run_batch(inputs, output, settings, ClusterOptions(scheduler, workers), partition_size,
                                db=db, progress=_RichProgress(progress))
    except RasdError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    if not quiet:
        resumed = f" ({summary.already_done} already done)" if summary.already_done else ""
        err.print(
            f"{summary.partitions} partitions{resumed}: {summary.documents} documents ({summary.failed} with errors), "
            f"{summary.events} events, {summary.quotes} quotes → {output} in {summary.elapsed_s:.1f} s"
            + (f"; {summary.loaded} articles loaded into {db}" if db else "")
        )
        for code, n in sorted(summary.error_codes.items()):
            err.print(f"  {code}: {n}")
    if summary.failed_partitions:
        for name, message in summary.failed_partitions:
            err.print(f"[red]RASD-E502 {name}: {message}[/red]")
        err.print("run the same command again to retry the failed partitions")
        raise typer.Exit(1)
