"""Fixtures shared across test folders.

``postgres_url``: a throw-away PostgreSQL 15 server for the session (temp data dir, 127.0.0.1, a
free port), or a skip with the reason when the binaries are absent (CI installs them with
``scripts/system_deps.sh``). ``store``: a migrated, empty store per test, parametrised over
SQLite and PostgreSQL so one test-suite covers both backends.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_BIN = Path(os.environ.get("RASD_PG_BIN", "/usr/lib/postgresql/15/bin"))


class PostgresServer:
    """A PostgreSQL cluster in a temp folder, run as the ``postgres`` user when we are root."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="rasd-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)

    def start(self) -> None:
        if not self.data.exists():
            self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                      "--locale=C.UTF-8")
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "server.log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        self.stop()
        self.start()

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL 15 binaries not found in {PG_BIN} (install: scripts/system_deps.sh, "
                    "or set RASD_PG_BIN)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -e '.[server]')")
    server = PostgresServer(PG_BIN)
    try:
        server.start()
    except (subprocess.CalledProcessError, OSError) as exc:
        output = getattr(exc, "stdout", b"") or b""
        shutil.rmtree(server.root, ignore_errors=True)
        pytest.skip(f"could not start PostgreSQL: {exc} {output.decode(errors='replace')[-500:]}")
    try:
        yield server
    finally:
        try:
            server.stop("immediate")
        finally:
            shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PostgresServer) -> str:
    """URL of the session's PostgreSQL server (database ``postgres``, user ``postgres``, trust auth)."""
    return postgres_server.url()


def _fresh_database(server_url: str, template: str | None = None) -> str:
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server_url, autocommit=True) as conn:
        # names are generated here, never user input
        conn.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    return server_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="session")
def postgres_template(postgres_url: str) -> str:
    """A migrated, empty rasd database to copy: CREATE DATABASE ... TEMPLATE is much faster than
    migrating (and creating PostGIS) for every test. Migrations themselves are tested on empty
    databases (``postgres_database``)."""
    from rasd.store import open_store

    url = _fresh_database(postgres_url)
    open_store(url).close()
    return url.rsplit("/", 1)[1]


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a fresh store lives: an SQLite file, or a new database on the session's server."""
    if request.param == "sqlite":
        return str(tmp_path / "rasd.db")
    return _fresh_database(request.getfixturevalue("postgres_url"), request.getfixturevalue("postgres_template"))


@pytest.fixture
def store(store_url: str):
    """A migrated, empty store on each backend (the same tests run on both)."""
    from rasd.store import open_store

    s = open_store(store_url)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture(scope="session")
def rasd_extractor():
    """The standard extractor, built once per session (lexicons load in about a second)."""
    from rasd.build import build_extractor

    return build_extractor()


@pytest.fixture(scope="session")
def merge_context(rasd_extractor):
    """The merger's view of the lexicons (sides, opponents, labels, countries)."""
    from rasd.dedup import LexiconContext

    return LexiconContext.from_resources(rasd_extractor.resources, rasd_extractor.gazetteer)


@pytest.fixture
def postgres_database(postgres_url: str) -> str:
    """URL of a new, empty database on the session's PostgreSQL server."""
    return _fresh_database(postgres_url)
