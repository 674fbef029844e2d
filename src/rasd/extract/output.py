"""Turn a processed :class:`Doc` into the boundary model written by ``rasd extract``."""

from __future__ import annotations

from rasd.geo.gazetteer import Gazetteer
from rasd.lexicon.resources import Resources
from rasd.model.io import DocumentOut, ErrorOut, EventOut, MentionOut, QuoteOut, SkipOut, StanceOut
from rasd.model.records import Doc, MentionType

ORG_TYPES_AS_LOCATION = frozenset({"state"})


def mentions_of(res: Resources, doc: Doc) -> list[MentionOut]:
    out: list[MentionOut] = []
    for m in doc.actor_mentions:
        if m.person_id:
            kind, ident = MentionType.PERSON, m.person_id
        else:
            kind, ident = MentionType.ORGANIZATION, m.actor_id
        out.append(MentionOut(type=kind.value, text=m.text, start=m.start, end=m.end, id=ident))
    for p in doc.place_mentions:
        out.append(MentionOut(type=MentionType.LOCATION.value, text=p.text, start=p.start, end=p.end, id=p.place_id))
    for d in doc.dates:
        out.append(MentionOut(type=MentionType.DATE.value, text=d.text, start=d.start, end=d.end,
                              id=d.date.isoformat() if d.date else None))
    for n in doc.numbers:
        out.append(MentionOut(type=MentionType.NUMBER.value, text=n.text, start=n.start, end=n.end, id=str(n.value)))
    out.sort(key=lambda m: (m.start, m.end))
    return out


def to_output(res: Resources, gaz: Gazetteer, doc: Doc, debug: bool = False) -> DocumentOut:
    """The JSON-line record for one document (format of shared/eval/README.md, plus offsets)."""
    events: list[EventOut] = []
    for i, e in enumerate(doc.events, start=1):
        place = gaz.get(e.place_id)
        events.append(
            EventOut(
                id=f"{doc.id}-e{i}",
                family=e.family,
                event_type=e.event_type,
                sub_event_type=e.sub_event_type,
                plover_type=e.plover_type,
                actor1=res.label(e.actor1),
                actor1_id=e.actor1,
                actor2=res.label(e.actor2),
                actor2_id=e.actor2,
                assoc_actor1=[res.label(a) or a for a in e.assoc_actor1],
                assoc_actor2=[res.label(a) or a for a in e.assoc_actor2],
                date=e.date,
                time_precision=e.time_precision,
                date_text=e.date_text,
                location=place.name_en if place else None,
                location_ar=e.location_text,
                location_id=e.place_id,
                latitude=place.lat if place else None,
                longitude=place.lon if place else None,
                geo_precision=e.geo_precision if place else None,
                country=gaz.country_name(place.country) if place else None,
                admin1=place.admin1 if place else None,
                fatalities=e.fatalities,
                fatalities_text=e.fatalities_text,
                fatalities_estimated=e.fatalities_estimated,
                claimed_by=e.claimed_by,
                evidence=e.evidence,
                evidence_start=e.start,
                evidence_end=e.end,
                trigger=e.trigger,
            )
        )
    quotes = [
        QuoteOut(
            speaker=q.speaker,
            speaker_en=q.speaker_en,
            speaker_id=q.speaker_id,
            role=q.role,
            side=q.side,
            verb=q.verb,
            evidence=q.evidence,
            evidence_start=q.start,
            evidence_end=q.end,
            content_start=q.content_start,
            content_end=q.content_end,
        )
        for q in doc.quotes
    ]
    stance = None
    if doc.stance is not None:
        stance = StanceOut(label=doc.stance.label, evidence=list(doc.stance.evidence), scores=dict(doc.stance.scores))
    return DocumentOut(
        doc_id=doc.id,
        published=doc.published,
        outlet=doc.outlet,
        url=doc.url,
        country=gaz.country_name(doc.country) if doc.country else None,
        stance=stance,
        events=events,
        quotes=quotes,
        mentions=mentions_of(res, doc),
        errors=[ErrorOut(code=e.code, message=e.message, stage=e.stage) for e in doc.errors],
        skipped=[SkipOut(reason=s.reason, cue=s.cue, trigger=s.trigger, evidence=s.evidence, start=s.start, end=s.end)
                 for s in doc.skipped] if debug else None,
    )
