"""Who acts and who is acted on, from word order around an event trigger.

Arabic news puts the verb first (VSO: «قصفت قوات الوفاق مواقع ...») or the subject first in
nominal and SVO clauses («الجيش يصد هجوما»). A name right after a target noun («مواقع»، «صفوف»،
«ضد») or after the preposition ل is the target. For battles a «بين X و Y» frame gives both sides.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.extract.mention_index import actor_index
from rasd.lexicon.resources import Resources
from rasd.model.records import ActorMention, Doc

TARGET_NOUNS = frozenset(
    """مواقع موقع تمركزات تمركز تجمعات تجمع صفوف عناصر اليات اهداف هدف مقر مقرات معسكر معسكرات ضد
    مخازن مخزن دفاعات منظومه منظومات طائره طائرات مسيره مسيرات قوات تحصينات نقاط نقطه مركز مراكز
    ارتال رتل قافله مسلحي مقاتلي عربات""".split()
)
BETWEEN = frozenset({"بين"})


@dataclass(frozen=True, slots=True)
class Roles:
    actor1: str | None
    actor2: str | None
    assoc1: tuple[str, ...]


def _is_target(doc: Doc, m: ActorMention) -> bool:
    first = doc.tokens[m.tok_start]
    if first.text.startswith(("ل", "لل")) and not first.text.startswith("ال") and len(first.analyses) > 1:
        return any(a.prefix.endswith("ل") for a in first.analyses[1:2])
    if m.tok_start > 0:
        prev = doc.tokens[m.tok_start - 1]
        return any(a.key in TARGET_NOUNS for a in prev.analyses)
    return False


def assign_roles(
    res: Resources,
    doc: Doc,
    trig: tuple[int, int],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    speaker_actor: str | None,
    violent: bool,
) -> Roles:
    t0, t1 = trig
    clause_mentions = actor_index(doc).starting(*clause)
    demonyms = [m for m in clause_mentions if m.demonym]
    in_clause = [m for m in clause_mentions if m.actor_id and not m.demonym and not (t0 <= m.tok_start < t1)]
    a1: str | None = None
    a2: str | None = None
    # «بين X و Y»
    for m in in_clause:
        if m.tok_start > 0 and doc.tokens[m.tok_start - 1].text in BETWEEN:
            others = [o for o in in_clause if o.tok_start >= m.tok_end and o.actor_id != m.actor_id]
            if others:
                return Roles(m.actor_id, others[0].actor_id, _assoc(res, demonyms, m.actor_id, others[0].actor_id))
    before = [m for m in in_clause if m.tok_end <= t0]
    after = [m for m in in_clause if m.tok_start >= t1]
    subject_after = next((m for m in after if m.tok_start - t1 <= 2 and not _is_target(doc, m)), None)
    subject_before = before[-1] if before and not _is_target(doc, before[-1]) else None
    if subject_before and (not subject_after or t0 - subject_before.tok_end <= 1):
        a1 = subject_before.actor_id
    elif subject_after:
        a1 = subject_after.actor_id
    elif subject_before:
        a1 = subject_before.actor_id
    if a1 is None and violent:  # «طائرة مسيرة تركية», «غارات روسية»: the adjective names the attacker
        a1 = next((m.actor_id for m in demonyms if t0 <= m.tok_start <= t1 + 1 and m.actor_id), None)
    if a1 is None and speaker_actor:
        a1 = speaker_actor
    if a1 is None:  # subject named earlier in the sentence
        earlier = [m for m in actor_index(doc).starting(sentence[0], clause[0])
                   if m.actor_id and not m.demonym and not _is_target(doc, m)]
        if earlier:
            a1 = earlier[-1].actor_id
    for m in after + before:
        if m.actor_id and m.actor_id != a1 and res.side(m.actor_id) != res.side(a1):
            a2 = m.actor_id
            break
    if a1 is None and a2 is None and demonyms:
        a1 = demonyms[0].actor_id
    if a1 is None and a2 is not None and violent:
        a1, a2 = _opponent(res, doc, a2), a2
    if a2 is None and a1 is not None and violent:
        a2 = _opponent(res, doc, a1)
    if a1 is None and a2 is not None:
        a1, a2 = a2, None
    return Roles(a1, a2, _assoc(res, demonyms, a1, a2))


def _opponent(res: Resources, doc: Doc, actor_id: str | None) -> str | None:
    """The single opponent of an actor's side, when the conflict has exactly one."""
    side = res.side(actor_id)
    opponents = res.opponents(side)
    if len(opponents) == 1 and opponents[0] in res.lexicon.actors:
        return opponents[0]
    return None


def _assoc(res: Resources, demonyms: list[ActorMention], a1: str | None, a2: str | None) -> tuple[str, ...]:
    out = []
    for m in demonyms:
        aid = m.actor_id
        if aid and aid not in (a1, a2) and aid not in out and res.side(aid) not in (res.side(a1), res.side(a2)):
            out.append(aid)
    return tuple(out)
