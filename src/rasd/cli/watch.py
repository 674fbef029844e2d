"""``rasd watch``: poll feeds on a schedule and store each new article's extraction once."""

from __future__ import annotations

import logging
import signal
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from rasd.errors import ErrorCode, RasdError

err = Console(stderr=True)


def watch(
    feeds: Annotated[Path, typer.Argument(help="FEEDS.yaml: the feeds to poll (format: docs/watch.md).")],
    db: Annotated[str, typer.Option("--db", help="Store: an SQLite file or a postgresql:// URL.")],
    interval: Annotated[Optional[float], typer.Option(help="Seconds between polls of each feed (overrides FEEDS.yaml).")] = None,
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once, print feed health, and exit.")] = False,
    state: Annotated[Optional[Path], typer.Option(help="State file (seen URLs, feed health); default: beside the store.")] = None,
    lexicon_dir: Annotated[Optional[list[Path]], typer.Option("--lexicon-dir", help="Extra lexicon folder. Repeatable.")] = None,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="Log only feed errors.")] = False,
) -> None:
    """Poll RSS/Atom feeds, extract new articles and write them to the store, exactly once each."""
    try:
        import feedparser  # noqa: F401
        import httpx  # noqa: F401
        import trafilatura  # noqa: F401
    except ImportError as exc:
        err.print(f"[red]rasd watch needs the ingest extra: pip install 'rasd[ingest]' ({exc})[/red]")
        raise typer.Exit(2) from exc
    from rasd.build import build_extractor
    from rasd.ingest.fetch import Fetcher
    from rasd.store import open_store
    from rasd.watch.config import load_feeds
    from rasd.watch.poll import Watcher
    from rasd.watch.state import WatchState, default_state_path

    logging.basicConfig(level=logging.WARNING if quiet else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        config = load_feeds(feeds, interval)
        extractor = build_extractor(lexicon_dir or ())
    except RasdError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    from rasd.lexicon.version import lexicon_version

    try:
        store = open_store(db)
    except Exception as exc:  # noqa: BLE001 - a file or connection problem ends the command with its code
        from rasd.store.faults import coded_store_error

        coded = coded_store_error(exc) or RasdError(ErrorCode.STORE_UNAVAILABLE, f"{type(exc).__name__}: {exc}")
        err.print(f"[red]cannot open store: {coded}[/red]")
        raise typer.Exit(2) from exc
    watch_state = WatchState(state or default_state_path(db))
    fetcher = Fetcher(config.policy)
    watcher = Watcher(config.feeds, store, watch_state, extractor, fetcher, lexicon_version(extractor.resources.lexicon), config.max_attempts)

    def stop(signum, _frame) -> None:  # finish the article in hand, then exit
        logging.getLogger("rasd.watch").info("signal %s: stopping after the current article", signum)
        watcher.stop.set()

    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        reports = watcher.run(once=once)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        fetcher.close()

        watch_state.close()
        store.close()
    # a store that cannot be written (full, read-only, down: RASD-E504) left its entries unmarked for
    # the next run; say so through the exit status, as a cron job or a supervisor sees it
    store_failed = [r for r in reports if r.code == ErrorCode.STORE_WRITE_FAILED.value]
    if once and not quiet:
        table = Table("feed", "status", "new", "skipped", "pending", "ok", "errors", "last error", title="feed health")
        for r in reports:
            h = r.health
            status = "ok" if r.ok else f"[red]{r.code}[/red]"
            table.add_row(r.feed, status + (" (304)" if r.not_modified else ""), str(r.new), str(r.skipped),
                          str(r.pending), str(h.ok_count if h else ""), str(h.error_count if h else ""),
                          (f"{h.last_error_code}: {h.last_error}"[:80] if h and h.last_error_code else ""))
        err.print(table)
    for r in store_failed:
        err.print(f"[red]{r.code} feed={r.feed}: {r.message}[/red]")
    if store_failed:
        raise typer.Exit(1)
