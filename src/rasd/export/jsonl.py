"""JSON Lines writer: one document record per line, UTF-8, Arabic kept literal."""

from __future__ import annotations

from typing import TextIO

from rasd.model.io import DocumentOut


def write_document(handle: TextIO, record: DocumentOut) -> None:
    handle.write(record.model_dump_json(exclude_none=False) + "\n")
