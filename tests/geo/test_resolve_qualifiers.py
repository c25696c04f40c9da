"""Same-name towns: a stated state or country decides ("Alexandria, Va."), and once decided a
name keeps its meaning for the rest of the article."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from frontlines.geo import resolve_toponyms
from frontlines.geo.gazetteer import EXACT, Match
from frontlines.geo.qualifiers import Qualifier, abbreviated_admin1, qualifier_after, stated_admin1
from frontlines.geo.types import Candidate

from tests.geo.conftest import gazetteer_with


@pytest.fixture(scope="module", autouse=True)
def same_name_gazetteer(small_gazetteer: Path, tmp_path_factory: pytest.TempPathFactory):
    with gazetteer_with(small_gazetteer, tmp_path_factory, "same_name_towns.txt") as path:
        yield path


def _where(text: str, name: str) -> list[tuple[str, str]]:
    return [(r.location.country, r.location.admin1) for r in resolve_toponyms(text) if r.span.text == name]


def test_unqualified_alexandria_is_the_big_city():
    assert _where("Protesters gathered in Alexandria on Friday.", "Alexandria") == [("Egypt", "")]


def test_state_abbreviation_after_a_comma_decides():
    assert _where("Police in Alexandria, Va., arrested two men on Monday.", "Alexandria") == [("United States", "Virginia")]


def test_state_name_after_a_comma_decides_every_mention():
    text = (
        "Students rallied after the school shooting in Parkland, Florida. "
        "Students from Parkland have since met lawmakers in Parkland on Friday."
    )
    assert _where(text, "Parkland") == [("United States", "Florida")] * 3


def test_county_with_no_gazetteer_entry_stays_in_its_state():
    text = "The Walker County (Ga.) Sheriff's Office said the men escaped in LaFayette on Wednesday."
    (walker,) = [r for r in resolve_toponyms(text) if r.span.text.startswith("Walker")]
    assert (walker.location.admin1, walker.location.location) == ("Georgia", "LaFayette")


def test_abbreviations_name_states_and_provinces():
    assert [abbreviated_admin1(t) for t in ("Va.", "W. Va.", "B.C.", "NJ", "Paris")] == [
        ("US", "VA"),
        ("US", "WV"),
        ("CA", "02"),
        None,  # a postal code is a qualifier after a comma, not a place name on its own
        None,
    ]


def test_dateline_and_bracketed_states_set_the_article_state():
    text = "CHATTANOOGA, Tenn. — Two inmates who escaped from the Walker County (Ga.) jail were caught."
    assert stated_admin1(text) == Counter({"US.TN": 1, "US.GA": 1})


def _match(name: str, cc: str, admin1_code: str, code: str = "PPL") -> Match:
    cls = "A" if code in ("ADM1", "PCLI") else "P"
    return Match(Candidate(1, name, 0.0, 0.0, cc, feature_class=cls, feature_code=code), EXACT, admin1_code=admin1_code)


def test_a_list_of_regions_is_not_a_qualifier():
    own = [_match("Aleppo", "SY", "09")]
    idlib = [_match("Idlib", "SY", "12", "ADM1")]
    text = "Aleppo, Idlib and Hama"
    assert qualifier_after(text, 6, own, (8, 13, idlib)) is None


def test_region_after_a_comma_qualifies_a_town_inside_it():
    own = [_match("Parkland", "US", "WA"), _match("Parkland", "US", "FL")]
    florida = _match("Florida", "US", "FL", "ADM1")
    uruguay_town = _match("Florida", "UY", "07")
    text = "Parkland, Florida The controversy"
    assert qualifier_after(text, 8, own, (10, 17, [uruguay_town, florida])) == (Qualifier("US", "FL"), florida)
