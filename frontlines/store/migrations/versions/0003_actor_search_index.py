"""Trigram index for the actor substring filter (EventQuery.actor), backfilled from existing rows.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

SQLite: an FTS5 table with the trigram tokenizer holding a copy of the four actor columns
under the events rowid, kept in sync by triggers. It keeps its own copy (not external
content) so a delete never depends on the index agreeing with the events row.
PostgreSQL: pg_trgm GIN indexes on lower(actor column); if the extension cannot be
created (no permission), the indexes are skipped and the filter stays a correct scan.
"""

from __future__ import annotations

import logging
import sqlite3

from alembic import op
from sqlalchemy import text

from frontlines.errors import StoreError

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

FTS = "events_actor_fts"  # frontlines.store.schema.ACTOR_FTS_TABLE (frozen here: migrations never change)
log = logging.getLogger(__name__)
ACTOR_COLUMNS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
PG_INDEXES = {col: f"ix_events_{col}_trgm" for col in ACTOR_COLUMNS}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        _postgres_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {FTS}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {FTS}")
    elif dialect == "postgresql":
        for name in PG_INDEXES.values():
            op.execute(f"DROP INDEX IF EXISTS {name}")


def _sqlite_upgrade() -> None:
    cols = ", ".join(ACTOR_COLUMNS)
    new = ", ".join(f"new.{c}" for c in ACTOR_COLUMNS)
    try:
        op.execute(f"CREATE VIRTUAL TABLE {FTS} USING fts5({cols}, tokenize='trigram')")
    except Exception as exc:  # noqa: BLE001 - re-raised with the reason an operator can act on
        raise StoreError(
            f"SQLite {sqlite3.sqlite_version} has no FTS5 trigram tokenizer (needs 3.34+ with FTS5): {exc}"
        ) from None
    op.execute(f"INSERT INTO {FTS}(rowid, {cols}) SELECT rowid, {cols} FROM events")
    op.execute(
        f"CREATE TRIGGER {FTS}_ai AFTER INSERT ON events BEGIN "
        f"INSERT INTO {FTS}(rowid, {cols}) VALUES (new.rowid, {new}); END"
    )
    op.execute(f"CREATE TRIGGER {FTS}_ad AFTER DELETE ON events BEGIN DELETE FROM {FTS} WHERE rowid = old.rowid; END")
    changed = " OR ".join(["old.rowid != new.rowid"] + [f"old.{c} IS NOT new.{c}" for c in ACTOR_COLUMNS])
    op.execute(
        f"CREATE TRIGGER {FTS}_au AFTER UPDATE ON events WHEN {changed} BEGIN "
        f"DELETE FROM {FTS} WHERE rowid = old.rowid; "
        f"INSERT INTO {FTS}(rowid, {cols}) VALUES (new.rowid, {new}); END"
    )


def _postgres_upgrade() -> None:
    """Each step in a savepoint: a refused CREATE EXTENSION must not abort the upgrade."""
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except Exception as exc:  # noqa: BLE001 - no permission: the filter works without the index
        log.warning("pg_trgm not available, actor search stays a scan: %s", str(exc).splitlines()[0])
    schema = bind.scalar(
        text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'pg_trgm'"
        )
    )
    if schema is None:
        return
    opclass = f'"{schema}".gin_trgm_ops'
    for col, name in PG_INDEXES.items():
        try:
            with bind.begin_nested():
                bind.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON events USING gin (lower({col}) {opclass})"))
        except Exception as exc:  # noqa: BLE001 - e.g. no USAGE on the extension's schema: stay a scan
            log.warning("cannot create %s, actor search stays a scan: %s", name, str(exc).splitlines()[0])
