"""The bundled demo corpus: articles written for rasd (Libya, Syria, Yemen, Iraq, Sudan)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from rasd.model.io import ArticleIn


def demo_dir() -> Path:
    return Path(str(resources.files("rasd").joinpath("data", "demo")))


def demo_articles() -> list[ArticleIn]:
    """Every demo article with its publication date, outlet and outlet side."""
    folder = demo_dir()
    out: list[ArticleIn] = []
    for manifest in sorted(folder.glob("manifest_*.jsonl")):
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            meta = json.loads(line)
            text = (folder / "articles" / f"{meta['id']}.txt").read_text(encoding="utf-8")
            out.append(ArticleIn(id=meta["id"], text=text, published=meta.get("published"),
                                 outlet=meta.get("outlet"), url=meta.get("url")))
    return out


def write_demo_jsonl(path: Path) -> int:
    """Write the demo corpus as one JSONL input file; returns the number of articles."""
    articles = demo_articles()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for a in articles:
            handle.write(a.model_dump_json(exclude_none=True) + "\n")
    return len(articles)


def recombined_articles(n: int, seed: int = 7, url_prefix: str | None = None) -> list[ArticleIn]:
    """``n`` new articles made of 8–30 demo sentences each (seeded), for load tests and benchmarks.

    Each article takes the publication date and outlet of its first sentence's article; with
    ``url_prefix`` it gets the URL ``url_prefix + index`` (so every article has its own store key
    even if two draws made the same text). The benches (``bench/extract_throughput.py``,
    ``extract_scaling.py``, ``dask_scaling.py``) use this function.
    """
    import datetime as dt
    import random

    from rasd.text.normalize import normalize_text
    from rasd.text.sentences import split_sentences

    rng = random.Random(seed)
    pool: list[tuple[str, ArticleIn]] = []
    for a in demo_articles():
        norm = normalize_text(a.text)
        for s in split_sentences(norm.text):
            start, end = norm.to_original(s.start, s.end)
            pool.append((a.text[start:end], a))
    out = []
    for i in range(n):
        picks = rng.sample(pool, rng.randint(8, 30))
        base = picks[0][1]
        out.append(ArticleIn(id=f"mix_{seed}_{i:06d}", text=" ".join(p[0] for p in picks),
                             published=base.published or dt.date(2020, 5, 21), outlet=base.outlet,
                             url=f"{url_prefix}{i}" if url_prefix else None))
    return out
