"""Where an event happened, from its sentence: the place, not the actor's origin.

"Opposition fighters in the southern Syrian province of Daraa" is an event in Daraa
governorate (precision 3); "the Daraa Central Committee" and "the Jordanian border" name
actors and sides, not the event's place. Sentences with no place inherit one from an
earlier sentence or the article's main place, and the LocatedEvent says so.
"""

from __future__ import annotations

from collections.abc import Iterator

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml
from spacy.tokens import Doc, Span as SpacySpan

from frontlines.geo.gazetteer import Gazetteer, Match, get_gazetteer
from frontlines.geo.geocode import precision_of
from frontlines.geo.group_names import group_name_spans, inside_group_name
from frontlines.geo.resolve import resolved_with_matches
from frontlines.geo.sources import DATA_DIR
from frontlines.geo.types import GeoContext, LocatedEvent, ResolvedToponym
from frontlines.model import GeoPrecision, Location, Span

FEATURE_SPECIFICITY = {"PCLI": 0.5, "CONT": 0.0, "ADM1": 1.5}
LOCATED_BONUS = 2.0
DISTANCE_PENALTY = 0.05
WINDOW_CHARS = 60


@dataclass(frozen=True)
class _Cues:
    region_before: tuple[re.Pattern, ...]
    region_after: tuple[re.Pattern, ...]
    near_before: tuple[re.Pattern, ...]
    near_after: tuple[re.Pattern, ...]
    place_heads: frozenset[str]
    prepositions: frozenset[str]
    container_between: tuple[re.Pattern, ...] = ()
    near_after_container: tuple[re.Pattern, ...] = ()


@lru_cache(maxsize=1)
def cues() -> _Cues:
    data = yaml.safe_load((DATA_DIR / "precision_cues.yaml").read_text(encoding="utf-8"))

    def compile_all(patterns: list[str]) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p, re.I) for p in patterns)

    return _Cues(
        compile_all(data["region"]["before"]),
        compile_all(data["region"]["after"]),
        compile_all(data["near_town"]["before"]),
        compile_all(data["near_town"]["after"]),
        frozenset(data["place_heads"]),
        frozenset(data["location_prepositions"]),
        compile_all(data.get("container_between", [])),
        compile_all(data.get("near_after_container", [])),
    )


def locate_event(doc: Doc, sent: SpacySpan, trigger_token: int, context: GeoContext) -> LocatedEvent | None:
    """The event's Location with ACLED geo_precision; None only when nothing at all is known."""
    gaz = get_gazetteer()
    pairs = _without_strays(resolved_with_matches(doc), context)
    here = _best_in_sentence(doc, sent, pairs, trigger_token)
    if here is not None:
        resolved, match = here
        return _located(gaz, doc, resolved, match, context, note="")
    for previous in _previous_sentences(doc, sent):
        earlier = _best_in_sentence(doc, previous, pairs, None, allow_country=False)
        if earlier is not None:
            resolved, match = earlier
            note = f"no place in the event's sentence; place taken from an earlier sentence ({resolved.span.text!r})"
            return _located(gaz, doc, resolved, match, context, note=note)
    if context.default is not None:
        return LocatedEvent(context.default, None, "no place in the event's sentence or before it; the article's main place")
    return None


def _without_strays(
    pairs: list[tuple[ResolvedToponym, Match]], context: GeoContext
) -> list[tuple[ResolvedToponym, Match]]:
    """Drop a name whose only reading is an unpopulated village in a country nothing else in the article
    names: "the Hamra district" of a Beirut story is not Hamra in Syria's Hama province, and an event
    with no place of its own is better placed by its earlier sentences or the article's main place."""
    if not context.countries:
        return pairs
    main = max(context.countries, key=lambda cc: context.countries[cc])

    def stray(resolved: ResolvedToponym, match: Match) -> bool:
        c = match.candidate
        if resolved.kind != "place" or c.feature_class != "P" or c.population > 0 or c.country_code in ("", main):
            return False
        return not any(m.candidate.country_code == c.country_code for r, m in pairs if r.span.text != resolved.span.text)

    return [(r, m) for r, m in pairs if not stray(r, m)]


def _previous_sentences(doc: Doc, sent: SpacySpan) -> Iterator[SpacySpan]:
    """Nearest first, walking back from the sentence (lazily: most events find a place at once)."""
    start = sent.start
    while start > 0:
        previous = doc[start - 1].sent
        yield previous
        start = previous.start


def _best_in_sentence(
    doc: Doc,
    sent: SpacySpan,
    pairs: list[tuple[ResolvedToponym, Match]],
    trigger_token: int | None,
    *,
    allow_country: bool = True,
) -> tuple[ResolvedToponym, Match] | None:
    usable = []
    for resolved, match in pairs:
        span = resolved.span
        if span.start < sent.start_char or span.end > sent.end_char or resolved.kind != "place":
            continue
        if not allow_country and match.candidate.feature_code in ("PCLI", "CONT"):
            continue
        tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None or names_an_actor(doc, tokens):
            continue
        usable.append((resolved, match, tokens))
    # "Kafranbel in southern Idlib", "near Sarmada in Idlib province": the second place only
    # says where the first one is, so the first is the event's place and counts as located.
    contained = {
        id(inner): outer
        for outer in usable
        for inner in usable
        if inner is not outer
        and _bigger(outer[1], inner[1])
        and (_contains(outer[2], inner[2]) or _contains_by_text(doc.text, outer, inner) or _near_after(doc.text, outer, inner))
    }
    containers = {id(outer) for outer in contained.values()}
    best, best_score = None, float("-inf")
    for item in usable:
        resolved, match, tokens = item
        if id(item) in containers:
            continue
        located = _is_located(tokens) or id(item) in contained
        if match.candidate.feature_code == "PCLI" and not located:
            continue  # "his ally Russia struck a deal": a country outside a locative phrase is an actor
        score = FEATURE_SPECIFICITY.get(match.candidate.feature_code, 3.0)
        if located or _precision_cue(doc.text, resolved.span) is not None:
            score += LOCATED_BONUS
        if trigger_token is not None:
            score -= DISTANCE_PENALTY * min(abs(tokens.root.i - trigger_token), 40)
        if score > best_score:
            best, best_score = (resolved, match), score
    return best


def _contains_by_text(text: str, outer: tuple, inner: tuple) -> bool:
    """'Kafranbel in southern Idlib': the parser hung 'in southern Idlib' on the verb, the text still says it."""
    (outer_r, _, _), (inner_r, _, _) = outer, inner
    if not inner_r.span.end <= outer_r.span.start <= inner_r.span.end + 60:
        return False
    between = text[inner_r.span.end : outer_r.span.start]
    return any(p.search(between) for p in cues().container_between)


def _near_after(text: str, outer: tuple, inner: tuple) -> bool:
    """'in Idlib near Saraqib': the smaller place after 'near' is where it happened, Idlib only the area."""
    (outer_r, _, _), (inner_r, _, _) = outer, inner
    if not outer_r.span.end <= inner_r.span.start <= outer_r.span.end + 40:
        return False
    between = text[outer_r.span.end : inner_r.span.start]
    return any(p.search(between) for p in cues().near_after_container)


def _bigger(outer: Match, inner: Match) -> bool:
    """A container is a region, a country, or a town with more people (and not the same place)."""
    o, i = outer.candidate, inner.candidate
    if i.feature_class == "A" or o.geonameid == i.geonameid:
        return False
    return o.feature_class == "A" or o.feature_code == "CONT" or o.population > i.population


def _contains(outer: SpacySpan, inner: SpacySpan) -> bool:
    """`outer` hangs off `inner` as its locating phrase: 'X in Y', 'X, north of Y', 'X, Y'."""
    node = outer.root
    for _ in range(5):
        if node.dep_ not in ("pobj", "prep", "compound", "amod", "appos", "npadvmod", "advmod"):
            return False
        head = node.head
        if head is node:
            return False
        if inner.start <= head.i < inner.end:
            if node.dep_ == "prep":
                return node.lower_ in ("in", "inside", "within", "of")  # not "Idlib near Saraqib"
            return node.dep_ in ("appos", "npadvmod", "advmod")
        if outer.start <= head.i < outer.end:
            node = head
            continue
        if node.dep_ in ("compound", "amod") and head.lower_ not in cues().place_heads:
            return False
        node = head
    return False


def names_an_actor(doc: Doc, tokens: SpacySpan) -> bool:
    """'Daraa Central Committee', "Damascus' attempts", 'the Homs-based brigade': origin, not place."""
    c = cues()
    root = tokens.root
    if root.dep_ in ("compound", "amod", "nmod", "poss") and root.head not in tokens:
        head = root.head
        if head.lower_ not in c.place_heads and head.lemma_.lower() not in c.place_heads:
            return True
    if _inside_group_name(doc, tokens):
        return True
    for ent in doc.ents:
        if ent.label_ in ("ORG", "NORP", "PERSON") and ent.start <= tokens.start and tokens.end <= ent.end:
            if (ent.start, ent.end) != (tokens.start, tokens.end) and not any(
                t.lower_ in c.place_heads for t in doc[tokens.end : ent.end]
            ):
                return True
    return False


def _inside_group_name(doc: Doc, tokens: SpacySpan) -> bool:
    """'the Islamic State in the Greater Sahara', 'Al Qaeda in the Arabian Peninsula': a place word inside an
    armed group's name (the actor dictionary's aliases) says who fought, not where."""
    sent = tokens.root.sent
    start, end = tokens.start_char - sent.start_char, tokens.end_char - sent.start_char
    return inside_group_name(group_name_spans(sent.text), start, end)


def _is_located(tokens: SpacySpan) -> bool:
    """Governed by a locative preposition, directly or through 'the district of ...'."""
    c = cues()
    node = tokens.root
    for _ in range(4):
        head = node.head
        if head is node:
            return False
        if node.dep_ == "pobj" and head.lower_ in c.prepositions:
            return True
        if node.dep_ == "pobj" and head.lower_ == "of":
            node = head.head
            continue
        if node.dep_ in ("appos", "conj", "compound"):
            node = head
            continue
        return node.dep_ == "pobj" and head.lower_ in c.prepositions
    return False


def _precision_cue(text: str, span: Span) -> GeoPrecision | None:
    c = cues()
    before = text[max(0, span.start - WINDOW_CHARS) : span.start]
    after = text[span.end : span.end + WINDOW_CHARS]
    if any(p.search(before) for p in c.region_before) or any(p.search(after) for p in c.region_after):
        return GeoPrecision.REGION
    if any(p.search(before) for p in c.near_before) or any(p.search(after) for p in c.near_after):
        return GeoPrecision.NEAR_TOWN
    return None


def _located(gaz: Gazetteer, doc: Doc, resolved: ResolvedToponym, match: Match, context: GeoContext, note: str) -> LocatedEvent:
    c = match.candidate
    cue = _precision_cue(doc.text, resolved.span)
    if c.feature_code in ("PCLI", "CONT"):
        default = context.default
        if default is not None and default.country and default.iso == resolved.location.iso:
            why = "only the country is named; the article's main place"
            return LocatedEvent(default, resolved.span, "; ".join(filter(None, [note, why])))
        return LocatedEvent(gaz.to_location(match, GeoPrecision.REGION), resolved.span, note)
    if cue == GeoPrecision.REGION or c.feature_code == "ADM1":
        return LocatedEvent(_admin1_location(gaz, match), resolved.span, note)
    precision = precision_of(match)
    if cue == GeoPrecision.NEAR_TOWN:
        precision = GeoPrecision.NEAR_TOWN
    return LocatedEvent(gaz.to_location(match, precision, name=resolved.location.location), resolved.span, note)


def _admin1_location(gaz: Gazetteer, match: Match) -> Location:
    c = match.candidate
    region = match if c.feature_code == "ADM1" else (gaz.admin1_place(c.country_code, c.admin1) if c.admin1 else None)
    if region is None:
        location = gaz.to_location(match, GeoPrecision.REGION)
        location.location = c.admin1 or location.location
        return location
    location = gaz.to_location(region, GeoPrecision.REGION)
    location.location = region.candidate.admin1 or region.candidate.name
    location.admin2 = ""
    return location
