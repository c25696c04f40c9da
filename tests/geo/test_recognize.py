from frontlines.geo import find_toponyms
from frontlines.geo.lexicons import common_words, stoplist


def _spans(text):
    return [(t.span.text, t.kind) for t in find_toponyms(text)]


def test_finds_villages_spacy_does_not_tag_as_places():
    text = "Regime forces shelled Tell Shihab and Nasib on Tuesday."
    found = find_toponyms(text)
    assert [(t.span.start, t.span.end, t.span.text) for t in found] == [(22, 33, "Tell Shihab"), (38, 43, "Nasib")]


def test_longest_match_takes_the_whole_name():
    assert _spans("Clashes erupted in the district of Daraa Al-Balad.") == [("Daraa Al-Balad", "place")]
    assert _spans("Fighters seized the Nasib border crossing on the Jordanian border.") == [
        ("Nasib border crossing", "place"),
        ("Jordanian", "demonym"),
    ]


def test_common_words_and_months_are_not_places():
    assert _spans("Such moves were reported in May by the Syrian Observatory.") == [("Syrian", "demonym")]


def test_candidates_are_gazetteer_entries():
    (toponym,) = find_toponyms("Shelling hit Bosra on Monday.")
    assert [(c.geonameid, c.country_code) for c in toponym.candidates] == [(171126, "SY")]


def test_person_names_are_not_places():
    assert _spans("Bashar al-Assad met officials in Damascus.") == [("Damascus", "place")]


def test_stoplist_holds_common_capitalised_words():
    assert {"may", "wednesday", "assad", "regime"} <= stoplist()
    assert "street" in common_words()


def test_unit_word_after_a_known_name_belongs_to_the_toponym():
    (toponym,) = find_toponyms("Protesters gathered across Idlib Governorate on Friday.")
    assert toponym.span.text == "Idlib Governorate"
    assert {c.country_code for c in toponym.candidates} == {"SY"}


def test_governorate_mention_resolves_to_the_region():
    from frontlines.geo import resolve_toponyms

    (resolved,) = resolve_toponyms("Protesters gathered across Idlib Governorate on Friday.")
    assert (resolved.feature_code, resolved.location.country) == ("ADM1", "Syria")


def test_a_religious_mass_is_not_massachusetts():
    assert _spans("A bomb exploded during a Catholic Mass in a gymnasium on Sunday.") == []
    assert _spans("The shooting happened in Springfield, Mass., on Monday.") == [("Mass.", "place")]  # the abbreviation, stop included, stays a place
