"""What the endpoints share: the store, the settings, the extractor (built on first need), the write
lock, the caches, and the store's threads. One :class:`ApiState` per app, reached through
:func:`get_state`.

Every store call runs on this app's own fixed pool of ``store_threads`` threads (:meth:`ApiState.run`),
never on the event loop and never on anyio's shared pool. The stores keep one connection per thread,
and anyio retires idle worker threads (and a test client starts a new loop per request): on those
threads every new thread would open, and keep, another database connection until PostgreSQL
refuses clients. A fixed pool bounds the connections to ``store_threads``.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable
from typing import TypeVar

from fastapi import Request

from rasd.api.guard import RateLimiter
from rasd.api.settings import ApiSettings
from rasd.build import Extractor, build_extractor
from rasd.dedup import LexiconContext
from rasd.lexicon.version import lexicon_version
from rasd.store.base import Store

T = TypeVar("T")


class ApiState:
    """Shared, long-lived objects of one app instance (thread-safe: endpoints run in a thread pool)."""

    def __init__(self, store: Store, settings: ApiSettings, extractor: Extractor | None = None) -> None:
        self.store = store
        self.settings = settings
        self.limiter = RateLimiter(settings.writes_per_minute)
        # this app's writes (put + incremental merge) run one at a time; writers in other processes
        # are kept apart by the store's merge lock (Store.merge_transaction)
        self.write_lock = threading.Lock()
        self._extractor = extractor
        self._build_lock = threading.Lock()
        self._cache: dict[str, tuple[object, object]] = {}
        self._cache_lock = threading.Lock()
        self.generation = 0   # bumped by every write through this app
        self._pool = ThreadPoolExecutor(max_workers=max(1, settings.store_threads), thread_name_prefix="rasd-store")

    async def run(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """``fn(*args, **kwargs)`` on one of the store threads, awaited from the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, functools.partial(fn, *args, **kwargs))

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    @property
    def extractor(self) -> Extractor:
        """The lexicons and pipeline (about a second to build, so only when first needed)."""
        if self._extractor is None:
            with self._build_lock:
                if self._extractor is None:
                    self._extractor = build_extractor(self.settings.lexicon_dirs)
        return self._extractor

    @property
    def lexicon_version(self) -> str:
        return self.cached("lexicon_version", None, lambda: lexicon_version(self.extractor.resources.lexicon))

    @property
    def merge_context(self) -> LexiconContext:
        return self.cached("merge_context", None,
                           lambda: LexiconContext.from_resources(self.extractor.resources, self.extractor.gazetteer))

    def cached(self, name: str, version: object, build: Callable[[], T]) -> T:
        """``build()``'s value, recomputed only when ``version`` changes."""
        with self._cache_lock:
            hit = self._cache.get(name)
        if hit is not None and hit[0] == version:
            return hit[1]  # type: ignore[return-value]
        value = build()
        with self._cache_lock:
            self._cache[name] = (version, value)
        return value

    def data_version(self) -> tuple[object, ...]:
        """Changes whenever stored data may have changed (here, or by another process's ingest)."""
        counts = self.store.counts()
        return (self.generation, *sorted(counts.items()))


async def get_state(request: Request) -> ApiState:
    return request.app.state.rasd
