"""Streets and buildings are placed in the article's town, not in the town their first word names."""

from frontlines.geo.gazetteer import EXACT, Match
from frontlines.geo.local_sites import is_site, relocate_sites
from frontlines.geo.types import Candidate, Toponym
from frontlines.model import Span


def _town(geonameid: int, name: str, admin1: str, lat: float, lon: float, population: int) -> Match:
    candidate = Candidate(geonameid, name, lat, lon, "US", admin1, feature_class="P", feature_code="PPL", population=population)
    return Match(candidate, EXACT)


PATERSON = _town(5102466, "Paterson", "New Jersey", 40.91677, -74.17181, 147754)
EVA_ALABAMA = _town(4058553, "Eva", "Alabama", 34.33, -86.76, 511)
HALEDON = _town(5098706, "Haledon", "New Jersey", 40.93565, -74.18626, 8318)
NASHVILLE = _town(4644585, "Nashville", "Tennessee", 36.16589, -86.78444, 530852)
COOKEVILLE = _town(4614088, "Cookeville", "Tennessee", 36.16284, -85.50164, 32000)


def _toponyms(text: str, names: list[tuple[str, str]]) -> list[Toponym]:
    found, start = [], 0
    for name, kind in names:
        start = text.index(name, start)
        found.append(Toponym(Span(start, start + len(name), name), [], kind=kind))
        start += len(name)
    return found


def test_site_words_end_street_and_building_names_only():
    assert [is_site(n) for n in ("Royal Street", "Eva's Village", "Carnegie Library", "Mississippi River", "Library")] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_building_goes_to_the_town_named_after_it():
    text = "Fans met in Paterson on Friday. The gala was at Eva's Village in Paterson."
    toponyms = _toponyms(text, [("Paterson", "place"), ("Eva's Village", "place"), ("Paterson", "place")])
    assert relocate_sites(text, toponyms, [PATERSON, EVA_ALABAMA, PATERSON]) == {1: PATERSON}


def test_unlisted_street_goes_to_the_article_town():
    text = "Fire crews were called to Paterson. Smoke rose over Royal Street."
    toponyms = _toponyms(text, [("Paterson", "place"), ("Royal Street", "unlisted")])
    assert relocate_sites(text, toponyms, [PATERSON, None]) == {1: PATERSON}


def test_site_whose_own_match_is_near_its_town_keeps_it():
    text = "Fire crews were called to Paterson. Smoke rose over Haledon Avenue."
    toponyms = _toponyms(text, [("Paterson", "place"), ("Haledon Avenue", "place")])
    assert relocate_sites(text, toponyms, [PATERSON, HALEDON]) == {}


def test_site_named_after_a_town_in_the_same_state_stays_there():
    text = "Schools in Nashville reopened. Cookeville High School stayed closed."
    toponyms = _toponyms(text, [("Nashville", "place"), ("Cookeville High School", "place")])
    assert relocate_sites(text, toponyms, [NASHVILLE, COOKEVILLE]) == {}


def test_site_without_any_town_in_the_article_is_left_alone():
    text = "Smoke rose over Royal Street."
    assert relocate_sites(text, _toponyms(text, [("Royal Street", "unlisted")]), [None]) == {}
