"""Alembic environment: runs on the connection the Store hands over (config.attributes)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from frontlines.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # plain `alembic` CLI use: FRONTLINES_DB or the default file
    from frontlines.store.db import default_db_url

    engine = create_engine(default_db_url())
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
