import pytest

from frontlines.geo import geocode_name
from frontlines.model import GeoPrecision

from tests.geo.conftest import needs_natural_earth


def test_settlement_word_is_dropped():
    loc = geocode_name("Aleppo city", "SY")
    assert (loc.location, loc.geonameid, loc.geo_precision) == ("Aleppo", 170063, GeoPrecision.TOWN)


def test_alternatives_separated_by_slash():
    assert geocode_name("Xqzt/Nawa town", "SY").location == "Nawa"


def test_country_hint_picks_the_right_damascus():
    assert geocode_name("Damascus", "SY").country == "Syria"
    assert geocode_name("Damascus", "US").country == "United States"


@needs_natural_earth
def test_governorate_name_is_precision_3():
    loc = geocode_name("Eastern Daraa Governorate", "SY")
    assert (loc.location, loc.admin1, loc.geo_precision) == ("Daraa", "Dara", GeoPrecision.REGION)


def test_site_near_a_known_place_is_precision_2():
    loc = geocode_name("Homs - Palmyra road", "SY")
    assert (loc.location, loc.geo_precision) == ("Homs", GeoPrecision.NEAR_TOWN)


@pytest.mark.parametrize("name", ["", "   ", "Qwxzv Plmkt"])
def test_unknown_names_give_none(name):
    assert geocode_name(name, "SY") is None


def test_district_is_its_centre_town_at_precision_2():
    loc = geocode_name("Mintaqat As Safirah district", "SY")
    assert (loc.location, loc.geo_precision) == ("As Safirah", GeoPrecision.NEAR_TOWN)


@needs_natural_earth
def test_district_known_only_as_a_region_is_precision_3():
    loc = geocode_name("Mintaqat Rif Dimashq district", "SY")
    assert (loc.admin1, loc.geo_precision) == ("Rural Damascus", GeoPrecision.REGION)


@needs_natural_earth
def test_dc_is_not_named_washington():
    dc = geocode_name("District of Columbia", "US")
    assert (dc.admin1, dc.geo_precision) == ("District of Columbia", GeoPrecision.REGION)
