from frontlines.geo import resolve_toponyms
from frontlines.nlp import parse


def test_place_keeps_the_press_spelling_of_a_transliterated_name():
    text = "Regime forces shelled Daraa on Monday."
    assert [r.location.location for r in resolve_toponyms(text, parse(text))] == ["Daraa"]
