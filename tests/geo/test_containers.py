"""The event's place is the smaller place a bigger one locates ('Kafranbel in southern Idlib')."""

from frontlines.geo import article_context, locate_event
from frontlines.nlp import parse


def _locate(text: str, verb: str):
    doc = parse(text)
    sent = next(iter(doc.sents))
    trigger = next(t.i for t in sent if t.text == verb)
    return locate_event(doc, sent, trigger, article_context(doc)).location


def test_town_in_a_governorate_is_the_place():
    loc = _locate("Regime forces shelled Nawa in western Daraa on Monday.", "shelled")
    assert (loc.location, loc.admin1) == ("Nawa", "Dara")


def test_town_north_of_a_city_is_the_place():
    loc = _locate("Regime forces shelled Nawa, north of Daraa, on Monday.", "shelled")
    assert loc.location == "Nawa"


def test_smaller_place_near_a_bigger_one_is_the_place_near_it():
    loc = _locate("Regime forces clashed with rebels in Idlib near Saraqib on Monday.", "clashed")
    assert (loc.location, loc.admin1, loc.geo_precision) == ("Saraqib", "Idleb", 2)


def test_bigger_place_after_near_stays_the_area():
    loc = _locate("Regime forces clashed with rebels in Saraqib near Idlib on Monday.", "clashed")
    assert (loc.location, loc.geo_precision) == ("Saraqib", 1)
