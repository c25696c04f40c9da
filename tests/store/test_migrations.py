from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from frontlines.store.db import Store
from frontlines.store.migrate import current_revision, head_revision
from frontlines.store.schema import metadata


def test_migrations_build_exactly_the_schema(store: Store):
    """A change to schema.py without a migration fails here."""
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diffs == []
    assert current_revision(store.engine) == head_revision()


def test_reopening_is_a_no_op(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    Store(url).close()
    s = Store(url)
    assert sorted(inspect(s.engine).get_table_names()) == ["alembic_version", "documents", "events", "reviews"]
