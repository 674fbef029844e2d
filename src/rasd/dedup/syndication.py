"""Syndicated copies: the same wire story republished by several outlets counts as one source.

Two articles are copies when the Jaccard similarity of their word 3-shingles (over normalised
words, so diacritics and hamza spelling do not matter) is at least 0.8 — a changed dateline or an
added closing sentence keeps a copy above that; two outlets' own write-ups of one event share far
fewer shingles.

Only a bottom-k MinHash sketch is kept per article (the 64 smallest 64-bit shingle hashes, 512
bytes), never the text, so a whole store can be scanned in one pass. Candidate pairs are articles
whose sketches share several values (an index from value to articles; values found in very many
articles are boilerplate and skipped); their Jaccard similarity is then estimated from the two
sketches (the share of the 64 smallest values of the union that both hold — exact for texts of
fewer than 64 shingles, about ±0.05 at 0.8 otherwise).
"""

from __future__ import annotations

import hashlib
from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from heapq import nsmallest

from rasd.store.search import search_document

SHINGLE_WORDS = 3
THRESHOLD = 0.8
SKETCH_SIZE = 64
MIN_SHARED = 16         # sketch values two candidates must share (copies share about 50 of 64)
MAX_POSTING = 2_000     # a sketch value in more articles than this is boilerplate


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[int]:
    """64-bit hashes of the word ``size``-grams of the normalised text (the whole text if shorter)."""
    words = search_document(text).split()
    if len(words) < size:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]
    return frozenset(int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big") for g in grams)


def sketch(text: str, k: int = SKETCH_SIZE) -> array:
    """The ``k`` smallest shingle hashes, sorted (all of them for a short text)."""
    return array("Q", sorted(nsmallest(k, shingles(text))))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """Exact Jaccard similarity of two shingle sets."""
    if not a and not b:
        return 1.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def estimated_jaccard(a: array, b: array, k: int = SKETCH_SIZE) -> float:
    """Bottom-k estimate from two sketches: of the k smallest values of the union, the share in both."""
    if not a and not b:
        return 1.0
    union = sorted(set(a) | set(b))[:k]
    both = set(a) & set(b)
    return sum(1 for v in union if v in both) / len(union)


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
    """Collects one sketch per article (:meth:`add`), then groups the copies (:meth:`groups`)."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._sketches: dict[str, array] = {}
        self._postings: dict[int, list[str]] = defaultdict(list)

    def add(self, article_id: str, text: str) -> None:
        s = sketch(text)
        self._sketches[article_id] = s
        for h in s:
            self._postings[h].append(article_id)

    def groups(self) -> SyndicationGroups:
        shared: dict[tuple[str, str], int] = defaultdict(int)
        for ids in self._postings.values():
            if len(ids) < 2 or len(ids) > MAX_POSTING:
                continue
            ids = sorted(set(ids))
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    shared[(a, b)] += 1

        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent.get(x, x) != x:
                parent[x] = parent.get(parent[x], parent[x])
                x = parent[x]
            return x

        for (a, b), n in sorted(shared.items()):
            sa, sb = self._sketches[a], self._sketches[b]
            if n >= min(MIN_SHARED, len(sa), len(sb)) and estimated_jaccard(sa, sb) >= self.threshold:
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
