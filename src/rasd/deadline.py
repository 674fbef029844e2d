"""A document's time budget, checked cooperatively inside long loops.

:class:`rasd.pipeline.Pipeline` sets ``doc.deadline`` (a :func:`time.perf_counter` value) before the
first stage. Stages call :func:`check_deadline` once per sentence (the text stage also every few
thousand tokens); past the deadline it raises ``RasdError(TIME_BUDGET)``, which the pipeline records
as a ``RASD-E202`` error on the document instead of letting one pathological article hold a batch.
A stage run on its own (no pipeline, ``doc.deadline is None``) is never interrupted.

The check is one clock read: cheap enough for a per-sentence loop, not for a per-character one.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from rasd.errors import ErrorCode, RasdError

if TYPE_CHECKING:
    from rasd.model.records import Doc


def check_deadline(doc: Doc) -> None:
    """Raise ``RasdError(TIME_BUDGET)`` when ``doc``'s deadline has passed; no-op without one."""
    deadline = doc.deadline
    if deadline is not None and time.perf_counter() > deadline:
        raise RasdError(ErrorCode.TIME_BUDGET, "document exceeded its time budget")


def deadline_check(doc: Doc) -> Callable[[], None] | None:
    """A no-argument check for helpers that never see the document (``tokenize``); None without a deadline."""
    if doc.deadline is None:
        return None
    return lambda: check_deadline(doc)
