"""Import a GeoNames dump (``allCountries.txt`` / ``cities*.txt`` + ``alternateNames``) as a
places lexicon file, for users who have one (rasd never downloads it).

The result is a normal ``places`` YAML file (tier "imported") that ``--lexicon-dir`` adds to the
curated gazetteer; curated entries keep priority for the same name. Only places that have an
Arabic name are kept: rasd matches Arabic text.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from rasd.errors import ErrorCode, RasdError
from rasd.text.normalize import normalize_form
from rasd.text.tokens import phrase_key

ARABIC = re.compile(r"^[\u0600-\u06ff\s\-'ʼ]+$")
DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
KEEP_CODES = {
    "P": None,  # every populated place
    "S": {"AIRP", "AIRB", "AIRF", "MILB", "INSM", "PRT", "CMP", "CMPRF", "OILF", "BDGQ"},
    "A": {"ADM1", "PCLI"},
    "T": {"MT", "MTS", "PASS"},
    "L": {"OILF", "AREA", "RGN"},
}
TYPE_BY_CODE = {
    "PPLC": "city", "PPLA": "city", "ADM1": "province", "PCLI": "country", "AIRP": "airport",
    "AIRB": "base", "AIRF": "airport", "MILB": "base", "INSM": "base", "PRT": "port", "CMP": "camp",
    "CMPRF": "camp", "OILF": "oilfield", "MT": "site", "MTS": "region", "PASS": "site", "AREA": "region",
    "RGN": "region", "BDGQ": "border_crossing",
}


@dataclass
class _Place:
    geonameid: str
    name: str
    lat: float
    lon: float
    fclass: str
    fcode: str
    country: str
    admin1: str
    population: int
    arabic: set[str]


def _arabic_form(name: str) -> str | None:
    name = DIACRITICS.sub("", name.strip())
    if not name or not ARABIC.match(name) or len(name) < 2:
        return None
    return " ".join(name.split())


def _read_places(path: Path, countries: set[str] | None, min_population: int) -> dict[str, _Place]:
    out: dict[str, _Place] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if len(row) < 15:
                raise RasdError(ErrorCode.GAZETTEER_IMPORT, f"{path.name}:{number}: expected 19 tab-separated GeoNames columns, got {len(row)}")
            fclass, fcode, cc = row[6], row[7], row[8]
            if countries and cc not in countries:
                continue
            allowed = KEEP_CODES.get(fclass, set())
            if allowed is not None and fcode not in allowed:
                continue
            try:
                pop = int(row[14] or 0)
                lat, lon = float(row[4]), float(row[5])
            except ValueError as exc:
                raise RasdError(ErrorCode.GAZETTEER_IMPORT, f"{path.name}:{number}: bad number ({exc})") from exc
            if fclass == "P" and pop < min_population and fcode not in ("PPLC", "PPLA"):
                continue
            forms = {f for f in (_arabic_form(n) for n in row[3].split(",")) if f}
            out[row[0]] = _Place(row[0], row[1], lat, lon, fclass, fcode, cc, row[10], pop, forms)
    return out


def _read_alternates(path: Path, places: dict[str, _Place]) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 4 or row[2] != "ar" or row[1] not in places:
                continue
            historic = len(row) > 7 and row[7] == "1"
            form = _arabic_form(row[3])
            if form and not historic:
                places[row[1]].arabic.add(form)


def _read_admin1(path: Path | None) -> dict[str, str]:
    if path is None:
        return {}
    names: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 2:
                names[row[0]] = row[1]
    return names


def _place_type(p: _Place) -> str:
    if p.fcode in TYPE_BY_CODE:
        return TYPE_BY_CODE[p.fcode]
    if p.population >= 100_000:
        return "city"
    if p.population and p.population < 1_000:
        return "village"
    return "town"


def _dedupe(forms: Iterable[str]) -> list[str]:
    kept: dict[tuple[str, ...], str] = {}
    for f in sorted(forms, key=len):
        key = phrase_key(normalize_form(f))
        if key and key not in kept:
            kept[key] = f
    return sorted(kept.values())


def import_geonames(
    places_file: Path,
    out_dir: Path,
    alternate_names: Path | None = None,
    admin1_codes: Path | None = None,
    countries: Iterable[str] | None = None,
    min_population: int = 0,
) -> dict[str, int]:
    """Write one ``places_geonames_<cc>.yaml`` per country; returns entries written per country."""
    wanted = {c.upper() for c in countries} if countries else None
    places = _read_places(places_file, wanted, min_population)
    if alternate_names is not None:
        _read_alternates(alternate_names, places)
    admin1 = _read_admin1(admin1_codes)
    by_country: dict[str, list[dict]] = defaultdict(list)
    for p in places.values():
        forms = _dedupe(p.arabic)
        if not forms:
            continue
        entry = {
            "id": f"gn_{p.geonameid}",
            "name_en": p.name,
            "ar": forms,
            "type": _place_type(p),
            "country": p.country,
            "admin1": admin1.get(f"{p.country}.{p.admin1}", p.admin1 or None),
            "lat": round(p.lat, 5),
            "lon": round(p.lon, 5),
        }
        if p.population:
            entry["population"] = p.population
        by_country[p.country].append(entry)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    for cc, entries in sorted(by_country.items()):
        doc = {
            "meta": {
                "kind": "places",
                "source": f"GeoNames dump imported by rasd from {places_file.name}"
                + (f" and {alternate_names.name}" if alternate_names else ""),
                "licence": "CC-BY-4.0 (GeoNames)",
                "date": dt.date.today().isoformat(),
                "description": f"Places of {cc} with Arabic names, imported from GeoNames",
            },
            "entries": sorted(entries, key=lambda e: e["id"]),
        }
        target = out_dir / f"places_geonames_{cc.lower()}.yaml"
        target.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
        written[cc] = len(entries)
    return written


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use: rasd gazetteer import-geonames")
