from frontlines.eval.tasks import ucdp_geo
from frontlines.model import GeoPrecision, Location


def _event(name: str, lat: float, lon: float, date: str, prec: str = "1.0") -> dict[str, str]:
    return {
        "id": "1.0", "where_coordinates": name, "where_prec": prec, "latitude": str(lat), "longitude": str(lon),
        "adm_1": "Idlib Governorate", "adm_2": "Ariha district", "date_start": date, "country": "Syria",
    }


EVENTS = [
    _event("Ariha town", 35.81, 36.61, "2016-02-01"),
    _event("Ariha town", 35.81, 36.61, "2017-02-01"),
    _event("Ariha town", 35.81, 36.61, "2017-03-01"),
    _event("Ariha town", 35.81, 36.61, "2017-04-01"),
    _event("Mastumah village", 35.78, 36.57, "2017-05-01"),  # first seen in 2017
    _event("Mastumah village", 35.78, 36.57, "2017-05-02"),
    _event("Idlib Governorate", 35.9, 36.6, "2017-05-03", prec="4.0"),  # not place level: skipped
]


def _location(lat: float, lon: float, admin1: str) -> Location:
    return Location(location="x", admin1=admin1, country="Syria", iso=760, latitude=lat, longitude=lon,
                    geo_precision=GeoPrecision.TOWN)


def test_temporal_scores_every_later_mention_and_each_later_name():
    found = {"Ariha town": _location(35.81, 36.62, "Idleb")}  # an index built from 2016 knows only Ariha
    metrics = {m.metric: (round(m.value, 3), m.n) for m in ucdp_geo._score_temporal(EVENTS, None, found.get)}
    assert metrics == {
        "temporal_mentions_acc_at_25km": (0.6, 5),
        "temporal_mentions_admin1_agreement": (0.6, 5),
        "temporal_names_acc_at_25km": (0.5, 2),
        "temporal_new_names_share": (0.5, 2),
        "temporal_new_names_acc_at_25km": (0.0, 1),
    }


def test_limit_keeps_the_first_later_names_and_their_mentions():
    metrics = {m.metric: m.n for m in ucdp_geo._score_temporal(EVENTS, 1, {}.get)}
    assert (metrics["temporal_mentions_acc_at_25km"], metrics["temporal_names_acc_at_25km"]) == (3, 1)


def test_split_scores_held_out_and_in_sample_names_apart():
    gold = {
        "Teir Maaleh village": (34.80, 36.71, "Homs Governorate"),  # held out
        "Abdin village": (35.47, 36.53, "Idlib Governorate"),  # held out
        "Aajaja village": (36.21, 40.71, "Al Hasakah Governorate"),  # in sample
    }
    found = {
        "Teir Maaleh village": _location(34.80, 36.72, "Homs"),
        "Abdin village": _location(33.51, 36.29, "Damascus"),  # placed, but 230 km off
        "Aajaja village": _location(36.21, 40.71, "Al Hasakeh"),
    }
    metrics = {m.metric: (round(m.value, 3), m.n) for m in ucdp_geo._score_split(gold, None, found.get)}
    assert metrics["heldout_found_rate"] == (1.0, 2)
    assert metrics["heldout_accuracy_at_25km"] == (0.5, 2)
    assert metrics["heldout_precision_at_25km"] == (0.5, 2)
    assert metrics["heldout_admin1_agreement"] == (0.5, 2)
    assert metrics["insample_accuracy_at_25km"] == (1.0, 1)
