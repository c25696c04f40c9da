"""UCDP GED events -> gazetteer supplement rows (the columns of supplement_ucdp.csv).

One builder for the shipped supplement (scripts/build_geodata.py, all events) and for the
ucdp_geo evaluation's temporal index (only earlier events), so the evaluation measures
exactly the rows the shipped supplement would have had at that time.
"""

from __future__ import annotations

import csv
import statistics
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from frontlines.errors import InputError
from frontlines.geo.fold import loose_key
from frontlines.geo.ucdp_names import parse_ucdp_name, ucdp_split

FIELDS = [
    "name", "alternate_names", "latitude", "longitude", "country_code", "feature_class",
    "feature_code", "population", "admin2", "parent", "geonameid", "source", "ucdp_split", "first_year",
]
PLACE_LEVEL = 3.0  # UCDP where_prec 1-3: the event is at (or near) a named place


def read_events(path: Path) -> list[dict[str, str]]:
    """Rows of a UCDP GED CSV export; a missing column is named in a one-line error."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as exc:
        raise InputError(f"cannot read UCDP GED events ({exc.strerror})", source=str(path)) from exc
    needed = {"where_coordinates", "where_prec", "latitude", "longitude", "adm_1", "adm_2", "date_start", "id"}
    missing = sorted(needed - set(rows[0])) if rows else []
    if missing:
        raise InputError(f"not a UCDP GED export: no column {', '.join(missing)}", source=str(path))
    return rows


def place_name(row: dict[str, str]) -> str:
    """The event's `where_coordinates` with whitespace normalised ('' for rows above place level)."""
    try:
        precise = bool(row["where_prec"]) and float(row["where_prec"]) <= PLACE_LEVEL
    except ValueError:
        return ""
    return " ".join(row["where_coordinates"].split()) if precise else ""


def event_year(row: dict[str, str]) -> int:
    return int(row["date_start"][:4])


def curated_keys() -> frozenset[str]:
    """Loose keys of the hand-curated supplement.csv names: UCDP rows never duplicate them."""
    from frontlines.geo.sources import DATA_DIR, read_supplement

    places = read_supplement(DATA_DIR / "supplement.csv")
    return frozenset(loose_key(n) for p in places for n in [p.name, *p.alternate_names])


def supplement_rows(events: Iterable[dict[str, str]], skip_keys: frozenset[str] | set[str] = frozenset()) -> list[dict[str, str]]:
    """One row per distinct place-level name, sorted by name; regions and names whose loose key
    is in `skip_keys` (curated in supplement.csv, which knows better) are left out."""
    by_name: dict[str, list[dict[str, str]]] = defaultdict(list)
    for event in events:
        if event.get("country", "Syria") == "Syria":
            name = place_name(event)
            if name:
                by_name[name].append(event)
    out = []
    for raw, rows in sorted(by_name.items()):
        parsed = parse_ucdp_name(raw)
        if parsed.is_region or loose_key(parsed.names[0]) in skip_keys:
            continue
        lat = statistics.median(float(r["latitude"]) for r in rows)
        lon = statistics.median(float(r["longitude"]) for r in rows)
        admin2 = statistics.mode(r["adm_2"] for r in rows).removesuffix(" district").strip()
        ids = ",".join(sorted({r["id"].removesuffix(".0") for r in rows})[:3])
        out.append({
            "name": parsed.names[0],
            "alternate_names": "|".join(parsed.names[1:]),
            "latitude": f"{lat:.6f}",
            "longitude": f"{lon:.6f}",
            "country_code": "SY",
            "feature_class": parsed.feature_class,
            "feature_code": parsed.feature_code,
            "population": "0",
            "admin2": admin2,
            "parent": "",
            "geonameid": "",
            "source": f"UCDP GED {ids} ({raw})",
            "ucdp_split": ucdp_split(raw),
            "first_year": str(min(event_year(r) for r in rows)),
        })
    return out


def write_supplement(path: Path, rows: list[dict[str, str]], header: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(header)
        writer = csv.DictWriter(handle, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
