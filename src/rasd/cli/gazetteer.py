"""``rasd gazetteer``: import a GeoNames dump, look a name up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

gazetteer_app = typer.Typer(help="Gazetteer: import GeoNames data, look places up.", no_args_is_help=True)


@gazetteer_app.command("import-geonames")
def import_geonames_cmd(
    places_file: Annotated[Path, typer.Argument(help="GeoNames allCountries.txt, cities500.txt, ... or a country file (LY.txt).", exists=True, dir_okay=False)],
    out: Annotated[Path, typer.Option("--out", help="Folder to write places_geonames_<cc>.yaml into (use it with --lexicon-dir).")],
    alternate_names: Annotated[Optional[Path], typer.Option("--alternate-names", help="GeoNames alternateNamesV2.txt (or a country's alternate names file).", exists=True, dir_okay=False)] = None,
    admin1: Annotated[Optional[Path], typer.Option("--admin1", help="GeoNames admin1CodesASCII.txt, for admin1 names.", exists=True, dir_okay=False)] = None,
    countries: Annotated[str, typer.Option(help="Comma-separated ISO codes to keep (empty: all).")] = "LY,SY,YE,IQ,SD,EG,TN,DZ,TD,NE,SA,JO,LB,TR,SS",
    min_population: Annotated[int, typer.Option(help="Skip populated places smaller than this (capitals and admin seats kept).")] = 0,
) -> None:
    """Import a GeoNames dump into a places lexicon folder."""
    from rasd.errors import RasdError
    from rasd.geo.geonames import import_geonames

    wanted = [c.strip() for c in countries.split(",") if c.strip()] or None
    try:
        written = import_geonames(places_file, out, alternate_names, admin1, wanted, min_population)
    except RasdError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    for cc, n in written.items():
        typer.echo(f"{cc}: {n} places")
    typer.echo(f"{sum(written.values())} places with Arabic names → {out} (use: rasd extract --lexicon-dir {out} ...)")


@gazetteer_app.command("lookup")
def lookup(
    name: Annotated[str, typer.Argument(help="An Arabic place name, as in text (clitics allowed).")],
    lexicon_dir: Annotated[Optional[list[Path]], typer.Option("--lexicon-dir", help="Extra lexicon folder. Repeatable.")] = None,
) -> None:
    """Show the gazetteer entries an Arabic name matches."""
    from rasd.lexicon.resources import build_resources
    from rasd.text.normalize import normalize_text
    from rasd.text.tokens import tokenize

    res = build_resources(lexicon_dir or ())
    tokens = tokenize(normalize_text(name).text)
    found = res.places.match(tokens)
    if not found:
        typer.echo("no match")
        raise typer.Exit(1)
    for m in found:
        for pid in m.payloads:
            p = res.lexicon.places[pid]
            typer.echo(f"{p.id}\t{p.name_en}\t{p.type}\t{p.country}\t{p.admin1}\t{p.lat},{p.lon}")
