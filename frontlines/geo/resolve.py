"""Toponym resolution with article context: two passes, because the article's country
is itself learned from its toponyms (pass 1: priors only; pass 2: with the countries
and admin1 regions pass 1 found). Explicit qualifiers ("Parkland, Florida") override
context, and streets and buildings go to the town the article puts them in."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from frontlines.geo.designators import Designator, designated, designator_after
from frontlines.geo.fold import loose_key
from frontlines.geo.gaps_abroad import place_gaps_abroad
from frontlines.geo.gazetteer import (
    EXACT,
    FOLDED,
    Gazetteer,
    Match,
    display_name,
    get_gazetteer,
    match_km,
)
from frontlines.geo.group_names import group_name_spans, inside_group_name
from frontlines.geo.local_sites import relocate_sites
from frontlines.geo.qualifiers import (
    LIST_GOES_ON,
    Qualifier,
    abbreviated_admin1,
    qualifier_after,
    stated_admin1,
)
from frontlines.geo.rank import admin1_key, is_national_capital, rank_matches
from frontlines.geo.recognize import ADMIN_SUFFIXES, find_toponyms
from frontlines.geo.types import GeoContext, ResolvedToponym, Toponym
from frontlines.model import GeoPrecision

_CACHE_KEY = "frontlines.geo.resolved"
NEIGHBOUR_KM = 100.0  # "Orlivka, west of Avdiivka": a village a reporter places by a town is within a day's walk
VILLAGE_POPULATION = 20_000  # below this a far namesake is likelier a gazetteer gap than the place meant
STATED_ADMIN1_WEIGHT = 1.0  # a state named in a dateline or qualifier counts like one more mention
# ", west of", ", 20 km north of", "near": the second town locates the first (not a list or a route)
RELATIVE_TO = re.compile(
    r"^\s*(?:,\s*(?:(?:about|some|around)\s+)?(?:(?P<km>\d+)\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west|(?:north|south)-?(?:east|west))\s+of|,?\s*(?:near|outside))\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$"
)
NAME_FOLLOWS = re.compile(r" [A-Z][a-z]")
DIRECTION_WORDS = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern".split()
)


def resolve_toponyms(text: str, doc: Doc | None = None) -> list[ResolvedToponym]:
    """Every gazetteer toponym in the text with its chosen Location; unlisted spaCy entities only
    when they name a street or building, placed in its town."""
    if doc is None:
        from frontlines.nlp import parse

        doc = parse(text)
    return [r for r, _ in resolved_with_matches(doc)]


def resolved_with_matches(doc: Doc) -> list[tuple[ResolvedToponym, Match]]:
    """Resolution for a parsed doc, cached on the doc so article_context and locate_event share it."""
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None:
        return cached
    gaz = get_gazetteer()
    text = doc.text
    toponyms = [t for t in find_toponyms(text, doc, gazetteer=gaz) if t.candidates or t.kind == "unlisted"]
    groups = group_name_spans(text) if toponyms else []
    toponyms = [t for t in toponyms if t.kind != "place" or not inside_group_name(groups, t.span.start, t.span.end)]
    matches = [_matches(gaz, t) for t in toponyms]
    designators = [designator_after(text, t.span.end) if t.kind == "place" else None for t in toponyms]
    first = [_best(gaz, t, m, None, designator=d) for t, m, d in zip(toponyms, matches, designators)]
    qualifiers: list[Qualifier | None] = [None] * len(toponyms)
    forced: dict[int, Match] = {}
    for i in range(len(toponyms)):
        found = _qualifier(text, toponyms, matches, first, i)
        if found is not None:
            qualifiers[i], region = found
            if region is not None:
                forced[i + 1] = first[i + 1] = region
    stated = stated_admin1(text)
    chosen: list[Match | None] = []
    for i, toponym in enumerate(toponyms):
        if i in forced or not toponym.candidates:
            chosen.append(forced.get(i))
            continue
        # leave-one-out: a name's own first guess must not vote for itself ("al-Mansoura" in Egypt)
        own = first[i].candidate.geonameid if first[i] is not None else None
        context = context_from_matches([m for m in first if m is not None and m.candidate.geonameid != own])
        for key, n in stated.items():
            context.admin1[key] = context.admin1.get(key, 0.0) + STATED_ADMIN1_WEIGHT * n
        chosen.append(_best(gaz, toponym, matches[i], context, qualifiers[i], designator=designators[i]))
    in_country = _within_qualifier(gaz, chosen, qualifiers, forced)
    _inside_named_region(text, toponyms, matches, chosen, qualifiers)
    nearby = _near_named_town(text, toponyms, matches, chosen, qualifiers)
    _one_sense_per_name(toponyms, chosen, qualifiers)
    _direction_prefixes(text, toponyms, chosen)
    gaps = place_gaps_abroad(text, toponyms, matches, chosen, qualifiers)
    gaps |= in_country | _same_name(toponyms, chosen, in_country)
    sites = relocate_sites(text, toponyms, chosen) | nearby | gaps
    result = []
    for i, (toponym, match) in enumerate(zip(toponyms, chosen)):
        if i in sites:
            town = sites[i]
            # a village the gazetteer lacks keeps its own name at its town's point, as ACLED codes it
            name = toponym.span.text if i in nearby or i in gaps else display_name(town, town.candidate.name)
            in_region = i in gaps and town.candidate.feature_class == "A"
            location = gaz.to_location(town, GeoPrecision.REGION if in_region else GeoPrecision.NEAR_TOWN, name=name)
            result.append((ResolvedToponym(toponym.span, location, kind=toponym.kind, feature_code=town.candidate.feature_code), town))
        elif match is not None and toponym.candidates:
            location = gaz.to_location(match, name=display_name(match, toponym.span.text))
            result.append(
                (ResolvedToponym(toponym.span, location, kind=toponym.kind, feature_code=match.candidate.feature_code), match)
            )
    doc.user_data[_CACHE_KEY] = result
    return result


def _qualifier(
    text: str, toponyms: list[Toponym], matches: list[list[Match]], first: list[Match | None], i: int
) -> tuple[Qualifier, Match | None] | None:
    if toponyms[i].kind != "place" or (first[i] is not None and first[i].candidate.feature_code in ("PCLI", "CONT")):
        return None  # countries qualify, they are not qualified
    following = None
    if i + 1 < len(toponyms) and toponyms[i + 1].kind == "place":
        following = (toponyms[i + 1].span.start, toponyms[i + 1].span.end, matches[i + 1])
    return qualifier_after(text, toponyms[i].span.end, matches[i], following)


def _within_qualifier(
    gaz: Gazetteer, chosen: list[Match | None], qualifiers: list[Qualifier | None], forced: dict[int, Match]
) -> dict[int, Match]:
    """'Walker County (Ga.)' with no Walker in Georgia in the gazetteer: the article's town in
    Georgia, else Georgia itself; never a Walker in another state. 'Nasir, South Sudan' with only a
    Nasir in Sudan listed is a village of South Sudan the gazetteer lacks: returned (index -> the
    country) so it keeps its own name at the country's point."""
    in_country: dict[int, Match] = {}
    for i, qualifier in enumerate(qualifiers):
        match = chosen[i]
        if qualifier is None or match is None or qualifier.admits(match):
            continue
        if not qualifier.admin1_code:
            country = forced.get(i + 1)
            if country is not None and country.candidate.country_code == qualifier.country_code:
                chosen[i] = in_country[i] = country
            continue
        towns = [m for m in chosen if m is not None and m.candidate.feature_class == "P" and qualifier.admits(m)]
        if towns:
            counts = Counter(m.candidate.geonameid for m in towns)
            chosen[i] = max(towns, key=lambda m: counts[m.candidate.geonameid])
        else:
            chosen[i] = gaz.admin1_by_code(qualifier.country_code, qualifier.admin1_code) or match
    return in_country


def _same_name(toponyms: list[Toponym], chosen: list[Match | None], placed: dict[int, Match]) -> dict[int, Match]:
    """Later bare mentions of a name placed once keep that name too ("Nasir" after "Nasir, South Sudan")."""
    keys = {loose_key(toponyms[i].span.text): m for i, m in placed.items()}
    return {
        k: chosen[k]
        for k, t in enumerate(toponyms)
        if k not in placed and chosen[k] is not None and chosen[k] is keys.get(loose_key(t.span.text))
    }


def _inside_named_region(
    text: str, toponyms: list[Toponym], matches: list[list[Match]], chosen: list[Match | None], qualifiers: list[Qualifier | None]
) -> None:
    """'Palma in Cabo Delgado province': a town followed by the region it lies in is that region's town;
    when the gazetteer has none of that name in the region's country, the region itself (country and
    admin1 right, the town's point unknown) rather than a same-name town abroad. A district ("Solhan,
    a village in Yagha province") only rules out namesakes abroad."""
    for i in range(len(toponyms) - 1):
        here, region = chosen[i], chosen[i + 1]
        if here is None or region is None or qualifiers[i] is not None or toponyms[i].kind != "place":
            continue
        if region.candidate.feature_code not in ("ADM1", "ADM2") or region.how not in (EXACT, FOLDED):
            continue  # "Louisville in OT": only a region named in full contains a place
        if not _container_gap(text, toponyms[i], toponyms[i + 1]) or here.candidate.feature_class == "A":
            continue  # regions are not inside regions here
        # sources' admin1 codes can disagree within a country, so the region replaces only a name all abroad
        all_abroad = not any(m.candidate.country_code == region.candidate.country_code for m in matches[i])
        if region.candidate.feature_code == "ADM2":
            if all_abroad:
                _everywhere(toponyms, chosen, i, region)
            continue
        if here.candidate.feature_code == "CONT" or is_national_capital(here.candidate):
            continue  # "Moscow in Donetsk region" is an actor
        if _in_region(here, region):
            continue
        inside = [m for m in matches[i] if _in_region(m, region) and m.candidate.feature_class != "A"]
        if inside:
            chosen[i] = rank_matches(toponyms[i].span.text, inside)[0]
        elif all_abroad:
            _everywhere(toponyms, chosen, i, region)


def _everywhere(toponyms: list[Toponym], chosen: list[Match | None], i: int, region: Match) -> None:
    """A name placed by its region once is that region at its later bare mentions too."""
    abroad = chosen[i]
    key = loose_key(toponyms[i].span.text)
    for k, toponym in enumerate(toponyms):
        if k == i or (chosen[k] is abroad and loose_key(toponym.span.text) == key):
            chosen[k] = region


def _near_named_town(
    text: str, toponyms: list[Toponym], matches: list[list[Match]], chosen: list[Match | None], qualifiers: list[Qualifier | None]
) -> dict[int, Match]:
    """'Orlivka, west of Avdiivka': of several same-name villages, the one near the named town; when
    none is near, near the town (right region, a few km off) rather than a namesake across the country.
    Returns the mentions placed near their town, by index."""
    placed: dict[int, Match] = {}
    for i in range(len(toponyms) - 1):
        here, town = chosen[i], chosen[i + 1]
        if here is None or town is None or qualifiers[i] is not None or toponyms[i].kind != "place":
            continue
        if town.candidate.feature_class != "P" or here.candidate.feature_class != "P" or is_national_capital(here.candidate):
            continue
        gap = RELATIVE_TO.match(text[toponyms[i].span.end : toponyms[i + 1].span.start])
        if gap is None or (gap.group("km") and int(gap.group("km")) > NEIGHBOUR_KM):
            continue  # "Lviv, 470 km west of Kyiv" says so itself
        if match_km(here, town) <= NEIGHBOUR_KM:
            continue
        near = [m for m in matches[i] if m.candidate.feature_class == "P" and match_km(m, town) <= NEIGHBOUR_KM]
        if near:
            chosen[i] = rank_matches(toponyms[i].span.text, near)[0]
        elif here.candidate.population < VILLAGE_POPULATION:
            chosen[i] = placed[i] = town  # a known town is not moved to its neighbour
    return placed


def _in_region(match: Match, region: Match) -> bool:
    c, r = match.candidate, region.candidate
    return c.country_code == r.country_code and bool(match.admin1_code) and match.admin1_code == region.admin1_code


def _container_gap(text: str, inner: Toponym, outer: Toponym) -> bool:
    """The text between two names says the second contains the first ("X in northern Y", "X, Y")."""
    from frontlines.geo.event_location import (
        cues,  # event_location builds on this module
    )

    between = text[inner.span.end : outer.span.start]
    if between.strip() == "," and LIST_GOES_ON.match(text[outer.span.end : outer.span.end + 12]):
        return False  # "Aleppo, Idlib and Hama": a list, not a place and its region
    return any(p.search(between) for p in cues().container_between)


def _one_sense_per_name(toponyms: list[Toponym], chosen: list[Match | None], qualifiers: list[Qualifier | None]) -> None:
    """A name qualified once ("Parkland, Florida") means the same place at every mention."""
    settled: dict[str, Match] = {}
    for toponym, match, qualifier in zip(toponyms, chosen, qualifiers):
        if qualifier is not None and match is not None:
            settled.setdefault(loose_key(toponym.span.text), match)
    if not settled:
        return
    for i, toponym in enumerate(toponyms):
        match = settled.get(loose_key(toponym.span.text))
        if match is not None and toponym.kind == "place":
            chosen[i] = match


def _direction_prefixes(text: str, toponyms: list[Toponym], chosen: list[Match | None]) -> None:
    """A bare "South" or "West" read as its own place name is part of the next one ("West Wales");
    before a name the gazetteer lacks ("West Wollega") it is no place at all, not Cameroon's West region."""
    for i, here in enumerate(toponyms):
        if here.span.text.lower() not in DIRECTION_WORDS:
            continue
        after = toponyms[i + 1] if i + 1 < len(toponyms) else None
        if after is not None and after.span.start == here.span.end + 1 and chosen[i + 1] is not None:
            chosen[i] = chosen[i + 1]
        elif NAME_FOLLOWS.match(text, here.span.end):
            chosen[i] = None


def _matches(gaz: Gazetteer, toponym: Toponym) -> list[Match]:
    """The gazetteer matches behind the recogniser's candidates (with how each name matched)."""
    if toponym.kind != "place" or not toponym.candidates:
        return []
    ids = {c.geonameid for c in toponym.candidates}
    matches = [m for m in gaz.lookup(toponym.span.text) if m.candidate.geonameid in ids]
    if not matches:  # found through a shortened name ("Suffolk" for "Suffolk County")
        words = toponym.span.text.split()
        matches = [m for m in gaz.lookup(" ".join(words[:-1])) if m.candidate.geonameid in ids]
    return matches


def _best(
    gaz: Gazetteer,
    toponym: Toponym,
    matches: list[Match],
    context: GeoContext | None,
    qualifier: Qualifier | None = None,
    *,
    designator: Designator | None = None,
) -> Match | None:
    if toponym.kind == "demonym":
        return gaz.place(toponym.candidates[0].geonameid) if toponym.candidates else None
    if not toponym.candidates:
        return None
    state = abbreviated_admin1(toponym.span.text)
    if state is not None:  # "Va.", "B.C.": the state, whatever else GeoNames calls "Va"
        region = gaz.admin1_by_code(*state)
        if region is not None:
            return region
    last = toponym.span.text.split()[-1].lower()
    if last in ADMIN_SUFFIXES and last != "city":
        regions = [m for m in matches if m.candidate.feature_class == "A"]
        matches = regions or matches  # "Idlib Governorate" is the governorate, not the city
    if designator is not None:
        matches = designated(matches, designator)
    if qualifier is not None:
        matches = [m for m in matches if qualifier.admits(m)] or matches
    ranked = rank_matches(toponym.span.text, matches, context)
    return ranked[0] if ranked else None


def context_from_matches(matches: list[Match]) -> GeoContext:
    """Country and admin1 weights: shares of the article's toponyms (countries count once per mention)."""
    countries: Counter[str] = Counter()
    admin1: Counter[str] = Counter()
    for match in matches:
        c = match.candidate
        if c.country_code:
            countries[c.country_code] += 1.0
        key = admin1_key(match)
        if key and c.feature_code not in ("PCLI", "CONT"):
            admin1[key] += 1.0
    total_c = sum(countries.values()) or 1.0
    total_a = sum(admin1.values()) or 1.0
    return GeoContext(
        countries={k: round(v / total_c, 4) for k, v in countries.most_common()},
        admin1={k: round(v / total_a, 4) for k, v in admin1.most_common()},
    )
