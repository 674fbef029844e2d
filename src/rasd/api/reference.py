"""Reference data from the lexicons: ``/api/actors``, ``/api/places`` (the gazetteer), ``/api/sides``,
and ``/api/config`` (what the browser UI needs before its first query; always open)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from rasd import __version__
from rasd.api.access import State, require_read
from rasd.api.params import LIMIT_MAX, TEXT_MAX
from rasd.api.problems import error_responses
from rasd.api.schemas import ActorOut, ActorPage, PlaceOut, PlacePage, SideOut, UiConfig
from rasd.model.taxonomy import ACLED_TYPES
from rasd.text.normalize import normalize_form

router = APIRouter(prefix="/api", tags=["reference"], responses=error_responses(401, 403, 422))
Search = Annotated[str | None, Query(max_length=TEXT_MAX, description="part of an id, English name or Arabic form")]
Limit = Annotated[int, Query(ge=1, le=LIMIT_MAX)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


def _matches(q: str | None, latin: list[str], arabic: list[str]) -> bool:
    if not q:
        return True
    needle = q.casefold().strip()
    if any(needle in s.casefold() for s in latin if s):
        return True
    form = normalize_form(q)
    return bool(form) and any(form in normalize_form(a) for a in arabic)


@router.get("/actors", response_model=ActorPage, dependencies=[Depends(require_read)])
async def list_actors(
    state: State, q: Search = None,
    country: Annotated[str | None, Query(max_length=8)] = None,
    side: Annotated[str | None, Query(max_length=64)] = None,
    limit: Limit = 200, offset: Offset = 0,
) -> ActorPage:
    """Actors of the lexicon (organisations, forces, persons) with their side, by id."""
    res = (await state.run(lambda: state.extractor)).resources
    found = []
    for entry in sorted(res.lexicon.actors.values(), key=lambda e: e.id):
        aliases = [a.ar for a in entry.aliases if a.ar]
        if country and (entry.country or "").upper() != country.upper():
            continue
        actor_side = res.side(entry.id)
        if side and actor_side != side:
            continue
        if not _matches(q, [entry.id, entry.label, entry.name_en], aliases):
            continue
        found.append(ActorOut(id=entry.id, label=entry.label, name_en=entry.name_en, type=entry.type,
                              country=entry.country, side=actor_side if actor_side in res.lexicon.sides else entry.side,
                              parent=entry.parent, affiliation=entry.affiliation, aliases_ar=aliases))
    return ActorPage(total=len(found), items=found[offset:offset + limit])


@router.get("/places", response_model=PlacePage, dependencies=[Depends(require_read)])
async def list_places(
    state: State, q: Search = None,
    country: Annotated[str | None, Query(max_length=8, description="ISO alpha-2 code")] = None,
    limit: Limit = 200, offset: Offset = 0,
) -> PlacePage:
    """Places of the gazetteer (curated, plus an imported GeoNames folder when configured), by id."""
    found = []
    extractor = await state.run(lambda: state.extractor)
    for p in sorted(extractor.resources.lexicon.places.values(), key=lambda p: p.id):
        if country and p.country.upper() != country.upper():
            continue
        if not _matches(q, [p.id, p.name_en, p.admin1 or ""], p.ar):
            continue
        found.append(PlaceOut(id=p.id, name_en=p.name_en, ar=list(p.ar), type=p.type, country=p.country,
                              admin1=p.admin1, lat=p.lat, lon=p.lon))
    return PlacePage(total=len(found), items=found[offset:offset + limit])


@router.get("/sides", response_model=list[SideOut], dependencies=[Depends(require_read)])
async def list_sides(state: State) -> list[SideOut]:
    """The belligerent camps (``sides.yaml``): the values of the ``side`` filter and stance labels."""
    extractor = await state.run(lambda: state.extractor)
    return [SideOut(id=s.id, name_en=s.name_en, conflicts=list(s.conflicts), opponents=list(s.opponents))
            for s in sorted(extractor.resources.lexicon.sides.values(), key=lambda s: s.id)]


@router.get("/config", response_model=UiConfig, tags=["ui"])
async def ui_config(state: State) -> UiConfig:
    """Tile server, whether reads need the key, the ACLED types (for the UI's filters)."""
    s = state.settings
    return UiConfig(version=__version__, tiles_url=s.tiles_url, tiles_attribution=s.tiles_attribution,
                    read_key_required=s.require_key_for_reads,
                    event_types={k: list(v) for k, v in ACLED_TYPES.items()}, limit_max=LIMIT_MAX)
