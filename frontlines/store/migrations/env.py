"""Alembic environment: runs on the connection the Store hands over (config.attributes)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from frontlines.store.schema import is_actor_search_object, metadata

config = context.config


def _include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """Autogenerate must not propose dropping the actor-search index (migration 0003 owns it)."""
    return not (name and is_actor_search_object(name))

connection = config.attributes.get("connection")

if connection is None:  # plain `alembic` CLI use: FRONTLINES_DB or the default file
    from frontlines.store.db import default_db_url

    engine = create_engine(default_db_url())
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True, include_name=_include_name)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True, include_name=_include_name)
    with context.begin_transaction():
        context.run_migrations()
