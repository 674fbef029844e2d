"""The CLI: every command has help; `rasd extract` survives bad documents and writes the eval format."""

from __future__ import annotations

import csv
import json

import click
import pytest
from typer.main import get_command
from typer.testing import CliRunner

from rasd.cli.app import app

runner = CliRunner()
ARTICLE = (
    "طرابلس - قتل ثلاثة مدنيين وأصيب خمسة آخرون أمس الأربعاء في قصف بقذائف الهاون استهدف حي أبو سليم "
    "جنوب العاصمة الليبية طرابلس، بحسب ما أفاد به مسؤول في وزارة الصحة."
)


def _all_commands(cmd: click.Command, path: tuple[str, ...] = ()):
    yield path, cmd
    subs = getattr(cmd, "commands", None)  # Typer's group is not always a click.Group subclass
    if subs:
        for name, sub in subs.items():
            yield from _all_commands(sub, path + (name,))


COMMANDS = [p for p, _ in _all_commands(get_command(app))]


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "rasd")
def test_every_command_has_help(path):
    cmd = get_command(app)
    for name in path:
        cmd = cmd.commands[name]
    assert len(COMMANDS) > 10  # the walk really reached the sub-commands
    assert (cmd.help or "").strip(), f"rasd {' '.join(path)} has no help text"
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_extract_mixed_batch_keeps_going(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "good", "text": ARTICLE, "published": "2020-01-16", "outlet": "test"}, ensure_ascii=False),
        "{broken json",
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "english", "text": "Nothing Arabic in this line at all, only English words."}),
        json.dumps({"id": "nodate", "text": ARTICLE}, ensure_ascii=False),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\xff\xfe" * 100)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9 ".encode("latin-1") * 10)
    out = tmp_path / "out.jsonl"
    table = tmp_path / "out.csv"
    result = runner.invoke(app, ["extract", str(src), str(binary), str(latin), "-o", str(out), "--csv", str(table), "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 7  # one record per input document, bad ones included
    by_id = {r["doc_id"]: r for r in records}
    good = by_id["good"]
    assert not good["errors"]
    assert good["events"], "the mortar attack should be coded"
    ev = good["events"][0]
    assert ARTICLE[ev["evidence_start"]:ev["evidence_end"]] == ev["evidence"]
    assert ev["event_type"] == "Explosions/Remote violence"
    assert ev["fatalities"] == 3
    codes = sorted(e["code"] for r in records for e in r["errors"])
    assert "RASD-E101" in codes and "RASD-E104" in codes and "RASD-E106" in codes
    assert "RASD-E102" in codes or "RASD-E103" in codes
    assert any(e["code"] == "RASD-W204" for e in by_id["nodate"]["errors"])
    with table.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {"event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
                     "assoc_actor_1", "actor2", "country", "admin1", "location", "latitude", "longitude",
                     "geo_precision", "source", "notes", "fatalities"} <= set(rows[0])


def test_extract_text_file_with_published_option(tmp_path):
    src = tmp_path / "article.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "--published", "2020-01-16", "-q", "--debug"])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["events"][0]["date"] == "2020-01-15"  # «أمس الأربعاء» against a Thursday
    assert record["skipped"] is not None


def test_extract_rejects_bad_date_option(tmp_path):
    src = tmp_path / "article.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "-o", str(tmp_path / "o.jsonl"), "--published", "16/01/2020"])
    assert result.exit_code != 0
    assert "YYYY-MM-DD" in result.output


def test_demo_writes_outputs(tmp_path):
    result = runner.invoke(app, ["demo", "--out", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 12
    assert sum(len(r["events"]) for r in records) >= 100
    assert (tmp_path / "events.csv").stat().st_size > 0
