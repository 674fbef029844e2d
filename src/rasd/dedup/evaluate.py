"""Pairwise precision/recall of merged events against gold clusters.

Gold clusters name their members by robust keys — article id, ACLED event type (or PLOVER type)
and acceptable place ids — not by event index, which changes as the extractor improves. Each gold
member is matched to the first extracted event of that article with that type and one of those
places; a member the extractor missed is a cluster of its own (it costs recall). Extracted events
that match no gold member are reported but not scored.

Pairwise scores: over all pairs of gold members, a pair is predicted together when both were
matched to mentions of the same merged event, and truly together when they share a gold cluster.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from rasd.store.base import MergedEvent


@dataclass(frozen=True)
class GoldMember:
    article: str
    event_type: str
    locations: tuple[str, ...] = ()   # empty: any place (or none)


@dataclass(frozen=True)
class GoldCluster:
    id: str
    members: tuple[GoldMember, ...]
    note: str = ""


@dataclass(frozen=True)
class MergeScores:
    precision: float
    recall: float
    f1: float
    true_pairs: int
    predicted_pairs: int
    correct_pairs: int
    missed_members: tuple[GoldMember, ...] = ()
    unscored_mentions: int = 0
    assignment: dict[GoldMember, str | None] = field(default_factory=dict)


def load_gold(path: Path) -> list[GoldCluster]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    clusters = []
    for c in data["clusters"]:
        members = tuple(
            GoldMember(m["article"], m["event_type"], tuple(m.get("locations") or ())) for m in c["members"]
        )
        clusters.append(GoldCluster(c["id"], members, c.get("note", "")))
    return clusters


def _matches(member: GoldMember, doc_id: str, event_type: str | None, location_id: str | None) -> bool:
    return (doc_id == member.article and event_type == member.event_type
            and (not member.locations or location_id in member.locations))


def score_merge(gold: list[GoldCluster], merged: list[MergedEvent],
                events_of: dict[str, list[tuple[str | None, str | None]]]) -> MergeScores:
    """Score ``merged`` against ``gold``; ``events_of[doc_id]`` lists (event type, location id) by index."""
    where: dict[tuple[str, int], str] = {}
    for ev in merged:
        for m in ev.mentions:
            where[(m.doc_id, m.event_index)] = ev.event_id
    assignment: dict[GoldMember, str | None] = {}
    used: set[tuple[str, int]] = set()
    for cluster in gold:
        for member in cluster.members:
            found = None
            for i, (etype, loc) in enumerate(events_of.get(member.article, [])):
                if (member.article, i) not in used and _matches(member, member.article, etype, loc):
                    found = (member.article, i)
                    break
            if found:
                used.add(found)
            assignment[member] = where.get(found) if found else None
    label = {m: c.id for c in gold for m in c.members}
    members = list(label)
    true_pairs = predicted = correct = 0
    for a, b in combinations(members, 2):
        same_gold = label[a] == label[b]
        same_pred = assignment[a] is not None and assignment[a] == assignment[b]
        true_pairs += same_gold
        predicted += same_pred
        correct += same_gold and same_pred
    precision = correct / predicted if predicted else 1.0
    recall = correct / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    total_mentions = sum(len(v) for v in events_of.values())
    return MergeScores(
        precision, recall, f1, true_pairs, predicted, correct,
        missed_members=tuple(m for m in members if assignment[m] is None),
        unscored_mentions=total_mentions - len(used), assignment=assignment,
    )
