"""Partition outputs, written so that a killed batch leaves no half-written partition.

Per partition ``part-NNNNNN``::

    documents/part-NNNNNN.parquet   one row per record: order, doc_id, source, counts, the record as
                                    JSON (exactly what ``rasd extract`` writes) and the article as JSON
    events/part-NNNNNN.parquet      the flat event table: one row per event, EventOut's columns
    errors/part-NNNNNN.jsonl        one line per error or warning of a record (doc_id, source, code ...)
    _done/part-NNNNNN.json          the done marker, with the partition's counts; written last

Each file is written under a temporary name and renamed into place (atomic on a POSIX file
system; on object stores the marker-last order still holds, since readers trust only marked
partitions). A partition without a marker is redone from scratch and its files replaced, so a
resumed run has neither duplicates nor gaps.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import types
import typing
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import BinaryIO

from rasd.batch.plan import PartitionSpec, is_url
from rasd.model.io import ArticleIn, DocumentOut, EventOut

DOCUMENTS = "documents"
EVENTS = "events"
ERRORS = "errors"
DONE = "_done"


@dataclass(frozen=True)
class PartitionResult:
    """A finished partition's counts (also the content of its done marker)."""

    name: str
    index: int
    documents: int = 0
    failed: int = 0
    events: int = 0
    quotes: int = 0
    error_codes: dict[str, int] = field(default_factory=dict)
    event_types: dict[str, int] = field(default_factory=dict)
    stances: dict[str, int] = field(default_factory=dict)
    finished_at: str = ""


# -- file-system helpers (local paths, or fsspec URLs) --------------------------------------------------

def join(root: str, *parts: str) -> str:
    """A path under the output folder, for a local folder or an fsspec URL."""
    return "/".join([root.rstrip("/"), *parts]) if is_url(root) else str(Path(root, *parts))


def write_atomic(path: str, write: Callable[[BinaryIO], None]) -> None:
    """Write under a temporary name in the same folder, then rename over ``path``."""
    if is_url(path):
        from fsspec.core import url_to_fs

        fs, p = url_to_fs(path)
        folder, name = p.rsplit("/", 1)
        tmp = f"{folder}/.{name}.tmp-{uuid.uuid4().hex}"
        fs.makedirs(folder, exist_ok=True)
        with fs.open(tmp, "wb") as handle:
            write(handle)
        fs.mv(tmp, p)
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp-{uuid.uuid4().hex}")
    try:
        with open(tmp, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def read_bytes(path: str) -> bytes | None:
    """A file's bytes, or None if it does not exist (local path or fsspec URL)."""
    try:
        if is_url(path):
            from fsspec.core import url_to_fs

            fs, p = url_to_fs(path)
            with fs.open(p, "rb") as handle:
                return handle.read()
        return Path(path).read_bytes()
    except FileNotFoundError:
        return None


def read_marker(outdir: str, name: str) -> PartitionResult | None:
    """The done marker of a partition: its counts if it is complete, else None."""
    raw = read_bytes(join(outdir, DONE, f"{name}.json"))
    return PartitionResult(**json.loads(raw)) if raw else None


# -- Arrow tables -----------------------------------------------------------------------------------------

def _arrow_type(annotation: object):
    import pyarrow as pa

    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return _arrow_type(args[0])
    if typing.get_origin(annotation) is list:
        return pa.list_(_arrow_type(args[0]))
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32()}[annotation]


def documents_schema():
    """Arrow schema of ``documents/part-N.parquet`` (fixed, so empty partitions match the others)."""
    import pyarrow as pa

    return pa.schema([
        ("partition", pa.int32()), ("position", pa.int32()), ("doc_id", pa.string()), ("source", pa.string()),
        ("n_events", pa.int32()), ("n_quotes", pa.int32()), ("error_codes", pa.list_(pa.string())),
        ("document", pa.string()), ("article", pa.string()),
    ])


def events_schema():
    """Arrow schema of the flat event table: the output's event fields plus document columns."""
    import pyarrow as pa

    fields = [("doc_id", pa.string()), ("event_index", pa.int32()), ("published", pa.date32()),
              ("outlet", pa.string()), ("url", pa.string())]
    fields += [(name, _arrow_type(f.annotation)) for name, f in EventOut.model_fields.items()]
    return pa.schema(fields)


class PartitionWriter:
    """Collects a partition's rows record by record, then writes its files and marker.

    Each record is turned into plain column values (JSON strings, numbers) as soon as it is made,
    and the record itself dropped: a partition of pydantic records is hundreds of thousands of
    live objects that every full garbage collection would walk again, while strings are not even
    tracked by the collector (measured here: 3-9% less CPU per article at 250 per partition).
    """

    def __init__(self, spec: PartitionSpec) -> None:
        from rasd.batch.local import RunSummary

        self.spec = spec
        self.docs: dict[str, list] = {name: [] for name in documents_schema().names}
        self.events: dict[str, list] = {name: [] for name in events_schema().names}
        self.errors: list[str] = []
        self.summary = RunSummary()

    def add(self, article: ArticleIn | None, record: DocumentOut) -> None:
        from rasd.batch.local import count_record

        docs, events = self.docs, self.events
        docs["partition"].append(self.spec.index)
        docs["position"].append(len(docs["position"]))
        docs["doc_id"].append(record.doc_id)
        docs["source"].append(record.source)
        docs["n_events"].append(len(record.events))
        docs["n_quotes"].append(len(record.quotes))
        docs["error_codes"].append([e.code for e in record.errors])
        docs["document"].append(record.model_dump_json(exclude_none=False))
        docs["article"].append(article.model_dump_json(exclude_none=True) if article else None)
        for i, event in enumerate(record.events):
            events["doc_id"].append(record.doc_id)
            events["event_index"].append(i)
            events["published"].append(record.published)
            events["outlet"].append(record.outlet)
            events["url"].append(record.url)
            for name, value in event.model_dump().items():
                events[name].append(value)
        for e in record.errors:
            self.errors.append(json.dumps({"doc_id": record.doc_id, "source": record.source, "code": e.code,
                                           "message": e.message, "stage": e.stage}, ensure_ascii=False))
        count_record(self.summary, record)

    def write(self, outdir: str, finished: dt.datetime) -> PartitionResult:
        """Write the partition's three files, then its done marker; returns its counts."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        name = self.spec.name
        docs = pa.Table.from_pydict(self.docs, schema=documents_schema())
        write_atomic(join(outdir, DOCUMENTS, f"{name}.parquet"), lambda h: pq.write_table(docs, h, compression="zstd"))
        events = pa.Table.from_pydict(self.events, schema=events_schema())
        write_atomic(join(outdir, EVENTS, f"{name}.parquet"), lambda h: pq.write_table(events, h, compression="zstd"))
        errors = ("\n".join(self.errors) + "\n").encode("utf-8") if self.errors else b""
        write_atomic(join(outdir, ERRORS, f"{name}.jsonl"), lambda h: h.write(errors))
        s = self.summary
        result = PartitionResult(name, self.spec.index, s.documents, s.failed, s.events, s.quotes, dict(s.error_codes),
                                 dict(s.event_types), dict(s.stances), finished.isoformat(timespec="seconds"))
        marker = json.dumps(asdict(result), ensure_ascii=False, sort_keys=True).encode("utf-8")
        write_atomic(join(outdir, DONE, f"{name}.json"), lambda h: h.write(marker))
        return result


def write_partition(outdir: str, spec: PartitionSpec, pairs: Iterable[tuple[ArticleIn | None, DocumentOut]],
                    finished: dt.datetime | None = None) -> PartitionResult:
    """Write a partition from (article, record) pairs, consumed one at a time."""
    writer = PartitionWriter(spec)
    for article, record in pairs:
        writer.add(article, record)
    return writer.write(outdir, finished or dt.datetime.now(dt.timezone.utc))


def iter_documents(outdir: str) -> Iterator[dict]:
    """Every record of a run's finished partitions (``document`` JSON parsed), in input order."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if is_url(outdir):
        from fsspec.core import url_to_fs

        fs, root = url_to_fs(outdir)
        names = sorted(Path(p).stem for p in fs.glob(f"{root}/{DONE}/part-*.json"))
    else:
        names = sorted(p.stem for p in Path(outdir, DONE).glob("part-*.json"))
    for name in names:
        raw = read_bytes(join(outdir, DOCUMENTS, f"{name}.parquet"))
        table = pq.read_table(pa.BufferReader(raw), columns=["document"])
        for document in table.column("document").to_pylist():
            yield json.loads(document)


def read_documents(outdir: str) -> list[dict]:
    """:func:`iter_documents` as a list (tests, small runs)."""
    return list(iter_documents(outdir))
