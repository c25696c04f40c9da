"""Representative points: country_points.csv rows and the archipelago rule for admin1 points."""

from __future__ import annotations

from frontlines.geo import sources
from tests.geo.conftest import needs_natural_earth


def test_country_points_come_from_the_data_file():
    points = sources.country_points()
    assert points["RU"] == (60.0, 100.0)
    assert points["US"] == (39.83333, -98.58333)  # contiguous-states centre, not the Factbook's 38N 97W


def test_read_countries_uses_the_published_point_not_the_polygon_centroid():
    countries = sources.read_countries({"RU"})
    assert (countries["RU"].latitude, countries["RU"].longitude) == (60.0, 100.0)
    assert (countries["CN"].latitude, countries["CN"].longitude) == (0.0, 0.0)  # not asked for


def _square(x: float, y: float, size: float) -> list[tuple[float, float]]:
    return [(x, y), (x + size, y), (x + size, y + size), (x, y + size)]


def test_islands_point_moves_a_label_sitting_on_a_small_island():
    big, small = _square(0.0, 0.0, 3.0), _square(10.0, 0.0, 1.0)  # areas 9 and 1
    lat, lon = sources._islands_point([big, small], 0.5, 10.5)
    assert (round(lat, 6), round(lon, 6)) == (1.4, 2.4)  # (9*1.5 + 1*0.5)/10, (9*1.5 + 1*10.5)/10


def test_islands_point_keeps_a_label_on_the_largest_polygon():
    big, small = _square(0.0, 0.0, 3.0), _square(10.0, 0.0, 1.0)
    assert sources._islands_point([big, small], 1.0, 2.0) == (1.0, 2.0)


def test_oceans_are_gazetteer_entries_not_the_country_of_their_adjective(gazetteer):
    best = gazetteer.lookup("Indian Ocean")[0].candidate
    assert (best.name, best.feature_code, best.country_code) == ("Indian Ocean", "OCN", "")


def test_a_supplement_region_is_its_own_admin1(gazetteer):
    best = gazetteer.lookup("England")[0].candidate
    assert (best.feature_code, best.country_code, best.admin1) == ("ADM1", "GB", "England")


@needs_natural_earth
def test_code_less_natural_earth_sliver_belongs_to_its_governorate():
    regions = sources.read_admin1({"SY"})
    assert [r.name for r in regions if not r.code] == []
    # As Samdaniyah ash Sharqiyah lies in the Natural Earth shape "Western al-Samadania"
    assert sources.find_admin1(regions, "SY", 33.15778, 35.88708).name == "Quneitra"
