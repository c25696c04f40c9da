"""UCDP GED Syria place names -> coordinates and admin1 (geocode_name on each distinct name).

The shipped gazetteer supplement contains UCDP names, so scoring it on them would only
measure a lookup. This task therefore builds its own index (cached next to the main one)
without the supplement rows of 'test' names and reports:
- `heldout_*`: 'test' names (about 40%), which that index has never seen: the honest number
  for place names missing from our supplement;
- `insample_*`: 'train' names, found through the supplement (a lookup check, not generalisation).
Only place-level names (UCDP where_prec 1-3) are scored; regions are skipped.
"""

from __future__ import annotations

import csv
import statistics
from collections import defaultdict
from pathlib import Path

from frontlines.eval.metrics import Metric, accuracy_at_km, haversine_km, median
from frontlines.geo.fold import loose_key
from frontlines.geo.ucdp_names import ucdp_split

NAME = "ucdp_geo"
DATASETS = ["ucdp_ged_syria/ucdp_ged_syria_dev_2016_2017.csv"]
NOT_FOUND_KM = 20_000.0


def run(data_dir: Path, limit: int | None = None) -> list[Metric]:
    from frontlines.geo import geocode_name
    from frontlines.geo.gazetteer import using_index

    gold = _gold_names(Path(data_dir) / DATASETS[0])
    with using_index(_heldout_index()):
        return _score(gold, limit, geocode_name)


def _heldout_index() -> Path:
    """The full gazetteer minus supplement rows built from 'test' names (built once, then cached)."""
    from frontlines.geo import index, sources

    path = index.cache_dir() / f"eval-ucdp-gazetteer-{index.sources_version()}.sqlite"
    if not path.is_file():
        countries = sources.read_countries()
        regions = sources.read_admin1()
        places = (p for p in index._default_places(countries, regions) if p.ucdp_split != "test")
        index.build_index(path, places, reimport=False)
    return path


def _score(gold: dict[str, tuple[float, float, str]], limit: int | None, geocode_name) -> list[Metric]:
    by_split: dict[str, list[tuple[float, bool, bool]]] = defaultdict(list)
    names = sorted(gold)
    if limit is not None:
        names = names[:limit]
    for name in names:
        lat, lon, adm1 = gold[name]
        loc = geocode_name(name, "SY")
        if loc is None or loc.latitude is None:
            by_split[ucdp_split(name)].append((NOT_FOUND_KM, False, False))
            continue
        error = haversine_km(lat, lon, loc.latitude, loc.longitude)
        by_split[ucdp_split(name)].append((error, True, _same_admin1(loc.admin1, adm1)))
    metrics = []
    for split, prefix in (("test", "heldout"), ("train", "insample")):
        rows = by_split.get(split, [])
        errors = [e for e, _, _ in rows]
        found = [e for e, ok, _ in rows if ok]
        n = len(rows)
        metrics += [
            Metric(NAME, f"{prefix}_found_rate", sum(ok for _, ok, _ in rows) / n if n else 0.0, n),
            Metric(NAME, f"{prefix}_accuracy_at_25km", accuracy_at_km(errors, 25.0), n),
            Metric(NAME, f"{prefix}_median_error_km", median(found), len(found)),
            Metric(NAME, f"{prefix}_admin1_agreement", sum(a for _, _, a in rows) / n if n else 0.0, n),
        ]
    return metrics


def _gold_names(path: Path) -> dict[str, tuple[float, float, str]]:
    """Distinct place-level names -> median coordinates and most common adm_1."""
    rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = " ".join(row["where_coordinates"].split())
            if name and row["where_prec"] and float(row["where_prec"]) <= 3:
                rows[name].append(row)
    return {
        name: (
            statistics.median(float(r["latitude"]) for r in group),
            statistics.median(float(r["longitude"]) for r in group),
            statistics.mode(r["adm_1"] for r in group),
        )
        for name, group in rows.items()
    }


def _same_admin1(ours: str, theirs: str) -> bool:
    """Ours is ACLED-spelled ("Idleb"); UCDP spells like the gazetteer ("Idlib Governorate")."""
    from frontlines.geo.admin_names import gazetteer_admin1

    theirs = loose_key(theirs.removesuffix(" Governorate"))
    return bool(ours) and theirs in (loose_key(ours), loose_key(gazetteer_admin1("SY", ours)))
