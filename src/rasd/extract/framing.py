"""Pipeline stage: which side the outlet's own narration favours.

Only the narrator's words count: quote contents and text in quotation marks are left out. Each
framing term (``framing.yaml``) scores a side: a delegitimising term (-1) against a side favours its
opponents; a legitimising term (+1) favours the side it names. «ميليشيات» counts against whichever
actor follows it («ميليشيات الوفاق» → against the GNA → pro-LNA).
"""

from __future__ import annotations

from collections import defaultdict

from rasd.extract.spans import quoted_regions
from rasd.extract.mention_index import actor_index
from rasd.lexicon.resources import Resources
from rasd.model.records import Doc, Stance

CONFLICT_OF = {"LY": "libya", "SY": "syria", "YE": "yemen", "IQ": "iraq", "SD": "sudan"}
MIN_SCORE = 2.0
MIN_MARGIN = 1.5


class FramingStage:
    name = "framing"
    requires = ("tokens", "token_spans", "quotes", "actor_mentions", "country")
    assigns = ("stance",)

    def __init__(self, resources: Resources) -> None:
        self.res = resources

    def _side_in_conflict(self, side: str, conflict: str | None) -> bool:
        entry = self.res.lexicon.sides.get(side)
        return entry is not None and (conflict is None or conflict in entry.conflicts)

    def _actor_side(self, doc: Doc, tok: int, conflict: str | None) -> str | None:
        for m in actor_index(doc).starting(tok, tok + 3):
            if tok <= m.tok_start <= tok + 2:
                for aid in (m.actor_id,) if m.actor_id else m.candidates:
                    side = self.res.side(aid)
                    if side and self._side_in_conflict(side, conflict):
                        return side
                return None
        return None

    def __call__(self, doc: Doc) -> None:
        conflict = CONFLICT_OF.get(doc.country or "")
        quoted = quoted_regions(doc)
        raw: dict[str, float] = defaultdict(float)
        evidence: list[str] = []
        spans: list[tuple[int, int]] = []
        for m in self.res.framing.match(doc.tokens):
            start, end = doc.token_spans[m.start][0], doc.token_spans[m.end - 1][1]
            if quoted.contains(start):
                continue
            for entry in m.payloads:
                if entry.conflict and conflict and entry.conflict != conflict:
                    continue
                if entry.target == "next_actor":
                    side = self._actor_side(doc, m.end, conflict)
                    if side is None:
                        continue
                    a_end = next((a.end for a in actor_index(doc).starting(m.end, m.end + 3)
                                  if m.end <= a.tok_start <= m.end + 2), end)
                    end = max(end, a_end)
                elif self._side_in_conflict(entry.target, conflict):
                    side = entry.target
                else:
                    continue
                raw[side] += entry.valence
                evidence.append(doc.text[start:end])
                spans.append((start, end))
                break
        favour: dict[str, float] = defaultdict(float)
        for side, value in raw.items():
            if value > 0:
                favour[side] += value
            elif value < 0:
                opponents = [o for o in self.res.opponents(side) if self._side_in_conflict(o, conflict)]
                for o in opponents:
                    favour[o] += -value / len(opponents)
        ranked = sorted(favour.items(), key=lambda kv: -kv[1])
        label = "neutral"
        if ranked and ranked[0][1] >= MIN_SCORE:
            second = ranked[1][1] if len(ranked) > 1 else 0.0
            if ranked[0][1] - second >= MIN_MARGIN:
                label = f"pro_{ranked[0][0].lower()}"
        doc.stance = Stance(label, tuple((k, round(v, 2)) for k, v in ranked), tuple(evidence), tuple(spans))
