"""`frontlines load`: put a batch job's Parquet output into the event store."""

from __future__ import annotations

import click

HELP = """Load the documents and events of a `frontlines batch` output into the database.

Only finished shards are loaded; loading again replaces each document's unreviewed
events, so it is safe to repeat. The database is --db, else $FRONTLINES_DB, else
sqlite:///frontlines.db.

\b
Example:
  frontlines load results/ --db postgresql+psycopg://frontlines@localhost/frontlines
"""


@click.command("load", help=HELP)
@click.argument("out", metavar="DIR")
@click.option("--db", "db_url", help="Database URL (SQLAlchemy form).")
def command(out: str, db_url: str | None) -> None:
    from frontlines.batch.load import load_output
    from frontlines.store.db import Store, safe_url

    store = Store(db_url)
    summary = load_output(out, store)
    click.echo(f"loaded {summary.documents} documents and {summary.events} events from {summary.shards} shards into {safe_url(store.url)}")
