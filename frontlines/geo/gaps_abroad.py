"""Gazetteer gaps that resolve abroad: "El Plateado" in a report from Cauca, Colombia has only a
Mexican hamlet of that name in cities500. A village whose every candidate lies in a country no other
place in the report is in, while the report names several places of one other country, is a village
of that country the gazetteer lacks: it keeps its own name at the report's place named beside it in
the same sentence, else at the report's main town ("the Hamra district" in a Beirut story has only a
Syrian hamlet listed); ACLED codes a village it cannot find at the nearest known place.
Other mentions of the same name do not count as another country named: they are the same guess."""

from __future__ import annotations

import re
from collections import Counter

from frontlines.geo.fold import loose_key
from frontlines.geo.gazetteer import Match
from frontlines.geo.qualifiers import Qualifier
from frontlines.geo.types import Toponym

VILLAGE_POPULATION = 20_000  # a bigger town abroad is known enough to be meant
MIN_HOME_MENTIONS = 2  # the report's own country must be named by at least this many other places
MIN_MAIN_TOWN_MENTIONS = 2  # a town named this often is where the report is set
BESIDE_CHARS = 80  # how far a placing name may stand from the village, within its sentence
SENTENCE_END = re.compile(r"[.!?]\s")


def place_gaps_abroad(
    text: str,
    toponyms: list[Toponym],
    matches: list[list[Match]],
    chosen: list[Match | None],
    qualifiers: list[Qualifier | None],
) -> dict[int, Match]:
    """Index -> the home-country place a gap village is coded at (left as chosen when none is beside it)."""
    placed: dict[int, Match] = {}
    countries = [m.candidate.country_code if m is not None and t.kind == "place" else "" for t, m in zip(toponyms, chosen)]
    for i, match in enumerate(chosen):
        if match is None or qualifiers[i] is not None or toponyms[i].kind != "place":
            continue
        c = match.candidate
        if c.feature_class != "P" or c.population >= VILLAGE_POPULATION:
            continue
        key = loose_key(toponyms[i].span.text)
        others = Counter(cc for k, cc in enumerate(countries) if cc and loose_key(toponyms[k].span.text) != key)
        home = _home_country(others)
        if not home or home == c.country_code or others[c.country_code]:
            continue
        if any(m.candidate.country_code == home for m in matches[i]):
            continue  # a namesake at home was there to choose: ranking weighed it
        beside = _placing_name(text, toponyms, chosen, i, home) or _main_town(toponyms, chosen, home)
        if beside is not None:
            placed[i] = beside
    return placed


def _home_country(counts: Counter[str]) -> str:
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_HOME_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]


def _placing_name(text: str, toponyms: list[Toponym], chosen: list[Match | None], i: int, home: str) -> Match | None:
    """The nearest home-country town or region named in the same sentence, after the village first
    ("El Plateado, in the Argelia municipality of Cauca"), else before it."""
    here = toponyms[i].span
    after = [k for k in range(i + 1, len(toponyms)) if toponyms[k].span.start - here.end <= BESIDE_CHARS]
    before = [k for k in range(i - 1, -1, -1) if here.start - toponyms[k].span.end <= BESIDE_CHARS]
    for k in after + before:
        match, span = chosen[k], toponyms[k].span
        gap = text[here.end : span.start] if k > i else text[span.end : here.start]
        if SENTENCE_END.search(gap):
            continue
        if match is None or toponyms[k].kind != "place" or match.candidate.country_code != home:
            continue
        if match.candidate.feature_class == "P" or match.candidate.feature_code in ("ADM1", "ADM2"):
            return match
    return None


def _main_town(toponyms: list[Toponym], chosen: list[Match | None], home: str) -> Match | None:
    """The home-country town the report names most (at least twice; the first named on a tie)."""
    counts: Counter[int] = Counter()
    first: dict[int, Match] = {}
    for toponym, match in zip(toponyms, chosen):
        if match is None or toponym.kind != "place" or match.candidate.country_code != home:
            continue
        if match.candidate.feature_class == "P":
            counts[match.candidate.geonameid] += 1
            first.setdefault(match.candidate.geonameid, match)
    ranked = counts.most_common(1)  # Counter keeps first-seen order among equal counts
    if not ranked or ranked[0][1] < MIN_MAIN_TOWN_MENTIONS:
        return None
    return first[ranked[0][0]]
