"""``rasd`` command line. Each command is a thin wrapper over a library function."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from rasd.cli.lexicon import lexicon_app
from rasd.cli.gazetteer import gazetteer_app
from rasd.cli.ingest import ingest as ingest_command
from rasd.cli.batch import batch as batch_command
from rasd.cli.watch import watch as watch_command
from rasd.cli.serve import serve as serve_command
from rasd.cli.plumbing import count_inputs as _count_inputs
from rasd.cli.plumbing import err, load_extractor
from rasd.cli.plumbing import parse_date as _parse_date
from rasd.cli.plumbing import progress as _progress

app = typer.Typer(
    name="rasd",
    help="rasd (رصد): Arabic conflict-news reports into verified, geocoded ACLED/PLOVER event records.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(lexicon_app, name="lexicon")
app.add_typer(gazetteer_app, name="gazetteer")
app.command("ingest")(ingest_command)
app.command("batch")(batch_command)
app.command("watch")(watch_command)
app.command("serve")(serve_command)


@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="Text, HTML or Parquet files, folders, or JSONL files of {id, text, published?, outlet?, url?}.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Output JSONL: one record per document.")],
    csv: Annotated[Optional[Path], typer.Option("--csv", help="Also write events as CSV with ACLED column names.")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for .txt inputs without one.")] = None,
    lexicon_dir: Annotated[Optional[list[Path]], typer.Option("--lexicon-dir", help="Extra lexicon folder (e.g. an imported GeoNames gazetteer). Repeatable.")] = None,
    debug: Annotated[bool, typer.Option(help="Add the clauses that were not coded, with the reason, to each record.")] = False,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress bar or summary.")] = False,
) -> None:
    """Extract events, quotes, framing and mentions from Arabic articles."""
    from rasd.batch.local import run_extract

    pub = _parse_date(published)
    extractor = load_extractor(lexicon_dir)
    total = _count_inputs(list(inputs))
    with _progress(quiet) as progress:
        task = progress.add_task("extracting", total=total, rate="")
        started = dt.datetime.now()

        def tick(_record) -> None:
            done = progress.tasks[0].completed + 1
            secs = max((dt.datetime.now() - started).total_seconds(), 1e-6)
            progress.update(task, advance=1, rate=f"{done / secs:.0f} docs/s")

        summary = run_extract(extractor, list(inputs), output, csv, pub, debug, on_record=tick)
    if not quiet:
        err.print(
            f"{summary.documents} documents ({summary.failed} with errors), {summary.events} events, "
            f"{summary.quotes} quotes → {output}" + (f", {csv}" if csv else "")
        )
        for code, n in sorted(summary.error_codes.items()):
            err.print(f"  {code}: {n}")


@app.command()
def demo(
    out: Annotated[Path, typer.Option(help="Folder for the demo outputs.")] = Path("out/demo"),
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No table.")] = False,
) -> None:
    """Run the extractor on the bundled demo corpus; write JSONL + CSV and print a summary table."""
    from rasd.batch.local import run_extract
    from rasd.build import build_extractor
    from rasd.cli.summary import print_summary
    from rasd.ingest.demo import write_demo_jsonl

    out.mkdir(parents=True, exist_ok=True)
    corpus = out / "demo_articles.jsonl"
    n = write_demo_jsonl(corpus)
    extractor = build_extractor()
    records = []
    summary = run_extract(extractor, [corpus], out / "events.jsonl", out / "events.csv", on_record=records.append)
    if not quiet:
        print_summary(records, summary)
    Console().print(
        f"\n{n} demo articles → [bold]{out / 'events.jsonl'}[/bold] and [bold]{out / 'events.csv'}[/bold]"
    )
    db = out / "rasd.sqlite"  # the same corpus in a store, merged across outlets, for `rasd serve`
    ingest_command([corpus], db=str(db), quiet=True)
    Console().print(f"browse: [bold]rasd serve --db {db}[/bold] → http://127.0.0.1:8000/", soft_wrap=True)


@app.command()
def version() -> None:
    """Print the rasd version."""
    from rasd import __version__

    typer.echo(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
