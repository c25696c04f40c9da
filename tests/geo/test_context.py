from frontlines.geo import article_context
from frontlines.nlp import parse


def test_main_place_is_where_things_happen_not_where_actors_come_from():
    doc = parse(
        "The US military said a US drone strike near Nawa killed a commander. "
        "US officials confirmed the strike. US forces were not at risk, the US envoy said."
    )
    assert article_context(doc).default.location == "Nawa"

