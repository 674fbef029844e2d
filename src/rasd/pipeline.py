"""The pipeline: a list of small stages over one :class:`~rasd.model.records.Doc`.

After spaCy's ``Language``: each stage declares what it ``requires`` and ``assigns``; the order is
checked when the pipeline is built, and ``__call__`` is a short loop with a per-stage error handler
so one bad document never stops a batch. ``rasd extract``, the batch runner and the Dask runner all
call :meth:`Pipeline.pipe` on the same object.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

from rasd.errors import ErrorCode, RasdError
from rasd.model.records import Doc, DocError

INPUT_FIELDS = frozenset({"id", "text", "published", "outlet", "outlet_side", "url", "country_hint"})


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Doc) -> None: ...


class Pipeline:
    """Runs stages in order; checks at construction that every requirement is assigned earlier."""

    def __init__(self, stages: Sequence[Stage], time_budget_s: float = 10.0) -> None:
        available = set(INPUT_FIELDS)
        for stage in stages:
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise RasdError(
                    ErrorCode.PIPELINE_ORDER,
                    f"stage '{stage.name}' requires {missing}, which no earlier stage assigns",
                )
            available.update(stage.assigns)
        self.stages = tuple(stages)
        self.time_budget_s = time_budget_s

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def __call__(self, doc: Doc) -> Doc:
        # the budget is checked between stages here, and inside stages' loops by
        # rasd.deadline.check_deadline (per sentence), which raises RasdError(TIME_BUDGET)
        doc.deadline = time.perf_counter() + self.time_budget_s
        try:
            for stage in self.stages:
                try:
                    stage(doc)
                except RasdError as exc:
                    message = exc.message
                    if exc.code is ErrorCode.TIME_BUDGET:
                        message = f"document exceeded its {self.time_budget_s:g}s budget in stage '{stage.name}'"
                    doc.errors.append(DocError(exc.code.value, message, stage.name))
                    break
                except Exception as exc:  # a bug must not stop a batch: record it on the document
                    doc.errors.append(
                        DocError(ErrorCode.STAGE_FAILED.value, f"{type(exc).__name__}: {exc}", stage.name)
                    )
                    break
                if time.perf_counter() > doc.deadline:
                    doc.errors.append(
                        DocError(
                            ErrorCode.TIME_BUDGET.value,
                            f"document exceeded its {self.time_budget_s:g}s budget after stage '{stage.name}'",
                            stage.name,
                        )
                    )
                    break
        finally:
            doc.deadline = None  # the budget covers this run only
        return doc

    def pipe(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
