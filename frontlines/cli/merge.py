"""`frontlines merge`: mark stored reports of the same event as duplicates of one record."""

from __future__ import annotations

from datetime import date

import click

from frontlines.cli._options import parse_date

HELP = """Merge reports of the same event from different articles (same type family,
dates within their precision, within 10 km or the same district, compatible
actors) into one event with several sources. Duplicates stay stored but are
hidden from queries and exports; fatalities take the lowest reported figure.
Re-running recomputes the merges; analysts' reviewed events are never hidden.

\b
Example:
  frontlines merge --country Syria --since 2021-07-01
"""


@click.command("merge", help=HELP)
@click.option("--country", default=None, help="Only events in this country.")
@click.option("--since", callback=parse_date, metavar="YYYY-MM-DD", help="Only events on or after this date.")
@click.option("--until", callback=parse_date, metavar="YYYY-MM-DD", help="Only events on or before this date.")
@click.option("--db", "db_url", default=None, metavar="URL", help="Database URL (default: FRONTLINES_DB or sqlite:///frontlines.db).")
def command(country: str | None, since: date | None, until: date | None, db_url: str | None) -> None:
    from frontlines.merge import apply_merge
    from frontlines.store.db import EventQuery, Store

    report = apply_merge(Store(db_url), EventQuery(country=country, since=since, until=until))
    click.echo(
        f"{report.events} events checked: {report.duplicates} duplicate reports merged into {report.clusters} events",
        err=True,
    )
