"""GeoJSON FeatureCollection for GIS tools and web maps; events without coordinates get a null geometry."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from frontlines.model import Event

# Evidence is long and nested; GIS tools want flat attributes, so it stays in jsonl/parquet.
_SKIPPED = {"evidence", "latitude", "longitude"}


def event_feature(ev: Event) -> dict[str, Any]:
    data = ev.to_dict()
    props = {k: v for k, v in data.items() if k not in _SKIPPED}
    geometry = None
    if ev.latitude is not None and ev.longitude is not None:
        geometry = {"type": "Point", "coordinates": [round(ev.longitude, 6), round(ev.latitude, 6)]}
    return {"type": "Feature", "id": ev.event_id, "geometry": geometry, "properties": props}


def write_geojson(events: Iterable[Event], out: TextIO) -> int:
    """Streamed: the collection is written feature by feature, one per line."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for ev in events:
        if n:
            out.write(",\n")
        out.write(json.dumps(event_feature(ev), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
