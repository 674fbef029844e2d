"""Character pools, hypothesis strategies and the span invariants shared by the hardening tests.

``RASD_FUZZ_EXAMPLES`` (an integer) replaces every test's example count, to fuzz longer than CI
does: ``RASD_FUZZ_EXAMPLES=20000 pytest tests/hardening``.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from rasd.ingest.demo import demo_articles
from rasd.model.io import DocumentOut

FUZZ_EXAMPLES = int(os.environ.get("RASD_FUZZ_EXAMPLES", "0") or 0)
CODE = re.compile(r"^RASD-[EW]\d{3}$")


def fuzz_settings(examples: int) -> settings:
    """``examples`` per test in CI (or RASD_FUZZ_EXAMPLES); no per-example deadline: the pipeline's
    own time budget is what bounds a document, and CI machines vary."""
    return settings(
        max_examples=FUZZ_EXAMPLES or examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=not FUZZ_EXAMPLES,  # CI: the same examples every run; fuzzing: new ones
        database=None,
    )


# ---------------------------------------------------------------- character pools

def _chars(lo: int, hi: int) -> list[str]:
    return [chr(c) for c in range(lo, hi + 1)]


ARABIC_LETTERS = _chars(0x0621, 0x064A) + list("پچژگکیۀە")
DIACRITICS = _chars(0x064B, 0x065F) + ["\u0670", "\u06e1", "\u06ed"]
TATWEEL = "\u0640"
DIGITS = _chars(0x0660, 0x0669) + _chars(0x06F0, 0x06F9) + list("0123456789")
# digits to isdigit() but not to int() or \d: they crashed find_numbers once
ODD_DIGITS = list("⁰¹²³⁵⑼➄⒐①፰")
PUNCT = list(".،؛؟!?:;,«»\"'“”()[]-–—/%٪\n\t \r") + ["\u00a0", "\u2029", "\u2028", "\x85"]
BIDI = ["\u200e", "\u200f", "\u061c"] + _chars(0x202A, 0x202E) + _chars(0x2066, 0x2069)
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\ufeff"]
COMBINING = _chars(0x0300, 0x036F) + ["\u20dd", "\u20e3", "\u1ab0"]
EMOJI = ["😀", "👨\u200d👩\u200d👧", "🇸🇾", "🇱🇾", "❤\ufe0f", "👍🏽", "🕌"]
PRESENTATION = _chars(0xFB50, 0xFDFF) + _chars(0xFE70, 0xFEFF)
NUL = "\x00"

ODD = st.one_of(
    st.sampled_from(BIDI + ZERO_WIDTH + DIACRITICS + [TATWEEL, NUL] + ODD_DIGITS),
    st.sampled_from(COMBINING + EMOJI + PUNCT),
    st.sampled_from(PRESENTATION),
    st.characters(exclude_categories=("Cs",)),  # any code point but a lone surrogate
)


@lru_cache(maxsize=1)
def demo_texts() -> tuple[str, ...]:
    return tuple(a.text for a in demo_articles())


@lru_cache(maxsize=1)
def demo_words() -> tuple[str, ...]:
    return tuple(sorted({w for t in demo_texts() for w in t.split()}))


def _run(pool: list[str], max_size: int = 6) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pool), min_size=1, max_size=max_size).map("".join)


PIECE = st.one_of(
    st.sampled_from(demo_words()),
    st.sampled_from(demo_words()),  # twice: real words make triggers, actors and places fire
    _run(ARABIC_LETTERS),
    _run(DIGITS + ODD_DIGITS, 5),
    _run(PUNCT, 3),
    _run(BIDI + ZERO_WIDTH, 3),
    _run(DIACRITICS + [TATWEEL] + COMBINING, 3),
    _run(PRESENTATION, 4),
    st.sampled_from(EMOJI),
    st.just(NUL),
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=8),
)
SEPARATOR = st.sampled_from([" ", " ", " ", "", "\n", "، ", ". ", "\u200f ", "\n\n", "\t"])

# a document assembled from mixed pieces
MIXED = st.lists(st.tuples(PIECE, SEPARATOR), max_size=60).map(lambda ps: "".join(a + b for a, b in ps))


@st.composite
def perturbed(draw) -> str:
    """A window of a demo article with odd characters inserted: real events, quotes and dates
    whose offsets must survive marks, ligatures and invisible characters around and inside words."""
    text = draw(st.sampled_from(demo_texts()))
    start = draw(st.integers(0, len(text) - 1))
    chars = list(text[start : start + draw(st.integers(1, 1500))])
    for _ in range(draw(st.integers(0, 25))):
        chars.insert(draw(st.integers(0, len(chars))), draw(ODD))
    return "".join(chars)


ANY_TEXT = st.one_of(MIXED, perturbed(), st.text(st.characters(exclude_categories=("Cs",)), max_size=300))


# ---------------------------------------------------------------- invariants

def span_violations(text: str, record: DocumentOut) -> list[str]:
    """Every way ``record`` breaks the offset contract for ``text`` (empty when it holds).

    Each event, quote, mention and skipped clause: ``0 <= start <= end <= len(text)`` and
    ``text[start:end]`` equals its evidence/text; quote content inside the text; stance evidence
    taken from the text; error codes well formed.
    """
    n = len(text)
    bad: list[str] = []

    def check(kind: str, start: int, end: int, shown: str | None) -> None:
        if not (0 <= start <= end <= n):
            bad.append(f"{kind}: span [{start}, {end}) outside the text (length {n})")
        elif shown is not None and text[start:end] != shown:
            bad.append(f"{kind}: text[{start}:{end}] = {text[start:end]!r} but evidence = {shown!r}")

    for e in record.events:
        check(f"event {e.id}", e.evidence_start, e.evidence_end, e.evidence)
        if e.trigger is not None and e.trigger not in text:
            bad.append(f"event {e.id}: trigger {e.trigger!r} is not in the text")
    for i, q in enumerate(record.quotes):
        check(f"quote {i}", q.evidence_start, q.evidence_end, q.evidence)
        check(f"quote {i} content", q.content_start, q.content_end, None)
    for m in record.mentions:
        check(f"mention {m.type}", m.start, m.end, m.text)
    for s in record.skipped or []:
        check(f"skip {s.reason}", s.start, s.end, s.evidence)
        if s.trigger not in text:
            bad.append(f"skip {s.reason}: trigger {s.trigger!r} is not in the text")
    if record.stance is not None:
        for ev in record.stance.evidence:
            if ev not in text:
                bad.append(f"stance evidence {ev!r} is not in the text")
    for err in record.errors:
        if not CODE.match(err.code):
            bad.append(f"error code {err.code!r} is not a RASD code")
    return bad
