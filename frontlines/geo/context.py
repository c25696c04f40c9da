"""Article-level geography: which countries and admin1 regions a report is about, and its
main place, used for events whose sentence names no place."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from frontlines.geo.gazetteer import get_gazetteer
from frontlines.geo.resolve import context_from_matches, resolved_with_matches
from frontlines.geo.types import GeoContext
from frontlines.model import GeoPrecision

# earlier mentions (headline, lead) say more about where the story is
POSITION_DECAY_CHARS = 3000.0
FEATURE_WEIGHT = {"PCLI": 0.2, "CONT": 0.0, "ADM1": 0.8}


def article_context(doc: Doc) -> GeoContext:
    pairs = resolved_with_matches(doc)
    places = [(r, m) for r, m in pairs if r.kind == "place"]
    context = context_from_matches([m for r, m in pairs if r.kind != "unlisted"])
    if not places:
        return context
    top_country = _main_country(doc, places) or next(iter(context.countries), "")
    score: dict[int, float] = defaultdict(float)
    first_seen: dict[int, int] = {}
    by_id = {}
    for resolved, match in places:
        c = match.candidate
        if top_country and c.country_code != top_country:
            continue
        weight = FEATURE_WEIGHT.get(c.feature_code, 1.0) / (1.0 + resolved.span.start / POSITION_DECAY_CHARS)
        score[c.geonameid] += weight
        first_seen.setdefault(c.geonameid, resolved.span.start)
        by_id[c.geonameid] = match
    if not score:
        return context
    best_id = max(score, key=lambda k: (score[k], -first_seen[k]))
    match = by_id[best_id]
    precision = GeoPrecision.REGION if match.candidate.feature_class == "A" else None
    context.default = get_gazetteer().to_location(match, precision)
    return context


def _main_country(doc: Doc, places: list) -> str:
    """The country of the article's places, not of its actors: "a US drone strike near Sarmada"
    is news from Syria however often "US officials" and "US forces" come up."""
    from frontlines.geo.event_location import names_an_actor

    votes: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    for resolved, match in places:
        tokens = doc.char_span(resolved.span.start, resolved.span.end, alignment_mode="expand")
        cc = match.candidate.country_code
        if not cc or tokens is None or names_an_actor(doc, tokens):
            continue
        votes[cc] += 1.0 / (1.0 + resolved.span.start / POSITION_DECAY_CHARS)
        first.setdefault(cc, resolved.span.start)
    return max(votes, key=lambda k: (votes[k], -first[k])) if votes else ""
