"""Accusations carried by what a party says, not by a verb of accusing.

«وأكد المتحدث باسم الجيش أن تركيا تواصل انتهاك السيادة الليبية» has no «اتهم», yet the
statement accuses Turkey. A quote whose speaker belongs to a camp, whose content names another
belligerent or a foreign state, and whose content holds an accusation term (``accusation`` cues:
«انتهاك», «مرتزقة», «جرائم», «عدوان» ...) is coded ACCUSE speaker → accused, once per pair and
article, with the quote as evidence.
"""

from __future__ import annotations

from rasd.extract.mention_index import token_range
from bisect import bisect_left, bisect_right

from rasd.deadline import check_deadline
from rasd.extract.statements import statement_event
from rasd.lexicon.resources import Resources
from rasd.model.records import Doc, Event, Quote

ACCUSED_TYPES = frozenset({"state", "armed_forces", "armed_group", "militia", "rebel_group",
                           "terrorist_group", "mercenaries", "government"})


def _speaker_actor(res: Resources, q: Quote) -> str | None:
    speaker = res.actor(q.speaker_id)
    if speaker is None:
        return None
    return speaker.affiliation if speaker.type == "person" else q.speaker_id


def _accused(res: Resources, doc: Doc, q: Quote, actor1: str) -> str | None:
    side = res.side(actor1)
    opponents = set(res.opponents(side))
    mentions = doc.actor_mentions
    first = bisect_left(mentions, q.content_start, key=lambda m: m.start)
    last = bisect_left(mentions, q.content_end, key=lambda m: m.start)
    inside = [m for m in mentions[first:last] if m.end <= q.content_end
              and m.actor_id and m.actor_id != actor1 and res.side(m.actor_id) != side]
    for m in inside:  # a declared opponent first, then a foreign state or armed group
        if res.side(m.actor_id) in opponents:
            return m.actor_id
    for m in inside:
        entry = res.actor(m.actor_id)
        if entry is not None and entry.type in ACCUSED_TYPES:
            return m.actor_id
    return None


ANY = frozenset({"اي", "لاي", "باي"})


def _hypothetical(doc: Doc, tok: int) -> bool:
    """«التصدي لأي هجوم»: an aggression that may come accuses nobody."""
    return tok > 0 and doc.tokens[tok - 1].text in ANY


def content_accusations(res: Resources, doc: Doc, events: list[Event]) -> list[Event]:
    """ACCUSE events for statements that accuse without an accusing verb."""
    have = {(e.actor1, e.actor2) for e in events if e.family == "political" and e.plover_type == "ACCUSE"}
    out: list[Event] = []
    starts = [a for a, _ in doc.token_spans]
    ends = [b for _, b in doc.token_spans]
    for q in doc.quotes:
        check_deadline(doc)
        if not q.speaker_id or q.content_end <= q.content_start:
            continue
        actor1 = _speaker_actor(res, q)
        if actor1 is None or res.side(actor1) is None:
            continue
        lo, hi = bisect_left(starts, q.content_start), bisect_right(ends, q.content_end)
        if hi <= lo or not any(
            any(p.reason == "accusation" for p in c.payloads) and not _hypothetical(doc, c.start)
            for c in res.cues.match(doc.tokens, lo, hi)
        ):
            continue
        actor2 = _accused(res, doc, q, actor1)
        if actor2 is None or (actor1, actor2) in have:
            continue
        have.add((actor1, actor2))
        out.append(statement_event(doc, q, "ACCUSE", actor1, actor2, "content_accusation"))
    return out

