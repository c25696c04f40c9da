"""The African supplement: every row cites its source, Ethiopia's zones are ADM2 places that name
their own admin2 (ACLED's admin2 there), and a Nairobi neighbourhood resolves in Kenya."""

from __future__ import annotations

from frontlines.geo import resolve_toponyms
from frontlines.geo.sources import DATA_DIR, read_supplement
from frontlines.model import GeoPrecision

SUPPLEMENT = DATA_DIR / "supplement_africa.csv"


def test_every_row_says_where_it_comes_from():
    assert [p.name for p in read_supplement(SUPPLEMENT) if not p.source] == []


def test_ethiopian_zones_are_their_own_admin2():
    zones = [p for p in read_supplement(SUPPLEMENT) if p.feature_code == "ADM2"]
    assert len(zones) > 20
    assert [p.name for p in zones if p.country_code != "ET" or p.admin2 != p.name or p.feature_class != "A"] == []


def test_zone_resolves_as_a_region_with_its_admin2():
    text = "Fighting was reported in West Gojjam zone on Wednesday, officials in Ethiopia said."
    found = [(r.span.text, r.location.admin2, r.location.country, r.location.geo_precision) for r in resolve_toponyms(text)]
    assert found[0] == ("West Gojjam", "West Gojjam", "Ethiopia", GeoPrecision.REGION)


def test_neighbourhood_resolves_in_kenya_not_tanzania():
    text = "Police fired tear gas at protesters in Kibera on Monday, Kenyan officials said."
    found = [(r.location.location, r.location.country) for r in resolve_toponyms(text) if r.span.text == "Kibera"]
    assert found == [("Kibera", "Kenya")]
