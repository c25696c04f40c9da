"""Geoparsing results passed from the geo stage to the pipeline and the evaluation."""

from __future__ import annotations

from dataclasses import dataclass, field

from frontlines.model import Location, Span


@dataclass
class Candidate:
    geonameid: int
    name: str
    latitude: float
    longitude: float
    country_code: str  # ISO 3166-1 alpha-2
    admin1: str = ""
    admin2: str = ""
    feature_class: str = ""
    feature_code: str = ""
    population: int = 0
    score: float = 0.0


@dataclass
class Toponym:
    span: Span
    candidates: list[Candidate] = field(default_factory=list)
    kind: str = "place"  # "place" | "demonym" ("Syrian") | "unlisted" (spaCy GPE/LOC/FAC not in the gazetteer)


@dataclass
class ResolvedToponym:
    span: Span
    location: Location
    kind: str = "place"  # as Toponym.kind
    feature_code: str = ""  # GeoNames feature code of the chosen entry (PPL, PPLX, ADM1, PCLI, ...)


@dataclass
class GeoContext:
    """Article-level priors: the countries and admin1 regions the article is about."""

    countries: dict[str, float] = field(default_factory=dict)  # alpha-2 -> weight
    admin1: dict[str, float] = field(default_factory=dict)
    default: Location | None = None  # the article's main place, for events with no place of their own


@dataclass
class LocatedEvent:
    location: Location
    span: Span | None = None
    note: str = ""
