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
# «قوات تابعة لـ X», «القوات الموالية لـ X»: the لـ names whose forces they are, not a target
BELONGING = frozenset("تابعه تابع تابعين تابعون مواليه موالي موالين موالون".split())


@dataclass(frozen=True, slots=True)
class Roles:
    actor1: str | None
    actor2: str | None
    assoc1: tuple[str, ...]
    unknown_subject: bool = False  # «الشعب الذي أعلن رفضه»: the subject is a relative's antecedent, no actor


def _is_target(doc: Doc, m: ActorMention) -> bool:
    first = doc.tokens[m.tok_start]
    if m.tok_start > 0 and any(a.key in BELONGING for a in doc.tokens[m.tok_start - 1].analyses):
        return m.tok_start > 1 and any(a.key in TARGET_NOUNS for a in doc.tokens[m.tok_start - 2].analyses)
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
    weapon_stopped: bool = False,
) -> Roles:
    t0, t1 = trig
    clause_mentions = [m for m in actor_index(doc).starting(*clause) if not m.backer]  # a backer is no party
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
    if not violent and speaker_actor and t1 < clause[1] and doc.tokens[t1].key in DOCUMENTS:
        # «ودعا البيان المجتمع الدولي ...»: the statement speaks for whoever issued it
        others = [m for m in in_clause if m.tok_start >= t1 and m.actor_id != speaker_actor]
        return Roles(speaker_actor, others[0].actor_id if others else None, ())
    if not violent:
        antecedent = _relative_subject(doc, t0, clause, in_clause)
        if antecedent is not None:
            if not antecedent:
                return Roles(None, None, (), unknown_subject=True)
            others = [m for m in in_clause if m.tok_start >= t1 and m.actor_id != antecedent]
            return Roles(antecedent, others[0].actor_id if others else None, ())
    doer = _relative_doer(doc, t1, clause, clause_mentions) if violent else None
    if doer is None and violent and not weapon_stopped:  # «طائرة مسيرة تركية»: the adjective on the weapon
        doer = next((m.actor_id for m in demonyms if m.tok_start == t1 and m.actor_id), None)
    if doer is not None:  # «أدانت الحكومة القصف الذي نفذته طائرة مسيرة تركية»
        others = [m for m in in_clause if m.actor_id != doer and res.side(m.actor_id) != res.side(doer)
                  and m.tok_start >= t1 and not (m.tok_start > t1 and m.actor_id == doer)]
        a2 = others[0].actor_id if others else _opponent(res, doc, doer)
        return Roles(doer, a2, _assoc(res, demonyms, doer, a2))
    before = [m for m in in_clause if m.tok_end <= t0]
    after = [m for m in in_clause if m.tok_start >= t1]
    subject_after = next((m for m in after if _near_subject(doc, t1, m) and not _is_target(doc, m)
                          and _can_act(res, m, violent)), None)
    subject_before = before[-1] if before and not _is_target(doc, before[-1]) and _can_act(res, before[-1], violent) else None
    if subject_before and (not subject_after or t0 - subject_before.tok_end <= 1):
        a1 = subject_before.actor_id
    elif subject_after:
        a1 = subject_after.actor_id
    elif subject_before:
        a1 = subject_before.actor_id
    if a1 is None and violent:  # «طائرة مسيرة تركية», «غارات روسية»: the adjective names the attacker
        a1 = next((m.actor_id for m in demonyms if t0 <= m.tok_start <= t1 + 1 and m.actor_id), None)
    if a1 is None and not violent:  # «وأعرب المسؤولون الأمريكيون عن قلقهم»: the subject's nationality
        a1 = next((m.actor_id for m in demonyms if m.tok_end <= t0 and m.actor_id), None)
    if a1 is None and speaker_actor:
        a1 = speaker_actor
    if a1 is None:  # subject named earlier in the sentence
        earlier = [m for m in actor_index(doc).starting(sentence[0], clause[0])
                   if m.actor_id and not m.demonym and not m.backer and not _is_target(doc, m) and _can_act(res, m, violent)]
        if earlier:
            a1 = earlier[-1].actor_id
    for m in after + before:
        if m.actor_id and m.actor_id != a1 and res.side(m.actor_id) != res.side(a1) and _can_act(res, m, violent):
            a2 = m.actor_id
            break
    if a2 is None and a1 is not None and not violent:  # «أدان القصف التركي»: the accused by nationality
        a2 = next((m.actor_id for m in demonyms if m.tok_start >= t1 and m.actor_id
                   and res.side(m.actor_id) != res.side(a1)), None)
    if a1 is None and a2 is None and demonyms:
        a1 = demonyms[0].actor_id
    if a1 is None and a2 is not None and violent:
        a1, a2 = _opponent(res, doc, a2), a2
    if a2 is None and a1 is not None and violent:
        a2 = _opponent(res, doc, a1)
    if a1 is None and a2 is not None:
        a1, a2 = a2, None
    return Roles(a1, a2, _assoc(res, demonyms, a1, a2))


# Who tells of violence without taking part in it: «وقال المرصد إن غارة استهدفت ...».
WITNESS_TYPES = frozenset({"ngo", "international_org", "civilians"})
SUBJECT_REACH = 2  # «قصفت قوات الوفاق», «أسقطت الدفاعات الجوية ...»
BELONGING_REACH = 5  # «أسقطت الدفاعات الجوية التابعة للجيش الوطني»: the unit's owner is the subject


def _near_subject(doc: Doc, t1: int, m: ActorMention) -> bool:
    if m.tok_start - t1 <= SUBJECT_REACH:
        return True
    # only a definite head right after the verb is its subject («أسقطت الدفاعات الجوية التابعة لـ»);
    # an indefinite one is its object («أسقطت طائرة حربية تابعة لقوات الوفاق»)
    return (m.tok_start - t1 <= BELONGING_REACH and m.tok_start > 0 and doc.tokens[t1].text.startswith("ال")
            and any(a.key in BELONGING for a in doc.tokens[m.tok_start - 1].analyses))


def _can_act(res: Resources, m: ActorMention, violent: bool) -> bool:
    entry = res.actor(m.actor_id)
    return not (violent and entry is not None and entry.type in WITNESS_TYPES)


DOCUMENTS = frozenset("بيان البيان تقرير التقرير رساله الرساله مذكره المذكره".split())
RELATIVES = frozenset("الذي التي الذين".split())
RELATIVE_REACH = 5  # «الذي نفذته ليل الاثنين طائرة مسيرة تركية»


def _relative_subject(doc: Doc, t0: int, clause: tuple[int, int], mentions: list[ActorMention]) -> str | None:
    """For «... X الذي أعلن رفضه», the actor X right before the relative pronoun ('' when X is no
    actor); None when the act is not told in a relative clause."""
    # only «الذي <verb> <noun>» with the noun right after the verb («الذي أعلن رفضه»): in «التي
    # تتفاوض معها» or «الذي عقد فيه الاجتماع» the antecedent is not the subject
    rel = t0 - 2
    if rel < clause[0] or doc.tokens[rel].text not in RELATIVES:
        return None
    before = next((m for m in mentions if m.tok_end == rel or m.tok_end == rel - 1), None)
    return before.actor_id if before is not None and before.actor_id else ""


def _relative_doer(doc: Doc, t1: int, clause: tuple[int, int], mentions: list[ActorMention]) -> str | None:
    """The actor named after «الذي/التي <verb>» right after the trigger: who carried the act out."""
    if t1 + 1 >= clause[1] or doc.tokens[t1].text not in RELATIVES:
        return None
    verb = t1 + 1
    for m in mentions:
        if verb < m.tok_start <= verb + RELATIVE_REACH and m.tok_end <= clause[1] and m.actor_id:
            return m.actor_id
    return None


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
