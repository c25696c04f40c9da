"""Designators ("Plateau state", "Beni territory") and named regions ("Palma in Cabo Delgado province")
choose between same-name places; so do country names spaCy tags ORG ("Burkina Faso's army")."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.geo import index, resolve_toponyms
from frontlines.geo.designators import designated, designator_after, designators
from frontlines.geo.gazetteer import EXACT, FOLDED, LOOSE, Match, using_index
from frontlines.geo.importer import import_geonames
from frontlines.geo.types import Candidate
from tests.geo.conftest import needs_natural_earth

FIXTURES = Path(__file__).parent / "fixtures"
COUNTRIES = {"NG", "BJ", "CD", "BO", "MZ", "UA", "US", "BF", "ES"}


def _match(name: str, cc: str, code: str = "PPL", how: str = EXACT) -> Match:
    cls = "A" if code in ("ADM1", "ADM2", "PCLI") else "P"
    return Match(Candidate(1, name, 0.0, 0.0, cc, feature_class=cls, feature_code=code), how)


def _where(matches: list[Match]) -> list[tuple[str, str]]:
    return [(m.candidate.country_code, m.candidate.feature_code) for m in matches]


def test_designator_after_a_name_in_either_case():
    text = "clashes in Plateau state and Kherson Oblast"
    assert designator_after(text, text.index(" state")).word == "state"
    assert designator_after(text, len(text) - len(" Oblast")).word == "oblast"
    assert designator_after("in Plateau on Sunday", len("in Plateau")) is None


def test_a_designator_starting_an_organisation_name_is_not_one():
    text = "the Florida Department of Health and Ohio State University"
    assert designator_after(text, text.index(" Department")) is None
    assert designator_after(text, text.index(" State")) is None


def test_state_picks_the_country_that_has_states():
    plateau = [_match("Plateau", "BJ", "ADM1"), _match("Plateau State", "NG", "ADM1", FOLDED), _match("Plateau", "US")]
    assert _where(designated(plateau, designators()["state"])) == [("NG", "ADM1")]


def test_territory_keeps_the_town_when_its_country_has_no_such_region():
    beni = [_match("Beni", "BO", "ADM1"), _match("Beni", "CD"), _match("Bani", "DO", how=LOOSE)]
    assert _where(designated(beni, designators()["territory"])) == [("CD", "PPL")]


def test_province_says_only_the_level():
    idlib = [_match("Idlib", "SY"), _match("Idlib", "SY", "ADM1")]
    assert _where(designated(idlib, designators()["province"])) == [("SY", "ADM1")]


def test_no_allowed_match_and_country_names_leave_the_matches_alone():
    towns = [_match("Springfield", "US"), _match("Springfield", "GB")]
    assert designated(towns, designators()["oblast"]) == towns
    georgia = [_match("Georgia", "GE", "PCLI"), _match("Georgia", "US", "ADM1")]
    assert designated(georgia, designators()["state"]) == georgia  # "Georgia state media"


@pytest.fixture(scope="module")
def region_gazetteer(tmp_path_factory: pytest.TempPathFactory):
    from frontlines.geo.index import _default_places
    from frontlines.geo.sources import read_admin1, read_countries

    path = tmp_path_factory.mktemp("regions") / "gazetteer-regions.sqlite"
    places = _default_places(read_countries(set()), read_admin1(COUNTRIES), cities=False)
    index.build_index(path, places, reimport=False, only_countries=COUNTRIES)
    import_geonames(path, FIXTURES / "region_named_towns.txt")
    with using_index(path):
        yield path


def _resolved(text: str) -> list[tuple[str, str, str, str]]:
    return [(r.span.text, r.location.location, r.location.admin1, r.location.country) for r in resolve_toponyms(text)]


@needs_natural_earth
def test_state_after_a_name_is_nigerias_state(region_gazetteer):
    assert _resolved("Fulani herders and farmers clashed in Plateau state on Sunday.") == [
        ("Plateau", "Plateau State", "Plateau State", "Nigeria")
    ]


@needs_natural_earth
def test_territory_after_beni_is_the_congolese_town(region_gazetteer):
    assert _resolved("ADF rebels killed nine villagers in Beni territory on Tuesday.") == [
        ("Beni", "Beni", "Nord-Kivu", "Democratic Republic of the Congo")  # ACLED spells it in French
    ]


@needs_natural_earth
def test_oblast_after_a_city_name_is_the_region(region_gazetteer):
    assert _resolved("Russian forces shelled villages in Kherson oblast on Tuesday.")[1:] == [
        ("Kherson", "Kherson", "Kherson", "Ukraine")
    ]
    assert [r.feature_code for r in resolve_toponyms("Shelling hit Kherson oblast.")] == ["ADM1"]


@needs_natural_earth
def test_a_town_missing_from_the_named_region_becomes_that_region(region_gazetteer):
    assert _resolved("Insurgents attacked the town of Palma in Cabo Delgado province, killing dozens.") == [
        ("Palma", "Cabo Delgado", "Cabo Delgado", "Mozambique"),
        ("Cabo Delgado", "Cabo Delgado", "Cabo Delgado", "Mozambique"),
    ]


@needs_natural_earth
def test_a_town_in_the_named_region_stays_the_town(region_gazetteer):
    assert _resolved("Protesters rallied in Springfield in Illinois on Monday.")[0] == (
        "Springfield", "Springfield", "Illinois", "United States"
    )


@needs_natural_earth
def test_a_country_tagged_org_still_sets_the_context(region_gazetteer):
    text = "Burkina Faso's army lost ground this year. Jihadists killed five soldiers near Djibo on Sunday."
    assert [(r.span.text, r.location.country) for r in resolve_toponyms(text)] == [
        ("Burkina Faso", "Burkina Faso"),
        ("Djibo", "Burkina Faso"),
    ]
