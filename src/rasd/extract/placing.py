"""Where an event happened: the place named in its clause, with ACLED geo_precision.

Violent and physical events (battles, strikes, deployments, withdrawals, meetings) take the place
their clause names, the first after the trigger first. Speech acts (requests, accusations, threats)
take a place only when a venue is named («في موسكو»). Several towns joined by «و» after one trigger
are several events.
"""

from __future__ import annotations

from rasd.extract.mention_index import actor_index, place_index
from rasd.geo.gazetteer import Gazetteer
from rasd.lexicon.resources import Resources
from rasd.model.records import Doc, PlaceMention
from rasd.model.taxonomy import VERBAL_PLOVER

VENUE_PREPS = ("في",)
SPLIT_TYPES = frozenset({"city", "town", "village", "base", "airport", "district", "capital"})


MOVEMENTS = frozenset({"MOBILIZE", "AID"})
ORIGIN_WORDS = frozenset("من قادمه قادمين قادما".split())
ORIGIN_REACH = 6


def _origin(doc: Doc, p: PlaceMention) -> bool:
    """A place after «من» (or «قادمة من»), a few words back: an origin («قادمة من سرت والجفرة»)."""
    for i in range(p.tok_start - 1, max(-1, p.tok_start - ORIGIN_REACH), -1):
        tok = doc.tokens[i]
        if tok.text in ORIGIN_WORDS:
            return True
        if tok.text in ("الي", "في", "نحو", "باتجاه"):
            return False
    return False


def _overlaps_actor(doc: Doc, p: PlaceMention) -> bool:
    return any(
        not a.demonym and a.tok_start < p.tok_end and p.tok_start < a.tok_end
        for a in actor_index(doc).overlapping(p.tok_start, p.tok_end)
    )


def choose_places(
    res: Resources,
    gaz: Gazetteer,
    doc: Doc,
    trig: tuple[int, int],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    family: str,
    plover: str | None,
) -> list[PlaceMention]:
    verbal = family == "political" and plover in VERBAL_PLOVER
    if verbal:
        places = [p for p in place_index(doc).starting(*clause) if p.place_id]
        venues = [
            p for p in places
            if clause[0] <= p.tok_start < clause[1]
            and doc.tokens[p.tok_start].analyses[-1].prefix in ("ب", "وب")
            or (clause[0] <= p.tok_start < clause[1] and p.tok_start > 0 and doc.tokens[p.tok_start - 1].text in VENUE_PREPS
                and gaz.get(p.place_id).type in SPLIT_TYPES)
        ]
        venues = [p for p in venues if not _overlaps_actor(doc, p) and gaz.get(p.place_id).type in SPLIT_TYPES]
        return venues[:1]
    for lo, hi in (clause, sentence):
        inside = [p for p in place_index(doc).starting(lo, hi) if p.place_id and not _overlaps_actor(doc, p)]
        if plover in MOVEMENTS:  # «تعزيزات وصلت من الجفرة»: where a force comes from is not where it is
            inside = [p for p in inside if not _origin(doc, p)]
        if not inside:
            continue
        after = [p for p in inside if p.tok_start >= trig[1]]
        first = after[0] if after else inside[-1]
        chosen = [first]
        if family == "violent" and after:
            k = after.index(first)
            while k + 1 < len(after):
                nxt = after[k + 1]
                gap = doc.text[doc.token_spans[after[k].tok_end - 1][1] : doc.token_spans[nxt.tok_start][0]]
                joined = doc.tokens[nxt.tok_start].text.startswith("و") and gap.strip() in ("", "،", ",")
                entry = gaz.get(nxt.place_id)
                if joined and entry and entry.type in SPLIT_TYPES and nxt.place_id != chosen[-1].place_id:
                    chosen.append(nxt)
                    k += 1
                else:
                    break
        return chosen
    return []
