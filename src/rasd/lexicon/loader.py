"""Load and validate the lexicon files.

Three tiers, after dateparser's layout: curated files shipped in ``rasd/lexicon/data``, files a user
imported (a GeoNames gazetteer written by ``rasd gazetteer import-geonames``) in extra folders, and
the compiled indexes built from both when a pipeline is made. Nothing is read at import time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from rasd.errors import ErrorCode, RasdError
from rasd.lexicon.schema import (
    ENTRY_MODELS,
    ActorEntry,
    CueEntry,
    DemonymEntry,
    FramingEntry,
    Meta,
    PlaceEntry,
    ReportingVerbEntry,
    SideEntry,
    TriggerEntry,
)


def default_data_dir() -> Path:
    """The curated lexicon folder shipped with the package."""
    return Path(str(resources.files("rasd.lexicon").joinpath("data")))


@dataclass(frozen=True)
class LexiconFile:
    path: Path
    meta: Meta
    entries: tuple[Any, ...]
    tier: str  # "curated" | "imported"


@dataclass(frozen=True)
class Lexicon:
    """All lexicon entries, validated; indexes are compiled from it by :mod:`rasd.lexicon.index`."""

    files: tuple[LexiconFile, ...]
    sides: dict[str, SideEntry] = field(default_factory=dict)
    actors: dict[str, ActorEntry] = field(default_factory=dict)
    places: dict[str, PlaceEntry] = field(default_factory=dict)
    triggers: tuple[TriggerEntry, ...] = ()
    reporting_verbs: tuple[ReportingVerbEntry, ...] = ()
    framing: tuple[FramingEntry, ...] = ()
    cues: tuple[CueEntry, ...] = ()
    demonyms: tuple[DemonymEntry, ...] = ()
    imported_places: frozenset[str] = frozenset()


def read_lexicon_file(path: Path, tier: str = "curated") -> LexiconFile:
    """Parse and validate one YAML lexicon file; raise a coded error naming the file and entry."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RasdError(ErrorCode.LEXICON_INVALID, f"{path.name}: cannot read YAML ({exc})") from exc
    if not isinstance(raw, dict) or "meta" not in raw or "entries" not in raw:
        raise RasdError(ErrorCode.LEXICON_INVALID, f"{path.name}: needs top-level 'meta' and 'entries'")
    try:
        meta = Meta.model_validate(raw["meta"])
    except ValidationError as exc:
        raise RasdError(ErrorCode.LEXICON_INVALID, f"{path.name}: bad meta block: {exc}") from exc
    model = ENTRY_MODELS[meta.kind]
    entries = []
    for i, item in enumerate(raw["entries"] or []):
        try:
            entries.append(model.model_validate(item))
        except ValidationError as exc:
            ident = item.get("id") if isinstance(item, dict) else None
            raise RasdError(
                ErrorCode.LEXICON_INVALID, f"{path.name}: entry {i} ({ident}): {exc}"
            ) from exc
    return LexiconFile(path=path, meta=meta, entries=tuple(entries), tier=tier)


def _yaml_files(folder: Path) -> Iterable[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file())


def load_lexicon(extra_dirs: Sequence[Path] = (), data_dir: Path | None = None) -> Lexicon:
    """Read the curated lexicons plus any imported folders into one validated :class:`Lexicon`."""
    folders = [(data_dir or default_data_dir(), "curated")] + [(Path(d), "imported") for d in extra_dirs]
    files: list[LexiconFile] = []
    for folder, tier in folders:
        if not folder.is_dir():
            raise RasdError(ErrorCode.LEXICON_MISSING, f"lexicon folder not found: {folder}")
        files.extend(read_lexicon_file(p, tier) for p in _yaml_files(folder))
    by_kind: dict[str, list[Any]] = {k: [] for k in ENTRY_MODELS}
    imported: set[str] = set()
    for f in files:
        by_kind[f.meta.kind].extend(f.entries)
        if f.tier == "imported" and f.meta.kind == "places":
            imported.update(e.id for e in f.entries)
    places: dict[str, PlaceEntry] = {}
    for e in by_kind["places"]:  # curated first: an imported duplicate id never overrides it
        places.setdefault(e.id, e)
    return Lexicon(
        files=tuple(files),
        sides={e.id: e for e in by_kind["sides"]},
        actors={e.id: e for e in by_kind["actors"]},
        places=places,
        triggers=tuple(by_kind["triggers"]),
        reporting_verbs=tuple(by_kind["reporting_verbs"]),
        framing=tuple(by_kind["framing"]),
        cues=tuple(by_kind["cues"]),
        demonyms=tuple(by_kind["demonyms"]),
        imported_places=frozenset(imported),
    )
