"""Planning a distributed batch: inputs → sources → partitions, deterministically.

A partition is a byte range of a JSONL file (whole lines), a row range of a Parquet file, or a run of
whole text/HTML files. The plan is computed once, written to ``OUTDIR/_plan.json`` and reused on
restart, so a resumed batch redoes exactly the partitions that have no done marker.

Inputs are expanded exactly as :func:`rasd.ingest.readers.iter_inputs` does (same folder walk and
order, same source strings), and each line is read by the same function, so the records equal those
of ``rasd extract``. One thing crosses partitions: ``rasd extract`` gives a repeated article id a
suffix (``a``, ``a#2``, ``a#3``). The scan therefore hashes every article id; ids seen more than once
get, per partition, the number of earlier occurrences (``prior``), and the worker continues the count.
"""

from __future__ import annotations

import hashlib
import heapq
import os
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from rasd.ingest.checks import MAX_CHARS, check_unicode
from rasd.ingest.readers import (
    HTML_SUFFIXES,
    INPUT_SUFFIXES,
    JSONL_SUFFIXES,
    PARQUET_SUFFIXES,
    TEXT_SUFFIXES,
    parse_jsonl_line,
    parquet_rows,
    parse_record,
    read_html_file,
    read_text_file,
)
from rasd.model.io import ArticleIn

DEFAULT_PARTITION_SIZE = 1000
DEFAULT_BLOCK_BYTES = 64 * 1024 * 1024   # one scan task per 64 MB of JSONL


class Fmt:
    """How a partition is read (the values are stored in ``_plan.json``)."""

    JSONL = "jsonl"
    PARQUET = "parquet"
    FILES = "files"   # whole text/HTML files (local), paths that do not exist, names that are not UTF-8


@dataclass(frozen=True, slots=True)
class Source:
    """One expanded input: a JSONL or Parquet file (local path or fsspec URL), or a single file."""

    path: str          # as ``rasd extract`` writes it in ``source`` (str(Path) for local paths)
    fmt: str
    size: int = -1     # bytes; -1 for a missing path
    kind: str = ""     # for FILES: "txt", "html", "missing" or "badname" (a file name that is not UTF-8)
    message: str = ""  # for a missing path: the problem ``iter_inputs`` reports
    location: str = "" # what workers open: the absolute path (their working folder may differ), or the URL


@dataclass(frozen=True, slots=True)
class FileRef:
    """One whole input file of a FILES partition (or a missing path, reported as a problem)."""

    path: str
    kind: str
    message: str = ""
    location: str = ""


@dataclass(frozen=True)
class PartitionSpec:
    """Everything a worker needs to redo one partition, identically, on any machine."""

    index: int
    fmt: str
    path: str = ""                      # JSONL/Parquet file, as written in ``source``
    location: str = ""                  # the same file, as workers open it
    start: int = 0                      # byte offset (JSONL) or row index (Parquet)
    stop: int = 0
    first_line: int = 1                 # line/row number of the first line (1-based), for ``source``
    files: tuple[FileRef, ...] = ()     # FILES partitions
    n_items: int = 0                    # records this partition writes
    prior: tuple[tuple[str, int], ...] = ()   # (id hash, earlier occurrences) for repeated ids

    @property
    def name(self) -> str:
        return f"part-{self.index:06d}"

    def to_json(self) -> dict:
        d = asdict(self)
        d["files"] = [asdict(f) for f in self.files]
        d["prior"] = [list(p) for p in self.prior]
        return d

    @classmethod
    def from_json(cls, d: dict) -> PartitionSpec:
        return cls(**{**d, "files": tuple(FileRef(**f) for f in d["files"]), "prior": tuple(tuple(p) for p in d["prior"])})


@dataclass
class Scanned:
    """A partition found by a scan task, before prior counts are known."""

    fmt: str
    path: str = ""
    location: str = ""
    start: int = 0
    stop: int = 0
    rel_line: int = 0                   # lines before it within its block
    files: tuple[FileRef, ...] = ()
    n_items: int = 0
    hashes: bytes = b""                 # array('Q') of article-id hashes, sorted


@dataclass
class BlockScan:
    """What one scan task found: its partitions, and how many lines it covered."""

    lines: int                          # physical lines starting in the block (for line numbers)
    parts: list[Scanned] = field(default_factory=list)


def id_hash(doc_id: str) -> int:
    """64-bit hash of an article id (8 bytes per article cross the network while planning)."""
    return int.from_bytes(hashlib.blake2b(doc_id.encode("utf-8"), digest_size=8).digest(), "little")


def hash_hex(h: int) -> str:
    """The hash as written in ``_plan.json``."""
    return f"{h:016x}"


# -- expanding inputs -------------------------------------------------------------------------------

def is_url(path: str) -> bool:
    """An fsspec URL (``s3://...``, ``memory://...``) rather than a local path."""
    return "://" in path


def expand_inputs(inputs: Sequence[str]) -> list[Source]:
    """Sources in the order ``iter_inputs`` reads them (folders walked and sorted the same way)."""
    out: list[Source] = []
    for raw in inputs:
        if is_url(raw) or any(c in raw for c in "*?["):
            out.extend(_expand_fsspec(raw))
        else:
            _expand_local(Path(raw), out)
    return out


BAD_NAME = "the file name is not valid UTF-8: rename the file"


def _bad_name(path: str) -> Source | None:
    """A skip record for a name whose bytes are not UTF-8 (Python holds them as lone surrogates,
    which no output can encode): reported as ``iter_inputs`` reports it, RASD-E103, never read."""
    if not check_unicode(path, "path"):
        return None
    shown = os.fsencode(path).decode("utf-8", "replace")
    return Source(shown, Fmt.FILES, -1, "badname", BAD_NAME, shown)


def _expand_local(path: Path, out: list[Source]) -> None:
    bad = None if path.is_dir() else _bad_name(str(path))
    if bad is not None:
        out.append(bad)
        return
    where = str(path.resolve())
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.suffix in INPUT_SUFFIXES):
            _expand_local(child, out)
    elif path.suffix in JSONL_SUFFIXES:
        out.append(Source(str(path), Fmt.JSONL, _size(path), location=where))
    elif path.suffix in PARQUET_SUFFIXES:
        out.append(Source(str(path), Fmt.PARQUET, _size(path), location=where))
    elif path.suffix in HTML_SUFFIXES and path.is_file():
        out.append(Source(str(path), Fmt.FILES, _size(path), "html", location=where))
    elif path.suffix in TEXT_SUFFIXES or path.is_file():
        if path.exists():
            out.append(Source(str(path), Fmt.FILES, _size(path), "txt", location=where))
        else:
            out.append(Source(str(path), Fmt.FILES, -1, "missing", "no such file", where))
    else:
        out.append(Source(str(path), Fmt.FILES, -1, "missing", "no such file or folder", where))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1


def _expand_fsspec(url: str) -> list[Source]:
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(url)
    protocol = url.split("://", 1)[0] if is_url(url) else None
    if any(c in root for c in "*?["):
        paths = sorted(fs.glob(root))
    elif fs.isdir(root):
        paths = sorted(p for p in fs.find(root) if Path(p).suffix in JSONL_SUFFIXES + PARQUET_SUFFIXES)
    else:
        paths = [root]
    out = []
    for p in paths:
        full = f"{protocol}://{p}" if protocol and protocol != "file" else p
        bad = _bad_name(full)
        if bad is not None:
            out.append(bad)
            continue
        suffix = Path(p).suffix
        fmt = Fmt.JSONL if suffix in JSONL_SUFFIXES else Fmt.PARQUET if suffix in PARQUET_SUFFIXES else None
        if fmt is None:
            out.append(Source(full, Fmt.FILES, -1, "missing",
                              "remote inputs must be JSONL or Parquet (text/HTML files: local paths only)", full))
            continue
        try:
            size = int(fs.info(p)["size"])
        except (FileNotFoundError, OSError):
            out.append(Source(full, Fmt.FILES, -1, "missing", "no such file", full))
            continue
        out.append(Source(full, fmt, size, location=full))
    return out


def open_parquet(path: str):
    """A ``pyarrow.parquet.ParquetFile``, or the exception that opening it raised (as
    :func:`rasd.ingest.readers.read_parquet_file` reports it)."""
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(open_binary(path) if is_url(path) else path)
    except Exception as exc:  # pyarrow raises several types for unreadable or non-Parquet files
        return exc


def open_binary(path: str) -> BinaryIO:
    """Open a local path or an fsspec URL for reading bytes (seekable, for byte-range partitions)."""
    from fsspec.core import url_to_fs

    if not is_url(path):
        return open(path, "rb")
    fs, p = url_to_fs(path)
    return fs.open(p, "rb")


# -- scan tasks (run on workers) ------------------------------------------------------------------------

def _align(handle: BinaryIO, start: int) -> int:
    """The first line start at or after ``start`` (a line belongs to the block where it begins)."""
    if start == 0:
        handle.seek(0)
        return 0
    handle.seek(start - 1)
    if handle.read(1) == b"\n":
        return start
    rest = handle.readline()
    return start + len(rest)


def iter_lines(handle: BinaryIO, start: int, stop: int) -> Iterator[tuple[int, bytes]]:
    """(offset, raw line) for every line that begins in [start, stop)."""
    pos = _align(handle, start)
    while pos < stop:
        raw = handle.readline()
        if not raw:
            return
        yield pos, raw
        pos += len(raw)


def scan_jsonl_block(path: str, location: str, start: int, stop: int, partition_size: int,
                     max_chars: int = MAX_CHARS) -> BlockScan:
    """Cut one block of a JSONL file into partitions of ``partition_size`` records; hash article ids."""
    scan = BlockScan(lines=0)
    current: Scanned | None = None
    hashes = array("Q")
    end = start
    try:
        handle = open_binary(location)
    except OSError:  # the worker reports it as one problem record, as read_jsonl_file does
        scan.parts.append(Scanned(Fmt.JSONL, path, location, 0, 0, n_items=1))
        return scan
    with handle:
        for offset, raw in iter_lines(handle, start, stop):
            item = parse_jsonl_line(raw, f"{path}:0", max_chars)
            if item is not None:
                if current is not None and current.n_items == partition_size:
                    _close(current, offset, hashes, scan)
                    current, hashes = None, array("Q")
                if current is None:
                    current = Scanned(Fmt.JSONL, path, location, offset, offset, rel_line=scan.lines)
                current.n_items += 1
                if isinstance(item, ArticleIn):
                    hashes.append(id_hash(item.id))
            scan.lines += 1
            end = offset + len(raw)
    if current is not None:
        _close(current, end, hashes, scan)
    return scan


def _close(part: Scanned, stop: int, hashes: array, scan: BlockScan) -> None:
    part.stop = stop
    part.hashes = array("Q", sorted(hashes)).tobytes()
    scan.parts.append(part)


def scan_parquet(path: str, location: str, partition_size: int, max_chars: int = MAX_CHARS) -> BlockScan:
    """Cut a Parquet file into row ranges of ``partition_size`` rows; hash article ids."""
    import pyarrow.parquet as pq

    scan = BlockScan(lines=0)
    parquet = open_parquet(location)
    if not isinstance(parquet, pq.ParquetFile):  # unreadable: one partition that reports it
        scan.parts.append(Scanned(Fmt.PARQUET, path, location, 0, 0, n_items=1))
        return scan
    with parquet:
        row = 0
        current: Scanned | None = None
        hashes = array("Q")
        for batch in parquet.iter_batches(batch_size=1024):
            for record in parquet_rows(batch):
                if current is not None and current.n_items == partition_size:
                    _close(current, row, hashes, scan)
                    current, hashes = None, array("Q")
                if current is None:
                    current = Scanned(Fmt.PARQUET, path, location, row, row, rel_line=row)
                current.n_items += 1
                item = parse_record(record, f"{path}:0", max_chars)
                if isinstance(item, ArticleIn):
                    hashes.append(id_hash(item.id))
                row += 1
        if current is not None:
            _close(current, row, hashes, scan)
        scan.lines = row
    return scan


def scan_files(files: Sequence[FileRef], published_iso: str | None, max_chars: int = MAX_CHARS) -> BlockScan:
    """One partition of whole files; reads each the way ``iter_inputs`` does to learn its id."""
    hashes = array("Q")
    for ref in files:
        item = read_file_item(ref, published_iso, max_chars)
        if isinstance(item, ArticleIn):
            hashes.append(id_hash(item.id))
    part = Scanned(Fmt.FILES, files=tuple(files), n_items=len(files))
    part.hashes = array("Q", sorted(hashes)).tobytes()
    return BlockScan(lines=0, parts=[part])


def read_file_item(ref: FileRef, published_iso: str | None, max_chars: int = MAX_CHARS):
    """The article or problem of one whole file, as ``iter_inputs`` reads it."""
    import datetime as dt

    from rasd.errors import ErrorCode
    from rasd.ingest.readers import InputProblem

    published = dt.date.fromisoformat(published_iso) if published_iso else None
    if ref.kind == "missing":
        return InputProblem(ref.path, None, ErrorCode.UNREADABLE_FILE, ref.message)
    if ref.kind == "badname":
        return InputProblem(ref.path, None, ErrorCode.NOT_UTF8, ref.message)
    reader = read_html_file if ref.kind == "html" else read_text_file
    item = reader(Path(ref.location or ref.path), published, max_chars)
    # read where the worker finds it; report it as the user named it (as ``rasd extract`` does)
    return replace(item, source=ref.path) if isinstance(item, InputProblem) else item


# -- from scans to partitions -------------------------------------------------------------------------

@dataclass(frozen=True)
class ScanTask:
    """One unit of scanning: a JSONL block, a Parquet file, or a run of files."""

    fmt: str
    path: str = ""
    location: str = ""
    start: int = 0
    stop: int = 0
    files: tuple[FileRef, ...] = ()


def scan_tasks(sources: Sequence[Source], partition_size: int, block_bytes: int = DEFAULT_BLOCK_BYTES) -> list[ScanTask]:
    """Scan tasks in input order; consecutive single files are grouped ``partition_size`` at a time."""
    tasks: list[ScanTask] = []
    run: list[FileRef] = []

    def flush() -> None:
        for i in range(0, len(run), partition_size):
            tasks.append(ScanTask(Fmt.FILES, files=tuple(run[i:i + partition_size])))
        run.clear()

    for src in sources:
        if src.fmt == Fmt.FILES:
            run.append(FileRef(src.path, src.kind, src.message, src.location))
            continue
        flush()
        if src.fmt == Fmt.PARQUET:
            tasks.append(ScanTask(Fmt.PARQUET, src.path, src.location))
        else:
            for start in range(0, max(src.size, 1), block_bytes):
                tasks.append(ScanTask(Fmt.JSONL, src.path, src.location, start, min(start + block_bytes, src.size)))
    flush()
    return tasks


def run_scan(task: ScanTask, partition_size: int, published_iso: str | None, max_chars: int = MAX_CHARS) -> BlockScan:
    """Dispatch one scan task (this is what the Dask workers run)."""
    if task.fmt == Fmt.JSONL:
        return scan_jsonl_block(task.path, task.location, task.start, task.stop, partition_size, max_chars)
    if task.fmt == Fmt.PARQUET:
        return scan_parquet(task.path, task.location, partition_size, max_chars)
    return scan_files(task.files, published_iso, max_chars)


def build_partitions(tasks: Sequence[ScanTask], scans: Sequence[BlockScan]) -> list[PartitionSpec]:
    """Number the partitions, give them line numbers, and the prior counts of repeated ids."""
    scanned: list[tuple[Scanned, int]] = []   # with the first line number
    line_base: Counter[str] = Counter()       # lines in earlier blocks of the same file
    for task, scan in zip(tasks, scans):
        for part in scan.parts:
            first = (line_base[task.path] + part.rel_line + 1) if task.fmt == Fmt.JSONL else part.rel_line + 1
            scanned.append((part, first))
        if task.fmt == Fmt.JSONL:
            line_base[task.path] += scan.lines
    arrays = [array("Q", part.hashes) for part, _ in scanned]
    repeated = _repeated(arrays)
    running: Counter[int] = Counter()
    specs = []
    for index, ((part, first), hashes) in enumerate(zip(scanned, arrays)):
        prior: tuple[tuple[str, int], ...] = ()
        if repeated:
            here = Counter(h for h in hashes if h in repeated)
            prior = tuple((hash_hex(h), running[h]) for h in sorted(here) if running[h])
            running.update(here)
        specs.append(PartitionSpec(index, part.fmt, part.path, part.location, part.start, part.stop, first, part.files,
                                   part.n_items, prior))
    return specs


def _repeated(arrays: Sequence[array]) -> set[int]:
    """Hashes that occur more than once across all partitions (a k-way merge of sorted arrays)."""
    repeated: set[int] = set()
    previous = None
    for h in heapq.merge(*arrays):
        if h == previous:
            repeated.add(h)
        previous = h
    return repeated
