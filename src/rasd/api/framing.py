"""Outlet framing profiles: which terms each outlet's narration uses for each side.

Stored documents keep their stance label and the narrator-voice terms behind it
(``stance.evidence``, e.g. «قوات حفتر», «ميليشيات الوفاق»). Each term is traced back to the framing
lexicon here to find the side it names and its valence: «ميليشيات الوفاق» is -1 for GNA, «الجيش
واللجان الشعبية» +1 for HOUTHIS. A generic term («ميليشيات» + actor) takes the side of the actor
that follows it, as in :mod:`rasd.extract.framing`.

A profile also says how much the outlet reports (articles, extracted events, merged events it is a
source of) and whose events: the sides of the actors in its extracted events.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from rasd.api.schemas import OutletProfile, SideTerms, TermUse
from rasd.extract.framing import CONFLICT_OF
from rasd.lexicon.resources import Resources
from rasd.model.io import ArticleIn, DocumentOut
from rasd.text.normalize import normalize_text
from rasd.text.tokens import tokenize

UNKNOWN_OUTLET = "(no outlet)"


def attribute_term(term: str, resources: Resources, conflict: str | None = None) -> tuple[str, int] | None:
    """(side id, valence) of a framing term, or ``None`` when the lexicon no longer explains it."""
    tokens = tokenize(normalize_text(term).text)
    sides = resources.lexicon.sides

    def in_conflict(side: str | None) -> bool:
        entry = sides.get(side) if side else None
        return entry is not None and (conflict is None or conflict in entry.conflicts)

    for match in resources.framing.match(tokens):
        for entry in match.payloads:
            if entry.conflict and conflict and entry.conflict != conflict:
                continue
            if entry.target == "next_actor":
                for actor in resources.actors.match(tokens, match.end, min(len(tokens), match.end + 3)):
                    side = resources.side(actor.payload.actor_id)
                    if in_conflict(side):
                        return side, entry.valence  # type: ignore[return-value]
            elif in_conflict(entry.target):
                return entry.target, entry.valence
    return None


def outlet_name(*names: str | None) -> str:
    """The first non-empty outlet name, else «(no outlet)»: profiles and merged-event counts group
    by the same key."""
    return next((n for n in names if n), UNKNOWN_OUTLET)


def outlet_profiles(docs: Iterable[tuple[ArticleIn, DocumentOut]], resources: Resources,
                    merged: Mapping[str, int] | None = None) -> list[OutletProfile]:
    """One profile per outlet, outlets with the most articles first. ``merged`` gives each outlet's
    number of merged events, keyed by :func:`outlet_name` (``Store.merged_events_per_outlet``
    counts them); without it those counts are 0."""
    merged = merged or {}
    articles: Counter[str] = Counter()
    events: Counter[str] = Counter()
    stances: dict[str, Counter[str]] = defaultdict(Counter)
    declared: dict[str, Counter[str]] = defaultdict(Counter)
    reported: dict[str, Counter[str]] = defaultdict(Counter)
    uses: dict[str, Counter[tuple[str, str, int]]] = defaultdict(Counter)
    unattributed: dict[str, Counter[str]] = defaultdict(Counter)
    memo: dict[tuple[str, str | None], tuple[str, int] | None] = {}
    known_sides = resources.lexicon.sides
    for article, doc in docs:
        outlet = outlet_name(article.outlet, doc.outlet)
        articles[outlet] += 1
        events[outlet] += len(doc.events)
        if article.outlet_side:
            declared[outlet][article.outlet_side] += 1
        for event in doc.events:
            sides = {resources.side(a) for a in (event.actor1_id, event.actor2_id) if a}
            reported[outlet].update(s for s in sides if s in known_sides)
        if doc.stance is None:
            continue
        stances[outlet][doc.stance.label] += 1
        conflict = CONFLICT_OF.get(doc.country or "")
        for term in doc.stance.evidence:
            key = (term, conflict)
            if key not in memo:
                memo[key] = attribute_term(term, resources, conflict)
            found = memo[key]
            if found is None:
                unattributed[outlet][term] += 1
            else:
                uses[outlet][(found[0], term, found[1])] += 1
    profiles = []
    for outlet, n in sorted(articles.items(), key=lambda kv: (-kv[1], kv[0])):
        by_side: dict[str, list[TermUse]] = defaultdict(list)
        for (side, term, valence), count in sorted(uses[outlet].items(), key=lambda kv: (-kv[1], kv[0])):
            by_side[side].append(TermUse(term=term, valence=valence, count=count))
        profiles.append(OutletProfile(
            outlet=outlet, articles=n, events=events[outlet], merged_events=merged.get(outlet, 0),
            stances=dict(stances[outlet].most_common()),
            sides=[SideTerms(side=s, terms=t) for s, t in sorted(by_side.items(), key=lambda kv: -sum(u.count for u in kv[1]))],
            unattributed_terms=[t for t, _ in unattributed[outlet].most_common()],
            outlet_sides=dict(declared[outlet].most_common()), reported_sides=dict(reported[outlet].most_common()),
        ))
    return profiles
