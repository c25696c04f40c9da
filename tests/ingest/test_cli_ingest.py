import shutil
from datetime import date
from pathlib import Path

import pytest

import frontlines.cli.ingest
from frontlines.model import Document, Event
from frontlines.store.db import EventQuery, Store
from tests.cli_runner import run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def fake_extract(doc: Document) -> list[Event]:
    """One event per paragraph, so tests know exactly what gets stored."""
    return [
        Event(event_type="Battles", notes=para[:40], event_date=doc.published, document_id=doc.id)
        for para in doc.text.split("\n\n")
    ]


@pytest.fixture
def fake_pipeline(monkeypatch):
    monkeypatch.setattr(frontlines.cli.ingest, "load_extractor", lambda: fake_extract)


def test_ingest_folder_jsonl_and_feed(tmp_path, capsys, monkeypatch, fake_pipeline):
    folder = tmp_path / "in"
    shutil.copytree(FIXTURES, folder)
    db = f"sqlite:///{tmp_path / 'x.db'}"
    code, _, err = run_cli(["ingest", str(folder), "--db", db], capsys, monkeypatch)
    assert code == 1  # the folder holds bad JSONL lines and an undated article
    error_lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert error_lines == [
        f"error: {folder / 'articles.jsonl'}:2: malformed JSON: Invalid control character at (column 72)",
        f"error: {folder / 'articles.jsonl'}:4: record has neither 'text' nor 'html'",
        f"error: {folder / 'articles.jsonl'}:5: 'published' is not an ISO date: 'not a date'",
        f"error: {folder / 'no-dateline.txt'}: no publication date in the input; relative dates cannot be "
        "resolved (give --published YYYY-MM-DD or a 'published' field)",
    ]
    assert "7 documents read, 6 stored with 9 events" in err
    store = Store(db)
    assert store.count_documents() == 6
    assert store.count_events(EventQuery()) == 9

    code, _, err = run_cli(["ingest", str(folder / "feed.rss"), str(folder / "idlib-shelling.txt"), "--db", db], capsys, monkeypatch)
    assert code == 0
    assert "2 documents read, 0 stored with 0 events" in err
    assert "skipped 2: already stored" in err
    assert store.count_events(EventQuery()) == 9


def test_published_option_fills_undated_inputs(tmp_path, capsys, monkeypatch, fake_pipeline):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    code, _, err = run_cli(["ingest", str(FIXTURES / "no-dateline.txt"), "--published", "2020-01-20", "--db", db], capsys, monkeypatch)
    assert code == 0
    doc = Store(db).query_events(EventQuery())[0]
    assert doc.event_date == date(2020, 1, 20)
    code, _, err = run_cli(["ingest", str(FIXTURES / "idlib-shelling.txt"), "--published", "2020-01-20", "--db", db], capsys, monkeypatch)
    assert code == 0
    dated = Store(db).query_events(EventQuery(), limit=1)[0]
    assert dated.event_date == date(2022, 3, 3)  # the article's own dateline wins


def test_force_reextracts(tmp_path, capsys, monkeypatch, fake_pipeline):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    run_cli(["ingest", str(FIXTURES / "idlib-shelling.txt"), "--db", db], capsys, monkeypatch)
    code, _, err = run_cli(["ingest", str(FIXTURES / "idlib-shelling.txt"), "--db", db, "--force"], capsys, monkeypatch)
    assert code == 0
    assert "1 documents read, 1 stored with 3 events" in err
    assert Store(db).count_events(EventQuery()) == 3


def test_bad_inputs_each_one_line_and_nothing_lost(tmp_path, capsys, monkeypatch, fake_pipeline):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    run_cli(["ingest", str(FIXTURES / "idlib-shelling.txt"), "--db", db], capsys, monkeypatch)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02")
    latin = tmp_path / "bad.txt"
    latin.write_bytes(bytes(range(128, 256)))
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    broken = tmp_path / "broken.html"
    broken.write_text("<html><body><div><p>Gunmen attacked a checkpoint in Tafas on Sunday, killing two soldiers.")
    missing = tmp_path / "missing.txt"
    args = ["ingest", *(str(p) for p in (empty, binary, latin, big, broken, missing)), "--db", db, "--published", "2021-08-01"]
    code, _, err = run_cli(args, capsys, monkeypatch)
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {empty}: file is empty",
        f"error: {binary}: binary file (contains NUL bytes), expected text or HTML",
        f"error: {latin}: unknown text encoding (invalid UTF-8 at byte 0); convert the file to UTF-8",
        f"error: {big}: file is 50.0 MB, over the 10 MB limit (set FRONTLINES_MAX_INPUT_MB to raise it)",
        f"error: {missing}: file not found",
    ]
    assert "Traceback" not in err
    store = Store(db)
    assert store.count_documents() == 2  # the earlier article and the broken-but-readable HTML
    assert store.count_events(EventQuery()) == 4


def test_no_inputs_is_a_usage_error(capsys, monkeypatch):
    code, _, err = run_cli(["ingest"], capsys, monkeypatch)
    assert code == 2
    assert "give at least one PATH or --feed URL" in err


def test_unusable_database_is_one_line(tmp_path, capsys, monkeypatch):
    code, _, err = run_cli(["ingest", str(FIXTURES / "idlib-shelling.txt"), "--db", f"sqlite:///{tmp_path}/no/x.db"], capsys, monkeypatch)
    assert code == 1
    assert err == f"error: sqlite:///{tmp_path}/no/x.db: cannot open database: folder {tmp_path}/no does not exist\n"


def test_real_pipeline_on_one_article(tmp_path, capsys, monkeypatch):
    try:
        frontlines.cli.ingest.load_extractor()
    except ImportError as exc:
        pytest.skip(f"pipeline not importable yet: {exc}")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    code, _, err = run_cli(["ingest", str(FIXTURES / "idlib-shelling.txt"), "--db", db], capsys, monkeypatch)
    assert code == 0
    store = Store(db)
    events = store.query_events(EventQuery())
    assert store.count_documents() == 1
    assert f"1 documents read, 1 stored with {len(events)} events" in err
    assert "Explosions/Remote violence" in {e.event_type for e in events}


def test_interrupt_keeps_documents_already_stored(tmp_path, capsys, monkeypatch):
    calls = []

    def extract_then_interrupt(doc: Document) -> list[Event]:
        calls.append(doc.id)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return fake_extract(doc)

    monkeypatch.setattr(frontlines.cli.ingest, "load_extractor", lambda: extract_then_interrupt)
    db = f"sqlite:///{tmp_path / 'x.db'}"
    code, _, err = run_cli(["ingest", str(FIXTURES / "articles.jsonl"), "--db", db], capsys, monkeypatch)
    assert code == 130
    assert err.endswith("Aborted.\n")
    store = Store(db)
    assert store.count_documents() == 1
    assert store.get_document(calls[0]) is not None
    code, _, err = run_cli(["ingest", str(FIXTURES / "articles.jsonl"), "--db", db], capsys, monkeypatch)
    assert "2 documents read, 1 stored with 1 events" in err and "skipped 1: already stored" in err


def test_extractor_crash_is_reported_and_run_goes_on(tmp_path, capsys, monkeypatch):
    def flaky(doc: Document) -> list[Event]:
        if "Tafas" in doc.text:
            raise ValueError("boom")
        return fake_extract(doc)

    monkeypatch.setattr(frontlines.cli.ingest, "load_extractor", lambda: flaky)
    db = f"sqlite:///{tmp_path / 'x.db'}"
    path = FIXTURES / "articles.jsonl"
    code, _, err = run_cli(["ingest", str(path), "--db", db], capsys, monkeypatch)
    assert code == 1
    assert f"error: {path}:1: extraction failed (ValueError: boom)" in err.splitlines()
    assert Store(db).count_documents() == 1
