from __future__ import annotations

import datetime as dt

import pytest

from rasd.build import build_extractor
from rasd.model.io import ArticleIn
from rasd.model.records import Doc


@pytest.fixture(scope="session")
def extractor():
    return build_extractor()


@pytest.fixture(scope="session")
def run(extractor):
    """Extract one article: run(text, published="2020-01-16", outlet_side=None, debug=True)."""

    def _run(text: str, published: str | None = "2020-01-16", outlet_side: str | None = None, debug: bool = True):
        art = ArticleIn(id="t", text=text, published=published, outlet_side=outlet_side)
        return extractor.extract(art, debug=debug)

    return _run


@pytest.fixture(scope="session")
def stages(extractor):
    """Run the pipeline up to and including one stage; returns the Doc (stage-level tests)."""

    def _stages(text: str, upto: str, published: dt.date | None = dt.date(2020, 1, 16), outlet_side: str | None = None) -> Doc:
        doc = extractor.doc_from(ArticleIn(id="t", text=text, published=published, outlet_side=outlet_side))
        for stage in extractor.pipeline.stages:
            stage(doc)
            if stage.name == upto:
                break
        return doc

    return _stages
