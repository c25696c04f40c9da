"""`frontlines serve`: the HTTP API and the analysts' map page."""

from __future__ import annotations

import click

HELP = """Serve the API and the web page (map, timeline, evidence, review).

Open http://HOST:PORT/ for the page and /docs for the API reference.
The page needs no network: map boundaries are built offline by
scripts/vendor_web_assets.py.

\b
Example:
  frontlines serve --db sqlite:///events.db --port 8000
"""

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@click.command(name="serve", help=HELP)
@click.option("--db", "db_url", default=None, help="Database URL (default: $FRONTLINES_DB, else sqlite:///frontlines.db).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
@click.option(
    "--max-article-bytes",
    default=1_000_000,
    show_default=True,
    type=click.IntRange(1, None),
    help="Largest article body /api/extract accepts.",
)
def command(db_url: str | None, host: str, port: int, max_article_bytes: int) -> None:
    import uvicorn

    from frontlines.api.app import create_app
    from frontlines.store.db import Store

    if host not in LOOPBACK:
        click.echo(
            f"warning: listening on {host}; the review endpoints have no login, "
            "so anyone who can reach this port can edit events",
            err=True,
        )
    app = create_app(Store(db_url), max_article_bytes=max_article_bytes)
    click.echo(f"frontlines: http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
