"""Countries where GeoNames and Natural Earth number admin1 regions differently: GeoNames codes
Marawi City 14 (BARMM, a region), Natural Earth's shape 14 is Cagayan (a province), so the code
named the wrong region; the town's point names the right one (Lanao del Sur)."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.geo import index, sources
from frontlines.geo.admin1_codes import clashing_code_countries
from frontlines.geo.gazetteer import Gazetteer
from frontlines.geo.places import Place
from tests.geo.conftest import needs_natural_earth

# GeoNames cities500 rows (CC BY 4.0): id, name, lat, lon, country, GeoNames admin1 code, population
TOWNS = [
    (1701053, "Marawi City", 8.0034, 124.28395, "PH", "14", 259993),
    (1706781, "Lianga", 8.63361, 126.09472, "PH", "13", 13623),
]


@pytest.fixture(scope="module")
def philippine_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    path: Path = tmp_path_factory.mktemp("clashes") / "gazetteer-clashes.sqlite"
    towns = [
        Place(id=gid, name=name, latitude=lat, longitude=lon, country_code=cc, admin1_code=code,
              population=pop, source="geonames-cities500")
        for gid, name, lat, lon, cc, code, pop in TOWNS
    ]
    index.build_index(path, towns, reimport=False, only_countries={"PH"})
    return Gazetteer(path)


def test_table_lists_the_clashing_countries():
    assert sorted(clashing_code_countries()) == ["FR", "PH", "VN"]


@needs_natural_earth
def test_clashing_codes_are_codes_natural_earth_also_uses():
    shaped = {(r.country_code, r.code) for r in sources.read_admin1({"PH"}) if r.code}
    assert {("PH", "14"), ("PH", "13")} <= shaped  # else the code would be ignored anyway


@needs_natural_earth
def test_towns_take_the_province_their_point_lies_in(philippine_gazetteer: Gazetteer):
    gaz = philippine_gazetteer
    found = [(m.candidate.name, gaz.to_location(m).admin1) for name in ("Marawi City", "Lianga") for m in gaz.lookup(name)]
    assert found == [("Marawi City", "Lanao del Sur"), ("Lianga", "Surigao del Sur")]
