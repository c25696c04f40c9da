"""UK admin1 is England/Scotland/Wales/Northern Ireland (as ACLED codes it), not Natural Earth's
counties; DC is exported as "District of Columbia", not "Washington"."""

from pathlib import Path

import pytest

from frontlines.geo import index, sources
from frontlines.geo.admin_names import acled_admin1
from frontlines.geo.gazetteer import Gazetteer
from frontlines.geo.places import Place
from tests.geo.conftest import needs_natural_earth

# (name, lat, lon) of GeoNames cities500 rows (CC BY 4.0), and the nation ACLED codes as admin1
UK_CITIES = [
    ("Manchester", 53.48095, -2.23743, "England"),
    ("Glasgow", 55.86515, -4.25763, "Scotland"),
    ("Cardiff", 51.48, -3.18, "Wales"),
    ("Belfast", 54.59682, -5.92541, "Northern Ireland"),
]


@needs_natural_earth
def test_uk_shapes_merge_into_the_four_nations():
    regions = sources.read_admin1({"GB"})
    assert sorted((r.code, r.name) for r in regions) == [
        ("ENG", "England"), ("NIR", "Northern Ireland"), ("SCT", "Scotland"), ("WLS", "Wales"),
    ]
    assert all(r.geonameid is None and r.parts for r in regions)


@needs_natural_earth
@pytest.mark.parametrize(("name", "lat", "lon", "nation"), UK_CITIES)
def test_uk_city_falls_in_its_nation(name, lat, lon, nation):
    regions = sources.read_admin1({"GB"})
    assert sources.find_admin1(regions, "GB", lat, lon).name == nation


def test_dc_is_exported_as_district_of_columbia_and_the_state_stays_washington():
    assert [acled_admin1("US", code, "Washington") for code in ("DC", "WA", "")] == [
        "District of Columbia", "Washington", "Washington",
    ]


@pytest.fixture(scope="module")
def uk_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """GB shapes, the supplement's four nations, the UK cities above without admin1 codes
    (so the shapes place them) and Manchester county, which used to outrank the city."""
    path: Path = tmp_path_factory.mktemp("uk") / "gazetteer-uk.sqlite"
    regions = sources.read_admin1({"GB"})
    nations = [p for p in sources.read_supplement(sources.DATA_DIR / "supplement.csv") if p.country_code == "GB"]
    cities = [
        Place(id=9_000_000 + i, name=name, latitude=lat, longitude=lon, country_code="GB", population=500_000)
        for i, (name, lat, lon, _) in enumerate(UK_CITIES)
    ]
    counties = [p for p in index._default_places({}, regions, cities=False) if p.feature_code == "ADM2"]
    index.build_index(path, [*nations, *cities, *counties], reimport=False, only_countries={"GB"})
    return Gazetteer(path)


@needs_natural_earth
@pytest.mark.parametrize(("name", "nation"), [(c[0], c[3]) for c in UK_CITIES])
def test_uk_city_location_has_its_nation_as_admin1(uk_gazetteer, name, nation):
    best = max(uk_gazetteer.lookup(name), key=lambda m: (m.candidate.feature_class == "P", m.candidate.population))
    loc = uk_gazetteer.to_location(best)
    assert (loc.location, loc.admin1, loc.country) == (name, nation, "United Kingdom")


@needs_natural_earth
def test_county_is_an_admin2_of_its_nation(uk_gazetteer):
    kent = [m for m in uk_gazetteer.lookup("Kent") if m.candidate.feature_code == "ADM2"]
    assert [(m.candidate.name, uk_gazetteer.to_location(m).admin1) for m in kent] == [("Kent", "England")]


@needs_natural_earth
def test_nation_place_carries_its_code(uk_gazetteer):
    england = [m for m in uk_gazetteer.lookup("England") if m.candidate.feature_code == "ADM1"]
    assert [(m.admin1_code, uk_gazetteer.to_location(m).admin1) for m in england] == [("ENG", "England")]
