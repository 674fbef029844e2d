"""Assemble the standard pipeline from injected resources (nothing is loaded at import time)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import ErrorCode
from rasd.extract.actors import ActorResolutionStage
from rasd.extract.events import EventStage
from rasd.extract.framing import FramingStage
from rasd.extract.mentions import MentionStage
from rasd.extract.output import to_output
from rasd.extract.quotes import QuoteStage
from rasd.geo.gazetteer import Gazetteer
from rasd.ingest.readers import InputProblem
from rasd.lexicon.resources import Resources, build_resources
from rasd.model.io import ArticleIn, DocumentOut, ErrorOut
from rasd.model.records import Doc, DocError
from rasd.pipeline import Pipeline
from rasd.text.stage import TextStage


@dataclass(frozen=True)
class Extractor:
    """A pipeline with its resources: article in, output record out. Shared by CLI, batch and Dask."""

    resources: Resources
    gazetteer: Gazetteer
    pipeline: Pipeline

    def doc_from(self, article: ArticleIn) -> Doc:
        doc = Doc(
            id=article.id,
            text=article.text,
            published=article.published,
            outlet=article.outlet,
            outlet_side=article.outlet_side,
            url=article.url,
            country_hint=article.country,
        )
        if article.published is None:
            doc.errors.append(
                DocError(
                    ErrorCode.NO_PUBLICATION_DATE.value,
                    "no publication date: relative dates («أمس», «الأربعاء») are left unresolved "
                    "and events without an absolute date get time_precision 3",
                )
            )
        return doc

    def extract(self, article: ArticleIn, debug: bool = False) -> DocumentOut:
        doc = self.pipeline(self.doc_from(article))
        return to_output(self.resources, self.gazetteer, doc, debug)

    @staticmethod
    def problem_record(problem: InputProblem) -> DocumentOut:
        """The error record written for an input that could not be read."""
        return DocumentOut(
            doc_id=problem.doc_id or problem.source,
            errors=[ErrorOut(code=problem.code.value, message=problem.message, stage="ingest")],
            source=problem.source,
        )


def build_pipeline(resources: Resources, gazetteer: Gazetteer, time_budget_s: float = 10.0) -> Pipeline:
    return Pipeline(
        [
            TextStage(),
            MentionStage(resources, gazetteer),
            QuoteStage(resources),
            FramingStage(resources),
            ActorResolutionStage(resources),
            EventStage(resources, gazetteer),
        ],
        time_budget_s=time_budget_s,
    )


def build_extractor(extra_dirs: Sequence[Path] = (), time_budget_s: float = 10.0) -> Extractor:
    """Load lexicons (curated + imported folders), compile them and build the pipeline."""
    resources = build_resources(extra_dirs)
    gazetteer = Gazetteer(resources.lexicon.places, resources.lexicon.imported_places)
    return Extractor(resources, gazetteer, build_pipeline(resources, gazetteer, time_budget_s))
