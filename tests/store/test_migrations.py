from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from frontlines.store.db import Store
from frontlines.store.migrate import current_revision, head_revision
from frontlines.store.schema import is_actor_search_object, metadata
from tests.store.factories import database_at_revision


def test_migrations_build_exactly_the_schema(store: Store):
    """A change to schema.py without a migration fails here."""
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert [d for d in diffs if not is_actor_search_object(d[1].name)] == []
    assert current_revision(store.engine) == head_revision()


def test_reopening_is_a_no_op(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    Store(url).close()
    s = Store(url)
    names = [t for t in inspect(s.engine).get_table_names() if not is_actor_search_object(t)]
    assert sorted(names) == ["alembic_version", "documents", "events", "reviews"]


def test_old_database_is_upgraded_in_place(tmp_path: Path):
    """A file created at revision 0001 keeps its rows and gains the 0002 indexes on open."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = database_at_revision(url, "0001")
    assert current_revision(engine) == "0001"
    s = Store(url)
    assert current_revision(s.engine) == head_revision()
    names = {ix["name"] for ix in inspect(s.engine).get_indexes("events")}
    assert {"ix_events_type_date", "ix_events_admin1_date"} <= names and "ix_events_type" not in names
