"""`frontlines ingest`: many articles in (files, folders, JSONL, feeds), events into the database."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import click

from frontlines.cli._options import parse_date

HELP = """Extract and store events from many articles: files, folders (recursive),
JSONL (one article per line: text or html, url, source, published, title),
and RSS/Atom feeds.

Documents already stored (same URL or same text) are skipped unless --force.
Bad inputs are reported with file and line and skipped; the rest goes on and
the exit status is 1 if any input could not be read.

\b
Example:
  frontlines ingest articles/ wire.jsonl --source "Middle East Monitor"
  frontlines ingest --feed https://example.org/rss.xml --watch 900
"""


@click.command("ingest", help=HELP)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--feed", "feeds", multiple=True, metavar="URL", help="RSS/Atom feed URL or file (repeatable).")
@click.option("--watch", type=click.IntRange(min=1), default=None, metavar="SECONDS", help="Repeat every SECONDS until interrupted.")
@click.option("--db", "db_url", default=None, metavar="URL", help="Database URL (default: FRONTLINES_DB or sqlite:///frontlines.db).")
@click.option("--source", default="", help="Source name for inputs that do not name one.")
@click.option("--published", callback=parse_date, metavar="YYYY-MM-DD", help="Publication date for inputs that carry none.")
@click.option("--force", is_flag=True, help="Re-extract documents that are already stored.")
def command(
    paths: tuple[Path, ...],
    feeds: tuple[str, ...],
    watch: int | None,
    db_url: str | None,
    source: str,
    published: date | None,
    force: bool,
) -> None:
    if not paths and not feeds:
        raise click.UsageError("give at least one PATH or --feed URL")
    from frontlines.ingest.runner import IngestOptions
    from frontlines.store.db import Store

    store = Store(db_url)
    options = IngestOptions(source=source, published=published, force=force)
    while True:
        summary = _run_once(store, paths, feeds, options)
        for line in summary.lines():
            click.echo(line, err=True)
        if watch is None:
            break
        click.echo(f"watching: next pass in {watch} s (Ctrl-C to stop)", err=True)
        time.sleep(watch)
    if summary.errors:
        raise SystemExit(1)


def load_extractor():  # noqa: ANN201 - returns frontlines.pipeline.extract_document
    """The real extractor; imported late because it loads spaCy (tests swap in a fake)."""
    from frontlines.pipeline import extract_document

    return extract_document


def _run_once(store, paths, feeds, options):  # noqa: ANN001, ANN202 - heavy types imported lazily
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from frontlines.errors import InputError
    from frontlines.ingest.discover import discover
    from frontlines.ingest.runner import ingest_units
    extract_document = load_extractor()
    units = list(discover(paths, feeds))
    console = Console(stderr=True)
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=False,
    ) as progress:
        task = progress.add_task("", total=sum(1 for u in units if not isinstance(u, InputError)))

        def unit_done(location: str) -> None:
            progress.update(task, advance=1, description=Path(location).name[:40])

        def error(message: str) -> None:
            progress.console.print(f"error: {message}", markup=False, highlight=False, soft_wrap=True)

        return ingest_units(store, units, extract_document, options, on_unit_done=unit_done, on_error=error)
