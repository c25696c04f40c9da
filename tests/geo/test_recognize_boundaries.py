"""Where a toponym starts and ends, as GeoWebNews and LGL annotate it, and which words are not places."""

from frontlines.geo import find_toponyms, resolve_toponyms
from frontlines.geo.lexicons import place_heads, state_abbreviations


def _spans(text):
    return [(t.span.text, t.kind) for t in find_toponyms(text)]


def test_a_head_word_after_a_known_place_belongs_to_the_name():
    assert _spans("Rockets hit the Aleppo Airport on Friday.") == [("Aleppo Airport", "place")]
    assert _spans("Most of the Mississippi River floods in spring.") == [("Mississippi River", "place")]


def test_extended_name_still_resolves_to_the_place_inside_it():
    (resolved,) = resolve_toponyms("Rockets hit the Aleppo Airport on Friday.")
    assert (resolved.span.text, resolved.location.country) == ("Aleppo Airport", "Syria")


def test_washington_dc_is_one_toponym():
    (resolved,) = resolve_toponyms("The march reached Washington, D.C., on Sunday.")
    assert resolved.span.text == "Washington, D.C."
    assert resolved.location.country == "United States"


def test_state_abbreviation_keeps_its_full_stop():
    assert _spans("He lives in Damascus, Va. with his family.") == [("Damascus", "place"), ("Va.", "place")]


def test_street_names_unknown_to_the_gazetteer_are_found_by_their_head_word():
    assert _spans("The suspects fled along Dubonet Drive after the attack.") == [("Dubonet Drive", "unlisted")]


def test_the_eu_and_city_demonyms_are_associative_toponyms():
    assert _spans("The EU imposed sanctions on Syria.") == [("EU", "demonym"), ("Syria", "place")]
    assert _spans("Thousands of Londoners and Kurds marched.") == [("Londoners", "demonym"), ("Kurds", "demonym")]


def test_a_language_is_not_a_demonym():
    assert _spans("The video shows a man speaking in Spanish.") == []


def test_first_names_and_unknown_spacy_places_are_not_toponyms():
    assert _spans("Her daughter Olivia visited Aleppo on Monday.") == [("Aleppo", "place")]
    assert _spans("Shares of Wavepiston rose after the deal with Dropbox.") == []


def test_government_words_are_stoplisted():
    assert _spans("The Federal Government deployed troops to Aleppo.") == [("Aleppo", "place")]


def test_head_word_table_separates_streets_from_facilities():
    heads = place_heads()
    assert (heads["street"], heads["river"], heads["hospital"]) == ("street", "feature", "facility")
    assert {"Va", "Calif"} <= state_abbreviations()


def test_spacy_places_unknown_to_the_gazetteer_count_when_named_by_a_head_word_or_unit():
    assert _spans("Deputies from DuPage County arrived at the scene.") == [("DuPage County", "unlisted")]
