"""ACLED's admin1 spellings ("Idleb", "Rural Damascus") for the regions the gazetteer stores
under Natural Earth names: exports should read like ACLED's, while the index keeps one
spelling internally for context matching."""

from __future__ import annotations

import csv
from functools import lru_cache

from frontlines.errors import InputError
from frontlines.geo.sources import DATA_DIR

ADMIN_NAMES_FILE = DATA_DIR / "acled_admin_names.csv"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """(country, admin1 code) -> ACLED name, and (country, gazetteer name) -> ACLED name."""
    lines = [line for line in ADMIN_NAMES_FILE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    by_code: dict[tuple[str, str], str] = {}
    by_name: dict[tuple[str, str], str] = {}
    for lineno, row in enumerate(csv.DictReader(lines), start=2):
        try:
            cc, code, acled = row["country_code"].strip(), row["admin1_code"].strip(), row["acled_name"].strip()
            by_code[(cc, code)] = acled
            by_name.setdefault((cc, row["gazetteer_name"].strip()), acled)
        except (KeyError, AttributeError) as exc:
            raise InputError(f"bad admin name row near line {lineno}: {exc}", source=str(ADMIN_NAMES_FILE)) from exc
    return by_code, by_name


def acled_admin1(country_code: str, admin1_code: str, admin1: str) -> str:
    """The ACLED spelling of a region, or the gazetteer's name for countries not in the table."""
    if not admin1:
        return admin1
    by_code, by_name = _table()
    return by_code.get((country_code, admin1_code)) or by_name.get((country_code, admin1), admin1)


def gazetteer_admin1(country_code: str, name: str) -> str:
    """Back from an ACLED spelling to the gazetteer's (for comparing with other datasets)."""
    by_code, by_name = _table()
    for (cc, gazetteer_name), acled in by_name.items():
        if cc == country_code and acled == name:
            return gazetteer_name
    return name
