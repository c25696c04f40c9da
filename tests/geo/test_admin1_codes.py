"""Regions newer than Natural Earth's shapes: a town GeoNames codes in Ituri (DR Congo, 2015) or in
Kisumu county (Kenya, 2013) is exported in that region, not in the old province its point falls in,
and the new region is itself a place ("Ituri province")."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.geo import index, sources
from frontlines.geo.admin1_codes import admin1_code_places, read_admin1_codes
from frontlines.geo.gazetteer import Gazetteer
from frontlines.geo.places import Place
from frontlines.model import GeoPrecision
from tests.geo.conftest import needs_natural_earth

# GeoNames cities500 rows (CC BY 4.0): id, name, lat, lon, country, GeoNames admin1 code, population
TOWNS = [
    (217100, "Djugu", 1.91932, 30.50257, "CD", "17", 41409),
    (216281, "Goma", -1.67409, 29.22845, "CD", "11", 432587),
    (191245, "Kisumu", -0.10221, 34.76171, "KE", "26", 397957),
]


@pytest.fixture(scope="module")
def reform_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """DR Congo and Kenya shapes, the three towns above and the new regions' own places."""
    path: Path = tmp_path_factory.mktemp("reforms") / "gazetteer-reforms.sqlite"
    towns = [
        Place(id=gid, name=name, latitude=lat, longitude=lon, country_code=cc, admin1_code=code, population=pop)
        for gid, name, lat, lon, cc, code, pop in TOWNS
    ]
    regions = list(admin1_code_places(read_admin1_codes({"CD", "KE"})))
    index.build_index(path, [*towns, *regions], reimport=False, only_countries={"CD", "KE"})
    return Gazetteer(path)


def test_table_names_each_code_once():
    codes = read_admin1_codes()
    keys = [(c.country_code, c.code) for c in codes]
    assert len(keys) == len(set(keys))
    assert {(c.country_code, c.code, c.name) for c in codes} >= {("CD", "17", "Ituri"), ("KE", "26", "Kisumu")}


@needs_natural_earth
def test_table_never_renames_a_code_natural_earth_carries():
    shaped = {(r.country_code, r.code) for r in sources.read_admin1({c.country_code for c in read_admin1_codes()})}
    assert [(c.country_code, c.code) for c in read_admin1_codes() if (c.country_code, c.code) in shaped] == []


@needs_natural_earth
def test_towns_take_their_current_region(reform_gazetteer: Gazetteer):
    gaz = reform_gazetteer
    found = [(m.candidate.name, gaz.to_location(m).admin1) for name in ("Djugu", "Goma", "Kisumu") for m in gaz.lookup(name)]
    assert found == [("Djugu", "Ituri"), ("Goma", "Nord-Kivu"), ("Kisumu", "Kisumu")]


@needs_natural_earth
def test_new_province_is_a_region_place(reform_gazetteer: Gazetteer):
    gaz = reform_gazetteer
    ituri = [m for m in gaz.lookup("Ituri") if m.candidate.country_code == "CD"]
    assert [(m.candidate.feature_code, gaz.to_location(m).admin1, gaz.to_location(m).geo_precision) for m in ituri] == [
        ("ADM1", "Ituri", GeoPrecision.REGION)
    ]


def test_kenyan_county_is_found_only_with_its_designator():
    names = {p.name: p.alternate_names for p in admin1_code_places(read_admin1_codes({"KE"}))}
    assert ("Turkana County" in names, "Turkana" in names, names["Turkana County"]) == (True, False, [])
