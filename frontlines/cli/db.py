"""`frontlines db`: show or apply schema migrations (Store also upgrades on open)."""

from __future__ import annotations

import click

HELP = """Database schema: show the current Alembic revision or upgrade to the latest.

Opening the store upgrades automatically; this command is for administrators
who want to migrate a shared PostgreSQL database explicitly.

\b
Example:
  frontlines db upgrade --db postgresql+psycopg://frontlines@dbhost/frontlines
  frontlines db current
"""


@click.command("db", help=HELP)
@click.argument("action", type=click.Choice(["current", "upgrade"]))
@click.option("--db", "db_url", default=None, metavar="URL", help="Database URL (default: FRONTLINES_DB or sqlite:///frontlines.db).")
def command(action: str, db_url: str | None) -> None:
    from frontlines.store.db import Store, safe_url
    from frontlines.store.migrate import current_revision, head_revision

    store = Store(db_url, migrate=action == "upgrade")
    current = current_revision(store.engine)
    head = head_revision()
    state = "up to date" if current == head else f"behind (latest is {head})"
    click.echo(f"{safe_url(store.url)}: schema revision {current or 'none'}, {state}")
