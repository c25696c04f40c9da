"""Toponym resolution with article context: two passes, because the article's country
is itself learned from its toponyms (pass 1: priors only; pass 2: with the countries
and admin1 regions pass 1 found)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from frontlines.geo.gazetteer import Gazetteer, Match, display_name, get_gazetteer
from frontlines.geo.rank import rank_matches
from frontlines.geo.recognize import ADMIN_SUFFIXES, find_toponyms
from frontlines.geo.types import GeoContext, ResolvedToponym, Toponym

_CACHE_KEY = "frontlines.geo.resolved"


def resolve_toponyms(text: str, doc: Doc | None = None) -> list[ResolvedToponym]:
    """Every gazetteer toponym in the text with its chosen Location (unlisted spaCy entities are skipped)."""
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
    toponyms = [t for t in find_toponyms(doc.text, doc, gazetteer=gaz) if t.candidates]
    first = [_best(gaz, t, None) for t in toponyms]
    result = []
    for i, toponym in enumerate(toponyms):
        # leave-one-out: a name's own first guess must not vote for itself ("al-Mansoura" in Egypt)
        own = first[i].candidate.geonameid if first[i] is not None else None
        context = context_from_matches([m for m in first if m is not None and m.candidate.geonameid != own])
        match = _best(gaz, toponym, context)
        if match is None:
            continue
        location = gaz.to_location(match, name=display_name(match, toponym.span.text))
        result.append(
            (ResolvedToponym(toponym.span, location, kind=toponym.kind, feature_code=match.candidate.feature_code), match)
        )
    doc.user_data[_CACHE_KEY] = result
    return result


def _best(gaz: Gazetteer, toponym: Toponym, context: GeoContext | None) -> Match | None:
    if toponym.kind == "demonym":
        return gaz.place(toponym.candidates[0].geonameid) if toponym.candidates else None
    ids = {c.geonameid for c in toponym.candidates}
    matches = [m for m in gaz.lookup(toponym.span.text) if m.candidate.geonameid in ids]
    if not matches:  # found through a shortened name ("Suffolk" for "Suffolk County")
        words = toponym.span.text.split()
        matches = [m for m in gaz.lookup(" ".join(words[:-1])) if m.candidate.geonameid in ids]
    if toponym.span.text.split()[-1].lower() in ADMIN_SUFFIXES and toponym.span.text.split()[-1].lower() != "city":
        regions = [m for m in matches if m.candidate.feature_class == "A"]
        matches = regions or matches  # "Idlib Governorate" is the governorate, not the city
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
        if c.admin1 and c.feature_code not in ("PCLI", "CONT"):
            admin1[c.admin1] += 1.0
    total_c = sum(countries.values()) or 1.0
    total_a = sum(admin1.values()) or 1.0
    return GeoContext(
        countries={k: round(v / total_c, 4) for k, v in countries.most_common()},
        admin1={k: round(v / total_a, 4) for k, v in admin1.most_common()},
    )
