"""Lint the lexicon data: references, duplicates after normalisation, clitic-prefixed copies.

After the trap in spaCy's Arabic stop words (51 entries that are just «و» + another entry): a form
that is another form of the same kind with a clitic in front is an error here — clitics are the
segmenter's job. Run by the test-suite and by ``rasd lexicon lint``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rasd.lexicon.loader import Lexicon
from rasd.model.taxonomy import ACLED_TYPES, SUB_TO_TYPE, TERRITORY_CHANGE, Plover
from rasd.text.normalize import normalize_form
from rasd.text.tokens import phrase_key

DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
# Words that read like clitic + another form but are words of their own: «بحثت» (discussed) is not
# «ب» + «حثت» (urged). The matcher tries the unsegmented word first, so both entries are right.
HOMOGRAPHS = frozenset({"بحثت", "بحثوا"})
CLITICS = ("و", "ف", "ب", "ل", "ك")
PLOVER = {p.value for p in Plover}


@dataclass(frozen=True, slots=True)
class LintProblem:
    file: str
    entry: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.entry}: {self.message}"


def _forms(kind: str, entry) -> list[str]:
    if kind == "actors":
        return [a.ar for a in entry.aliases if a.ar]
    if kind == "places":
        return list(entry.ar)
    return list(getattr(entry, "forms", []) or [])


def lint_lexicon(lex: Lexicon) -> list[LintProblem]:
    problems: list[LintProblem] = []
    ids: dict[tuple[str, str], str] = {}
    owners: dict[str, dict[tuple[str, ...], list[tuple[str, object]]]] = defaultdict(lambda: defaultdict(list))
    sides = set(lex.sides)
    actors = set(lex.actors)
    for f in lex.files:
        kind, name = f.meta.kind, f.path.name
        for e in f.entries:
            ident = getattr(e, "id", "?")
            key = (kind, ident)
            if key in ids:
                problems.append(LintProblem(name, ident, f"duplicate id (also in {ids[key]})"))
            ids[key] = name
            seen: set[tuple[str, ...]] = set()
            for form in _forms(kind, e):
                if DIACRITICS.search(form):
                    problems.append(LintProblem(name, ident, f"form «{form}» has diacritics or tatweel"))
                k = phrase_key(normalize_form(form))
                if not k:
                    problems.append(LintProblem(name, ident, f"form «{form}» has no word characters"))
                    continue
                if k in seen:
                    problems.append(LintProblem(name, ident, f"form «{form}» repeats another form after normalisation"))
                seen.add(k)
                owners[kind][k].append((name, e))
            problems.extend(_references(name, kind, e, sides, actors))
    for kind, table in owners.items():
        for k, entries in table.items():
            distinct = {id(e): (n, e) for n, e in entries}
            if len(distinct) > 1:
                problems.extend(_shared_form(kind, k, list(distinct.values())))
            first = k[0]
            if len(first) > 3 and first[0] in CLITICS and first not in HOMOGRAPHS:
                bare = (first[1:],) + k[1:]
                bare_key = (phrase_key(first[1:])[0],) + k[1:] if phrase_key(first[1:]) else bare
                if bare in table or bare_key in table:
                    name, e = entries[0]
                    problems.append(LintProblem(name, getattr(e, "id", "?"),
                                                f"«{' '.join(k)}» is a clitic-prefixed copy of «{' '.join(bare)}»"))
    return problems


def _shared_form(kind: str, k: tuple[str, ...], entries: list[tuple[str, object]]) -> list[LintProblem]:
    name, first = entries[0]
    others = ", ".join(getattr(e, "id", "?") for _, e in entries[1:])
    if kind == "places":
        countries = [e.country for _, e in entries]
        if len(set(countries)) == len(countries):
            return []  # homonyms in different countries are resolved by the article's country
        return [LintProblem(name, first.id, f"place form «{' '.join(k)}» also names {others} in the same country")]
    if kind == "actors":
        form = " ".join(k)
        ok = all(any(a.context and a.ar and phrase_key(normalize_form(a.ar)) == k for a in e.aliases) for _, e in entries)
        if ok:
            return []
        return [LintProblem(name, first.id, f"alias «{form}» is shared with {others} but not marked context: true everywhere")]
    if kind == "triggers":
        return []  # a trigger form may have two readings; the most specific entry wins at match time
    return [LintProblem(name, getattr(first, "id", "?"), f"form «{' '.join(k)}» is also in {others}")]


def _references(name: str, kind: str, e, sides: set[str], actors: set[str]) -> list[LintProblem]:
    out: list[LintProblem] = []

    def bad(msg: str) -> None:
        out.append(LintProblem(name, getattr(e, "id", "?"), msg))

    if kind == "actors":
        if e.side and e.side not in sides and e.side not in actors:
            bad(f"side '{e.side}' is neither a sides.yaml id nor an actor id")
        for ref in (e.parent, e.affiliation):
            if ref and ref not in actors:
                bad(f"unknown actor '{ref}'")
        if not e.aliases:
            bad("no aliases")
    elif kind == "sides":
        for o in e.opponents:
            if o not in sides:
                bad(f"unknown opponent side '{o}'")
    elif kind == "triggers":
        if e.plover and e.plover not in PLOVER:
            bad(f"unknown PLOVER type '{e.plover}'")
        if e.family == "violent":
            if e.sub_event_type != TERRITORY_CHANGE and e.sub_event_type not in SUB_TO_TYPE:
                bad(f"unknown ACLED sub-event type '{e.sub_event_type}'")
            elif e.sub_event_type in SUB_TO_TYPE and e.event_type != SUB_TO_TYPE[e.sub_event_type]:
                bad(f"sub-event '{e.sub_event_type}' belongs to '{SUB_TO_TYPE[e.sub_event_type]}', not '{e.event_type}'")
            if e.event_type and e.event_type not in ACLED_TYPES:
                bad(f"unknown ACLED event type '{e.event_type}'")
        elif not e.plover:
            bad("a political trigger needs a PLOVER type")
    elif kind == "reporting_verbs":
        if e.plover and e.plover not in PLOVER:
            bad(f"unknown PLOVER type '{e.plover}'")
    elif kind == "framing":
        if e.target not in ("next_actor", "context") and e.target not in sides:
            bad(f"framing target '{e.target}' is not a side id, next_actor or context")
    elif kind == "demonyms":
        if e.actor not in actors:
            bad(f"unknown actor '{e.actor}'")
    return out
