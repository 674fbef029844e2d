"""Political events carried by a statement as a whole (an accusation, a demand, a denial).

Such an event has no trigger word of its own: its evidence is the quote, its actor the speaker's
camp, and its date the one the quote gives («في بيان أصدرته السبت»), else the publication date.
"""

from __future__ import annotations

from rasd.extract.dating import event_date
from rasd.model.records import Doc, Event, Quote


def statement_event(doc: Doc, q: Quote, plover: str, actor1: str, actor2: str | None, trigger_id: str) -> Event:
    """The event a statement ``q`` makes by being said."""
    when = event_date(doc, (q.start, q.end), (q.start, q.end), q.verb_start)
    return Event(
        family="political", event_type=None, sub_event_type=None, plover_type=plover,
        actor1=actor1, actor2=actor2, assoc_actor1=(), assoc_actor2=(), date=when.date,
        time_precision=when.precision, date_text=when.text, place_id=None, location_text=None,
        geo_precision=None, fatalities=None, fatalities_text=None, fatalities_estimated=False,
        claimed_by=None, start=q.start, end=q.end, evidence=q.evidence, trigger=q.verb or "",
        trigger_id=trigger_id, sentence=-1,
    )
