"""The per-article ACLED CSV: hostile evidence text never becomes a spreadsheet formula."""

import csv
import io

import pytest

from rasd.export.acled import AcledCsvWriter
from rasd.model.io import DocumentOut, EventOut


@pytest.mark.parametrize("notes", ["=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)"])
def test_formula_like_cells_are_quoted(notes):
    doc = DocumentOut(doc_id="d", events=[EventOut(id="d-e1", family="violent", evidence=notes,
                                                   evidence_start=0, evidence_end=len(notes))])
    out = io.StringIO()
    assert AcledCsvWriter(out).write(doc) == 1
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["notes"] == "'" + notes
    assert row["evidence_start"] == "0"  # numbers are untouched
