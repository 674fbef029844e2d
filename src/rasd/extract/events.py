"""Pipeline stage: events from triggers, clause by clause.

For each clause: find triggers (ACLED and PLOVER lexicons); drop those that a cue marks as negated,
denied, hypothetical, future, background, a trial or a metaphor (kept in ``skipped`` with the reason);
treat what follows a request, threat or rejection as its content, not as a new event; then give each
event its actors, place(s), date, fatalities and claim. Two towns in one clause give two events.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from rasd.deadline import check_deadline
from rasd.extract.statements import statement_event
from rasd.extract.accusations import content_accusations
from rasd.extract.demands import content_demands
from rasd.extract.coalesce import coalesce, drop_country_summaries, headline_end
from rasd.extract.dating import BACKGROUND_DAYS, event_date
from rasd.extract.fatalities import find_fatalities
from rasd.extract.mention_index import actor_index, place_index, quote_index
from rasd.extract.placing import choose_places
from rasd.extract.roles import DOCUMENTS, WITNESS_TYPES, assign_roles
from rasd.extract.verbal_nouns import definite, future_verb, licensed, nominal, objection, purpose
from rasd.geo.gazetteer import Gazetteer
from rasd.lexicon.index import Match
from rasd.text.normalize import normalize_form
from rasd.text.segment import analyses
from rasd.lexicon.resources import Resources
from rasd.model.records import Doc, Event, Quote, Skip
from rasd.model.taxonomy import SUB_TO_TYPE, TERRITORY_CHANGE
from rasd.text.sentences import Span, split_clauses

SKIP_REASONS = frozenset(
    {"negated", "denial", "hypothetical", "future", "background", "trial", "anniversary", "metaphor", "summary", "conditional", "purpose", "reference", "observed"}
)
NEAR_REASONS = frozenset({"negated"})  # a negation only reaches the next few words
CONTENT_OF = frozenset({"REQUEST", "THREATEN", "REJECT", "SUPPORT"})  # what follows is not a new event
SPEECH_ACTS = frozenset({"REQUEST", "THREATEN", "REJECT", "ACCUSE", "SUPPORT"})
IMPERFECT = ("ي", "ت", "ن")
NOTED_RECENT_DAYS = 30  # «يذكر أن ... أمس» is still news
VAGUE_PAST = frozenset("الماضي الماضيه الفائت السابق السابقه سابق سابقا اواخر مطلع منتصف".split())
NOTE_OPENERS = frozenset("يذكر ويذكر يشار ويشار والجدير الجدير".split())
SINCE_RECENT_DAYS = 14  # «منذ أمس» is still news; «منذ نيسان» is the war's background


RELATIVE_HUWA = frozenset("وهو هو وهي هي وهذا هذا وذلك ذلك".split())

DENIAL_KEYS = frozenset({"نفي", "نفت", "نفوا", "ينفي", "تنفي", "نافيا", "نافيه", "نفا"})

def _year_before(date_text: str, published) -> bool:
    """A year-only date («عام 2018») two or more years before publication."""
    digits = "".join(ch for ch in date_text if ch.isdigit())
    return len(digits) >= 4 and published.year - int(digits[-4:]) >= 2


DISRUPTED = "Disrupted weapons use"
CHANGE_TO_GROUP = "Change to group/activity"
PROTESTERS = "PROTESTERS"
# Protesters doing damage make a riot: «أضرموا النار», «رشقوا», «حطموا», «اقتحموا».
RIOT_VERBS = frozenset("""اضرم اضرمت اضرموا احرق احرقت احرقوا رشق رشقوا حطم حطموا اقتحم اقتحموا اشعل اشعلوا
    نهب نهبوا خرب خربوا حجاره المشتعله مشتعله""".split())  # «أغلقوا الشوارع بالحجارة والإطارات المشتعلة»
# Seeing a weapon is not its use: «رصدت الدفاعات طائرة مسيرة», «تتبعنا رتلا».
PLATFORMS = frozenset("طائره طائرات مسيره مسيرات رتل ارتال سريه صاروخ صواريخ زورق زوارق دبابه دبابات اليات".split())
OBSERVE_VERBS = frozenset("رصد رصدت رصدوا رصدنا ترصد يرصد تتبع تتبعت تتبعنا تعقب تعقبت راقب راقبت".split())
ARMED_TYPES = frozenset({"armed_forces", "armed_group", "militia", "rebel_group", "terrorist_group", "mercenaries", "tribe"})
DIRECTION_WORDS = frozenset("خارج الي نحو باتجاه صوب داخل".split())
NEED_WORDS = frozenset("ضروره الحاجه حاجه اهميه وجوب".split())
TOPIC_PREPS = frozenset("بشان حول ازاء تجاه".split())  # «قرار بشأن القصف»: a topic, not a report


@dataclass(frozen=True, slots=True)
class _Candidate:
    match: Match
    claim: Quote | None


class EventStage:
    name = "events"
    requires = (
        "tokens", "token_spans", "sentences", "actor_mentions", "place_mentions",
        "dates", "numbers", "quotes", "country",
    )
    assigns = ("events", "skipped")

    def __init__(self, resources: Resources, gazetteer: Gazetteer) -> None:
        self.res = resources
        self.gaz = gazetteer

    # -- helpers -----------------------------------------------------------------------------
    def _clauses(self, doc: Doc, lo: int, hi: int) -> list[tuple[int, int]]:
        norm_text = doc.norm.text
        span = Span(doc.tokens[lo].start, doc.tokens[hi - 1].end)
        out: list[tuple[int, int]] = []
        i = lo
        for c in split_clauses(norm_text, span):
            j = i
            while j < hi and doc.tokens[j].start < c.end:
                j += 1
            if j > i:
                out.append((i, j))
            i = j
        if i < hi:
            out.append((i, hi))
        return out

    def _orig(self, doc: Doc, a: int, b: int) -> tuple[int, int]:
        return doc.token_spans[a][0], doc.token_spans[b - 1][1]

    def _skip_reason(self, doc: Doc, t: Match, cues: list[Match], clause: tuple[int, int], sentence: tuple[int, int]):
        if t.analysis.future:
            return "future", doc.text[slice(*self._orig(doc, t.start, t.start + 1))]
        for i in range(max(clause[0], t.start - 3), t.start):  # «ستشن القوات هجوما»
            for a in doc.tokens[i].analyses:
                if a.future and future_verb(doc.tokens[i].text, a.key, self.res):
                    return "future", doc.text[slice(*self._orig(doc, i, i + 1))]
        for c in cues:
            if c.start >= t.start:
                continue
            for entry in c.payloads:
                reason = entry.reason
                if reason not in SKIP_REASONS:
                    continue
                if c.analysis.stem == "قد":  # «قد»/«وقد» + imperfect = may; + perfect = had/indeed
                    nxt = doc.tokens[c.end].text if c.end < len(doc.tokens) else ""
                    if not nxt.startswith(IMPERFECT):
                        continue
                near = reason in NEAR_REASONS or entry.scope == "next_word"
                if near and t.start - c.end > 3:
                    continue
                scope = sentence if entry.scope == "sentence" else clause
                if not (scope[0] <= c.start < scope[1]):
                    continue
                return reason, doc.text[slice(*self._orig(doc, c.start, c.end))]
        after = self._condition_after(doc, t, cues, clause)
        if after is not None:
            return "conditional", after
        if t.payload.family == "violent" and (t.payload.strength == "weak" or t.analysis.key in PLATFORMS):
            for i in range(max(clause[0], t.start - 3), t.start):  # «رصدت طائرة مسيرة», «تتبع رتلا»
                if {a.key for a in doc.tokens[i].analyses[:2]} & OBSERVE_VERBS:
                    return "observed", doc.text[slice(*self._orig(doc, i, i + 1))]
        if t.payload.family == "violent" and definite(t) and t.end < clause[1]:
            nxt = doc.tokens[t.end]  # «الهجوم سيبدأ خلال ساعات», «الهجوم سيكون»
            if any(a.future and future_verb(nxt.text, a.key, self.res) for a in nxt.analyses):
                return "future", doc.text[slice(*self._orig(doc, t.end, t.end + 1))]
        if t.payload.family == "violent" and purpose(t, doc.tokens):
            return "purpose", doc.text[slice(*self._orig(doc, t.start, t.start + 1))]
        if t.payload.family == "violent" and definite(t) and t.start > 0 and doc.tokens[t.start - 1].text in TOPIC_PREPS:
            return "reference", doc.text[slice(*self._orig(doc, t.start - 1, t.start))]  # «بشأن القصف»
        return None

    def _condition_after(self, doc: Doc, t: Match, cues: list[Match], clause) -> str | None:
        """«لا هدنة ما لم تنسحب القوات», «ستستأنف العمليات في حال عدم التزام»: the main clause
        of a condition that follows it is as unreal as the condition."""
        for c in cues:
            if not (t.end <= c.start < clause[1]) or not any(e.reason == "conditional" for e in c.payloads):
                continue
            words = [doc.tokens[i].text for i in range(c.start, c.end)]
            if words[0] == "ما" and c.start > 0 and doc.tokens[c.start - 1].text in RELATIVE_HUWA:
                continue  # «وهو ما لم تؤكده السلطات»: a relative clause, not a condition
            return doc.text[slice(*self._orig(doc, c.start, c.end))]
        return None

    @staticmethod
    def _own_quote(doc: Doc, pos: int) -> Quote | None:
        return next((q for q in quote_index(doc).covering(pos) if q.verb_start <= pos < q.verb_end), None)

    def _claim(self, doc: Doc, pos: int) -> Quote | None:
        for q in quote_index(doc).covering(pos):
            if q.content_start <= pos < q.content_end or (q.verb_start <= pos < q.end and q.speaker_start is not None and q.speaker_start > q.verb_start and pos >= q.content_start):
                return q
        return None

    # -- main --------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> None:
        events: list[Event] = []
        skipped: list[Skip] = []
        seen: set[tuple] = set()
        for s_index, (lo, hi) in enumerate(doc.sentences):
            check_deadline(doc)
            triggers = self.res.triggers.match(doc.tokens, lo, hi)
            if not triggers:
                continue
            cues = self.res.cues.match(doc.tokens, lo, hi)
            deaths = [(c.start, c.end) for c in cues if any(e.reason == "fatality" for e in c.payloads)]
            for clause in self._clauses(doc, lo, hi):
                in_clause = [t for t in triggers if clause[0] <= t.start < clause[1] and not self._in_name(doc, t)]
                in_clause = [t for t in in_clause if not (t.payload.family == "political" and nominal(t, doc.tokens, clause[0]))
                             and not objection(t, doc.tokens)
                             and (t.payload.needs != "light_verb" or licensed(t, doc.tokens, clause[0]))
                             and (t.payload.needs != "act_object" or self._act_object(doc, t))]
                if not in_clause:
                    continue
                for cand, reason in self._select(doc, in_clause, cues, clause, (lo, hi)):
                    t = cand.match
                    a, b = self._orig(doc, t.start, t.end)
                    if reason:
                        c0, c1 = self._orig(doc, *clause)
                        skipped.append(Skip(reason[0], reason[1], doc.text[a:b], c0, c1, doc.text[c0:c1]))
                        threat = self._threat(doc, t, reason[0], clause, (lo, hi), s_index, deaths)
                        if threat is None:
                            threat = self._refusal(doc, t, reason[0], clause, (lo, hi), s_index, deaths)
                        if threat is not None and (threat.plover_type, threat.actor1, s_index) not in seen:
                            seen.add((threat.plover_type, threat.actor1, s_index))
                            events.append(threat)
                        continue
                    for ev in self._build(doc, cand, clause, (lo, hi), s_index, deaths):
                        key = (ev.family, ev.event_type, ev.plover_type, ev.actor1, ev.actor2, ev.place_id, ev.date)
                        if ev.family == "political":
                            key = (ev.family, ev.plover_type, ev.actor1, ev.actor2, ev.date, s_index)
                        if key in seen:
                            continue
                        seen.add(key)
                        if ev.family == "violent" and definite(t) and any(
                            e.event_type == ev.event_type for e in events
                        ):  # «الغارة», «الضربات»: the event already reported, not a new one
                            skipped.append(Skip("reference", None, ev.trigger, ev.start, ev.end, ev.evidence))
                            continue
                        if ev.date is None and ev.date_text and doc.published and _year_before(ev.date_text, doc.published):
                            skipped.append(Skip("background", ev.date_text, ev.trigger, ev.start, ev.end, ev.evidence))
                            continue  # «منذ عام 2019»: a year long gone
                        if ev.date is not None and doc.published and (
                            (doc.published - ev.date).days > BACKGROUND_DAYS or self._ongoing_since(doc, ev)
                            or self._noted_background(doc, ev, (lo, hi))
                        ):
                            skipped.append(Skip("background", ev.date_text, ev.trigger, ev.start, ev.end, ev.evidence))
                            continue
                        events.append(ev)
        events.extend(self._denials(doc, events))
        events.extend(content_accusations(self.res, doc, events))
        events.extend(content_demands(self.res, doc, events))
        doc.events = drop_country_summaries(self.gaz, coalesce(self.gaz, events, headline_end(doc.text)))
        doc.skipped = skipped

    @staticmethod
    def _noted_background(doc: Doc, ev: Event, sentence: tuple[int, int]) -> bool:
        """«يذكر أن الميليشيا اجتاحت أواخر العام الماضي ...»: a sentence opened by «يذكر أن»/«يشار
        إلى أن»/«الجدير بالذكر» recalls earlier events; one dated weeks back is background."""
        first = [doc.tokens[i].text for i in range(sentence[0], min(sentence[1], sentence[0] + 3))]
        if not (any(w in NOTE_OPENERS for w in first[:2]) or first[:2] in (["تجدر", "الاشاره"], ["الجدير", "بالذكر"])):
            return False
        if ev.date_text is not None:
            return (doc.published - ev.date).days > NOTED_RECENT_DAYS
        # no date the parser resolved: a vague past («أواخر العام الماضي», «في وقت سابق») is background
        words = {doc.tokens[i].text for i in range(*sentence)}
        return bool(words & VAGUE_PAST)

    @staticmethod
    def _ongoing_since(doc: Doc, ev: Event) -> bool:
        """«تشهد المدينة مواجهات منذ الرابع من نيسان»: a state running since a past date, not a new event."""
        if not ev.date_text or doc.published is None or ev.date is None:
            return False
        if (doc.published - ev.date).days <= SINCE_RECENT_DAYS:
            return False
        for d in doc.dates[bisect_left(doc.dates, ev.start, key=lambda x: x.start):]:
            if d.start >= ev.end + 200:
                break
            if d.text == ev.date_text:
                if normalize_form(doc.text[max(0, d.start - 8):d.start]).rstrip().endswith("منذ"):
                    return True
                # «وتصاعدت الهجمات ... منذ اندلاع الحرب في تشرين الأول»: «منذ» between the trigger and the date
                between = doc.text[ev.start + len(ev.trigger) if ev.evidence.startswith(ev.trigger) else ev.start:d.start]
                return any(w in ("منذ", "ومنذ") for w in normalize_form(between).split())
        return False

    def _select(self, doc: Doc, triggers: list[Match], cues, clause, sentence):
        """Which triggers of a clause become events; yields (candidate, skip reason or None)."""
        governor: str | None = None
        violent_done = False
        political_done: set[str] = set()
        strong_violent = any(
            p.family == "violent" and p.strength == "strong" for t in triggers for p in t.payloads
        )
        has_place = bool(place_index(doc).starting(*clause))
        best_violent = self._best_violent(triggers, doc.tokens)
        for t in triggers:
            entry = t.payload
            start = doc.token_spans[t.start][0]
            if governor in CONTENT_OF:
                yield _Candidate(t, None), (f"content of {governor}", None)
                continue
            if governor == "ACCUSE" and (entry.family == "political" or definite(t) or "ب" in t.analysis.prefix):
                # «دانت البعثة الهجوم», «ندد بالقصف»: the condemned attack is told elsewhere
                yield _Candidate(t, None), ("content of ACCUSE", None)
                continue
            reason = self._skip_reason(doc, t, cues, clause, sentence)
            if reason:
                yield _Candidate(t, None), reason
                if entry.family == "political" and entry.plover in SPEECH_ACTS:
                    governor = entry.plover
                continue
            if entry.family == "violent":
                if violent_done or (best_violent is not None and t is not best_violent
                                    and self._skip_reason(doc, best_violent, cues, clause, sentence) is None):
                    continue
                if entry.strength == "weak" and not strong_violent and not has_place:
                    continue
                if entry.strength == "weak" and not strong_violent and political_done - SPEECH_ACTS:
                    continue  # «أرسلت تركيا طائرات مسيرة»: the drone is what was sent
                violent_done = True
            else:
                if entry.plover in political_done:
                    continue
                if entry.strength == "weak" and not actor_index(doc).starting(*clause):
                    continue
                political_done.add(entry.plover or "")
                if entry.plover in SPEECH_ACTS:
                    governor = entry.plover
            yield _Candidate(t, self._claim(doc, start)), None

    def _denials(self, doc: Doc, events: list[Event]) -> list[Event]:
        """«نفت وزارة الدفاع الروسية مشاركة طائراتها»: a party's denial is a REJECT of the claim."""
        out: list[Event] = []
        for q in doc.quotes:
            if not q.speaker_id or not q.verb:
                continue
            keys = {a.key for a in analyses(normalize_form(q.verb))}
            if not keys & DENIAL_KEYS:
                continue
            speaker = self.res.actor(q.speaker_id)
            actor1 = speaker.affiliation if speaker is not None and speaker.type == "person" else q.speaker_id
            if actor1 is None:
                continue
            others = [m for m in doc.actor_mentions if q.start <= m.start < q.end and m.actor_id and m.actor_id != actor1
                      and not (q.speaker_start is not None and q.speaker_start <= m.start < q.speaker_end)]
            opp = set(self.res.opponents(self.res.side(actor1) or actor1))
            target = next((m.actor_id for m in others if self.res.side(m.actor_id) in opp), None)
            if target is None and others:
                target = others[0].actor_id
            out.append(statement_event(doc, q, "REJECT", actor1, target, "denial"))
        return out

    def _threat(self, doc: Doc, t: Match, reason: str, clause, sentence, s_index: int, deaths) -> Event | None:
        """Violence a party announces it will commit («ستلاحق المتمردين», «سيتم تطهير») is a THREATEN."""
        if reason not in ("future", "conditional") or t.payload.family != "violent":
            return None
        claim = self._claim(doc, doc.token_spans[t.start][0])
        if claim is None or not claim.speaker_id:
            return None
        built = self._build(doc, _Candidate(t, None), clause, sentence, s_index, deaths)
        if not built:
            return None
        speaker = self.res.actor(claim.speaker_id)
        actor1 = speaker.affiliation if speaker is not None and speaker.type == "person" else claim.speaker_id
        doer = built[0].actor1
        if doer is not None and self.res.side(doer) != self.res.side(actor1) and any(
            m.actor_id == doer for m in actor_index(doc).starting(clause[0], t.start)
        ):
            return None  # «رصدنا مدفعية العدو تستعد لقصف»: the speaker reports the other side's plan
        target = built[0].actor2 if built[0].actor2 != actor1 else None
        if target is None and built[0].actor1 not in (None, actor1):
            target = built[0].actor1
        return replace(
            built[0], family="political", event_type=None, sub_event_type=None, plover_type="THREATEN",
            actor1=actor1, actor2=target, place_id=None, location_text=None, geo_precision=None,
            fatalities=None, fatalities_text=None, fatalities_estimated=False, claimed_by=None,
        )

    def _armed(self, actor_id: str | None) -> bool:
        entry = self.res.actor(actor_id)
        return entry is not None and entry.type in ARMED_TYPES

    def _protest_roles(self, roles, sub: str | None):
        """ACLED's protest coding: the protesters are actor1 («تظاهرة حاشدة تنديدا بالاحتلال التركي»
        is no Turkish act); the force that fires on them is actor1 of «Excessive force», the
        protesters actor2; a state force that intervenes is actor2."""
        def is_crowd(a: str | None) -> bool:
            entry = self.res.actor(a)
            return entry is not None and entry.type in ("protesters", "civilians")

        others = [a for a in (roles.actor1, roles.actor2) if a and not is_crowd(a)]
        if sub == "Excessive force against protesters":
            return replace(roles, actor1=others[0] if others else None, actor2=PROTESTERS)
        force = next((a for a in others if self._armed(a) or self._state(a)), None) if sub != "Peaceful protest" else None
        return replace(roles, actor1=PROTESTERS, actor2=force)

    @staticmethod
    def _turns_violent(doc: Doc, clause) -> bool:
        return any({a.key for a in doc.tokens[i].analyses[:2]} & RIOT_VERBS for i in range(*clause))

    def _state(self, actor_id: str | None) -> bool:
        entry = self.res.actor(actor_id)
        return entry is not None and (entry.state_force or entry.type in ("state", "government"))

    def _witness(self, actor_id: str) -> bool:
        entry = self.res.actor(actor_id)
        if entry is None or entry.type in WITNESS_TYPES:
            return True
        return entry.type in ("institution", "political_party") and self.res.side(actor_id) is None

    def _accusable(self, actor_id: str | None) -> bool:
        entry = self.res.actor(actor_id)
        return entry is not None and entry.type in ARMED_TYPES | {"state", "government"}

    def _act_object(self, doc: Doc, t: Match) -> bool:
        """The verb's object, after «ب»/«على» and an optional subject, is an act in the lexicon."""
        for i in range(t.end, min(len(doc.tokens), t.end + 4)):
            tok = doc.tokens[i]
            if tok.text == "علي":
                continue
            if any(a.prefix.endswith("ب") for a in tok.analyses[1:3]) or (i > t.end and doc.tokens[i - 1].text == "علي"):
                found = self.res.triggers.match(doc.tokens, i, min(len(doc.tokens), i + 4))
                return bool(found) and found[0].start == i
        return False

    @staticmethod
    def _moves_away(doc: Doc, t: Match, clause) -> bool:
        if not t.analysis.key.startswith(("تراجع", "يتراجع")):
            return False
        for i in range(t.end, min(clause[1], t.end + 6)):
            keys = {doc.tokens[i].text} | {a.key for a in doc.tokens[i].analyses[:2]}
            if keys & {"عن"}:
                return False
            if keys & DIRECTION_WORDS:
                return True
        return False

    @staticmethod
    def _joint_call(doc: Doc, t: Match, clause) -> bool:
        """«اتفقا على ضرورة/أهمية/الحاجة إلى»: agreeing that something is needed is a joint demand."""
        for i in range(t.end, min(clause[1], t.end + 6)):
            if {a.key for a in doc.tokens[i].analyses[:2]} & NEED_WORDS:
                return True
        return False

    def _refusal(self, doc: Doc, t: Match, reason: str, clause, sentence, s_index: int, deaths) -> Event | None:
        """«لن تكون هناك هدنة مع ...», «لا وقف للقتال ما لم ...» said by a party: it rejects a truce."""
        if reason not in ("negated", "conditional") or t.payload.plover != "RETREAT" or t.payload.family != "political":
            return None
        claim = self._claim(doc, doc.token_spans[t.start][0])
        if claim is None or not claim.speaker_id:
            return None
        speaker = self.res.actor(claim.speaker_id)
        actor1 = speaker.affiliation if speaker is not None and speaker.type == "person" else claim.speaker_id
        if actor1 is None or self.res.side(actor1) is None:
            return None
        built = self._build(doc, _Candidate(t, None), clause, sentence, s_index, deaths)
        if not built:
            return None
        target = next((a for a in (built[0].actor2, built[0].actor1)
                       if a and self.res.side(a) != self.res.side(actor1) and self._accusable(a)), None)
        return replace(
            built[0], plover_type="REJECT", actor1=actor1, actor2=target, place_id=None, location_text=None,
            geo_precision=None, claimed_by=None,
        )

    @staticmethod
    def _in_name(doc: Doc, t: Match) -> bool:
        """A trigger word inside a name («غرفة عمليات تحرير سرت», «عين زارة») is not an event."""
        return any(m.tok_start <= t.start and t.end <= m.tok_end and m.tok_end - m.tok_start > t.end - t.start
                   for m in (*actor_index(doc).covering(t.start), *place_index(doc).covering(t.start)))

    @staticmethod
    def _best_violent(triggers: list[Match], tokens) -> Match | None:
        """The clause's most telling violent trigger: strong before weak, then the longest phrase."""
        violent = [t for t in triggers if t.payload.family == "violent"]
        if not violent:
            return None
        # «اعترضت الدفاعات الجوية طائرة مسيرة مفخخة»: the drone or missile is what was stopped
        stopped = [t for t in violent if t.payload.sub_event_type == DISRUPTED and not objection(t, tokens)]
        if stopped and any(t.payload.strength == "strong" for t in violent):
            return min(stopped, key=lambda t: t.start)
        return min(violent, key=lambda t: (t.payload.strength != "strong", -(t.end - t.start), t.start))

    def _build(self, doc: Doc, cand: _Candidate, clause, sentence, s_index: int, deaths) -> list[Event]:
        t = cand.match
        entry = t.payload
        violent = entry.family == "violent"
        claim = cand.claim
        speaker_actor = claim.speaker_id if claim else None
        if speaker_actor is None and not violent:
            # «دعا المبعوث الأمريكي ...», «ودعا البيان»: the statement this verb opens, when its
            # speaker is named there (or is the statement itself, speaking for its issuer)
            own = self._own_quote(doc, doc.token_spans[t.start][0])
            document = t.end < len(doc.tokens) and doc.tokens[t.end].key in DOCUMENTS
            if own is not None and (own.speaker_start is not None or document):
                speaker_actor = own.speaker_id
        if speaker_actor and self.res.actor(speaker_actor) and self.res.actor(speaker_actor).type == "person":
            speaker_actor = self.res.actor(speaker_actor).affiliation
        if violent and speaker_actor and self._witness(speaker_actor):
            speaker_actor = None  # «قال المرصد إن غارة طالت ...»: a monitor reports, it does not strike
        roles = assign_roles(self.res, doc, (t.start, t.end), clause, sentence, speaker_actor, violent,
                             weapon_stopped=entry.sub_event_type == DISRUPTED)
        if roles.unknown_subject:
            return []  # «الشعب الذي أعلن رفضه ...»: told of an unnamed public, not of a party
        sub = entry.sub_event_type
        event_type = entry.event_type
        plover = entry.plover
        if violent and sub == TERRITORY_CHANGE:
            actor = self.res.actor(roles.actor1)
            sub = "Government regains territory" if actor is not None and actor.state_force else "Non-state actor overtakes territory"
            event_type = "Battles"
        if violent and sub in SUB_TO_TYPE:
            event_type = SUB_TO_TYPE[sub]
        if violent and sub == "Peaceful protest" and self._turns_violent(doc, clause):
            sub, event_type = "Violent demonstration", "Riots"  # «أضرم محتجون غاضبون النار في ...»
        if violent and event_type in ("Protests", "Riots"):
            roles = self._protest_roles(roles, sub)
        if sub == CHANGE_TO_GROUP and not self._armed(roles.actor1):
            return []  # «انضمت لندن وروما إلى الدعوات»: states joining a call are no armed group
        if plover == "CONCEDE" and self._moves_away(doc, t, clause):
            plover = "RETREAT"  # «تراجعت القوات إلى خارج المدينة»: troops pulling back, not a climb-down
        if not violent and entry.plover == "AGREE" and self._joint_call(doc, t, clause):
            plover = "REQUEST"  # «اتفق الطرفان على ضرورة التهدئة»
        if entry.plover == "ACCUSE" and entry.needs == "light_verb" and not self._accusable(roles.actor2):
            return []  # «أعرب عن قلقه البالغ من التصعيد»: concern about no party accuses nobody
        if not violent and entry.needs == "speaker":
            if speaker_actor is None:
                return []  # «في خرق للقرار الأممي» told by the narrator: a description, no accuser
            doer = roles.actor1 if roles.actor1 != speaker_actor else roles.actor2
            roles = replace(roles, actor1=speaker_actor, actor2=doer if doer != speaker_actor else None)
        c0, c1 = self._orig(doc, *clause)
        s0, s1 = self._orig(doc, *sentence)
        trig_start, trig_end = self._orig(doc, t.start, t.end)
        when = event_date(doc, (c0, c1), (s0, s1), trig_start)
        places = choose_places(self.res, self.gaz, doc, (t.start, t.end), clause, sentence, entry.family, entry.plover)
        fat = find_fatalities(doc, s0, s1, [d for d in deaths if sentence[0] <= d[0] < sentence[1]]) if violent else None
        claimed = None
        if claim is not None and not (entry.family == "political" and entry.plover in SPEECH_ACTS):
            claimed = self.res.label(claim.speaker_id) if claim.speaker_id else (claim.speaker or "sources")
        evidence_start = min(c0, trig_start)
        out = []
        for place in places or [None]:
            out.append(
                Event(
                    family=entry.family,
                    event_type=event_type if violent else None,
                    sub_event_type=sub if violent else None,
                    plover_type=plover,
                    actor1=roles.actor1,
                    actor2=roles.actor2,
                    assoc_actor1=roles.assoc1,
                    assoc_actor2=(),
                    date=when.date,
                    time_precision=when.precision,
                    date_text=when.text,
                    place_id=place.place_id if place else None,
                    location_text=place.text if place else None,
                    geo_precision=place.precision if place else None,
                    fatalities=fat.value if fat else None,
                    fatalities_text=fat.text if fat else None,
                    fatalities_estimated=fat.estimated if fat else False,
                    claimed_by=claimed,
                    start=evidence_start,
                    end=c1,
                    evidence=doc.text[evidence_start:c1],
                    trigger=doc.text[trig_start:trig_end],
                    trigger_id=entry.id,
                    sentence=s_index,
                )
            )
        return out
