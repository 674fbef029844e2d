"""Who acts and who is acted on, from word order around an event trigger.

Arabic news puts the verb first (VSO: «قصفت قوات الوفاق مواقع ...») or the subject first in
nominal and SVO clauses («الجيش يصد هجوما»). A name right after a target noun («مواقع»، «صفوف»،
«ضد») or after the preposition ل is the target. For battles a «بين X و Y» frame gives both sides.

Agentless clauses name the doer in a phrase after the act: «قتل 5 مدنيين في قصف لقوات X», «بقذائف
أطلقتها X», «على يد X». Victims who are civilians («مدنيين», «أطفال», «سكان») are actor2 «Civilians»
of violence against civilians and remote violence. The addressee of a call («دعا X الطرفين إلى»,
«مطالبا Y بـ») is actor2; a country in the caller's title («المبعوث الخاص إلى السودان») is neither.
"""

from __future__ import annotations

import re
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


def _is_target(doc: Doc, m: ActorMention, trig: tuple[int, int] | None = None) -> bool:
    first = doc.tokens[m.tok_start]
    if m.tok_start > 0 and any(a.key in BELONGING for a in doc.tokens[m.tok_start - 1].analyses):
        return m.tok_start > 1 and any(a.key in TARGET_NOUNS for a in doc.tokens[m.tok_start - 2].analyses)
    if first.text.startswith(("ل", "لل")) and not first.text.startswith("ال") and len(first.analyses) > 1:
        if trig is not None and _possessive(doc, trig, m.tok_start):
            return False
        return any(a.prefix.endswith("ل") for a in first.analyses[1:2])
    if m.tok_start > 0:
        prev = doc.tokens[m.tok_start - 1]
        if trig is not None and m.tok_end <= trig[0] and any(a.key in FORCE_NOUNS for a in prev.analyses):
            return False  # «نفذت طائرات القوة الجوية العراقية ضربة»: the subject's aircraft, not a target
        return any(a.key in TARGET_NOUNS for a in prev.analyses)
    return False


POSSESSIVE_REACH = 3  # «اعترضت الدفاعات الجوية للتحالف»


def _possessive(doc: Doc, trig: tuple[int, int], i: int) -> bool:
    """«شن الطيران الحربي للجيش», «اعترضت الدفاعات الجوية للتحالف»: a ل right after the definite
    subject of the act names whose the subject is; after an indefinite head («مواقع لقوات», «ضربة
    لقوات») or after the subject and its object («قدمت الحكومة الدعم للقوات») it is the target."""
    t0, t1 = trig
    if i == t1:  # the act named by a definite force: «الطيران الحربي للجيش»
        return doc.tokens[t0].text.startswith("ال")
    if not (t1 < i <= t1 + POSSESSIVE_REACH):
        return False
    return all(doc.tokens[j].text.startswith("ال") and not any(a.key in TARGET_NOUNS for a in doc.tokens[j].analyses)
               for j in range(t1, i))


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
    civilian_victims = violent and _civilian_victims(res, doc, trig, clause, sentence)
    repelled = violent and _repelled(doc, t0, clause)  # «صدت القوات هجوما شنته الميليشيا»: the subject is actor1
    doer = _relative_doer(doc, t1, clause, clause_mentions) if violent and not repelled else None
    if doer is None and violent and not repelled:  # «بقذائف أطلقتها X», «قصف لقوات X», «على يد X»
        doer = _agent(res, doc, trig, clause, in_clause)
    if doer is None and violent and not weapon_stopped:  # «طائرة مسيرة تركية»: the adjective on the weapon
        doer = next((m.actor_id for m in demonyms if m.tok_start == t1 and m.actor_id), None)
    if doer is not None:  # «أدانت الحكومة القصف الذي نفذته طائرة مسيرة تركية»
        others = [m for m in in_clause if m.actor_id != doer and res.side(m.actor_id) != res.side(doer)
                  and m.tok_start >= t1 and not (m.tok_start > t1 and m.actor_id == doer) and _can_act(res, m, violent)]
        a2 = others[0].actor_id if others else (CIVILIANS if civilian_victims else _opponent(res, doc, doer))
        return Roles(doer, a2, _assoc(res, demonyms, doer, a2))
    before = [m for m in in_clause if m.tok_end <= t0]
    after = [m for m in in_clause if m.tok_start >= t1]
    subject_after = next((m for m in after if _near_subject(doc, t1, m) and not _is_target(doc, m, trig)
                          and _can_act(res, m, violent)), None)
    subject_before = before[-1] if before and not _is_target(doc, before[-1], trig) and _can_act(res, before[-1], violent) else None
    if subject_before and (not subject_after or t0 - subject_before.tok_end <= 1):
        a1 = subject_before.actor_id
    elif subject_after:
        a1 = subject_after.actor_id
    elif subject_before:
        a1 = subject_before.actor_id
    if a1 is None and violent:  # «طائرة مسيرة تركية», «غارات روسية»: the adjective names the attacker
        a1 = next((m.actor_id for m in demonyms if t0 <= m.tok_start <= t1 + 1 and m.actor_id), None)
    if a1 is None and violent:  # «شنت طائرات حربية عراقية أمس غارات»: the adjective on the subject's force
        a1 = next((m.actor_id for m in demonyms if m.tok_end <= t0 and m.actor_id and _on_force(doc, m)), None)
    if a1 is None and not violent:  # «وأعرب المسؤولون الأمريكيون عن قلقهم»: the subject's nationality
        a1 = next((m.actor_id for m in demonyms if m.tok_end <= t0 and m.actor_id), None)
    if a1 is None and speaker_actor:
        a1 = speaker_actor
    if a1 is None:  # subject named earlier in the sentence
        a1 = _earlier_subject(res, doc, clause, sentence, violent)
    hal = not violent and _circumstantial(doc, t0)
    if hal:  # «..., داعيا Y إلى»: the participle's subject is the main clause's, never a name after it
        a1 = _main_subject(res, doc, t0, sentence) or speaker_actor
    call = _call_frame(res, doc, trig, clause, in_clause, hal) if not violent else None
    candidates = after + before
    if not violent:  # «دعا المبعوث الخاص إلى السودان ...»: the country in a title is no party
        candidates = [m for m in candidates if not _in_title(doc, m, t1)]
    if call is not None:  # «دعا X الطرفين/Y إلى ...»: the addressee, between the verb and «إلى/على/بـ»
        zone, addressed = call
        addressees = [m for m in zone if m.actor_id != a1]
        candidates = addressees if (addressees or addressed) else candidates
    for m in candidates:
        if m.actor_id and m.actor_id != a1 and res.side(m.actor_id) != res.side(a1) and _can_act(res, m, violent):
            a2 = m.actor_id
            break
    if a2 is None and a1 is not None and not violent and not (call and call[1]):
        # «أدان القصف التركي»: the accused by nationality
        a2 = next((m.actor_id for m in demonyms if m.tok_start >= t1 and m.actor_id
                   and res.side(m.actor_id) != res.side(a1)), None)
    if a1 is None and a2 is None and demonyms:
        a1 = demonyms[0].actor_id
    if a1 is None and a2 is not None and violent:
        a1, a2 = _opponent(res, doc, a2), a2
    if a2 is None and violent and civilian_victims and a1 != CIVILIANS:
        a2 = CIVILIANS  # «قتل 31 مدنيا في غارات جوية»: the victims, even when the attacker is unnamed
    if a2 is None and a1 is not None and violent:
        a2 = _opponent(res, doc, a1)
    if a1 is None and a2 is not None and a2 != CIVILIANS and not (violent and _target_named(doc, a2, clause)):
        a1, a2 = a2, None  # a lone actor is the actor, unless it is the target of a violent act («مواقع لداعش»)
    return Roles(a1, a2, _assoc(res, demonyms, a1, a2))


def _earlier_subject(res: Resources, doc: Doc, clause: tuple[int, int], sentence: tuple[int, int], violent: bool) -> str | None:
    earlier = [m for m in actor_index(doc).starting(sentence[0], clause[0])
               if m.actor_id and not m.demonym and not m.backer and not _is_target(doc, m) and _can_act(res, m, violent)]
    return earlier[-1].actor_id if earlier else None


CIVILIANS = "CIVILIANS"
# Victims that make the target civilians: «مقتل سبعة مدنيين», «إصابة امرأة وطفلين», «سكان الحي».
VICTIM_WORDS = frozenset(
    """مدني مدنيا مدنيان مدنيين مدنيون مدنيه اطفال طفل طفلا طفلان طفلين طفله نساء امراه امراتان امراتين
    سيده سيدات سكان مواطن مواطنا مواطنان مواطنين مواطنون""".split()
)
CIVILIAN_TARGET_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence"})


def _trigger_at(res: Resources, doc: Doc, trig: tuple[int, int]):
    """The lexicon trigger that spans ``trig``, read once per span and document."""
    known = doc.indexes.setdefault("trigger_at", {})
    if trig not in known:
        found = [m for m in res.triggers.match(doc.tokens, trig[0], trig[1]) if m.start == trig[0]]
        known[trig] = found[0] if found else None
    return known[trig]


def _event_type(res: Resources, doc: Doc, trig: tuple[int, int]) -> str | None:
    found = _trigger_at(res, doc, trig)
    return found.payload.event_type if found else None


def _civilian_victims(res: Resources, doc: Doc, trig: tuple[int, int], clause: tuple[int, int],
                      sentence: tuple[int, int]) -> bool:
    """Civilians named as the target after the act («استهدفت المدنيين»), or, for violence against
    civilians and remote violence, civilians among the sentence's victims («ما أدى إلى مقتل سبعة مدنيين»)."""
    for m in actor_index(doc).starting(trig[1], clause[1]):
        entry = res.actor(m.actor_id)
        if entry is not None and entry.type == "civilians" and not m.backer:
            return True
    if _event_type(res, doc, trig) not in CIVILIAN_TARGET_TYPES:
        return False
    cache = doc.indexes.setdefault("civilian_victims", {})  # one scan per sentence, not per event
    if sentence not in cache:
        cache[sentence] = _sentence_has_civilian_victims(res, doc, sentence)
    return cache[sentence]


def _sentence_has_civilian_victims(res: Resources, doc: Doc, sentence: tuple[int, int]) -> bool:
    civilian_starts = {m.tok_start for m in actor_index(doc).starting(*sentence)
                       if not m.backer and (res.actor(m.actor_id) is not None and res.actor(m.actor_id).type == "civilians")}
    for i in range(*sentence):
        if i in civilian_starts or any(a.key in VICTIM_WORDS for a in doc.tokens[i].analyses[:2]):
            # «أفاد سكان بأن ...»: those who tell of it are witnesses, not its victims
            if not (i > 0 and any(res.verbs.has_word(a.key) for a in doc.tokens[i - 1].analyses[:2])):
                return True
    return False


# «صدت القوات هجوما شنته الميليشيا», «أحبطت محاولة تسلل نفذتها»: who repels is actor1
REPEL_VERBS = frozenset(
    """صد صدت صدوا تصدت تصدي تصدوا كسر كسرت كسروا احبط احبطت احبطوا افشل افشلت افشلوا دحر دحرت دحروا
    اعترض اعترضت اسقط اسقطت""".split()
)
# «هجوم شنته X», «بقذائف أطلقتها X»: a verb with the act as its object pronoun, then its doer
DOER_VERBS = frozenset("شن شنت شنها شنه نفذ نفذت اطلق اطلقت ارتكب ارتكبت".split())
OBJECT_PRONOUNS = frozenset({"ه", "ها", "هم", "هما"})
AGENT_HANDS = frozenset({"يد", "ايدي"})  # «على يد X»
AGENT_REACH = 3


def _repelled(doc: Doc, t0: int, clause: tuple[int, int]) -> bool:
    return any({a.key for a in doc.tokens[i].analyses[:2]} & REPEL_VERBS for i in range(clause[0], t0))


def _agent(res: Resources, doc: Doc, trig: tuple[int, int], clause: tuple[int, int],
           mentions: list[ActorMention]) -> str | None:
    """The doer of an act told without a subject: «على يد X», «بقذائف أطلقتها X», «جراء قصف شنته X»,
    and — when no actor stands before the act — «في قصف لقوات X», «بغارة لطيران X»."""
    t0, t1 = trig
    actors = [m for m in mentions if _can_act(res, m, True)]
    for i in range(clause[0], clause[1] - 1):
        if doc.tokens[i].text == "علي" and doc.tokens[i + 1].key in AGENT_HANDS:
            doer = next((m for m in actors if i + 1 < m.tok_start <= i + 1 + AGENT_REACH), None)
            if doer is not None:
                return doer.actor_id
    for i in range(t1, min(clause[1], t1 + AGENT_REACH)):
        if any(a.suffix in OBJECT_PRONOUNS and a.key in DOER_VERBS for a in doc.tokens[i].analyses):
            doer = next((m for m in actors if i < m.tok_start <= i + RELATIVE_REACH), None)
            if doer is not None:
                return doer.actor_id
            break
    if any(m.tok_end <= t0 for m in actors):
        return None  # «وجهت القوات ضربة لقوات X»: a subject before the act, so the ل names the target
    for m in actors:
        if m.tok_start in (t1, t1 + 1) and m.tok_start < clause[1]:
            first = doc.tokens[m.tok_start]
            owned = first.text.startswith("ل") and not first.text.startswith("ال") and any(
                a.prefix.endswith("ل") for a in first.analyses[1:2])
            if owned and (m.tok_start == t1 or _adjective_slot(doc.tokens[t1].text)):
                return m.actor_id
    return None


def _adjective_slot(word: str) -> bool:
    """«قصف مدفعي لقوات X»: one word between the act and the ل, that is no preposition or conjunction."""
    return word not in ("في", "علي", "من", "الي", "عن", "مع") and not word.startswith(("ب", "ل", "و", "ف"))


# Who is called on: between the verb and the «إلى/على/بـ» that opens what is asked for.
CALL_PLOVERS = frozenset({"REQUEST"})
COMPLEMENT_WORDS = frozenset({"الي", "علي"})
DEMAND_STEMS = ("طالب", "يطالب", "تطالب", "مطالب", "ناشد", "يناشد", "تناشد", "مناشد")
# Addressees that are no actor: «دعا الطرفين إلى», «حث جميع الأطراف على», «داعيا المجتمع الدولي إلى»
ADDRESSEE_WORDS = frozenset("طرفين طرفي الطرفين اطراف الاطراف جميع كافه الجميع مجتمع المجتمع".split())
HAL = re.compile(r"^و?(?:م\S{3,}ا|داعيا|حاثا)$")
TITLE_WORDS = frozenset(
    "مبعوث مبعوثه سفير سفيره ممثل ممثله منسق منسقه مندوب مندوبه خاص خاصه مقيم مقيمه".split()
)
TITLE_PREPS = frozenset({"الي", "لدي", "في"})
TITLE_REACH = 6


HAL_FEMININE = re.compile(r"^(?:م\S{3,}|داعي)ه$")


def _circumstantial(doc: Doc, t0: int) -> bool:
    """«داعيا», «مطالبا», «متهما» — or, after a comma, «متهمة», «داعية» — an accusative participle
    continuing the main clause."""
    word = doc.tokens[t0].text
    if HAL.match(word):
        return True
    return bool(HAL_FEMININE.match(word)) and doc.norm.text[: doc.tokens[t0].start].rstrip().endswith(("،", ","))


def _main_subject(res: Resources, doc: Doc, t0: int, sentence: tuple[int, int]) -> str | None:
    """The first actor of the sentence before the participle: the subject it continues."""
    return next((m.actor_id for m in actor_index(doc).starting(sentence[0], t0)
                 if m.actor_id and m.tok_end <= t0 and not m.demonym and not m.backer and not _is_target(doc, m)
                 and not _victims(res, m)), None)


def _victims(res: Resources, m: ActorMention) -> bool:
    """«أعلنت ... مقتل ستة نازحين، متهمة»: civilians named in the told act are not who speaks."""
    entry = res.actor(m.actor_id)
    return entry is not None and entry.type == "civilians"


def _in_title(doc: Doc, m: ActorMention, t1: int) -> bool:
    """«المبعوث الأمريكي الخاص إلى السودان», «السفير لدى اليمن»: the country of a title."""
    i = m.tok_start
    if i == 0 or doc.tokens[i - 1].text not in TITLE_PREPS:
        return False
    return any(a.key in TITLE_WORDS for j in range(max(t1, i - 1 - TITLE_REACH), i - 1) for a in doc.tokens[j].analyses[:2])


def _call_frame(res: Resources, doc: Doc, trig: tuple[int, int], clause: tuple[int, int],
                mentions: list[ActorMention], hal: bool) -> tuple[list[ActorMention], bool] | None:
    """For a call or demand: the actors between the verb and what is asked for (the addressees), and
    whether a non-actor addressee («الطرفين», «المجتمع الدولي») stands there. None when no such frame."""
    t0, t1 = trig
    trigger = _trigger_at(res, doc, trig)
    found = [trigger] if trigger is not None else []
    if not hal and not (found and found[0].payload.plover in CALL_PLOVERS):
        return None
    demand = doc.tokens[t0].key.startswith(DEMAND_STEMS) or any(
        a.key.startswith(DEMAND_STEMS) for a in doc.tokens[t0].analyses[:2])
    starts = {m.tok_start for m in mentions}
    k = None
    for i in range(t1, clause[1]):
        tok = doc.tokens[i]
        if tok.text in COMPLEMENT_WORDS and i + 1 not in starts:
            k = i
            break
        if demand and i not in starts and any(a.prefix.endswith("ب") for a in tok.analyses[1:3]):
            k = i
            break
    if k is None:
        return None
    zone = [m for m in mentions if t1 <= m.tok_start < k and not _in_title(doc, m, t1)]
    addressed = any(a.key in ADDRESSEE_WORDS or doc.tokens[i].text in ADDRESSEE_WORDS
                    for i in range(t1, k) for a in doc.tokens[i].analyses[:2])
    return zone, addressed


# Who tells of violence without taking part in it: «وقال المرصد إن غارة استهدفت ...».
WITNESS_TYPES = frozenset({"ngo", "international_org", "civilians"})
SUBJECT_REACH = 2  # «قصفت قوات الوفاق», «أسقطت الدفاعات الجوية ...»
BELONGING_REACH = 5  # «أسقطت الدفاعات الجوية التابعة للجيش الوطني»: the unit's owner is the subject


FORCE_NOUNS = frozenset("طائرات طائره طيران مقاتلات مسيره مسيرات قوات وحدات مدفعيه زوارق سفن بوارج".split())


def _on_force(doc: Doc, m: ActorMention) -> bool:
    """A nationality adjective on a force noun, at most one word between («طائرات حربية عراقية»)."""
    for i in range(max(0, m.tok_start - 2), m.tok_start):
        if any(a.key in FORCE_NOUNS for a in doc.tokens[i].analyses[:2]):
            return True
    return False


def _target_named(doc: Doc, actor_id: str, clause: tuple[int, int]) -> bool:
    return any(m.actor_id == actor_id and _is_target(doc, m) for m in actor_index(doc).starting(*clause))


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
