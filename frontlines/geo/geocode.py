"""A single place name (as coders write them: "Teir Maaleh village", "Has/Hassef town",
"Eastern Idlib Governorate", "Tall Dahdah Air defense Base") to a Location."""

from __future__ import annotations

import re
from functools import lru_cache

from frontlines.geo.gazetteer import Gazetteer, Match, get_gazetteer
from frontlines.geo.rank import rank_matches
from frontlines.geo.sources import DATA_DIR
from frontlines.geo.ucdp_names import SETTLEMENT_WORDS
from frontlines.model import GeoPrecision, Location

DIRECTIONS = re.compile(
    r"^(?:(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?|central|rural|greater)\s+",
    re.I,
)
REGION_WORDS = re.compile(r"\s+(?:governorate|province|countryside|region|muhafazat)$", re.I)
SITE_WORDS = frozenset(
    "road highway base airbase airport dam checkpoint military army brigade battalion regiment division "
    "hill hills mountain mountains tower field fields oilfield plant station bridge camp prison hospital "
    "school factory roundabout crossing border farm farms quarter neighbourhood neighborhood area "
    "junction gate company reservoir complex".split()
)
MIN_SCORE = -5.0  # below this every candidate was in the wrong country


def geocode_name(name: str, country_iso2: str | None = None) -> Location | None:
    """Best gazetteer entry for one name; None when nothing plausible matches."""
    text = " ".join(name.split()).strip(" ,.;")
    if not text:
        return None
    gaz = get_gazetteer()
    country = country_iso2.upper() if country_iso2 else None
    region = REGION_WORDS.search(text) or DIRECTIONS.match(text)
    if region:
        core = REGION_WORDS.sub("", DIRECTIONS.sub("", text)).strip()
        match = _best_admin1(gaz, core, country)
        if match is not None:
            return gaz.to_location(match, GeoPrecision.REGION)
        text = core or text
    precision = None
    words = text.split()
    is_district = len(words) > 1 and words[-1].lower() == "district"
    if words and words[-1].lower() in SETTLEMENT_WORDS:
        if SETTLEMENT_WORDS[words[-1].lower()][1] == "PPLX":
            precision = GeoPrecision.NEAR_TOWN
        text = " ".join(words[:-1]) or text
    alternatives = _alternatives(text)
    best = _best_of(gaz, alternatives, country)
    if best is None and is_district and _district_centre(text) != text:
        best = _best_of(gaz, [_district_centre(text)], country)
    if best is not None:
        found = precision_of(best)
        # a district is never pinned to its town: 2 at the centre town, 3 when only a region matched
        return gaz.to_location(best, max(precision, found) if is_district and precision else precision or found)
    # "Tall Dahdah Air defense Base", "Homs - Palmyra road": the named place the site is near
    for alt in alternatives:
        near = _named_part(alt)
        if near and near != alt:
            best = _best_of(gaz, [near], country)
            if best is not None:
                return gaz.to_location(best, GeoPrecision.NEAR_TOWN)
    return None


@lru_cache(maxsize=1)
def _district_prefixes() -> frozenset[str]:
    text = (DATA_DIR / "district_prefixes.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _district_centre(text: str) -> str:
    """The centre town a district is named after: "Mintaqat Markaz Hamah" -> "Hamah"."""
    words = text.split()
    while len(words) > 1 and words[0].lower() in _district_prefixes():
        words = words[1:]
    return " ".join(words)


def _named_part(text: str) -> str:
    """The place-name part of a site description: words before the first site word, or before ' - '."""
    if " - " in text:
        return text.split(" - ", 1)[0].strip()
    words = text.split()
    for i, word in enumerate(words):
        if i > 0 and word.lower() in SITE_WORDS:
            return " ".join(words[:i])
    return ""


def _alternatives(text: str) -> list[str]:
    inner = re.findall(r"\(([^)]*)\)", text)
    outer = re.sub(r"\([^)]*\)", " ", text)
    parts = [p.strip(" ,-") for p in outer.split("/")] + [p.strip() for p in inner]
    return [p for p in dict.fromkeys(parts) if p]


def _best_of(gaz: Gazetteer, names: list[str], country: str | None) -> Match | None:
    best: Match | None = None
    for alt in names:
        ranked = rank_matches(alt, gaz.lookup(alt, skeleton_country=country), None, country)
        if ranked and ranked[0].candidate.score > MIN_SCORE and (best is None or ranked[0].candidate.score > best.candidate.score):
            best = ranked[0]
    return best


def _best_admin1(gaz: Gazetteer, core: str, country: str | None) -> Match | None:
    matches = [m for m in gaz.lookup(core, skeleton_country=country) if m.candidate.feature_code in ("ADM1", "PPL", "PPLA", "PPLC")]
    ranked = rank_matches(core, matches, None, country)
    if not ranked or ranked[0].candidate.score <= MIN_SCORE:
        return None
    top = ranked[0]
    if top.candidate.feature_code == "ADM1":
        return top
    return gaz.admin1_place(top.candidate.country_code, top.candidate.admin1) if top.candidate.admin1 else None


def precision_of(match: Match) -> GeoPrecision:
    """ACLED geo_precision implied by the gazetteer entry itself (a quarter or a site is 2)."""
    c = match.candidate
    if c.feature_class == "A" or c.feature_code == "CONT":
        return GeoPrecision.REGION
    if c.feature_code == "PPLX" or c.feature_class in ("S", "L") or match.parent:
        return GeoPrecision.NEAR_TOWN
    return GeoPrecision.TOWN
