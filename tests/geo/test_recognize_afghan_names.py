"""Two ways an Afghan report lost its places: a hyphenated ezafe name ("Dasht-e-Barchi") was read
as two names found abroad ("Dasht" in Iran, "Barchi" in Italy), and the place word of a group's name
("Islamic State Khorasan Province") became a place in Turkey that pulled the report's other names."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.geo import find_toponyms, resolve_toponyms
from frontlines.geo.group_names import inside_group_name
from tests.geo.conftest import gazetteer_with


@pytest.fixture(scope="module", autouse=True)
def afghan_gazetteer(small_gazetteer: Path, tmp_path_factory: pytest.TempPathFactory):
    with gazetteer_with(small_gazetteer, tmp_path_factory, "afghan_names_places.txt") as path:
        yield path


def _found(text: str) -> list[str]:
    return [t.span.text for t in find_toponyms(text)]


def _resolved(text: str) -> list[tuple[str, str, str]]:
    return [(r.span.text, r.location.location, r.location.country) for r in resolve_toponyms(text)]


def test_hyphenated_ezafe_name_is_one_name():
    assert _resolved("Fighting in Pul-e-Khumri killed two.") == [("Pul-e-Khumri", "Pul-e Khumri", "Afghanistan")]
    assert _found("A blast hit Mazar-e-Sharif on Monday.") == ["Mazar-e-Sharif"]


def test_pieces_of_an_unknown_ezafe_name_are_not_places_abroad():
    text = "Five died in Dasht-e-Barchi, a neighbourhood of western Kabul."
    assert _found(text) == ["Kabul"]


def test_hyphen_without_ezafe_still_splits_two_names():
    assert _found("Pul-e-Khumri and Kabul-Jalalabad road traffic resumed.") == ["Pul-e-Khumri", "Kabul", "Jalalabad"]


def test_place_word_of_a_group_name_is_recognised_but_not_resolved():
    text = "Islamic State Khorasan Province said it attacked Jalalabad."
    assert _found(text) == ["Khorasan Province", "Jalalabad"]
    assert _resolved(text) == [("Jalalabad", "Jalalabad", "Afghanistan")]


def test_place_starting_the_alias_is_not_inside_it():
    assert [inside_group_name([(0, 31)], 15, 31), inside_group_name([(0, 31)], 0, 8)] == [True, False]
