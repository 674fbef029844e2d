"""``rasd serve``: the HTTP API and analyst UI over a store, with uvicorn, on 127.0.0.1 by default."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated, Optional
from urllib.parse import urlsplit, urlunsplit

import typer
from rich.console import Console

err = Console(stderr=True)


def is_loopback(host: str) -> bool:
    """``127.0.0.1``, ``::1`` and ``localhost`` are loopback; ``0.0.0.0`` and names are not."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def redact(target: str) -> str:
    """A store URL without its password, fit for a log line."""
    parts = urlsplit(target)
    if parts.password is None:
        return target
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def serve(
    db: Annotated[str, typer.Option("--db", help="SQLite file or postgresql:// URL (as written by `rasd ingest`).")],
    host: Annotated[str, typer.Option(help="Address to listen on; only loopback unless --allow-remote.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.", min=1, max=65535)] = 8000,
    tiles: Annotated[Optional[str], typer.Option("--tiles", help="XYZ tile URL template for the map, e.g. https://tile.example.org/{z}/{x}/{y}.png (default: the bundled country outline only, no network).")] = None,
    tiles_attribution: Annotated[Optional[str], typer.Option(help="Attribution shown for --tiles.")] = None,
    api_key: Annotated[Optional[str], typer.Option("--api-key", envvar="RASD_API_KEY", show_envvar=True, help="Key for POST /api/articles (X-API-Key header). Prefer the environment variable: a command line is visible to other users.")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="TOML file with an \\[api] table (key_file, require_key_for_reads, tiles_url, ...).", exists=True, dir_okay=False)] = None,
    require_key_for_reads: Annotated[bool, typer.Option("--require-key-for-reads", help="Read endpoints need the key too.")] = False,
    allow_remote: Annotated[bool, typer.Option("--allow-remote", help="Allow a non-loopback --host (put TLS and the key in front of it).")] = False,
    lexicon_dir: Annotated[Optional[list[Path]], typer.Option("--lexicon-dir", help="Extra lexicon folder for ingest and /api/places. Repeatable.")] = None,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the event API (/api/, OpenAPI at /openapi.json) and the analyst UI (/) over a store."""
    import uvicorn

    from rasd.api import create_app, load_settings
    from rasd.errors import RasdError
    from rasd.store import open_store

    if not is_loopback(host) and not allow_remote:
        err.print(f"[red]refusing to listen on {host}: not a loopback address (add --allow-remote to expose "
                  "the server; writes need the API key, reads are open unless --require-key-for-reads)[/red]")
        raise typer.Exit(2)
    try:
        settings = load_settings(config).with_overrides(
            api_key=api_key, tiles_url=tiles, tiles_attribution=tiles_attribution,
            require_key_for_reads=require_key_for_reads or None,
            lexicon_dirs=tuple(lexicon_dir) if lexicon_dir else None,
        )
    except RasdError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    try:
        store = open_store(db)
    except Exception as exc:  # noqa: BLE001 - any connection or file problem ends the command with a message
        err.print(f"[red]cannot open store {redact(db)!r}: {type(exc).__name__}[/red]")
        raise typer.Exit(2) from exc
    try:
        app = create_app(store, settings)
        shown = f"[{host}]" if ":" in host else host
        writes = "POST /api/articles with X-API-Key" if settings.api_key else "no writes (no API key set)"
        err.print(f"rasd: {redact(db)} → http://{shown}:{port}/  ({writes})")
        uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
    finally:
        store.close()
