"""An Event as a row of ACLED's export columns (data/export/acled_columns.yaml)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from frontlines.data import read_csv_rows, read_yaml
from frontlines.model import Event


@lru_cache(maxsize=1)
def acled_columns() -> tuple[str, ...]:
    raw = read_yaml("export", "acled_columns.yaml")
    return tuple(raw["columns"])


@lru_cache(maxsize=1)
def acled_regions() -> dict[int, str]:
    return {int(r["iso"]): r["region"] for r in read_csv_rows("export", "acled_regions.csv")}


def _coord(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _int(value: Any) -> str:
    return "" if value is None else str(int(value))


def acled_row(ev: Event, timestamp: int) -> dict[str, str]:
    """ACLED's columns as strings; dates ISO (YYYY-MM-DD), as ACLED's API returns them."""
    return {
        "event_id_cnty": ev.event_id,
        "event_date": ev.event_date.isoformat() if ev.event_date else "",
        "year": str(ev.event_date.year) if ev.event_date else "",
        "time_precision": _int(ev.time_precision),
        "disorder_type": ev.disorder_type,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1,
        "assoc_actor_1": ev.assoc_actor_1,
        "inter1": _int(ev.inter1),
        "actor2": ev.actor2,
        "assoc_actor_2": ev.assoc_actor_2,
        "inter2": _int(ev.inter2),
        "interaction": _int(ev.interaction),
        "civilian_targeting": ev.civilian_targeting,
        "iso": _int(ev.iso),
        "region": acled_regions().get(ev.iso, "") if ev.iso is not None else "",
        "country": ev.country,
        "admin1": ev.admin1,
        "admin2": ev.admin2,
        "admin3": ev.admin3,
        "location": ev.location,
        "latitude": _coord(ev.latitude),
        "longitude": _coord(ev.longitude),
        "geo_precision": _int(ev.geo_precision),
        "source": ev.source,
        "source_scale": ev.source_scale,
        "notes": ev.notes,
        "fatalities": str(int(ev.fatalities or 0)),
        "tags": ev.tags,
        "timestamp": str(timestamp),
    }
