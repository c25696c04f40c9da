import io
import json
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq

from frontlines.export.acled_columns import acled_columns
from frontlines.export.acled_csv import write_acled_csv
from frontlines.export.geojson import write_geojson
from frontlines.export.jsonl import write_jsonl
from frontlines.export.parquet import write_parquet
from frontlines.model import event_from_dict
from tests.store.factories import event

ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
)


def test_acled_csv_exact_row():
    out = io.StringIO()
    n = write_acled_csv([event("SYR1", source="Middle East Monitor", source_scale="International")], out, timestamp=1627646400)
    assert n == 1
    assert out.getvalue().splitlines() == [
        ACLED_HEADER,
        "SYR1,2021-07-28,2021,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,"
        "Military Forces of Syria (2000-),,1,Civilians (Syria),,7,17,Civilian targeting,760,Middle East,Syria,"
        "Dar'a,Dar'a,,Daraa al-Balad,32.6189,36.1021,1,Middle East Monitor,International,"
        '"On 28 July 2021, regime forces shelled Daraa al-Balad, killing 4 civilians.",4,,1627646400',
    ]
    assert ",".join(acled_columns()) == ACLED_HEADER


def test_acled_csv_empty_fields_for_unknowns():
    out = io.StringIO()
    write_acled_csv([event("X", event_date=None, time_precision=None, iso=None, latitude=None, longitude=None, inter2=None)], out, timestamp=0)
    row = out.getvalue().splitlines()[1].split(",")
    header = ACLED_HEADER.split(",")
    values = dict(zip(header, row))
    assert (values["event_date"], values["year"], values["iso"], values["region"], values["latitude"], values["inter2"]) == ("", "", "", "", "", "")


def test_geojson_features():
    out = io.StringIO()
    n = write_geojson([event("a"), event("b", latitude=None, longitude=None)], out)
    data = json.loads(out.getvalue())
    assert n == 2 and data["type"] == "FeatureCollection"
    first, second = data["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [36.1021, 32.6189]}
    assert first["id"] == "a"
    assert first["properties"]["event_type"] == "Explosions/Remote violence"
    assert "evidence" not in first["properties"] and "latitude" not in first["properties"]
    assert second["geometry"] is None


def test_geojson_empty_is_valid():
    out = io.StringIO()
    assert write_geojson([], out) == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_jsonl_round_trips():
    out = io.StringIO()
    ev = event("a", sources=["d1", "d2"])
    write_jsonl([ev], out)
    assert event_from_dict(json.loads(out.getvalue())) == ev


def test_parquet_columns_and_values(tmp_path: Path):
    path = tmp_path / "x.parquet"
    n = write_parquet([event("a", sources=["d1"]), event("b", event_date=None, time_precision=None)], str(path), batch_size=1)
    table = pq.read_table(path)
    assert n == 2 and table.num_rows == 2
    rows = table.to_pylist()
    assert (rows[0]["event_id"], rows[0]["event_date"], rows[0]["year"], rows[0]["fatalities"], rows[0]["counts_civilian_fatalities"]) == (
        "a", date(2021, 7, 28), 2021, 4, 4
    )
    assert rows[0]["sources"] == ["d1"]
    assert json.loads(rows[0]["evidence_json"])[0]["span"] == {"start": 14, "end": 21, "text": "shelled"}
    assert (rows[1]["event_date"], rows[1]["time_precision"]) == (None, None)


def test_parquet_empty(tmp_path: Path):
    path = tmp_path / "x.parquet"
    assert write_parquet([], str(path)) == 0
    assert pq.read_table(path).num_rows == 0
