"""API fixtures: the demo corpus in a real SQLite store (extracted, stored and merged once per
session), and TestClients over it or over a writable copy."""

from __future__ import annotations

import shutil
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



def fill_with_demo(store, extractor, merge_context) -> None:
    """What `rasd ingest` does with the demo corpus: extract, store, merge."""
    version = lexicon_version(extractor.resources.lexicon)
    for article in demo_articles():
        store.put_document(article, extractor.extract(article), version)
    merge_store(store, merge_context)


@pytest.fixture(scope="session")
def api_key() -> str:
    return API_KEY


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, rasd_extractor, merge_context) -> Path:
    """An SQLite file holding the demo corpus (do not write to it: copy it with `make_client`)."""
    path = tmp_path_factory.mktemp("api-demo") / "demo.sqlite"
    store = open_store(path)
    try:
        fill_with_demo(store, rasd_extractor, merge_context)
    finally:
        store.close()  # the last connection's close checkpoints the WAL into the file
    return path


@pytest.fixture(scope="session")
def client(demo_db, rasd_extractor) -> Iterator[TestClient]:
    """A read-mostly client on the demo store (default settings plus an API key)."""
    store = open_store(demo_db)
    app = create_app(store, ApiSettings(api_key=API_KEY), extractor=rasd_extractor)
    with TestClient(app) as c:
        yield c
    store.close()


@pytest.fixture
def make_client(demo_db, rasd_extractor, tmp_path) -> Iterator[Callable[..., TestClient]]:
    """``make_client(**settings)``: a client on a private copy of the demo store."""
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
