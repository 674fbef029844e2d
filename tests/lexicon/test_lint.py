"""Lexicon lint: the shipped data is clean, and the linter catches each kind of mistake."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from rasd.errors import RasdError
from rasd.lexicon.lint import lint_lexicon
from rasd.lexicon.loader import load_lexicon, read_lexicon_file

META = """meta:
  kind: {kind}
  source: test
  licence: Apache-2.0
  date: "2026-11-22"
entries:
"""


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_shipped_lexicons_lint_clean(lexicon):
    problems = lint_lexicon(lexicon)
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.parametrize(
    "kind, minimum",
    [("sides", 12), ("actors", 150), ("places", 600), ("triggers", 60), ("reporting_verbs", 25),
     ("framing", 20), ("cues", 8), ("demonyms", 5)],
)
def test_lexicons_cover_the_region(lexicon, kind, minimum):
    table = getattr(lexicon, kind)
    assert len(table) >= minimum


@pytest.mark.parametrize("country", ["LY", "SY", "YE", "IQ", "SD"])
def test_every_theatre_has_towns_and_actors(lexicon, country):
    towns = [p for p in lexicon.places.values() if p.country == country and p.type not in ("country", "sea")]
    actors = [a for a in lexicon.actors.values() if a.country == country]
    assert len(towns) >= 80
    assert len(actors) >= 10


def test_all_acled_subtypes_have_triggers(lexicon):
    from rasd.model.taxonomy import SUB_TO_TYPE, TERRITORY_CHANGE

    covered = {t.sub_event_type for t in lexicon.triggers if t.family == "violent"}
    territory = {"Government regains territory", "Non-state actor overtakes territory"}
    missing = set(SUB_TO_TYPE) - covered - (territory if TERRITORY_CHANGE in covered else set())
    assert not missing, missing


def test_every_file_has_a_meta_block(lexicon):
    for f in lexicon.files:
        assert f.meta.source and f.meta.licence and f.meta.date


def _write(tmp_path: Path, kind: str, body: str) -> Path:
    p = tmp_path / f"{kind}_test.yaml"
    p.write_text(META.format(kind=kind) + textwrap.indent(textwrap.dedent(body), "  "), encoding="utf-8")
    return p


def _lint_with(tmp_path: Path, kind: str, body: str) -> list[str]:
    _write(tmp_path, kind, body)
    return [str(p) for p in lint_lexicon(load_lexicon(extra_dirs=[tmp_path]))]


@pytest.mark.parametrize(
    "body, expected",
    [
        ('- {id: t_x, reason: negated, forms: ["والغارة"]}\n', "diacritics|clitic"),
        ('- {id: t_y, reason: negated, forms: ["قصفَ"]}\n', "diacritics"),
        ('- {id: t_z, reason: negated, forms: ["إعلان", "اعلان"]}\n', "repeats"),
        ('- {id: t_w, reason: negated, forms: ["هدنة", "الهدنة"]}\n', "repeats"),
    ],
)
def test_linter_catches_bad_forms(tmp_path, body, expected):
    import re

    if "والغارة" in body:  # a clitic-prefixed copy needs the bare form present too
        body += '- {id: t_x2, reason: negated, forms: ["غارة"]}\n'
    problems = _lint_with(tmp_path, "cues", body)
    assert any(re.search(expected, p) for p in problems), problems


def test_linter_flags_unmarked_shared_actor_alias(tmp_path):
    body = """\
    - id: TEST_A
      label: A
      name_en: A
      type: armed_group
      side: LNA
      aliases: [{ar: "الجيش الوطني الليبي"}]
    """
    problems = _lint_with(tmp_path, "actors", body)
    assert any("shared" in p for p in problems), problems


def test_linter_flags_unknown_side(tmp_path):
    body = """\
    - id: TEST_B
      label: B
      name_en: B
      type: armed_group
      side: NO_SUCH_SIDE
      aliases: [{ar: "كتيبة الاختبار الفريدة"}]
    """
    problems = _lint_with(tmp_path, "actors", body)
    assert any("NO_SUCH_SIDE" in p for p in problems), problems


@pytest.mark.parametrize(
    "body",
    [
        '- {id: x, reason: negated, forms: ["لم"], colour: red}\n',  # unknown key
        '- {id: "bad id", reason: negated, forms: ["لم"]}\n',  # non-ASCII-slug id
        '- {id: x, reason: negated, forms: []}\n',  # empty forms
    ],
)
def test_schema_rejects_malformed_entries(tmp_path, body):
    p = _write(tmp_path, "cues", body)
    with pytest.raises(RasdError) as err:
        read_lexicon_file(p)
    assert err.value.code.value.startswith("RASD-E")
