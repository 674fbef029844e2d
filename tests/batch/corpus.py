"""Input corpora for the batch tests, built from the bundled demo articles."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from rasd.ingest.demo import demo_articles


def jsonl_line(article, **changes) -> str:
    data = json.loads(article.model_dump_json(exclude_none=True))
    data.update(changes)
    return json.dumps(data, ensure_ascii=False)


def mixed_corpus(root: Path) -> list[str]:
    """Shards of every kind, with repeated ids across shards and bad records; returns the inputs."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    arts = demo_articles()
    shards = root / "shards"
    shards.mkdir(parents=True)
    lines = [jsonl_line(a) for a in arts]
    lines[3:3] = ["{not json", "", json.dumps({"id": "english", "text": "Only English words in this one."})]
    lines.append(jsonl_line(arts[0]))                          # repeated id within the shard
    (shards / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (shards / "b.jsonl").write_text("\n".join(jsonl_line(a) for a in arts[:6]) + "\n\n", encoding="utf-8")  # across shards
    rows = [json.loads(jsonl_line(a)) for a in arts[6:11]]
    for row in rows:
        row["published"] = dt.datetime.fromisoformat(row["published"] + "T10:30:00") if "published" in row else None
    rows.append({"id": None, "text": "بلا معرف", "published": None})
    pq.write_table(pa.Table.from_pylist(rows), shards / "c.parquet", row_group_size=2)
    pages = root / "pages" / "sub"
    pages.mkdir(parents=True)
    (pages / "demo_a05.txt").write_text(arts[4].text, encoding="utf-8")   # same id as a JSONL article
    (pages.parent / "latin.txt").write_bytes("caf\xe9 ".encode("latin-1") * 10)
    title, _, body = arts[8].text.partition("\n")
    html = f"<html><head><meta charset='windows-1256'><title>{title}</title></head><body><p>{body}</p></body></html>"
    (pages / "report.html").write_bytes(html.encode("cp1256", errors="replace"))
    return [str(shards), str(root / "pages"), str(root / "nope.jsonl")]


def unique_corpus(path: Path, n: int) -> Path:
    """``n`` demo articles with unique ids and URLs, one JSONL file."""
    arts = demo_articles()
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            a = arts[i % len(arts)]
            handle.write(jsonl_line(a, id=f"{a.id}-{i:04d}", url=f"https://example.org/r/{i}") + "\n")
    return path
