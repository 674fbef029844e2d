"""How the HTTP API behaves: the API key, who needs it, limits, the map's tile server.

Values come from (highest first) the ``rasd serve`` options, the environment (``RASD_API_KEY``)
and a TOML config file, e.g.::

    [api]
    key_file = "/etc/rasd/api-key"     # or: key = "..." (keep the file private)
    require_key_for_reads = false
    max_body_bytes = 2097152
    writes_per_minute = 30
    tiles_url = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    tiles_attribution = "© OpenStreetMap contributors"

The key is never printed: it is left out of ``repr`` and of every log line and error message.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from urllib.parse import urlsplit

from rasd.errors import ErrorCode, RasdError

ENV_KEY = "RASD_API_KEY"
MIN_KEY_CHARS = 16


@dataclass(frozen=True)
class ApiSettings:
    """Settings of one API instance (see the module docstring for where they come from)."""

    api_key: str | None = field(default=None, repr=False)
    require_key_for_reads: bool = False      # read endpoints are open unless this is set
    max_body_bytes: int = 2 * 1024 * 1024    # larger request bodies get 413 before they are read
    writes_per_minute: int = 30              # per client address; a burst of this many is allowed
    tiles_url: str | None = None             # an XYZ template; None: the bundled outline only
    tiles_attribution: str | None = None
    merge_on_ingest: bool = True             # re-merge all events after each POSTed article
    export_max_rows: int = 100_000           # events per export file
    lexicon_dirs: tuple[Path, ...] = ()      # extra lexicon folders for the ingest extractor
    store_threads: int = 8                   # threads querying the store (one connection each)

    def __post_init__(self) -> None:
        if self.api_key is not None and len(self.api_key) < MIN_KEY_CHARS:
            raise RasdError(ErrorCode.SERVE_CONFIG_INVALID,
                            f"the API key is too short (at least {MIN_KEY_CHARS} characters)")
        if self.require_key_for_reads and not self.api_key:
            raise RasdError(ErrorCode.SERVE_CONFIG_INVALID, "require_key_for_reads needs an API key")
        if self.tiles_url is not None:
            tile_origin(self.tiles_url)  # validates

    @property
    def tile_origin(self) -> str | None:
        return tile_origin(self.tiles_url) if self.tiles_url else None

    def with_overrides(self, **values: object) -> ApiSettings:
        """A copy with the given fields replaced; ``None`` values are ignored."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def tile_origin(url: str) -> str:
    """The CSP source allowing a tile template: ``https://{s}.tile.example.org/{z}/{x}/{y}.png`` →
    ``https://*.tile.example.org``. Only http(s) templates with ``{z}``, ``{x}`` and ``{y}`` pass."""
    parts = urlsplit(url)
    host = parts.netloc.replace("{s}", "*")
    if parts.scheme not in ("http", "https") or not host or any(c in host for c in " ;,'\"{}"):
        raise RasdError(ErrorCode.SERVE_CONFIG_INVALID, f"not an http(s) tile URL: {url!r}")
    if not all(p in url for p in ("{z}", "{x}", "{y}")):
        raise RasdError(ErrorCode.SERVE_CONFIG_INVALID, "the tile URL needs {z}, {x} and {y}")
    return f"{parts.scheme}://{host}"


def load_settings(config: Path | None = None, env: dict[str, str] | None = None) -> ApiSettings:
    """Settings from a TOML file's ``[api]`` table and the environment (the environment wins)."""
    env = os.environ if env is None else env
    values: dict[str, object] = {}
    if config is not None:
        try:
            table = tomllib.loads(config.read_text(encoding="utf-8")).get("api", {})
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise RasdError(ErrorCode.SERVE_CONFIG_INVALID, f"cannot read config {config}: {exc}") from exc
        known = {f.name for f in fields(ApiSettings)} | {"key", "key_file"}
        unknown = sorted(set(table) - known)
        if unknown:
            raise RasdError(ErrorCode.SERVE_CONFIG_INVALID, f"{config}: unknown [api] settings: {', '.join(unknown)}")
        values = dict(table)
        if "key_file" in values:
            key_path = Path(str(values.pop("key_file"))).expanduser()
            if not key_path.is_absolute():
                key_path = config.parent / key_path
            values["api_key"] = key_path.read_text(encoding="utf-8").strip()
        if "key" in values:
            values["api_key"] = values.pop("key")
        if "lexicon_dirs" in values:
            values["lexicon_dirs"] = tuple(Path(str(p)) for p in values["lexicon_dirs"])  # type: ignore[union-attr]
    if env.get(ENV_KEY):
        values["api_key"] = env[ENV_KEY]
    return ApiSettings(**values)  # type: ignore[arg-type]
