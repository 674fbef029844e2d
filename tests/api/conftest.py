"""API fixtures: the demo corpus extracted once per session, stored and merged in SQLite and in
PostgreSQL (when the server binaries of ``tests/conftest.py`` are present); ``client`` runs each
read test on both backends, ``make_client`` gives a writable private SQLite copy."""

from __future__ import annotations

import shutil
import uuid
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from api_helpers import API_KEY  # tests/api/api_helpers.py

pytest.importorskip("fastapi", reason="the API needs the server extra: pip install -e '.[server]'")

with warnings.catch_warnings():  # starlette asks for httpx2; httpx works the same for these tests
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from rasd.api import ApiSettings, create_app
from rasd.dedup import merge_store
from rasd.ingest.demo import demo_articles
from rasd.lexicon.version import lexicon_version
from rasd.store import open_store


@pytest.fixture(scope="session")
def api_key() -> str:
    return API_KEY


@pytest.fixture(scope="session")
def demo_docs(rasd_extractor) -> list:
    """The demo corpus with its extracted documents (extracted once for every store below)."""
    return [(a, rasd_extractor.extract(a)) for a in demo_articles()]


def fill_store(store, docs, extractor, merge_context) -> None:
    """What ``rasd ingest`` does with extracted documents: store each, then merge."""
    version = lexicon_version(extractor.resources.lexicon)
    for article, doc in docs:
        store.put_document(article, doc, version)
    merge_store(store, merge_context)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, demo_docs, rasd_extractor, merge_context) -> Path:
    """An SQLite file holding the merged demo corpus (do not write to it: copy it with `make_client`)."""
    path = tmp_path_factory.mktemp("api-demo") / "demo.sqlite"
    store = open_store(path)
    try:
        fill_store(store, demo_docs, rasd_extractor, merge_context)
    finally:
        store.close()  # the last connection's close checkpoints the WAL into the file
    return path


def _new_pg_database(server_url: str) -> str:
    import psycopg

    name = "api_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")  # a generated name, never input
    return server_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def demo_store(request, demo_db, demo_docs, rasd_extractor, merge_context):
    """The merged demo corpus on each backend (read-only for the tests)."""
    if request.param == "sqlite":
        store = open_store(demo_db)
    else:
        store = open_store(_new_pg_database(request.getfixturevalue("postgres_url")))
        fill_store(store, demo_docs, rasd_extractor, merge_context)
    yield store
    store.close()


@pytest.fixture(scope="session")
def client(demo_store, rasd_extractor) -> Iterator[TestClient]:
    """A read-only client on the demo store of each backend (default settings plus an API key)."""
    with TestClient(create_app(demo_store, ApiSettings(api_key=API_KEY), extractor=rasd_extractor)) as c:
        yield c


@pytest.fixture(scope="session")
def everything(client) -> list[dict]:
    """Every merged event as the unfiltered list gives it (the reference the filters are checked against)."""
    page = client.get("/api/events", params={"limit": 1000}).json()
    assert page["total"] == len(page["items"]) > 20, "the demo corpus should give a few dozen merged events"
    return page["items"]


@pytest.fixture
def make_client(demo_db, rasd_extractor, tmp_path) -> Iterator[Callable[..., TestClient]]:
    """``make_client(**settings)``: a client on a private copy of the SQLite demo store
    (``copy=False``: on an empty store)."""
    stores = []

    def make(copy: bool = True, **settings) -> TestClient:
        path = tmp_path / f"copy{len(stores)}.sqlite"
        if copy:
            shutil.copyfile(demo_db, path)
        store = open_store(path)
        stores.append(store)
        return TestClient(create_app(store, ApiSettings(**settings), extractor=rasd_extractor))

    yield make
    for s in stores:
        s.close()
