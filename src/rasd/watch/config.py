"""FEEDS.yaml: which feeds to poll, how often, and what to call their outlets (``docs/watch.md``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from rasd.errors import ErrorCode, RasdError
from rasd.ingest.fetch import FetchPolicy


class ContentMode(str, Enum):
    """Where an entry's article text comes from."""

    PAGE = "page"    # fetch the entry's link and extract the page's main text
    FEED = "feed"    # use the text the feed carries (content, else summary)
    AUTO = "auto"    # the feed's text when it is long enough, else the page


class _Options(BaseModel):
    model_config = ConfigDict(extra="forbid")

    interval: float | None = Field(default=None, gt=0, description="seconds between two polls of a feed")
    content: ContentMode | None = None
    min_feed_chars: int | None = Field(default=None, ge=0, description="auto: shortest feed text used as is")
    outlet_side: str | None = None
    country: str | None = None


class _FeedModel(_Options):
    url: str
    name: str | None = None
    outlet: str | None = None

    @field_validator("url")
    @classmethod
    def _http(cls, v: str) -> str:
        if urlsplit(v).scheme not in ("http", "https") or not urlsplit(v).hostname:
            raise ValueError("must be an http(s) URL")
        return v


class _FetchModel(BaseModel):
    """Manners and limits of the fetcher (``rasd.ingest.fetch.FetchPolicy``); all optional."""

    model_config = ConfigDict(extra="forbid")

    user_agent: str | None = None
    host_interval: float | None = Field(default=None, ge=0, description="seconds between two requests to one host")
    timeout: float | None = Field(default=None, gt=0, description="seconds to wait for the next bytes of an answer")
    retries: int | None = Field(default=None, ge=0)
    backoff: float | None = Field(default=None, ge=0, description="first back-off in seconds (doubles each retry)")
    max_bytes: int | None = Field(default=None, gt=0)
    respect_robots: bool | None = None
    max_attempts: int | None = Field(default=None, ge=1, description="attempts at an article before it is skipped")


class _FileModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    defaults: _Options = _Options()
    fetch: _FetchModel = _FetchModel()
    feeds: list[_FeedModel] = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """One feed to poll, defaults applied."""

    name: str
    url: str
    interval_s: float
    content: ContentMode
    min_feed_chars: int
    outlet: str | None = None
    outlet_side: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class WatchConfig:
    """FEEDS.yaml, checked: the feeds, the fetcher's policy, and attempts per article."""

    feeds: tuple[FeedSpec, ...]
    policy: FetchPolicy
    max_attempts: int = 5


DEFAULT_INTERVAL_S = 900.0
DEFAULT_MIN_FEED_CHARS = 600


def load_feeds(path: Path, interval_s: float | None = None) -> WatchConfig:
    """Read and check FEEDS.yaml; ``interval_s`` (from ``--interval``) overrides every interval."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RasdError(ErrorCode.FEEDS_CONFIG_INVALID, f"{path}: {exc}") from exc
    try:
        model = _FileModel.model_validate(raw)
    except ValidationError as exc:
        where = "; ".join(".".join(str(p) for p in e["loc"]) + ": " + e["msg"] for e in exc.errors())
        raise RasdError(ErrorCode.FEEDS_CONFIG_INVALID, f"{path}: {where}") from exc
    d = model.defaults
    specs = []
    for f in model.feeds:
        specs.append(FeedSpec(
            name=f.name or urlsplit(f.url).hostname or f.url,
            url=f.url,
            interval_s=interval_s or f.interval or d.interval or DEFAULT_INTERVAL_S,
            content=f.content or d.content or ContentMode.AUTO,
            min_feed_chars=f.min_feed_chars if f.min_feed_chars is not None else (
                d.min_feed_chars if d.min_feed_chars is not None else DEFAULT_MIN_FEED_CHARS),
            outlet=f.outlet,
            outlet_side=f.outlet_side or d.outlet_side,
            country=f.country or d.country,
        ))
    names = [s.name for s in specs]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise RasdError(ErrorCode.FEEDS_CONFIG_INVALID, f"{path}: feed names must be unique (repeated: {', '.join(repeated)}); "
                        "give each feed a 'name'")
    f = model.fetch
    changes = {
        "user_agent": f.user_agent, "host_interval_s": f.host_interval, "read_timeout_s": f.timeout,
        "retries": f.retries, "backoff_s": f.backoff, "max_bytes": f.max_bytes, "respect_robots": f.respect_robots,
    }
    policy = replace(FetchPolicy(), **{k: v for k, v in changes.items() if v is not None})
    return WatchConfig(tuple(specs), policy, f.max_attempts or 5)
