"""``rasd lexicon``: lint, statistics and an alias table for the scorer."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer

lexicon_app = typer.Typer(help="Inspect and check the lexicons.", no_args_is_help=True)


@lexicon_app.command("lint")
def lint(
    lexicon_dir: Annotated[Optional[list[Path]], typer.Option("--lexicon-dir", help="Extra lexicon folder. Repeatable.")] = None,
) -> None:
    """Check schema, references, duplicates after normalisation and clitic-prefixed copies."""
    from rasd.lexicon.lint import lint_lexicon
    from rasd.lexicon.loader import load_lexicon

    problems = lint_lexicon(load_lexicon(lexicon_dir or ()))
    for p in problems:
        typer.echo(str(p))
    typer.echo(f"{len(problems)} problem(s)")
    raise typer.Exit(1 if problems else 0)


@lexicon_app.command("stats")
def stats() -> None:
    """Count entries and forms per lexicon file."""
    from rasd.lexicon.lint import _forms
    from rasd.lexicon.loader import load_lexicon

    lex = load_lexicon()
    by_country: Counter[str] = Counter(p.country for p in lex.places.values())
    for f in lex.files:
        forms = sum(len(_forms(f.meta.kind, e)) for e in f.entries)
        typer.echo(f"{f.path.name:32} {f.meta.kind:16} {len(f.entries):5} entries {forms:6} forms")
    typer.echo("places by country: " + ", ".join(f"{k} {v}" for k, v in by_country.most_common(12)))


@lexicon_app.command("aliases")
def aliases(output: Annotated[Path, typer.Option("-o", "--output", help="TSV file to write.")]) -> None:
    """Write 'alias<TAB>canonical label' lines (English and Arabic) for the scorer's --alias option."""
    from rasd.lexicon.loader import load_lexicon

    lex = load_lexicon()
    lines = []
    for e in lex.actors.values():
        label = e.label if e.type != "person" or not e.affiliation else lex.actors[e.affiliation].label
        for name in [e.name_en, e.id] + [a.en for a in e.aliases if a.en] + [a.ar for a in e.aliases if a.ar and not a.context]:
            if name and name != label:
                lines.append(f"{name}\t{label}")
    output.write_text("\n".join(sorted(set(lines))) + "\n", encoding="utf-8")
    typer.echo(f"{len(set(lines))} aliases → {output}")
