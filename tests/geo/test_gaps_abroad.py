"""A village the gazetteer lacks is not moved abroad: "El Plateado" in a Colombian report is coded
at the Colombian place named beside it, under its own name, not at Mexico's El Plateado."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from frontlines.geo.gaps_abroad import _home_country
from frontlines.model import GeoPrecision
from tests.geo.conftest import gazetteer_with, resolved_places


@pytest.fixture(scope="module", autouse=True)
def gaps_gazetteer(small_gazetteer: Path, tmp_path_factory: pytest.TempPathFactory):
    with gazetteer_with(small_gazetteer, tmp_path_factory, "gaps_abroad_places.txt") as path:
        yield path


def test_village_missing_at_home_is_coded_at_the_home_place_beside_it():
    text = "FARC dissidents attacked soldiers in El Plateado, in the Argelia municipality of Colombia, on Monday."
    assert resolved_places(text, "El Plateado") == [("El Plateado", "Colombia", 2.25563, -77.24876, GeoPrecision.NEAR_TOWN)]


def test_village_stays_abroad_when_one_place_does_not_make_a_home_country():
    text = "Soldiers patrolled the villages of El Plateado and Argelia on Monday."
    assert resolved_places(text, "El Plateado") == [("El Plateado", "Mexico", 21.93618, -103.09227, GeoPrecision.TOWN)]


def test_village_stays_abroad_when_no_home_place_is_in_its_sentence():
    text = "Troops patrolled Argelia in Colombia. Farmers in El Plateado sold their maize on Monday."
    assert [w[1] for w in resolved_places(text, "El Plateado")] == ["Mexico"]


def test_home_country_needs_two_mentions_and_a_clear_lead():
    assert [
        _home_country(Counter({"CO": 2})),
        _home_country(Counter({"CO": 1})),
        _home_country(Counter({"CO": 2, "VE": 2})),
        _home_country(Counter({"CO": 3, "VE": 1})),
    ] == ["CO", "", "", "CO"]
