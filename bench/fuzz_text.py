"""Fuzz the text pipeline: N random documents (seeded) through the extractor, as ``rasd extract`` runs them.

Documents mix words of the demo corpus, Arabic letters, Arabic-Indic/Persian digits, punctuation,
bidi marks and isolates, zero-width characters, combining marks, diacritics, tatweel, presentation
forms, NUL, emoji and arbitrary code points; a quarter are demo-article windows with such
characters inserted; one in ten goes through the JSONL reader first (with lone-surrogate escapes,
invalid bytes, deep nesting or huge numbers mixed in). ``--big`` adds documents near the 1M
character limit (one letter, dense Arabic, «ﷺ» ligatures).

Counts every input, **escapes** (an exception out of the reader, ``Extractor.extract`` or the JSON
writer: must be 0), **crashes** (a stage that raised, recorded as RASD-E201: must be 0), **span
violations** (an offset outside the text or evidence != text[start:end]: must be 0) and coded
errors by code; prints the slowest random document's time and the p50/p99 (the ``--big`` ones are listed apart).

    .venv/bin/python bench/fuzz_text.py [--docs 20000] [--seed 5] [--budget 10] [--big 3]

Exit status 1 when any escape, crash or span violation was seen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
import traceback
from collections import Counter

from rasd.build import build_extractor
from rasd.errors import ErrorCode
from rasd.ingest.demo import demo_articles
from rasd.ingest.readers import InputProblem, parse_jsonl_line
from rasd.model.io import ArticleIn, DocumentOut


def _chars(lo: int, hi: int) -> list[str]:
    return [chr(c) for c in range(lo, hi + 1)]


LETTERS = _chars(0x0621, 0x064A) + list("پچژگکی")
DIACRITICS = _chars(0x064B, 0x065F) + ["\u0670", "\u0640"]
DIGITS = _chars(0x0660, 0x0669) + _chars(0x06F0, 0x06F9) + list("0123456789") + list("⁵⑼➄⒐፰")
PUNCT = list(".،؛؟!?:;,«»\"'“”()-–/%٪\n\t ") + ["\u00a0", "\u2029"]
BIDI = ["\u200e", "\u200f", "\u061c"] + _chars(0x202A, 0x202E) + _chars(0x2066, 0x2069)
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\ufeff"]
COMBINING = _chars(0x0300, 0x036F) + ["\u20dd", "\u20e3"]
EMOJI = ["😀", "👨\u200d👩\u200d👧", "🇸🇾", "❤\ufe0f", "👍🏽"]
PRESENTATION = _chars(0xFB50, 0xFDFF) + _chars(0xFE70, 0xFEFF)
ODD = BIDI + ZERO_WIDTH + DIACRITICS + COMBINING + EMOJI + PRESENTATION + ["\x00"] + DIGITS + PUNCT
PUBLISHED = [None, dt.date(2020, 5, 21), dt.date(2015, 1, 1), dt.date.min, dt.date.max]


def any_char(rng: random.Random) -> str:
    while True:
        c = rng.randint(0, 0x10FFFF)
        if not 0xD800 <= c <= 0xDFFF:
            return chr(c)


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.texts = [a.text for a in demo_articles()]
        self.words = sorted({w for t in self.texts for w in t.split()})

    def mixed(self) -> str:
        rng, out = self.rng, []
        for _ in range(rng.randint(0, 120)):
            r = rng.random()
            if r < 0.45:
                out.append(rng.choice(self.words))
            elif r < 0.55:
                out.append("".join(rng.choices(LETTERS, k=rng.randint(1, 6))))
            elif r < 0.85:
                out.append("".join(rng.choices(ODD, k=rng.randint(1, 3))))
            else:
                out.append("".join(any_char(rng) for _ in range(rng.randint(1, 4))))
            out.append(rng.choice([" ", " ", " ", "", "\n", "، ", ". ", "\u200f "]))
        return "".join(out)

    def perturbed(self) -> str:
        rng = self.rng
        text = rng.choice(self.texts)
        start = rng.randrange(len(text))
        chars = list(text[start : start + rng.randint(1, 3000)])
        for _ in range(rng.randint(0, 40)):
            chars.insert(rng.randint(0, len(chars)), rng.choice(ODD) if rng.random() < 0.8 else any_char(rng))
        return "".join(chars)

    def arbitrary(self) -> str:
        return "".join(any_char(self.rng) for _ in range(self.rng.randint(0, 400)))

    def text(self) -> tuple[str, str]:
        r = self.rng.random()
        if r < 0.6:
            return "mixed", self.mixed()
        if r < 0.85:
            return "perturbed", self.perturbed()
        return "arbitrary", self.arbitrary()

    def jsonl_line(self, text: str) -> bytes:
        """A JSONL line around ``text``, sometimes broken the ways real files break."""
        rng = self.rng
        record = {"id": f"d{rng.randint(0, 10**6)}", "text": text, "published": "2020-05-21"}
        r = rng.random()
        if r < 0.15:
            k = rng.randint(0, len(text))
            record["text"] = text[:k] + rng.choice(["\ud800", "\udfff", "\udc00\ud800"]) + text[k:]
        elif r < 0.2:
            record["id"] = "\udc80"
        elif r < 0.25:
            record["outlet"] = "وكالة\ud83d"
        raw = json.dumps(record, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")
        r = rng.random()
        if r < 0.05:
            k = rng.randint(0, len(raw))
            raw = raw[:k] + rng.choice([b"\xff", b"\xc0\x80", b"\xed\xa0\x80", b"\x00"]) + raw[k:]
        elif r < 0.08:
            depth = rng.randint(1000, 100_000)
            raw = b"[" * depth + b"]" * depth
        elif r < 0.1:
            raw = b'{"id": 1' + b"0" * rng.randint(4300, 6000) + b', "text": "x"}'
        elif r < 0.12:
            raw = rng.choice([b"[1, 2]", b"null", b'"text"', b"42", b"{", b"{}"])
        return raw

    def big(self, k: int) -> tuple[str, str]:
        dense = "\n".join(self.texts)
        kinds = [
            ("1M one letter", "ب" * 1_000_000),
            ("200k dense Arabic", (dense * (200_000 // len(dense) + 1))[:200_000]),
            ("1M ligatures ﷺ", "ﷺ" * 1_000_000),
            ("1M dense Arabic", (dense * (1_000_000 // len(dense) + 1))[:1_000_000]),
            ("1M letter+dot", "ب." * 500_000),
        ]
        return kinds[k % len(kinds)]


def span_violations(text: str, record: DocumentOut) -> list[str]:
    n, bad = len(text), []

    def check(kind: str, a: int, b: int, shown: str | None) -> None:
        if not 0 <= a <= b <= n:
            bad.append(f"{kind} [{a},{b}) outside length {n}")
        elif shown is not None and text[a:b] != shown:
            bad.append(f"{kind} [{a},{b}) evidence != text[start:end]")

    for e in record.events:
        check("event", e.evidence_start, e.evidence_end, e.evidence)
    for q in record.quotes:
        check("quote", q.evidence_start, q.evidence_end, q.evidence)
        check("quote content", q.content_start, q.content_end, None)
    for m in record.mentions:
        check("mention", m.start, m.end, m.text)
    for s in record.skipped or []:
        check("skip", s.start, s.end, s.evidence)
    return bad


def percentile(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return 0.0
    k = min(len(sorted_values) - 1, max(0, round(p / 100 * len(sorted_values)) - 1))
    return sorted_values[k]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--budget", type=float, default=10.0, help="per-document time budget (s)")
    parser.add_argument("--big", type=int, default=0, help="documents near the 1M-character limit to add")
    args = parser.parse_args()

    extractor = build_extractor(time_budget_s=args.budget)
    gen = Generator(args.seed)
    inputs = escapes = crashes = violations = 0
    codes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    times: list[float] = []
    slowest: tuple[float, str, int, list[str]] = (0.0, "", 0, [])
    examples: list[str] = []
    big_lines: list[str] = []
    started = time.perf_counter()

    def run(kind: str, text: str, raw: bytes | None, published, big: bool = False) -> None:
        nonlocal inputs, escapes, crashes, violations, slowest
        inputs += 1
        kinds[kind] += 1
        t0 = time.perf_counter()
        try:
            item = parse_jsonl_line(raw, "fuzz.jsonl:1") if raw is not None else ArticleIn(
                id="fuzz", text=text, published=published)
            if isinstance(item, InputProblem):
                record = extractor.problem_record(item)
            elif item is None:
                return
            else:
                record = extractor.extract(item, debug=True)
                text = item.text
            record.model_dump_json()
        except Exception as exc:  # an escape: exactly what must never happen
            escapes += 1
            examples.append(f"ESCAPE {kind}: {type(exc).__name__}: {exc}\n  input: {(raw or text)[:200]!r}\n"
                            + traceback.format_exc(limit=3))
            return
        elapsed = time.perf_counter() - t0
        found = [e.code for e in record.errors]
        codes.update(found)
        if big:
            big_lines.append(f"  {kind:<20} {elapsed:6.2f} s  errors {found}")
        else:
            times.append(elapsed)
            if elapsed > slowest[0]:
                slowest = (elapsed, kind, len(text), found)
        if ErrorCode.STAGE_FAILED.value in found:
            crashes += 1
            msg = next(e.message for e in record.errors if e.code == ErrorCode.STAGE_FAILED.value)
            examples.append(f"CRASH {kind}: {msg}\n  input: {text[:200]!r}")
        bad = span_violations(text, record)
        if bad:
            violations += 1
            examples.append(f"SPAN {kind}: {bad[:3]}\n  input: {text[:200]!r}")

    for i in range(args.docs):
        kind, text = gen.text()
        published = gen.rng.choice(PUBLISHED)
        if gen.rng.random() < 0.1:
            run("jsonl", text, gen.jsonl_line(text), None)
        else:
            run(kind, text, None, published)
    for k in range(args.big):
        kind, text = gen.big(k)
        run(kind, text, None, dt.date(2020, 5, 21), big=True)

    total = time.perf_counter() - started
    ordered = sorted(times)
    print(f"inputs tried        {inputs:,}  ({', '.join(f'{k} {v:,}' for k, v in sorted(kinds.items()))})")
    print(f"escapes             {escapes}")
    print(f"stage crashes E201  {crashes}")
    print(f"span violations     {violations}")
    print("coded errors        " + (", ".join(f"{c} {n:,}" for c, n in sorted(codes.items())) or "none"))
    print(f"slowest random doc  {slowest[0] * 1000:.1f} ms ({slowest[1]}, {slowest[2]:,} chars, errors {slowest[3]})")
    print(f"p50 / p99 / p99.9   {percentile(ordered, 50) * 1000:.2f} / {percentile(ordered, 99) * 1000:.2f} / "
          f"{percentile(ordered, 99.9) * 1000:.2f} ms")
    print(f"wall time           {total:.1f} s ({inputs / total:.0f} inputs/s), budget {args.budget:g} s per document")
    if big_lines:
        print("documents near the 1M-character limit:")
        print("\n".join(big_lines))
    for line in examples[:10]:
        print(line, file=sys.stderr)
    return 1 if escapes or crashes or violations else 0


if __name__ == "__main__":
    sys.exit(main())
