"""The indexed actor filter (migration 0003) returns exactly what the old full-scan filter did."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, or_, select, text

from frontlines.store.db import EventQuery, Store
from frontlines.store.migrate import current_revision, head_revision
from frontlines.store.reviews import record_review
from frontlines.store.schema import documents, events
from tests.store.conftest import PG_URL
from tests.store.factories import database_at_revision, document, event

ACTORS = {
    "e-army": ("Military Forces of Syria (2000-)", "Civilians (Syria)", ""),
    "e-frelimo": ("Forças Armadas de Defesa de Moçambique", "Al Sunnah wa Jama'ah", ""),
    "e-hts": ("Ḥay'at Taḥrīr al-Sham", "Military Forces of Syria (2000-)", "Jaysh al-Izza"),
    "e-upper": ("FORÇAS LOCAIS", "", ""),
    "e-odd": ("Group 50%_off", "Unidentified Armed Group (Mozambique)", 'Militia "Nord"'),
}
NEEDLES = [
    "syria", "SYRIA", "Syria (2000", "forças", "FORÇAS", "ças", "moçambique", "ḥay", "Ḥay'at", "taḥrīr",
    "tahrir", "izza", "50%_", "%_o", "0%", '"nord"', "al", "a", "", "   ", "no such actor",
]


def _save(store: Store) -> None:
    evs = [event(eid, actor1=a1, actor2=a2, assoc_actor_2=assoc) for eid, (a1, a2, assoc) in ACTORS.items()]
    store.save_document(document("doc-actors"), evs)


def _old_filter_ids(store: Store, needle: str) -> set[str]:
    """The condition as it was before the index: lower(column) LIKE %needle% on all four columns."""
    low = needle.lower()
    c = events.c
    cond = or_(*(func.lower(col).contains(low, autoescape=True) for col in (c.actor1, c.actor2, c.assoc_actor_1, c.assoc_actor_2)))
    with store.engine.connect() as conn:
        return set(conn.scalars(select(c.event_id).where(cond)))


def _ids(store: Store, actor: str) -> set[str]:
    return {e.event_id for e in store.query_events(EventQuery(actor=actor), limit=1000)}


@pytest.mark.parametrize("needle", NEEDLES)
def test_results_match_the_old_scan(store: Store, needle: str):
    _save(store)
    assert _ids(store, needle) == _old_filter_ids(store, needle)
    assert store.count_events(EventQuery(actor=needle)) == len(_old_filter_ids(store, needle))


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("syria", {"e-army", "e-hts"}),
        ("SYRIA", {"e-army", "e-hts"}),
        ("taḥrīr", {"e-hts"}),
        ("tahrir", set()),
        ("izza", {"e-hts"}),
        ("50%_", {"e-odd"}),
        ("%_o", {"e-odd"}),
        ('"nord"', {"e-odd"}),
        ("al", {"e-frelimo", "e-hts"}),
        ("no such actor", set()),
    ],
)
def test_exact_matches(store: Store, needle: str, expected: set[str]):
    """Dialect-independent cases (PostgreSQL lower() also folds non-ASCII, SQLite's does not)."""
    _save(store)
    assert _ids(store, needle) == expected


def test_non_ascii_case_follows_the_database_lower(store: Store):
    _save(store)
    expected = {"e-frelimo"} if store.dialect == "sqlite" else {"e-frelimo", "e-upper"}
    assert _ids(store, "FORÇAS") == expected
    assert _ids(store, "ças") == expected
    # Python lowers the needle to "ḥay'at"; SQLite's lower() leaves the stored "Ḥ" as it is
    assert _ids(store, "Ḥay'at") == (set() if store.dialect == "sqlite" else {"e-hts"})


def test_index_follows_insert_review_edit_and_reextraction(store: Store):
    _save(store)
    assert _ids(store, "jaysh al-izza") == {"e-hts"}
    record_review(store.engine, "e-hts", "edit", {"actor1": "Hurras al-Din", "assoc_actor_2": ""}, "amal")
    assert _ids(store, "taḥrīr") == set()
    assert _ids(store, "izza") == set()
    assert _ids(store, "hurras") == {"e-hts"}
    # re-extraction replaces the unreviewed events; the edited one stays
    store.save_document(document("doc-actors"), [event("e-new", actor1="Ansar Allah", actor2="")])
    assert _ids(store, "moçambique") == set()
    assert _ids(store, "syria") == {"e-hts"}  # its actor2, untouched by the edit
    assert _ids(store, "ansar allah") == {"e-new"}
    assert _ids(store, "hurras") == {"e-hts"}
    if store.dialect == "sqlite":
        assert _fts_rows(store) == {("e-hts", "Hurras al-Din"), ("e-new", "Ansar Allah")}


def test_sqlite_query_uses_the_trigram_table(tmp_path: Path):
    store = Store(f"sqlite:///{tmp_path / 'plan.db'}")
    stmt = select(func.count()).select_from(events).where(*store.conditions(EventQuery(actor="tahrir")))
    with store.engine.connect() as conn:
        sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
        plan = " | ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
    assert "SCAN events_actor_fts VIRTUAL TABLE INDEX" in plan
    store.close()


def test_postgres_has_trigram_indexes(store: Store):
    if store.dialect != "postgresql":
        pytest.skip("PostgreSQL only")
    with store.engine.connect() as conn:
        names = set(conn.scalars(text("SELECT indexname FROM pg_indexes WHERE tablename = 'events' AND indexname LIKE '%trgm'")))
    assert names == {"ix_events_actor1_trgm", "ix_events_actor2_trgm", "ix_events_assoc_actor_1_trgm", "ix_events_assoc_actor_2_trgm"}


def test_upgrade_from_0002_backfills_existing_rows(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = database_at_revision(url, "0002")
    Store(url, migrate=False).close()  # the Store can still write a 0002 file without touching its schema
    assert current_revision(engine) == "0002"
    from frontlines.store.db import _document_row, _event_row

    with engine.begin() as conn:
        conn.execute(documents.insert().values(**_document_row(document("doc-old"))))
        row = _event_row("doc-old", event("e-old", actor1="Ḥay'at Taḥrīr al-Sham"))
        row["event_id"] = "e-old"
        conn.execute(events.insert().values(**row))
    engine.dispose()
    store = Store(url)
    assert current_revision(store.engine) == head_revision()
    assert _ids(store, "taḥrīr al") == {"e-old"}
    assert _fts_rows(store) == {("e-old", "Ḥay'at Taḥrīr al-Sham")}
    store.close()


def _fts_rows(store: Store) -> set[tuple[str, str]]:
    """(event_id, actor1) as the SQLite trigram table holds them, joined on rowid."""
    with store.engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO events_actor_fts(events_actor_fts) VALUES('integrity-check')")
        rows = conn.exec_driver_sql(
            "SELECT e.event_id, f.actor1 FROM events_actor_fts f LEFT JOIN events e ON e.rowid = f.rowid"
        )
        return {tuple(r) for r in rows}


def test_only_the_search_objects_are_outside_the_metadata(store: Store):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from frontlines.store.schema import is_actor_search_object, metadata

    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    names = {d[1].name for d in diffs}
    assert all(d[0] in ("remove_table", "remove_index") for d in diffs)
    assert all(is_actor_search_object(n) for n in names)
    fts = {"events_actor_fts"} | {f"events_actor_fts_{s}" for s in ("config", "content", "data", "docsize", "idx")}
    trgm = {"ix_events_actor1_trgm", "ix_events_actor2_trgm", "ix_events_assoc_actor_1_trgm", "ix_events_assoc_actor_2_trgm"}
    assert names == (fts if store.dialect == "sqlite" else trgm)


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="set FRONTLINES_TEST_PG to run PostgreSQL tests")
def test_postgres_without_extension_rights_still_upgrades():
    """A role that may not CREATE EXTENSION gets no trigram indexes and the same answers."""
    import uuid

    from sqlalchemy.engine import make_url

    name = f"r_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{name}" LOGIN'))
        conn.execute(text(f'CREATE SCHEMA "{name}" AUTHORIZATION "{name}"'))
    url = make_url(PG_URL).set(username=name).update_query_dict({"options": f"-csearch_path={name}"})
    try:
        store = Store(url.render_as_string(hide_password=False))
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            trgm = conn.scalar(text("SELECT count(*) FROM pg_indexes WHERE schemaname = :s AND indexname LIKE '%trgm'"), {"s": name})
        assert trgm == 0
        _save(store)
        assert _ids(store, "syria") == {"e-army", "e-hts"}
        assert _ids(store, "FORÇAS") == {"e-frelimo", "e-upper"}
        store.close()
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
            conn.execute(text(f'DROP ROLE "{name}"'))
        admin.dispose()


@pytest.mark.parametrize("needle", ["syria", "forças", "izza", "no such actor"])
def test_common_needles_take_the_date_walk_with_the_same_results(store: Store, needle: str, monkeypatch):
    """A page for a needle the index finds often skips the index; the answer must not change."""
    from frontlines.store import db

    _save(store)
    expected = _old_filter_ids(store, needle)
    monkeypatch.setattr(db, "COMMON_ACTOR_ROWS", 2)
    assert _ids(store, needle) == expected
    with store.engine.connect() as conn:
        # the index folds Unicode case, so "forças" also finds "FORÇAS LOCAIS": 2 rows
        common = store._common_actor(conn, EventQuery(actor=needle))
    assert common == (store.dialect == "sqlite" and needle in ("syria", "forças"))
