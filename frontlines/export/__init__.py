"""Writers for the formats analysts use: ACLED CSV, GeoJSON, Parquet, JSONL.

Each writer takes an iterable of Events (e.g. `Store.iter_events`) and streams it, so a
million-event export never holds the whole set in memory. Submodules are imported on use
so `frontlines extract --format csv` does not pay for pyarrow.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

FORMATS: dict[str, tuple[str, str]] = {
    "acled-csv": ("frontlines.export.acled_csv", "write_acled_csv"),
    "geojson": ("frontlines.export.geojson", "write_geojson"),
    "jsonl": ("frontlines.export.jsonl", "write_jsonl"),
    "parquet": ("frontlines.export.parquet", "write_parquet"),
}
BINARY_FORMATS = {"parquet"}


def writer_for(fmt: str) -> Callable[..., int]:
    module, name = FORMATS[fmt]
    return getattr(importlib.import_module(module), name)
