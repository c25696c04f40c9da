import csv
import io
import json
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
from sqlalchemy import update

from frontlines.store.db import Store
from frontlines.store.schema import events as events_table
from tests.cli_runner import run_cli
from tests.store.factories import document, event


def _db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    store = Store(url)
    store.save_document(document("d1"), [event("shell"), event("old", reported_as="background", event_date=date(2019, 3, 1))])
    store.save_document(
        document("d2", text="Protest in Homs."),
        [event("protest", event_type="Protests", sub_event_type="Peaceful protest", admin1="Homs", latitude=34.73, longitude=36.71, event_date=date(2022, 5, 11))],
    )
    store.save_document(document("d3", text="Iraq."), [event("iraq", country="Iraq", iso=368, latitude=33.3, longitude=44.4)])
    store.save_document(document("d4", text="Another shelling report."), [event("dup"), event("bad", location="Nawa")])
    with store.engine.begin() as conn:
        conn.execute(update(events_table).where(events_table.c.event_id == "shell").values(fatalities=6, review_status="edited"))
        conn.execute(update(events_table).where(events_table.c.event_id == "bad").values(review_status="rejected"))
    store.update_events({"dup": {"merged_into": "shell"}})
    return url


def test_acled_csv_export_has_reviewed_values_without_rejected_or_merged(tmp_path, capsys, monkeypatch):
    db = _db(tmp_path)
    code, out, err = run_cli(["export", "--format", "acled-csv", "--db", db], capsys, monkeypatch)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["event_id_cnty"], r["fatalities"]) for r in rows] == [("iraq", "4"), ("shell", "6"), ("protest", "4")]
    assert err == "exported 3 events to standard output\n"


def test_filters_and_background(tmp_path, capsys, monkeypatch):
    db = _db(tmp_path)

    def ids(*extra):
        code, out, _ = run_cli(["export", "--format", "jsonl", "--db", db, *extra], capsys, monkeypatch)
        assert code == 0
        return [json.loads(line)["event_id"] for line in out.splitlines()]

    assert ids("--country", "Syria") == ["shell", "protest"]
    assert ids("--type", "Protests") == ["protest"]
    assert ids("--since", "2022-01-01") == ["protest"]
    assert ids("--until", "2021-12-31") == ["iraq", "shell"]
    assert ids("--bbox", "35,32,37,35") == ["shell", "protest"]
    assert ids("--with-background", "--country", "Syria") == ["old", "shell", "protest"]
    assert ids("--review-status", "edited") == ["shell"]
    assert ids("--review-status", "rejected") == ["bad"]


def test_geojson_and_parquet_files(tmp_path, capsys, monkeypatch):
    db = _db(tmp_path)
    gj = tmp_path / "out.geojson"
    code, _, err = run_cli(["export", "--format", "geojson", "--out", str(gj), "--db", db], capsys, monkeypatch)
    assert code == 0 and err == f"exported 3 events to {gj}\n"
    assert [f["id"] for f in json.loads(gj.read_text())["features"]] == ["iraq", "shell", "protest"]
    pq_path = tmp_path / "out.parquet"
    code, _, _ = run_cli(["export", "--format", "parquet", "--out", str(pq_path), "--db", db], capsys, monkeypatch)
    assert code == 0
    assert pq.read_table(pq_path).column("event_id").to_pylist() == ["iraq", "shell", "protest"]


def test_export_errors_are_one_line(tmp_path, capsys, monkeypatch):
    db = _db(tmp_path)
    code, _, err = run_cli(["export", "--format", "parquet", "--db", db], capsys, monkeypatch)
    assert code == 2 and "--format parquet writes a binary file: give --out FILE" in err
    code, _, err = run_cli(["export", "--format", "jsonl", "--bbox", "1,2,3", "--db", db], capsys, monkeypatch)
    assert code == 2 and "'1,2,3' is not 'minlon,minlat,maxlon,maxlat'" in err
    target = tmp_path / "no" / "dir" / "x.csv"
    code, _, err = run_cli(["export", "--format", "acled-csv", "--out", str(target), "--db", db], capsys, monkeypatch)
    assert code == 1 and err == f"error: {target}: cannot write (No such file or directory)\n"
