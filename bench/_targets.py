"""Throw-away store targets shared by the API benches (``api_latency.py``, ``concurrent_load.py``).

A SQLite file in a temporary folder, or a PostgreSQL server on 127.0.0.1 started the way the test
suite starts it (``tests/conftest.py``); both are removed afterwards.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def sqlite_target(prefix: str = "rasd-bench-", name: str = "bench.sqlite") -> Iterator[str]:
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield str(folder / name)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def postgres_target(url: str | None = None) -> Iterator[str]:
    """``url`` when given (a server the user runs), else a throw-away server."""
    if url:
        yield url
        return
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from conftest import PG_BIN, PostgresServer  # the same throw-away server the tests use
    finally:
        sys.path.pop(0)
    server = PostgresServer(PG_BIN)
    server.start()
    try:
        yield server.url()
    finally:
        try:
            server.stop("immediate")
        finally:
            shutil.rmtree(server.root, ignore_errors=True)
