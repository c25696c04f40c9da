"""UCDP GED Syria place names -> coordinates and admin1 (geocode_name on each name).

The shipped gazetteer supplement contains UCDP names, so scoring it on them would only
measure a lookup. This task therefore builds its own indexes (cached next to the main one)
and reports:
- `heldout_*`: 'test' names (about 40%, by a hash of the core name), left out of the index: the
  honest number for place names missing from our supplement (`precision`: share of the
  names we do place that are within 25 km);
- `insample_*`: 'train' names, found through the supplement (a lookup check, not generalisation);
- `temporal_*`: how the system is used: a supplement built only from 2016 events (all
  non-UCDP sources kept) geocoding the place names of 2017 events, weighted by mentions
  (events) and per distinct 2017 name, plus the share of 2017 names first seen in 2017.
Only place-level names (UCDP where_prec 1-3) are scored.
"""

from __future__ import annotations

import hashlib
import statistics
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from frontlines.eval.metrics import Metric, accuracy_at_km, haversine_km, median
from frontlines.geo.fold import loose_key
from frontlines.geo.ucdp_names import ucdp_split
from frontlines.geo.ucdp_supplement import event_year, place_name, read_events
from frontlines.model import Location

NAME = "ucdp_geo"
DATASETS = ["ucdp_ged_syria/ucdp_ged_syria_dev_2016_2017.csv"]
NOT_FOUND_KM = 20_000.0
KNOWN_YEAR, LATER_YEAR = 2016, 2017

Geocoder = Callable[[str], "Location | None"]
Gold = dict[str, tuple[float, float, str]]


def run(data_dir: Path, limit: int | None = None) -> list[Metric]:
    from frontlines.geo.gazetteer import using_index

    path = Path(data_dir) / DATASETS[0]
    events = read_events(path)
    with using_index(_heldout_index()):
        metrics = _score_split(_gold_names(events), limit, _geocoder())
    with using_index(_temporal_index(events, path)):
        metrics += _score_temporal(events, limit, _geocoder())
    return metrics


def _geocoder() -> Geocoder:
    """geocode_name for Syria, memoised per index: 2017 events repeat their names many times."""
    from frontlines.geo import geocode_name

    cache: dict[str, Location | None] = {}

    def geocode(name: str) -> Location | None:
        if name not in cache:
            cache[name] = geocode_name(name, "SY")
        return cache[name]

    return geocode


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


def _temporal_index(events: list[dict[str, str]], data_path: Path) -> Path:
    """The gazetteer with no UCDP rows but those built (by the shipped builder) from KNOWN_YEAR events."""
    from frontlines.geo import index, sources, ucdp_supplement

    digest = hashlib.sha256(data_path.read_bytes())
    digest.update(Path(ucdp_supplement.__file__).read_bytes())
    name = f"eval-ucdp{KNOWN_YEAR}-{digest.hexdigest()[:8]}-gazetteer-{index.sources_version()}.sqlite"
    path = index.cache_dir() / name
    if not path.is_file():
        earlier = [e for e in events if event_year(e) <= KNOWN_YEAR]
        rows = ucdp_supplement.supplement_rows(earlier, ucdp_supplement.curated_keys())
        countries = sources.read_countries()
        regions = sources.read_admin1()
        non_ucdp = (p for p in index._default_places(countries, regions) if not p.ucdp_split)
        ucdp = sources.supplement_places(rows, "supplement_ucdp.csv", f"UCDP GED events up to {KNOWN_YEAR}")
        index.build_index(path, [*non_ucdp, *ucdp], reimport=False)
    return path


def _score_split(gold: Gold, limit: int | None, geocode: Geocoder) -> list[Metric]:
    by_split: dict[str, list[tuple[float, bool, bool]]] = defaultdict(list)
    names = sorted(gold)[:limit] if limit is not None else sorted(gold)
    for name in names:
        lat, lon, adm1 = gold[name]
        by_split[ucdp_split(name)].append(_judge(geocode(name), lat, lon, adm1))
    metrics = []
    for split, prefix in (("test", "heldout"), ("train", "insample")):
        rows = by_split.get(split, [])
        errors = [e for e, _, _ in rows]
        found = [e for e, ok, _ in rows if ok]
        n = len(rows)
        metrics += [
            Metric(NAME, f"{prefix}_found_rate", _share(ok for _, ok, _ in rows), n),
            Metric(NAME, f"{prefix}_accuracy_at_25km", accuracy_at_km(errors, 25.0), n),
            Metric(NAME, f"{prefix}_median_error_km", median(found), len(found)),
            # of the names we do place, the share placed right: a wrong point misleads more than none
            Metric(NAME, f"{prefix}_precision_at_25km", accuracy_at_km(found, 25.0), len(found)),
            Metric(NAME, f"{prefix}_admin1_agreement", _share(a for _, _, a in rows), n),
        ]
    return metrics


def _score_temporal(events: list[dict[str, str]], limit: int | None, geocode: Geocoder) -> list[Metric]:
    """Every LATER_YEAR event's place name against an index that knows only KNOWN_YEAR names."""
    known = {place_name(e) for e in events if event_year(e) <= KNOWN_YEAR} - {""}
    later_events = [e for e in events if event_year(e) == LATER_YEAR and place_name(e)]
    gold = _gold_names(later_events)
    names = sorted(gold)[:limit] if limit is not None else sorted(gold)
    chosen = set(names)
    mentions = [
        _judge(geocode(place_name(e)), float(e["latitude"]), float(e["longitude"]), e["adm_1"])
        for e in later_events
        if place_name(e) in chosen
    ]
    per_name = {name: _judge(geocode(name), *gold[name]) for name in names}
    new = [name for name in names if name not in known]
    return [
        Metric(NAME, "temporal_mentions_acc_at_25km", accuracy_at_km([e for e, _, _ in mentions], 25.0), len(mentions)),
        Metric(NAME, "temporal_mentions_admin1_agreement", _share(a for _, _, a in mentions), len(mentions)),
        Metric(NAME, "temporal_names_acc_at_25km", accuracy_at_km([e for e, _, _ in per_name.values()], 25.0), len(names)),
        Metric(NAME, "temporal_new_names_share", len(new) / len(names) if names else 0.0, len(names)),
        Metric(NAME, "temporal_new_names_acc_at_25km", accuracy_at_km([per_name[n][0] for n in new], 25.0), len(new)),
    ]


def _judge(loc: Location | None, lat: float, lon: float, adm1: str) -> tuple[float, bool, bool]:
    """(error km, found, same admin1); a name not found counts as NOT_FOUND_KM away."""
    if loc is None or loc.latitude is None or loc.longitude is None:
        return NOT_FOUND_KM, False, False
    return haversine_km(lat, lon, loc.latitude, loc.longitude), True, _same_admin1(loc.admin1, adm1)


def _share(flags) -> float:
    values = list(flags)
    return sum(values) / len(values) if values else 0.0


def _gold_names(events: list[dict[str, str]]) -> Gold:
    """Distinct place-level names -> median coordinates and most common adm_1."""
    rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in events:
        name = place_name(row)
        if name:
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
