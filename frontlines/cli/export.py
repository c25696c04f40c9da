"""`frontlines export`: stored events out as ACLED CSV, GeoJSON, Parquet or JSONL."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from frontlines.cli._options import parse_date

from frontlines.export import BINARY_FORMATS, FORMATS

HELP = """Export stored events (reviewed values; rejected events and merged duplicates
left out) in the formats analysts use. The ACLED CSV has ACLED's columns in
ACLED's order.

\b
Example:
  frontlines export --format acled-csv --country Syria --since 2021-07-01 --out syria.csv
  frontlines export --format geojson --bbox 35.7,32.5,36.4,32.9 > daraa.geojson
  frontlines export --format acled-csv --review-status confirmed --out checked.csv
"""


def _parse_bbox(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        parts = tuple(float(p) for p in value.split(","))
        if len(parts) != 4:
            raise ValueError
    except ValueError:
        raise click.BadParameter(f"{value!r} is not 'minlon,minlat,maxlon,maxlat'") from None
    min_lon, min_lat, max_lon, max_lat = parts
    if min_lon > max_lon or min_lat > max_lat:
        raise click.BadParameter(f"{value!r}: minimums must not exceed maximums")
    return parts  # type: ignore[return-value]


@click.command("export", help=HELP)
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), required=True)
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), default=None, help="Output file (default: standard output; required for parquet).")
@click.option("--country", default=None, help="Country name, e.g. Syria.")
@click.option("--admin1", default=None, help="First-level region, e.g. Dar'a.")
@click.option("--type", "event_type", default=None, help="ACLED event_type, e.g. Battles.")
@click.option("--actor", default=None, help="Text in actor1/actor2 (case-insensitive).")
@click.option("--since", callback=parse_date, metavar="YYYY-MM-DD", help="Earliest event date.")
@click.option("--until", callback=parse_date, metavar="YYYY-MM-DD", help="Latest event date.")
@click.option("--bbox", callback=_parse_bbox, metavar="MINLON,MINLAT,MAXLON,MAXLAT", help="Only events inside this box.")
@click.option(
    "--review-status",
    type=click.Choice(["unreviewed", "confirmed", "edited", "rejected"]),
    default=None,
    help="Only events in this review state (e.g. confirmed: what analysts have checked).",
)
@click.option("--with-background", is_flag=True, help="Also export background events (history recalled by reports).")
@click.option("--db", "db_url", default=None, metavar="URL", help="Database URL (default: FRONTLINES_DB or sqlite:///frontlines.db).")
def command(
    fmt: str,
    out: Path | None,
    country: str | None,
    admin1: str | None,
    event_type: str | None,
    actor: str | None,
    since: date | None,
    until: date | None,
    bbox: tuple[float, float, float, float] | None,
    review_status: str | None,
    with_background: bool,
    db_url: str | None,
) -> None:
    from frontlines.errors import FrontlinesError
    from frontlines.export import writer_for
    from frontlines.store.db import EventQuery, Store

    if fmt in BINARY_FORMATS and out is None:
        raise click.UsageError(f"--format {fmt} writes a binary file: give --out FILE")
    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}")
    store = Store(db_url)
    query = EventQuery(
        country=country,
        admin1=admin1,
        event_type=event_type,
        actor=actor,
        since=since,
        until=until,
        bbox=bbox,
        reported_as=None if with_background else "new",
        review_status=review_status,
    )
    write = writer_for(fmt)
    events = store.iter_events(query, with_evidence=fmt in ("jsonl", "parquet"))
    if out is None:
        n = write(events, sys.stdout)
        target = "standard output"
    else:
        try:
            if fmt in BINARY_FORMATS:
                n = write(events, str(out))
            else:
                with out.open("w", encoding="utf-8", newline="") as fh:
                    n = write(events, fh)
        except OSError as exc:
            raise FrontlinesError(f"cannot write ({exc.strerror or exc})", source=str(out)) from None
        target = str(out)
    click.echo(f"exported {n} events to {target}", err=True)
