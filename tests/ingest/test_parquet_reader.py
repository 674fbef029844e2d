"""Parquet inputs for ``rasd extract``: the JSONL fields as columns, one record per row."""

import datetime as dt

import pyarrow as pa
import pyarrow.parquet as pq

from rasd.errors import ErrorCode
from rasd.ingest.readers import InputProblem, iter_inputs
from rasd.model.io import ArticleIn

ARABIC = "قصفت الطائرات مواقع في المدينة صباح اليوم."


def test_rows_become_articles_or_coded_problems(tmp_path):
    path = tmp_path / "shard.parquet"
    pq.write_table(pa.Table.from_pylist([
        {"id": 1, "text": ARABIC, "published": dt.datetime(2020, 5, 21, 23, 30), "outlet": "وكالة"},
        {"id": None, "text": ARABIC, "published": None, "outlet": None},
        {"id": 3, "text": "English only, nothing else.", "published": None, "outlet": None},
    ]), path, row_group_size=1)
    first, second, third = iter_inputs([path])
    assert isinstance(first, ArticleIn) and (first.id, first.published) == ("1", dt.date(2020, 5, 21))
    assert isinstance(second, InputProblem) and second.code is ErrorCode.BAD_FIELD and second.source.endswith(":2")
    assert third.code is ErrorCode.NOT_ARABIC


def test_a_file_that_is_not_parquet(tmp_path):
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 but not really")
    [item] = iter_inputs([path])
    assert item.code is ErrorCode.UNREADABLE_FILE and "not a readable Parquet file" in item.message
