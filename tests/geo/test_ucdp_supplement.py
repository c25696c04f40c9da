import csv
from pathlib import Path

import pytest

from frontlines.errors import InputError
from frontlines.geo.sources import read_supplement, supplement_places
from frontlines.geo.ucdp_supplement import (
    read_events,
    supplement_rows,
    write_supplement,
)

FIELDS = ["id", "where_coordinates", "where_prec", "latitude", "longitude", "adm_1", "adm_2", "date_start", "country"]


def _event(id_: str, name: str, prec: str, lat: str, lon: str, date: str, adm2: str = "Ariha district") -> dict[str, str]:
    return dict(zip(FIELDS, [id_, name, prec, lat, lon, "Idlib Governorate", adm2, date, "Syria"]))


EVENTS = [
    _event("214804.0", "Ein Laroz town", "2.0", "35.688342", "36.449962", "2016-01-01"),
    _event("230001.0", "Ein Laroz town", "1.0", "35.690000", "36.450000", "2017-03-02"),
    _event("230002.0", "Ein Laroz town", "1.0", "35.700000", "36.460000", "2017-03-05"),
    _event("230003.0", "Has/Hassef town", "1.0", "35.630000", "36.560000", "2017-06-01", "Maarat al-Numaan district"),
    _event("230004.0", "Eastern Idlib Governorate", "3.0", "35.800000", "36.900000", "2016-05-01"),
    _event("230005.0", "Ariha district", "4.0", "35.800000", "36.600000", "2016-05-01"),
]


def test_one_row_per_place_name_with_median_coordinates_and_first_year():
    rows = supplement_rows(EVENTS)
    assert [(r["name"], r["alternate_names"], r["latitude"], r["longitude"], r["admin2"], r["first_year"]) for r in rows] == [
        ("Ein Laroz", "", "35.690000", "36.450000", "Ariha", "2016"),
        ("Has", "Hassef", "35.630000", "36.560000", "Maarat al-Numaan", "2017"),
    ]
    assert rows[0]["source"] == "UCDP GED 214804,230001,230002 (Ein Laroz town)"


def test_only_earlier_events_give_an_earlier_supplement():
    rows = supplement_rows([e for e in EVENTS if e["date_start"] < "2017"])
    assert [(r["name"], r["latitude"]) for r in rows] == [("Ein Laroz", "35.688342")]


def test_curated_names_are_left_to_the_curated_supplement():
    assert [r["name"] for r in supplement_rows(EVENTS, {"ayn laruz"})] == ["Has"]


def test_rows_round_trip_through_the_csv_reader(tmp_path: Path):
    path = tmp_path / "supplement_ucdp.csv"
    write_supplement(path, supplement_rows(EVENTS), "# test rows\n")
    places = list(read_supplement(path))
    assert [(p.name, p.alternate_names, p.country_code, p.feature_code) for p in places] == [
        ("Ein Laroz", [], "SY", "PPL"),
        ("Has", ["Hassef"], "SY", "PPL"),
    ]


def test_events_file_without_ucdp_columns_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "events.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "latitude"], ["1", "35.1"]])
    with pytest.raises(InputError, match="events.csv: not a UCDP GED export: no column adm_1, adm_2, date_start"):
        read_events(path)


def test_bad_in_memory_row_names_its_origin():
    with pytest.raises(InputError, match="^UCDP 2016: bad supplement row near line 2"):
        list(supplement_places([{"name": "X", "latitude": "north"}], "test", "UCDP 2016"))
