"""The FastAPI application: JSON API under ``/api/`` (OpenAPI at ``/openapi.json``) and the analyst
UI at ``/``. Interactive docs pages are off: they load scripts from a CDN, which the
Content-Security-Policy forbids; the OpenAPI document describes every endpoint.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from rasd import __version__
from rasd.api import articles, events, exports, insight, reference
from rasd.api.guard import BodyLimit, SecurityHeaders
from rasd.api.problems import install_handlers
from rasd.api.settings import ApiSettings
from rasd.api.state import ApiState
from rasd.build import Extractor
from rasd.store.base import Store
from rasd.web import static_dir


def create_app(store: Store, settings: ApiSettings | None = None, extractor: Extractor | None = None) -> FastAPI:
    """The API and UI over ``store``. ``extractor`` (for ingest and the lexicon endpoints) is built
    from ``settings.lexicon_dirs`` on first need unless one is given. The caller owns ``store``."""
    settings = settings or ApiSettings()
    state = ApiState(store, settings, extractor)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        state.shutdown()

    app = FastAPI(
        title="rasd", version=__version__,
        description="Arabic conflict news as a geocoded, merged event dataset: events, sources and "
                    "their evidence, articles, framing, exports, and article ingest.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan,
    )
    app.state.rasd = state
    install_handlers(app)
    for module in (events, articles, insight, exports, reference):
        app.include_router(module.router)

    static = static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html; charset=utf-8")

    # outermost last: security headers wrap everything, the body limit applies before routing
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders, tile_origin=settings.tile_origin)
    return app
