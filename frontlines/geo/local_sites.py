"""Streets and buildings ("Royal Street", "Carnegie Library", "Eva's Village in Paterson") lie in
the town the article is about, not in whatever town their first word names.

The gazetteer has no streets, so such a name is matched through its first word; that match
stands only when it is near the town the text puts the site in.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from frontlines.geo.gazetteer import Match, match_km
from frontlines.geo.sources import DATA_DIR
from frontlines.geo.types import Toponym

NEAR_KM = 100.0
BIG_TOWN = 100_000  # "Aleppo University" in a Damascus story is still in Aleppo
FOLLOWING_WORDS = re.compile(r"^(?:['’]s)?((?:\s[A-Z][\w'’.-]*){1,3})")  # "Douglas| High School"
SITE_IN = re.compile(r"^\s*(?:,|in|at|on|of)\s+(?:the\s+)?$")  # "Eva's Village in Paterson", "Le Bernardin in New York"
TOWN_LEVEL = frozenset({"P", "S", "L"})


@lru_cache(maxsize=1)
def site_heads() -> frozenset[str]:
    lines = (DATA_DIR / "site_heads.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def is_site(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and words[-1].lower().strip(".,") in site_heads()


def names_a_site(text: str, toponym: Toponym) -> bool:
    """The toponym is, or begins, a site's name: "Royal Street", "Douglas" in "Douglas High School"."""
    if is_site(toponym.span.text):
        return True
    m = FOLLOWING_WORDS.match(text[toponym.span.end : toponym.span.end + 60])
    return m is not None and any(w.lower() in site_heads() for w in m.group(1).split())


def relocate_sites(text: str, toponyms: list[Toponym], chosen: list[Match | None]) -> dict[int, Match]:
    """Index -> town for each street or building (listed or not) whose own match is far from its town."""
    towns = [i for i, (t, m) in enumerate(zip(toponyms, chosen)) if _is_town(text, t, m)]
    if not towns:
        return {}
    # a town abroad is more often a wrong guess ("Chartres" Street in New Orleans) than the site's town
    country = Counter(chosen[j].candidate.country_code for j in towns).most_common(1)[0][0]
    towns = [j for j in towns if chosen[j].candidate.country_code == country]
    main = _main_town(toponyms, chosen, towns)
    result: dict[int, Match] = {}
    for i, (toponym, match) in enumerate(zip(toponyms, chosen)):
        if toponym.kind == "demonym" or not names_a_site(text, toponym):
            continue
        anchor = _stated_town(text, toponyms, chosen, i, towns) or _previous_town(toponyms, i, towns) or main
        if anchor is None or anchor == i:
            continue
        town = chosen[anchor]
        named = is_site(toponym.span.text)  # else only the site's first word was taken as the place
        if match is None or (match_km(match, town) > NEAR_KM and _elsewhere(match, town, named)):
            result[i] = town
    return result


def _elsewhere(match: Match, town: Match, named: bool) -> bool:
    """Abroad; or, for a whole site name, outside the town's region and not a big city
    ("Franklin High School" in a Tennessee story is in Franklin, Tennessee; "Aleppo University"
    in a Damascus story is in Aleppo). A town name before a site's name ("Memphis Police
    Department") often means that town, so only a foreign match is overruled there."""
    c, t = match.candidate, town.candidate
    if c.country_code != t.country_code:
        return True
    return named and c.admin1 != t.admin1 and c.population < BIG_TOWN


def _is_town(text: str, toponym: Toponym, match: Match | None) -> bool:
    return (
        match is not None
        and toponym.kind == "place"
        and match.candidate.feature_class in TOWN_LEVEL
        and match.candidate.feature_code != "CONT"
        and not names_a_site(text, toponym)
    )


def _stated_town(text: str, toponyms: list[Toponym], chosen: list[Match | None], i: int, towns: list[int]) -> int | None:
    """The town named right after the site ("... in Paterson")."""
    j = i + 1
    if j in towns and SITE_IN.match(text[toponyms[i].span.end : toponyms[j].span.start]):
        return j
    return None


def _previous_town(toponyms: list[Toponym], i: int, towns: list[int]) -> int | None:
    """The nearest town named before the site."""
    earlier = [j for j in towns if j < i]
    return earlier[-1] if earlier else None


def _main_town(toponyms: list[Toponym], chosen: list[Match | None], towns: list[int]) -> int | None:
    """The town mentioned most often (first mention wins ties)."""
    counts = Counter(chosen[j].candidate.geonameid for j in towns)
    best = max(counts.values())
    return next(j for j in towns if counts[chosen[j].candidate.geonameid] == best)
