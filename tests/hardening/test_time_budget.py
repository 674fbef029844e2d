"""The per-document time budget is enforced inside stages, not only between them (issue 5).

``Pipeline`` sets ``doc.deadline``; the text, mention, quote and event stages call
``rasd.deadline.check_deadline`` in their long loops, so a pathological document ends with a
``RASD-E202`` error record instead of holding a batch worker.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest
from fuzz_support import demo_texts, span_violations  # tests/hardening

from rasd.build import Extractor, build_pipeline
from rasd.deadline import check_deadline, deadline_check
from rasd.errors import ErrorCode, RasdError
from rasd.extract import events as events_module
from rasd.extract import quotes as quotes_module
from rasd.extract.events import EventStage
from rasd.extract.mentions import MentionStage
from rasd.extract.quotes import QuoteStage
from rasd.ingest.readers import parse_record
from rasd.model.io import ArticleIn
from rasd.model.records import Doc
from rasd.pipeline import Pipeline
from rasd.text.stage import TextStage
from rasd.text.tokens import tokenize

TIME_BUDGET = ErrorCode.TIME_BUDGET.value


def _dense(n: int) -> str:
    """``n`` characters of dense Arabic news: the demo articles repeated."""
    text = "\n".join(demo_texts())
    return (text * (n // len(text) + 1))[:n]


def _extractor(base: Extractor, budget_s: float) -> Extractor:
    return Extractor(base.resources, base.gazetteer, build_pipeline(base.resources, base.gazetteer, budget_s))


class Spin:
    """A stage with an endless loop that checks the deadline, as the real stages do per sentence."""

    name = "spin"
    requires = ("text",)
    assigns = ()

    def __call__(self, doc: Doc) -> None:
        while True:
            check_deadline(doc)


def test_check_deadline_is_a_no_op_without_a_pipeline():
    doc = Doc(id="d", text="x")
    check_deadline(doc)
    assert deadline_check(doc) is None


def test_check_deadline_raises_once_the_deadline_has_passed():
    doc = Doc(id="d", text="x", deadline=time.perf_counter() - 1)
    with pytest.raises(RasdError) as info:
        check_deadline(doc)
    assert info.value.code is ErrorCode.TIME_BUDGET


def test_pipeline_interrupts_a_looping_stage_and_clears_the_deadline():
    began = time.perf_counter()
    doc = Pipeline([Spin()], time_budget_s=0.05)(Doc(id="d", text="x"))
    assert time.perf_counter() - began < 2
    assert [(e.code, e.stage) for e in doc.errors] == [(TIME_BUDGET, "spin")]
    assert "0.05s budget in stage 'spin'" in doc.errors[0].message
    assert doc.deadline is None


def test_tokenize_checks_every_few_thousand_tokens():
    calls = []
    tokens = tokenize("كلمة " * 10_000, check=lambda: calls.append(1))
    assert len(tokens) == 10_000 and len(calls) == 3  # tokens 0, 4096, 8192


@pytest.mark.parametrize("stage_index", [0, 1, 2, 5], ids=["text", "mentions", "quotes", "events"])
def test_each_long_stage_checks_the_deadline(rasd_extractor, stage_index):
    stages = rasd_extractor.pipeline.stages
    assert isinstance(stages[stage_index], (TextStage, MentionStage, QuoteStage, EventStage))
    doc = rasd_extractor.doc_from(ArticleIn(id="d", text=_dense(20_000), published=dt.date(2020, 5, 21)))
    for stage in stages[:stage_index]:
        stage(doc)
    doc.deadline = time.perf_counter() - 1  # already past: the stage's first check must stop it
    with pytest.raises(RasdError) as info:
        stages[stage_index](doc)
    assert info.value.code is ErrorCode.TIME_BUDGET


def test_dense_200k_document_with_a_tiny_budget_gives_e202_not_a_hang(rasd_extractor):
    text = _dense(200_000)
    extractor = _extractor(rasd_extractor, 0.05)
    began = time.perf_counter()
    record = extractor.extract(ArticleIn(id="dense", text=text, published=dt.date(2020, 5, 21)), debug=True)
    elapsed = time.perf_counter() - began
    assert [e.code for e in record.errors] == [TIME_BUDGET]
    assert elapsed < 3, f"budget 0.05 s, took {elapsed:.2f} s"  # unbounded, this is ~4 s of work
    assert span_violations(text, record) == []  # whatever was found before the stop is still sound
    record.model_dump_json()


@pytest.mark.parametrize("module, stage_index", [(quotes_module, 2), (events_module, 5)], ids=["quotes", "events"])
def test_sentence_loops_check_once_per_sentence(rasd_extractor, monkeypatch, module, stage_index):
    """A budget spent at sentence 20 stops the stage there, not at its end."""
    stages = rasd_extractor.pipeline.stages
    doc = rasd_extractor.doc_from(ArticleIn(id="d", text=_dense(50_000), published=dt.date(2020, 5, 21)))
    for stage in stages[:stage_index]:
        stage(doc)
    assert len(doc.sentences) > 40
    calls: list[int] = []

    def running_out(d: Doc) -> None:
        calls.append(1)
        if len(calls) == 20:
            raise RasdError(ErrorCode.TIME_BUDGET, "spent")

    monkeypatch.setattr(module, "check_deadline", running_out)
    with pytest.raises(RasdError):
        stages[stage_index](doc)
    assert len(calls) == 20


def test_one_million_characters_of_one_letter_finish_within_seconds(rasd_extractor):
    item = parse_record({"id": "one", "text": "ب" * 1_000_000}, "big.jsonl:1")
    assert isinstance(item, ArticleIn)  # at the limit: accepted
    began = time.perf_counter()
    record = rasd_extractor.extract(item)
    elapsed = time.perf_counter() - began
    codes = {e.code for e in record.errors} - {ErrorCode.NO_PUBLICATION_DATE.value}
    assert codes <= {TIME_BUDGET}
    assert elapsed < 5, f"took {elapsed:.2f} s"
    too_big = parse_record({"id": "one", "text": "ب" * 1_000_001}, "big.jsonl:2")
    assert too_big.code is ErrorCode.TOO_LARGE


def test_a_ligature_bomb_is_stopped_by_the_budget(rasd_extractor):
    """«ﷺ» normalises to four words: 100k of them are 1.8M characters and 300k tokens."""
    extractor = _extractor(rasd_extractor, 0.2)
    began = time.perf_counter()
    record = extractor.extract(ArticleIn(id="lig", text="ﷺ" * 100_000))
    elapsed = time.perf_counter() - began
    assert TIME_BUDGET in {e.code for e in record.errors}
    assert elapsed < 4, f"budget 0.2 s, took {elapsed:.2f} s"
