"""`frontlines extract`: one article in, its event records out (and saved to the database)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from frontlines.cli._options import parse_date

HELP = """Extract ACLED-style events from one article (plain text or HTML).

Events are printed and saved to the database (re-extracting the same article
replaces its events; analysts' reviews are kept).

\b
Example:
  frontlines extract ../shared/seed/daraa-2021-07-30.txt --published 2021-07-30
  frontlines extract page.html --format json --no-store
"""


@click.command("extract", help=HELP)
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--published", callback=parse_date, metavar="YYYY-MM-DD", help="Publication date; relative dates resolve against it.")
@click.option("--source", default="", help="Source name, e.g. 'Middle East Monitor'.")
@click.option("--url", default="", help="The article's URL (used as its identity).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--db", "db_url", default=None, metavar="URL", help="Database URL (default: FRONTLINES_DB or sqlite:///frontlines.db).")
@click.option("--store/--no-store", default=True, show_default=True, help="Save the document and its events.")
@click.option("--background/--no-background", "show_background", default=True, show_default=True, help="Include background (history) events.")
def command(
    path: Path,
    published: date | None,
    source: str,
    url: str,
    fmt: str,
    db_url: str | None,
    store: bool,
    show_background: bool,
) -> None:
    from frontlines.ingest.readers import read_path

    document = read_path(path, source=source, published=published, url=url)
    from frontlines.pipeline import extract_document  # loads spaCy: only once the input is known good

    if document.published is None:
        click.echo(
            f"warning: {path}: no publication date given (--published) or found in the page; "
            "relative dates ('on Wednesday', 'last week') cannot be resolved and are left empty.",
            err=True,
        )
    events = extract_document(document)
    if store:
        from frontlines.store.db import Store

        Store(db_url).save_document(document, events)
    shown = [e for e in events if show_background or e.reported_as == "new"]
    _print(shown, fmt)
    if store:
        click.echo(f"{len(events)} events from {path} saved (document {document.id}).", err=True)


def _print(events: list, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps([e.to_dict() for e in events], indent=2, ensure_ascii=False))
    elif fmt == "csv":
        from frontlines.export.acled_csv import write_acled_csv

        write_acled_csv(events, sys.stdout)
    else:
        _print_table(events)


def _print_table(events: list) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_lines=True)
    for name in ("date (prec)", "type / sub-type", "actors", "location (prec)", "deaths / counts", "status", "note"):
        table.add_column(name, overflow="fold")
    for e in events:
        counts = ", ".join(f"{k} {v}" for k, v in vars(e.counts).items() if v and k != "fatalities")
        table.add_row(
            f"{e.event_date or '?'} ({int(e.time_precision) if e.time_precision else '-'})",
            f"{e.event_type}\n{e.sub_event_type}",
            f"{e.actor1 or '-'}\nvs {e.actor2 or '-'}",
            f"{e.location or '-'}, {e.admin1 or '-'}, {e.country or '-'} ({int(e.geo_precision) if e.geo_precision else '-'})",
            f"{e.fatalities}" + (f"\n{counts}" if counts else ""),
            e.reported_as + (", hedged" if e.hedged else ""),
            escape(e.notes),
        )
    Console(width=200).print(table)
