"""The article's country wins over namesakes abroad: backers ("Iran-backed") are not story places,
a district rules out a same-name town abroad, a named neighbour town picks the homonym, and a bare
"West" before an unknown name is no region of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.geo import resolve_toponyms
from frontlines.geo.gazetteer import get_gazetteer
from frontlines.geo.recognize import mentioned_countries
from frontlines.model import GeoPrecision
from frontlines.nlp import parse

from tests.geo.conftest import gazetteer_with


@pytest.fixture(scope="module", autouse=True)
def article_country_gazetteer(small_gazetteer: Path, tmp_path_factory: pytest.TempPathFactory):
    with gazetteer_with(small_gazetteer, tmp_path_factory, "article_country_places.txt") as path:
        yield path


def _resolved(text: str) -> list[tuple[str, str, str, str]]:
    return [(r.span.text, r.kind, r.location.location, r.location.country) for r in resolve_toponyms(text)]


def test_backer_country_is_not_a_story_place():
    text = "Iran-backed Houthi rebels fired missiles at Marib on Monday, the Yemeni army said."
    assert [t for t in _resolved(text) if t[0] == "Iran"] == [("Iran", "demonym", "Iran", "Iran")]


def test_country_without_backer_suffix_stays_a_place():
    text = "Protesters marched in Iran on Monday."
    assert _resolved(text) == [("Iran", "place", "Iran", "Iran")]


def test_district_rules_out_a_namesake_abroad_at_every_mention():
    text = (
        "Militants killed at least 100 people in Solhan, a village in Yagha province, overnight, "
        "the government of Burkina Faso said. Attackers also burned the market in Solhan."
    )
    solhan = [t for t in _resolved(text) if t[0] == "Solhan"]
    assert solhan == [("Solhan", "place", "Yagha", "Burkina Faso")] * 2


def test_village_the_gazetteer_lacks_keeps_its_name_at_the_named_town():
    text = "Russian forces captured Orlivka, west of Avdiivka in Donetsk region, Ukraine's military said."
    orlivka = [r for r in resolve_toponyms(text) if r.span.text == "Orlivka"]
    where = [(r.location.location, r.location.latitude, r.location.longitude, r.location.geo_precision) for r in orlivka]
    assert where == [("Orlivka", 48.14019, 37.75008, GeoPrecision.NEAR_TOWN)]  # Avdiivka's point


def test_bare_direction_word_before_an_unknown_name_is_no_place():
    text = "Gunmen killed at least 30 people in West Omo on Sunday, officials in Ethiopia said."
    assert [t[0] for t in _resolved(text)] == ["Ethiopia"]  # the Omo zone is not in the gazetteer


def test_country_entity_with_its_article_counts_for_the_country():
    doc = parse("Hundreds fled after the attack, the army in the Democratic Republic of Congo said.")
    assert mentioned_countries(doc, get_gazetteer())["CD"] == 1


def test_town_the_small_model_tags_as_an_adverb_is_a_place_in_the_article_country():
    text = "Russian forces shelled Bakhmut on Tuesday, killing two civilians, Ukrainian officials said."
    assert ("Bakhmut", "place", "Bakhmut", "Ukraine") in _resolved(text)


def test_lowercase_adverb_is_never_a_place():
    assert [t[0] for t in _resolved("Ukrainian forces shelled the town again on Tuesday.")] == ["Ukrainian"]


def test_well_known_city_named_without_its_arabic_article():
    found = _resolved("Turkish drones struck Kurdish fighters near Qamishli on Monday.")
    assert ("Qamishli", "place", "Qamishli", "Syria") in found


def test_small_place_named_without_its_article_stays_a_word():
    assert [t[0] for t in _resolved("The Factor said the Turkish army moved in.")] == ["Turkish"]


def test_town_the_small_model_tags_as_a_product_is_a_place_after_near():
    found = _resolved("Suspected ISWAP militants ambushed a military convoy near Damboa, killing seven soldiers.")
    assert [(t[0], t[3]) for t in found] == [("Damboa", "Nigeria")]
