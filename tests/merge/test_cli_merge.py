
from frontlines.store.db import EventQuery, Store
from tests.cli_runner import run_cli
from tests.store.factories import document, event


def test_merge_command(tmp_path, capsys, monkeypatch):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    store = Store(db)
    store.save_document(document("d1"), [event("a", confidence=0.9)])
    store.save_document(document("d2", text="Second outlet."), [event("b")])
    store.save_document(document("d3", text="Iraq."), [event("c", country="Iraq")])
    code, _, err = run_cli(["merge", "--country", "Syria", "--db", db], capsys, monkeypatch)
    assert (code, err) == (0, "2 events checked: 1 duplicate reports merged into 1 events\n")
    assert [e.event_id for e in store.query_events(EventQuery())] == ["a", "c"]


def test_db_command(tmp_path, capsys, monkeypatch):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    code, out, _ = run_cli(["db", "upgrade", "--db", db], capsys, monkeypatch)
    from frontlines.store.migrate import head_revision

    assert (code, out) == (0, f"{db}: schema revision {head_revision()}, up to date\n")
