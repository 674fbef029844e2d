import pytest

from rasd.errors import ErrorCode, RasdError
from rasd.model.records import Doc
from rasd.pipeline import Pipeline


class Upper:
    name = "upper"
    requires = ("text",)
    assigns = ("country",)

    def __call__(self, doc):
        doc.country = doc.text.upper()


class NeedsTokens:
    name = "needs_tokens"
    requires = ("tokens",)
    assigns = ()

    def __call__(self, doc):
        pass


class Boom:
    name = "boom"
    requires = ()
    assigns = ()

    def __call__(self, doc):
        raise ValueError("bad")


def test_order_is_checked_at_construction():
    with pytest.raises(RasdError) as info:
        Pipeline([NeedsTokens()])
    assert info.value.code is ErrorCode.PIPELINE_ORDER


def test_stage_error_is_recorded_not_raised():
    doc = Pipeline([Upper(), Boom()])(Doc(id="d", text="abc"))
    assert doc.country == "ABC"
    assert [e.code for e in doc.errors] == [ErrorCode.STAGE_FAILED.value]
    assert doc.errors[0].stage == "boom"


def test_pipe_processes_every_document():
    docs = list(Pipeline([Upper()]).pipe(Doc(id=str(i), text="x") for i in range(3)))
    assert [d.country for d in docs] == ["X", "X", "X"]
