"""UCDP GED Syria place names -> coordinates and admin1 (geocode_name on each distinct name).

Part of the gazetteer supplement is built from UCDP 'train' names, so the metrics are
reported twice: `heldout_*` on 'test' names the supplement never saw (the honest number)
and `insample_*` on 'train' names (measures the supplement lookup, not generalisation).
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

    gold = _gold_names(Path(data_dir) / DATASETS[0])
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
    theirs = theirs.removesuffix(" Governorate")
    return bool(ours) and loose_key(ours) == loose_key(theirs)
