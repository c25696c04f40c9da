from frontlines.geo import article_context, locate_event
from frontlines.model import GeoPrecision
from frontlines.nlp import parse

from tests.geo.conftest import needs_natural_earth


def _locate(text, trigger, sentence=0):
    doc = parse(text)
    sent = list(doc.sents)[sentence]
    token = next(t.i for t in sent if t.text == trigger)
    return locate_event(doc, sent, token, article_context(doc))


def test_town_itself_is_precision_1():
    located = _locate("Regime forces shelled Tell Shihab on Tuesday.", "shelled")
    loc = located.location
    assert (loc.location, loc.country, loc.iso, loc.geo_precision) == ("Tell Shihab", "Syria", 760, GeoPrecision.TOWN)
    assert (loc.latitude, loc.longitude) == (32.68861, 35.98889)
    assert located.span.text == "Tell Shihab"
    assert located.note == ""


def test_district_of_a_town_is_precision_2():
    loc = _locate("Regime forces laid siege to the district of Daraa Al-Balad.", "laid").location
    assert (loc.location, loc.geo_precision) == ("Daraa al-Balad", GeoPrecision.NEAR_TOWN)


def test_outskirts_of_a_town_is_precision_2():
    loc = _locate("Shells landed on the outskirts of Nawa on Friday.", "landed").location
    assert (loc.location, loc.geo_precision) == ("Nawa", GeoPrecision.NEAR_TOWN)


@needs_natural_earth
def test_province_is_precision_3_with_admin1():
    loc = _locate("Opposition fighters in the southern province of Daraa launched an offensive.", "launched").location
    assert (loc.location, loc.admin1, loc.country, loc.geo_precision) == ("Daraa", "Dara", "Syria", GeoPrecision.REGION)
    assert (loc.latitude, loc.longitude) == (32.8686, 36.1698)


@needs_natural_earth
def test_town_has_admin1_from_natural_earth():
    loc = _locate("Regime forces shelled Tell Shihab on Tuesday.", "shelled").location
    assert (loc.admin1, loc.admin2) == ("Dara", "Markaz Daraa")


def test_actor_origin_is_not_the_event_place():
    loc = _locate("The Daraa Central Committee said regime forces shelled Nawa.", "shelled").location
    assert loc.location == "Nawa"


def test_sentence_without_place_takes_the_previous_sentence_place():
    located = _locate("Regime forces shelled Tell Shihab on Tuesday. Two civilians were killed.", "killed", sentence=1)
    assert located.location.location == "Tell Shihab"
    assert located.note == "no place in the event's sentence; place taken from an earlier sentence ('Tell Shihab')"


def test_country_as_actor_is_not_the_place():
    text = "Regime forces shelled Tell Shihab on Tuesday. Since then Russia brokered a deal with the opposition."
    located = _locate(text, "brokered", sentence=1)
    assert located.location.location == "Tell Shihab"


def test_place_word_inside_a_group_name_is_not_the_event_place():
    loc = _locate(
        "Fighters from the Islamic State in the Greater Sahara ambushed an army patrol in Niger on Wednesday.", "ambushed"
    ).location
    assert (loc.location, loc.country, loc.geo_precision) == ("Niger", "Niger", GeoPrecision.REGION)


def test_lone_unpopulated_village_abroad_is_not_the_event_place():
    text = (
        "Mikati told reporters in Beirut, Lebanon on Wednesday. "
        "Depositors smashed the windows of two bank branches in the Hamra district on Monday."
    )
    located = _locate(text, "smashed", sentence=1)
    assert (located.location.location, located.location.country) == ("Beirut", "Lebanon")
    assert located.span.text == "Beirut"


def test_village_in_a_country_the_article_names_stays_the_event_place():
    text = (
        "Mikati told reporters in Beirut, Lebanon on Wednesday. "
        "Shells hit Hamra in Syria's Hama province on Monday."
    )
    located = _locate(text, "hit", sentence=1)
    assert (located.location.location, located.location.admin1, located.location.country) == ("Hamra", "Hama", "Syria")
