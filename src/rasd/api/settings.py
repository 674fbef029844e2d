"""How the HTTP API behaves: the API key, who needs it, limits, the map's tile server.

Values come from (highest first) the ``rasd serve`` options, the environment (``RASD_API_KEY``)
and a TOML config file, e.g.::

    [api]
    key_file = "/etc/rasd/api-key"     # or: api_key = "..." (keep the file private)
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
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError

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
    merge_on_ingest: bool = True             # merge each POSTed article, incrementally (rasd.dedup.incremental)
    export_max_rows: int = 100_000           # events per export file
    lexicon_dirs: tuple[Path, ...] = ()      # extra lexicon folders for the ingest extractor
    store_threads: int = 8                   # threads querying the store (one connection each)

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "writes_per_minute", "export_max_rows", "store_threads"):
            if getattr(self, name) < 1:
                raise RasdError(ErrorCode.SERVE_CONFIG_INVALID, f"{name} must be at least 1")
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


class ConfigTable(BaseModel):
    """The ``[api]`` table of a config file, checked before use: unknown names and wrong types are
    refused with the setting named (never its value: it may be the key)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    key: str | None = None                   # the key itself (keep the file private) ...
    api_key: str | None = None               # ... under either name
    key_file: str | None = None              # ... or a file holding it, relative to the config file
    require_key_for_reads: bool | None = None
    max_body_bytes: int | None = Field(default=None, ge=1)
    writes_per_minute: int | None = Field(default=None, ge=1)
    tiles_url: str | None = None
    tiles_attribution: str | None = None
    merge_on_ingest: bool | None = None
    export_max_rows: int | None = Field(default=None, ge=1)
    lexicon_dirs: list[str] | None = None
    store_threads: int | None = Field(default=None, ge=1, le=256)


def _config_values(config: Path) -> dict[str, object]:
    """The settings given by ``config``'s ``[api]`` table, as :class:`ApiSettings` field values."""
    try:
        table = tomllib.loads(config.read_text(encoding="utf-8")).get("api", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RasdError(ErrorCode.SERVE_CONFIG_INVALID, f"cannot read config {config}: {exc}") from exc
    if not isinstance(table, dict):
        raise RasdError(ErrorCode.SERVE_CONFIG_INVALID, f"{config}: [api] must be a table")
    try:
        checked = ConfigTable.model_validate(table)
    except ValidationError as exc:
        problems = []
        for e in exc.errors():
            name = ".".join(str(p) for p in e["loc"])
            problems.append(f"unknown [api] setting: {name}" if e["type"] == "extra_forbidden" else f"{name}: {e['msg']}")
        raise RasdError(ErrorCode.SERVE_CONFIG_INVALID, f"{config}: " + "; ".join(problems)) from None
    values = checked.model_dump(exclude_none=True, exclude={"key", "key_file", "lexicon_dirs"})
    if sum(v is not None for v in (checked.key, checked.api_key, checked.key_file)) > 1:
        raise RasdError(ErrorCode.SERVE_CONFIG_INVALID, f"{config}: give one of key, api_key and key_file")
    if checked.key is not None:
        values["api_key"] = checked.key
    if checked.key_file is not None:
        key_path = Path(checked.key_file).expanduser()
        if not key_path.is_absolute():
            key_path = config.parent / key_path
        try:
            values["api_key"] = key_path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise RasdError(ErrorCode.SERVE_CONFIG_INVALID,
                            f"{config}: cannot read key_file {key_path}: {type(exc).__name__}") from exc
    if checked.lexicon_dirs is not None:
        values["lexicon_dirs"] = tuple(Path(d).expanduser() for d in checked.lexicon_dirs)
    return values


def load_settings(config: Path | None = None, env: Mapping[str, str] | None = None) -> ApiSettings:
    """Settings from a TOML file's ``[api]`` table and the environment (the environment wins:
    ``RASD_API_KEY`` replaces a key from the file). ``rasd serve``'s options are applied on top."""
    env = os.environ if env is None else env
    values = _config_values(config) if config is not None else {}
    if env.get(ENV_KEY):
        values["api_key"] = env[ENV_KEY]
    return ApiSettings(**values)  # type: ignore[arg-type]
