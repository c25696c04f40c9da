"""GeoNames admin1 codes newer than Natural Earth's shapes (admin1_codes.csv): a town in Djugu
is in Ituri, a province since 2015, not in the 'Orientale' shape its point falls in."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from frontlines.errors import InputError
from frontlines.geo.places import Place, supplement_id
from frontlines.geo.sources import DATA_DIR, data_rows

CODES_FILE = "admin1_codes.csv"
CLASHES_FILE = "admin1_code_clashes.csv"


@dataclass(frozen=True)
class Admin1Code:
    country_code: str
    code: str
    name: str
    place_names: tuple[str, ...]
    latitude: float
    longitude: float


def read_admin1_codes(only: set[str] | None = None) -> list[Admin1Code]:
    """The table's regions (for `only` these countries, as the index's tests build it)."""
    codes = []
    for lineno, row in enumerate(data_rows(CODES_FILE), start=2):
        try:
            if only is not None and row["country_code"] not in only:
                continue
            codes.append(Admin1Code(
                country_code=row["country_code"],
                code=row["admin1_code"],
                name=row["admin1_name"],
                place_names=tuple(n.strip() for n in row["place_names"].split("|") if n.strip()),
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
            ))
        except (KeyError, ValueError, AttributeError) as exc:
            raise InputError(f"bad admin1 code row near line {lineno}: {exc}", source=str(DATA_DIR / CODES_FILE)) from exc
    return codes


def admin1_code_places(codes: list[Admin1Code]) -> Iterator[Place]:
    """Each region's own ADM1 place, so "Ituri province" is found (at its capital's point)."""
    for region in codes:
        if not region.place_names:
            continue
        name, *alternates = region.place_names
        yield Place(
            id=supplement_id(name, region.latitude, region.longitude), name=name,
            latitude=region.latitude, longitude=region.longitude, country_code=region.country_code,
            feature_class="A", feature_code="ADM1", admin1_code=region.code, admin1=region.name,
            alternate_names=alternates, source=CODES_FILE,
        )


def clashing_code_countries() -> frozenset[str]:
    """Countries whose GeoNames codes number other regions than Natural Earth's (PH, VN, FR),
    so a town there is placed by its point, not its code."""
    return frozenset(row["country_code"] for row in data_rows(CLASHES_FILE) if row.get("country_code"))
