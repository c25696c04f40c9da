from pathlib import Path

import pytest

from frontlines.errors import InputError
from frontlines.geo import index
from frontlines.geo.gazetteer import Gazetteer
from frontlines.geo.importer import import_geonames, read_geonames_rows

SAMPLE = Path(__file__).parent / "fixtures" / "geonames_sample.txt"


def test_reads_real_geonames_rows():
    rows = list(read_geonames_rows(SAMPLE))
    assert len(rows) == 45 and rows[0][:3] == ["2988507", "Paris", "Paris"]
    assert all(len(r) == 19 for r in rows)


def test_import_adds_places_with_alternate_names(tmp_path):
    path = index.build_index(tmp_path / "g.sqlite", [], with_natural_earth=False, reimport=False)
    assert import_geonames(path, SAMPLE) == 45
    gaz = Gazetteer(path)
    busra = gaz.lookup("Bosra")[0].candidate
    assert (busra.geonameid, busra.country_code, busra.feature_code, busra.population) == (171126, "SY", "PPLA3", 1000)
    assert gaz.lookup("Quneitra")[0].candidate.geonameid == 173334


def test_import_rejects_a_file_that_is_not_a_geonames_dump(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("name,lat,lon\nDaraa,32.6,36.1\n", encoding="utf-8")
    with pytest.raises(InputError, match="expected 19"):
        list(read_geonames_rows(bad))


def test_import_of_missing_file_names_it(tmp_path):
    with pytest.raises(InputError, match="nope.zip"):
        list(read_geonames_rows(tmp_path / "nope.zip"))
