from pathlib import Path

import pytest
import yaml

from rasd.errors import RasdError
from rasd.geo.geonames import import_geonames
from rasd.lexicon.loader import read_lexicon_file
from rasd.lexicon.resources import build_resources
from rasd.text.normalize import normalize_text
from rasd.text.tokens import tokenize

FIX = Path(__file__).parent.parent / "fixtures" / "geonames"


@pytest.fixture
def imported(tmp_path):
    written = import_geonames(
        FIX / "cities_sample.txt",
        tmp_path,
        alternate_names=FIX / "alternate_names_sample.txt",
        admin1_codes=FIX / "admin1_sample.txt",
        countries=["LY", "SY"],
        min_population=100,
    )
    return tmp_path, written


def test_import_writes_valid_places_files(imported):
    folder, written = imported
    assert written == {"LY": 3, "SY": 1}
    ly = read_lexicon_file(folder / "places_geonames_ly.yaml", tier="imported")
    assert ly.meta.kind == "places" and "GeoNames" in ly.meta.licence
    by_id = {e.id: e for e in ly.entries}
    assert by_id["gn_9000001"].ar == ["قصر خيار"]  # diacritic variant deduplicated
    assert by_id["gn_9000002"].admin1 == "Al Murqub"
    assert by_id["gn_9000004"].type == "base"
    assert "gn_9000003" not in by_id  # below min population
    assert "gn_9000005" not in by_id  # hotels are not kept


def test_historic_names_are_skipped(imported):
    folder, _ = imported
    sy = yaml.safe_load((folder / "places_geonames_sy.yaml").read_text(encoding="utf-8"))
    assert sy["entries"][0]["ar"] == ["سراقب التجريبية"]


def test_imported_folder_extends_the_gazetteer(imported):
    folder, _ = imported
    res = build_resources([folder])
    tokens = tokenize(normalize_text("وصلت التعزيزات إلى وادي كعام").text)
    found = res.places.match(tokens)
    assert [m.payload for m in found] == ["gn_9000002"]
    assert "gn_9000002" in res.lexicon.imported_places


def test_bad_file_gives_a_coded_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("only\tthree\tcolumns\n", encoding="utf-8")
    with pytest.raises(RasdError) as info:
        import_geonames(bad, tmp_path / "out")
    assert info.value.code.value == "RASD-E303"
