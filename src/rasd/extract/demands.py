"""Demands carried by what a party says, not by a verb of asking.

«وقال الوزير إن على تركيا أن تحترم سيادة الدول الأعضاء» has no «دعا» or «طالب», yet it demands
something of Turkey. Inside a quote whose speaker has a camp, «على <actor> أن ...», «يجب على
<actor>», «ينبغي على <actor>» (an obligation laid on a named party) is coded REQUEST speaker →
that party, once per pair and article, with the quote as evidence.
"""

from __future__ import annotations

from bisect import bisect_left

from rasd.deadline import check_deadline
from rasd.extract.statements import statement_event
from rasd.lexicon.resources import Resources
from rasd.model.records import Doc, Event, Quote

OBLIGATION_PREP = "علي"
COMPLEMENTISERS = frozenset("ان بان".split())
MAX_NAME_GAP = 2  # «على تركيا أن», «على الحكومة السودانية أن»


def _speaker_actor(res: Resources, q: Quote) -> str | None:
    speaker = res.actor(q.speaker_id)
    if speaker is None:
        return None
    return speaker.affiliation if speaker.type == "person" else q.speaker_id


def _obliged(doc: Doc, q: Quote) -> list[tuple[str, int]]:
    """(actor id, token) for each «على <actor> أن» inside the quote's content."""
    out: list[tuple[str, int]] = []
    mentions = doc.actor_mentions
    first = bisect_left(mentions, q.content_start, key=lambda m: m.start)
    last = bisect_left(mentions, q.content_end, key=lambda m: m.start)
    for m in mentions[first:last]:
        if m.end > q.content_end or not m.actor_id or m.demonym or m.tok_start == 0:
            continue
        prev = doc.tokens[m.tok_start - 1]
        if prev.text != OBLIGATION_PREP:
            continue
        follow = doc.tokens[m.tok_end : m.tok_end + MAX_NAME_GAP]
        if any(tok.text in COMPLEMENTISERS for tok in follow):
            out.append((m.actor_id, m.tok_start))
    return out


def content_demands(res: Resources, doc: Doc, events: list[Event]) -> list[Event]:
    """REQUEST events for statements that lay an obligation on a named party."""
    have = {(e.actor1, e.actor2) for e in events if e.family == "political" and e.plover_type == "REQUEST"}
    out: list[Event] = []
    for q in doc.quotes:
        check_deadline(doc)
        if not q.speaker_id or q.content_end <= q.content_start:
            continue
        actor1 = _speaker_actor(res, q)
        if actor1 is None:
            continue
        for actor2, _ in _obliged(doc, q):
            if actor2 == actor1 or (actor1, actor2) in have:
                continue
            have.add((actor1, actor2))
            out.append(statement_event(doc, q, "REQUEST", actor1, actor2, "content_demand"))
    return out
