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
