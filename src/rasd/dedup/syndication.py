"""Syndicated copies: the same wire story republished by several outlets counts as one source.

Two articles are copies when the Jaccard similarity of their word 3-shingles (over normalised
words, so diacritics and hamza spelling do not matter) is at least 0.8 — a changed dateline or an
added closing sentence keeps a copy above that; two outlets' own write-ups of one event share far
fewer shingles.

Each article is reduced to a 120-value MinHash signature by one-permutation hashing (the 64-bit
shingle hashes are split into 120 bins and each bin keeps its minimum: one pass over the shingles,
960 bytes per article, never the text). Locality-sensitive hashing finds the candidates: 20 bands
of 6 values, and two articles are compared only when a whole band is equal (at Jaccard 0.8 that
happens with probability 0.998; at 0.5, 0.27; at 0.3, 0.015). Their similarity is then estimated
as the share of equal bins among the bins not empty in both (about ±0.04 at 0.8).
"""

from __future__ import annotations

import hashlib
import operator
from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rasd.store.search import search_document

SHINGLE_WORDS = 3
THRESHOLD = 0.8
BINS = 120
BAND_ROWS = 6           # 20 bands of 6 bins
EMPTY = 2**64 - 1
MAX_BUCKET = 500        # a band shared by more articles than this is boilerplate, not evidence


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[int]:
    """64-bit hashes of the word ``size``-grams of the normalised text (the whole text if shorter)."""
    words = search_document(text).split()
    if len(words) < size:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]
    return frozenset(int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big") for g in grams)


def signature(text: str) -> array:
    """One-permutation MinHash: per bin (top bits of the hash), the smallest hash; EMPTY if none."""
    sig = array("Q", [EMPTY]) * BINS
    for h in shingles(text):
        b = h % BINS
        if h < sig[b]:
            sig[b] = h
    return sig


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """Exact Jaccard similarity of two shingle sets."""
    if not a and not b:
        return 1.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def estimated_jaccard(a: array, b: array) -> float:
    """Share of bins, among those not empty in both signatures, that hold the same minimum."""
    equal = sum(map(operator.eq, a, b))
    both_empty = sum(1 for x, y in zip(a, b) if x == EMPTY and y == EMPTY) if EMPTY in a else 0
    used = len(a) - both_empty
    return (equal - both_empty) / used if used else 1.0


@dataclass(frozen=True)
class SyndicationGroups:
    """Article id → group id (the smallest article id of its copies); articles without copies are absent."""

    group_of: Mapping[str, str]

    def group(self, article_id: str) -> str:
        return self.group_of.get(article_id, article_id)

    def copies(self, article_id: str) -> frozenset[str]:
        gid = self.group_of.get(article_id)
        if gid is None:
            return frozenset({article_id})
        return frozenset(a for a, g in self.group_of.items() if g == gid)


class SyndicationFinder:
    """Collects one signature per article (:meth:`add`), then groups the copies (:meth:`groups`)."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._signatures: dict[str, array] = {}
        self._buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)

    def add(self, article_id: str, text: str) -> None:
        sig = signature(text)
        self._signatures[article_id] = sig
        for band in range(0, BINS, BAND_ROWS):
            rows = sig[band:band + BAND_ROWS]
            if all(v == EMPTY for v in rows):
                continue
            self._buckets[(band, rows.tobytes())].append(article_id)

    def groups(self) -> SyndicationGroups:
        pairs: set[tuple[str, str]] = set()
        for ids in self._buckets.values():
            if 2 <= len(ids) <= MAX_BUCKET:
                ids = sorted(set(ids))
                pairs.update((a, b) for i, a in enumerate(ids) for b in ids[i + 1:])

        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent.get(x, x) != x:
                parent[x] = parent.get(parent[x], parent[x])
                x = parent[x]
            return x

        for a, b in sorted(pairs):
            if estimated_jaccard(self._signatures[a], self._signatures[b]) >= self.threshold:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
        members = set(parent) | set(parent.values())  # every node touched by a union has a copy
        return SyndicationGroups({a: find(a) for a in sorted(members)})


def find_syndication(texts: Iterable[tuple[str, str]], threshold: float = THRESHOLD) -> SyndicationGroups:
    """Group ``(article_id, text)`` pairs into syndicated copies (Jaccard of 3-shingles ≥ ``threshold``)."""
    finder = SyndicationFinder(threshold)
    for article_id, text in texts:
        finder.add(article_id, text)
    return finder.groups()
