"""The summary table printed after a demo run."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from rasd.batch.local import RunSummary
from rasd.model.io import DocumentOut


def print_summary(records: list[DocumentOut], summary: RunSummary, limit: int = 60) -> None:
    console = Console()
    table = Table(title="rasd: events extracted", show_lines=False)
    for col in ("doc", "date", "type", "actor1", "actor2", "location", "deaths", "claimed by"):
        table.add_column(col, overflow="fold")
    shown = 0
    for r in records:
        for e in r.events:
            if shown >= limit:
                break
            kind = e.sub_event_type or e.plover_type or ""
            table.add_row(r.doc_id, str(e.date or ""), kind, e.actor1 or "", e.actor2 or "",
                          e.location or "", "" if e.fatalities is None else str(e.fatalities), e.claimed_by or "")
            shown += 1
    console.print(table)
    if summary.events > shown:
        console.print(f"... {summary.events - shown} more events in the output files")
    console.print(
        f"documents: {summary.documents} (errors: {summary.failed}) · events: {summary.events} · "
        f"quotes: {summary.quotes} · stances: {dict(summary.stances)}"
    )
    top = ", ".join(f"{k}: {v}" for k, v in summary.event_types.most_common(8))
    console.print(f"event types: {top}")
