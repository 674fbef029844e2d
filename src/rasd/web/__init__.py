"""The analyst UI: static files (HTML, ES modules, CSS, vendored Leaflet, a MENA outline) served by
:func:`rasd.api.create_app` at ``/``. No build step at run time; ``scripts/build_web.sh`` refreshes
the vendored files."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def static_dir() -> Path:
    return Path(str(resources.files("rasd.web").joinpath("static")))
