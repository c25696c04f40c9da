"""The gazetteer's record for one place, shared by every source reader and the index."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field


@dataclass
class Place:
    """One gazetteer entry; `id` is the GeoNames id, or negative for supplement rows without one."""

    id: int
    name: str
    latitude: float
    longitude: float
    country_code: str
    feature_class: str = "P"
    feature_code: str = "PPL"
    population: int = 0
    admin1_code: str = ""
    admin2_code: str = ""
    admin1: str = ""
    admin2: str = ""
    alternate_names: list[str] = field(default_factory=list)
    source: str = ""
    parent: str = ""  # the town a part-of-town or site belongs to, e.g. Nasib for the crossing
    ucdp_split: str = ""  # rows built from UCDP GED: 'train' or 'test' (see frontlines.geo.ucdp_names)


def supplement_id(name: str, latitude: float, longitude: float) -> int:
    """A stable negative id for rows that have no GeoNames id, so results are reproducible."""
    key = f"{name}|{latitude:.4f}|{longitude:.4f}".encode()
    return -(zlib.crc32(key) or 1)
