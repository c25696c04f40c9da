from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update

from frontlines.errors import StoreError
from frontlines.store.db import EventQuery, Store, default_db_url
from frontlines.store.schema import events as events_table

from .factories import document, event


def test_save_and_read_back_round_trips(store: Store):
    doc, ev = document(), event("e1")
    store.save_document(doc, [ev])
    assert store.has_document(doc.id)
    assert store.get_document(doc.id) == doc
    got = store.get_event("e1")
    expected = event("e1", document_id=doc.id, sources=[doc.id])
    assert got == expected
    assert store.get_event("nope") is None and store.get_document("nope") is None


def test_resaving_replaces_unreviewed_events_without_duplicates(store: Store):
    doc = document()
    store.save_document(doc, [event(), event(location="Tafas", latitude=32.73, longitude=35.97)])
    store.save_document(doc, [event(), event(location="Tafas", latitude=32.73, longitude=35.97)])
    assert store.count_events(EventQuery()) == 2
    store.save_document(doc, [event(fatalities=5)])
    assert [e.fatalities for e in store.query_events(EventQuery())] == [5]


def test_generated_event_ids_are_stable_across_reextraction(store: Store):
    doc = document()
    store.save_document(doc, [event()])
    first = store.query_events(EventQuery())[0].event_id
    store.save_document(doc, [event()])
    assert store.query_events(EventQuery())[0].event_id == first
    assert first.startswith("doc-daraa-")


def test_reviewed_events_survive_reextraction(store: Store):
    doc = document()
    store.save_document(doc, [event("keep"), event("drop", location="Tafas")])
    with store.engine.begin() as conn:
        conn.execute(update(events_table).where(events_table.c.event_id == "keep").values(review_status="edited", fatalities=9))
    store.save_document(doc, [event("keep", fatalities=1), event("new", location="Nawa")])
    got = {e.event_id: e.fatalities for e in store.query_events(EventQuery())}
    assert got == {"keep": 9, "new": 4}


def test_rejected_and_merged_are_hidden_unless_asked(store: Store):
    doc = document()
    store.save_document(doc, [event("a"), event("b", location="Tafas"), event("c", location="Nawa")])
    with store.engine.begin() as conn:
        conn.execute(update(events_table).where(events_table.c.event_id == "a").values(review_status="rejected"))
    store.update_events({"c": {"merged_into": "b"}, "b": {"sources": [doc.id, "other-doc"]}})
    assert [e.event_id for e in store.query_events(EventQuery())] == ["b"]
    assert store.get_event("b").sources == [doc.id, "other-doc"]
    assert store.count_events(EventQuery(include_rejected=True, include_merged=True)) == 3


def test_filters(store: Store):
    store.save_document(document("d1"), [event("syria-shell")])
    store.save_document(
        document("d2", text="Protesters rallied in Homs."),
        [
            event(
                "homs-protest",
                event_date=date(2022, 5, 11),
                event_type="Protests",
                sub_event_type="Peaceful protest",
                actor1="Protesters (Syria)",
                actor2="",
                admin1="Homs",
                location="Homs",
                latitude=34.73,
                longitude=36.71,
                fatalities=0,
                reported_as="background",
            )
        ],
    )
    store.save_document(document("d3", text="Clashes in Iraq."), [event("iraq", country="Iraq", latitude=33.3, longitude=44.4, admin1="Baghdad")])

    def ids(**kw):
        return sorted(e.event_id for e in store.query_events(EventQuery(**kw)))

    assert ids(country="Syria") == ["homs-protest", "syria-shell"]
    assert ids(admin1="Homs") == ["homs-protest"]
    assert ids(event_type="Protests") == ["homs-protest"]
    assert ids(sub_event_type="Shelling/artillery/missile attack") == ["iraq", "syria-shell"]
    assert ids(actor="PROTESTERS") == ["homs-protest"]
    assert ids(actor="civilians (syria)") == ["iraq", "syria-shell"]
    assert ids(actor="100%_") == []
    assert ids(since=date(2022, 1, 1)) == ["homs-protest"]
    assert ids(until=date(2021, 12, 31)) == ["iraq", "syria-shell"]
    assert ids(bbox=(35.0, 32.0, 37.0, 35.0)) == ["homs-protest", "syria-shell"]
    assert ids(reported_as="background") == ["homs-protest"]
    assert ids(document_id="d3") == ["iraq"]
    assert store.count_events(EventQuery(country="Syria", since=date(2022, 1, 1))) == 1


def test_query_order_and_paging(store: Store):
    doc = document()
    evs = [event(f"e{i}", event_date=date(2021, 7, 20 + i), location=f"L{i}") for i in range(5)]
    store.save_document(doc, evs + [event("undated", event_date=None)])
    assert [e.event_id for e in store.query_events(EventQuery(), limit=3)] == ["e4", "e3", "e2"]
    assert [e.event_id for e in store.query_events(EventQuery(), limit=3, offset=3)] == ["e1", "e0", "undated"]
    assert [e.event_id for e in store.iter_events(EventQuery(), batch_size=2)] == ["e0", "e1", "e2", "e3", "e4", "undated"]


def test_content_hash_finds_same_text_under_another_url(store: Store):
    store.save_document(document("d1"), [])
    assert store.find_by_content("  Regime forces shelled Daraa al-Balad on Wednesday,\nkilling four civilians.") == "d1"
    assert store.find_by_content("Something else.") is None
    assert store.count_documents() == 1


def test_failed_save_keeps_earlier_documents(store: Store):
    store.save_document(document("d1"), [event("e1")])
    with pytest.raises(StoreError) as err:
        store.save_document(document("d3"), [event("e1")])  # e1 already belongs to d1
    assert str(err.value).startswith(f"{store.url}: cannot save document d3 (")
    assert "\n" not in str(err.value)
    assert store.get_event("e1").document_id == "d1"
    assert not store.has_document("d3")  # the whole transaction rolled back


def test_sqlite_is_wal_with_foreign_keys(tmp_path: Path):
    s = Store(f"sqlite:///{tmp_path / 'x.db'}")
    with s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_default_url(monkeypatch):
    monkeypatch.delenv("FRONTLINES_DB", raising=False)
    assert default_db_url() == "sqlite:///frontlines.db"
    monkeypatch.setenv("FRONTLINES_DB", "postgresql+psycopg://u@h/db")
    assert default_db_url() == "postgresql+psycopg://u@h/db"


def test_bad_urls_are_one_line_store_errors(tmp_path: Path):
    with pytest.raises(StoreError) as err:
        Store(f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}")
    assert str(err.value) == f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}: cannot open database: folder {tmp_path / 'no' / 'such'} does not exist"
    with pytest.raises(StoreError) as err:
        Store("not a url")
    assert str(err.value).startswith("not a url: not a database URL")
    not_db = tmp_path / "notes.txt"
    not_db.write_text("this is not a database " * 100)
    with pytest.raises(StoreError) as err:
        Store(f"sqlite:///{not_db}")
    assert str(err.value) == f"sqlite:///{not_db}: cannot open database (file is not a database)"


def test_plain_postgresql_url_uses_psycopg3():
    from sqlalchemy.engine import make_url

    store = Store("postgresql://nobody@127.0.0.1:1/none", migrate=False)
    assert store.engine.url.drivername == "postgresql+psycopg"
    assert make_url(store.url).drivername == "postgresql"
