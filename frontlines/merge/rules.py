"""Whether two event records can be reports of the same event (rules in data/merge/rules.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from frontlines.data import read_yaml
from frontlines.distance import haversine_km
from frontlines.model import Event, GeoPrecision


@dataclass(frozen=True)
class MergeRules:
    family_of: dict[str, int]
    date_window_days: dict[int, int]
    max_distance_km: float
    actor_stopwords: frozenset[str]


@lru_cache(maxsize=1)
def load_rules() -> MergeRules:
    raw = read_yaml("merge", "rules.yaml")
    family_of = {name: i for i, family in enumerate(raw["type_families"]) for name in family}
    return MergeRules(
        family_of=family_of,
        date_window_days={int(k): int(v) for k, v in raw["date_window_days"].items()},
        max_distance_km=float(raw["max_distance_km"]),
        actor_stopwords=frozenset(w.lower() for w in raw["actor_stopwords"]),
    )


def same_type_family(a: Event, b: Event, rules: MergeRules) -> bool:
    fa, fb = rules.family_of.get(a.event_type), rules.family_of.get(b.event_type)
    if fa is None or fb is None:
        return a.event_type == b.event_type
    return fa == fb


def dates_compatible(a: Event, b: Event, rules: MergeRules) -> bool:
    """Within the looser of the two precisions; undated events only match undated ones."""
    if a.event_date is None or b.event_date is None:
        return a.event_date is None and b.event_date is None
    precision = max(int(a.time_precision or 1), int(b.time_precision or 1))
    return abs((a.event_date - b.event_date).days) <= rules.date_window_days.get(precision, 1)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def locations_compatible(a: Event, b: Event, rules: MergeRules) -> bool:
    """Near each other when both are pinned to a place; the same region when either is region-only."""
    if a.country and b.country and _norm(a.country) != _norm(b.country):
        return False
    region_only = GeoPrecision.REGION in (a.geo_precision, b.geo_precision)
    if region_only:
        if not (a.admin1 and b.admin1) or _norm(a.admin1) != _norm(b.admin1):
            return False
        return not (a.admin2 and b.admin2) or _norm(a.admin2) == _norm(b.admin2)
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= rules.max_distance_km
    if a.location and b.location:
        return _norm(a.location) == _norm(b.location)
    return False


def actor_key(name: str, rules: MergeRules) -> str:
    """'Military Forces of Syria (2000-)' -> 'syria'; used to compare actors across outlets."""
    base = re.sub(r"\([^)]*\)\s*$", "", name)
    words = [w for w in _norm(base).split() if w not in rules.actor_stopwords]
    return " ".join(words)


def _actor_keys(ev: Event, rules: MergeRules) -> set[str]:
    names = [ev.actor1, ev.actor2]
    return {k for k in (actor_key(n, rules) for n in names if n) if k}


def actors_compatible(a: Event, b: Event, rules: MergeRules) -> bool:
    """Unknown actors match anything; named ones must share at least one actor (either role)."""
    ka, kb = _actor_keys(a, rules), _actor_keys(b, rules)
    if not ka or not kb:
        return True
    return any(x == y or x in y or y in x for x in ka for y in kb)


def same_event(a: Event, b: Event, rules: MergeRules | None = None) -> bool:
    """Could `a` and `b` be two reports of one event? Same document never merges (collapse does that)."""
    rules = rules or load_rules()
    if a.document_id and a.document_id == b.document_id:
        return False
    if a.reported_as != b.reported_as:
        return False
    return (
        same_type_family(a, b, rules)
        and dates_compatible(a, b, rules)
        and locations_compatible(a, b, rules)
        and actors_compatible(a, b, rules)
    )
