"""Where Natural Earth's shapes are a level below ACLED's admin1 (Burkina Faso provinces, Sri Lankan
districts, Belgian provinces) they merge into ACLED's regions, keyed by the
GeoNames code cities500 carries; the province a town lies in becomes its admin2. Coordinates and
codes are real GeoNames cities500 rows (CC BY 4.0)."""

import pytest

from frontlines.geo import index, sources
from frontlines.geo.gazetteer import Gazetteer
from frontlines.geo.places import Place
from tests.geo.conftest import needs_natural_earth


@needs_natural_earth
@pytest.mark.parametrize(("country", "count", "some"), [
    ("BF", 13, ("12", "Sahel")),
    ("LK", 9, ("38", "Northern")),
    ("BE", 3, ("VLG", "Flanders")),
])
def test_province_shapes_merge_into_acled_regions(country, count, some):
    regions = sources.read_admin1({country})
    assert (len(regions), some in [(r.code, r.name) for r in regions]) == (count, True)


@needs_natural_earth
def test_brussels_stays_its_own_region_and_flanders_keeps_five_provinces():
    regions = {r.code: r for r in sources.read_admin1({"BE"})}
    assert (sorted(regions), regions["BRU"].parts, len(regions["VLG"].parts)) == (["BRU", "VLG", "WAL"], [], 5)


@pytest.fixture(scope="module")
def provinces(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    places = [
        Place(2361177, "Djibo", 14.09864, -1.62665, "BF", population=61462, admin1_code="12", source="test"),
        Place(1242110, "Jaffna", 9.66845, 80.00742, "LK", population=169102, admin1_code="38", source="test"),
        Place(2803138, "Antwerpen", 51.22047, 4.40026, "BE", population=459805, admin1_code="VLG", source="test"),
        # a supplement-style row without a code: the region shape places it, then the province
        Place(-7, "Test Camp", 14.1, -1.6, "BF", source="test"),
    ]
    countries = {"BF", "LK", "BE"}
    provinces = [p for p in index._default_places({}, sources.read_admin1(countries), cities=False) if p.feature_code in ("ADM1", "ADM2")]
    path = tmp_path_factory.mktemp("provinces") / "provinces.sqlite"
    return Gazetteer(index.build_index(path, [*places, *provinces], only_countries=countries, reimport=False))


@needs_natural_earth
@pytest.mark.parametrize(("name", "admin1", "admin2"), [
    ("Djibo", "Sahel", "Soum"),
    ("Jaffna", "Northern", "Jaffna"),
    ("Antwerpen", "Flanders", "Antwerp"),
    ("Test Camp", "Sahel", "Soum"),
])
def test_town_gets_region_as_admin1_and_province_as_admin2(provinces, name, admin1, admin2):
    loc = provinces.to_location(provinces.lookup(name)[0])
    assert (loc.admin1, loc.admin2) == (admin1, admin2)


@needs_natural_earth
def test_province_is_an_admin2_place_of_its_region(provinces):
    soum = [m for m in provinces.lookup("Soum") if m.candidate.feature_code == "ADM2"]
    assert [(m.admin1_code, provinces.to_location(m).admin1, provinces.to_location(m).admin2) for m in soum] == [
        ("12", "Sahel", "Soum"),
    ]


@needs_natural_earth
@pytest.mark.parametrize(("query", "place", "admin1"), [
    ("Hauts-Bassins", "Hauts-Bassins", "Hauts-Bassins"),
    ("Sahel Region", "Sahel Region", "Sahel"),
    ("Northern Province", "Northern Province", "Northern"),
    ("Flanders", "Flanders", "Flanders"),
])
def test_merged_region_is_an_adm1_place_found_by_its_names(provinces, query, place, admin1):
    found = [m for m in provinces.lookup(query) if m.candidate.feature_code == "ADM1"]
    assert [(provinces.to_location(m).location, provinces.to_location(m).admin1) for m in found] == [(place, admin1)]


@needs_natural_earth
def test_generic_region_name_alone_is_not_a_place(provinces):
    assert [m.candidate.name for m in provinces.lookup("Est")] == []


@needs_natural_earth
def test_italy_keeps_its_provinces_until_adm2_ranks():
    assert len(sources.read_admin1({"IT"})) == 110
