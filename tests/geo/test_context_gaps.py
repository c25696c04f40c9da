"""Villages the gazetteer lacks in the report's own country: "Nasir, South Sudan" is not Khartoum's
Nasir Extension, and "the Hamra district" in a Beirut story is not the Syrian hamlet Hamra."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.geo.gazetteer import EXACT, Match
from frontlines.geo.qualifiers import Qualifier, qualifier_after
from frontlines.geo.types import Candidate
from frontlines.model import GeoPrecision
from tests.geo.conftest import gazetteer_with, resolved_places


@pytest.fixture(scope="module", autouse=True)
def context_gaps_gazetteer(small_gazetteer: Path, tmp_path_factory: pytest.TempPathFactory):
    with gazetteer_with(small_gazetteer, tmp_path_factory, "context_gaps_places.txt") as path:
        yield path


def _match(name: str, cc: str, code: str = "PPL") -> Match:
    cls = "A" if code in ("ADM1", "PCLI") else "P"
    return Match(Candidate(1, name, 0.0, 0.0, cc, feature_class=cls, feature_code=code), EXACT, admin1_code="01")


def test_country_after_a_comma_keeps_a_village_it_lacks_in_that_country():
    text = "Fighting broke out in Nasir, South Sudan, on Tuesday. Residents fled Nasir by boat."
    (country,) = resolved_places(text, "South Sudan")
    assert resolved_places(text, "Nasir") == [("Nasir",) + country[1:]] * 2  # at the country's point
    assert (country[1], country[4]) == ("South Sudan", GeoPrecision.REGION)


def test_a_country_opening_the_next_clause_is_no_qualifier():
    own = [_match("Nasir", "SD")]
    israel = [_match("Israel", "IL", "PCLI")]
    assert qualifier_after("Nasir, Israel said", 5, own, (7, 13, israel)) is None
    assert qualifier_after("Nasir, Israel, on", 5, own, (7, 13, israel)) == (Qualifier("IL"), israel[0])


def test_a_country_that_is_also_a_state_name_is_no_qualifier_for_a_village_outside_both():
    own = [_match("Nasir", "SD")]
    georgia = [_match("Georgia", "GE", "PCLI"), _match("Georgia", "US", "ADM1")]
    assert qualifier_after("Nasir, Georgia.", 5, own, (7, 14, georgia)) is None


def test_village_abroad_in_a_report_set_in_one_town_is_coded_at_that_town():
    text = (
        "Depositors rallied in Beirut on Monday. In the capital, they smashed bank windows in the "
        "Hamra district. Shops in Hamra stayed shut. Banks in Beirut reopened on Tuesday."
    )
    assert resolved_places(text, "Hamra") == [("Hamra", "Lebanon", 33.89332, 35.50157, GeoPrecision.NEAR_TOWN)] * 2


def test_village_abroad_stays_there_when_no_town_is_named_twice():
    text = "Depositors rallied in Beirut, Lebanon. In the capital, they smashed bank windows in the Hamra district."
    assert [w[1] for w in resolved_places(text, "Hamra")] == ["Syria"]
