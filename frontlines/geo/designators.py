"""Administrative designators after a place name: "Plateau state", "Kherson oblast", "Beni territory".

The word a writer puts after a name says the name is an administrative area, and whose: Nigeria
has states and Benin has departements, so "Plateau state" is Nigeria's Plateau even though Benin's
Plateau is the gazetteer's exact-name match. A designator narrows the matches before the article's
context weighs in; the table (frontlines/data/geo/admin_designators.csv) says which words mean what.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from frontlines.data import read_csv_rows
from frontlines.geo.gazetteer import EXACT, FOLDED, Match

# not before "of" or a capitalised word: "Florida Department of Health", "Ohio State University" are names
WORD_AFTER = re.compile(r" ([A-Za-z]+)\b(?! of\b| [A-Z])")
NOT_DESIGNATED = frozenset({"PCLI", "CONT"})


@dataclass(frozen=True)
class Designator:
    word: str
    feature_codes: frozenset[str]
    countries: frozenset[str]  # empty: the word is used for every country's areas ("province")


@lru_cache(maxsize=1)
def designators() -> dict[str, Designator]:
    """Lower-case designator word -> what it says about the name before it."""
    table = {}
    for row in read_csv_rows("geo", "admin_designators.csv"):
        countries = row["countries"].split()
        table[row["designator"]] = Designator(
            row["designator"],
            frozenset(row["feature_codes"].split()),
            frozenset() if countries == ["*"] else frozenset(countries),
        )
    return table


def designator_after(text: str, end: int) -> Designator | None:
    """The designator written right after a name ending at `end`, in either case ("Borno state")."""
    m = WORD_AFTER.match(text, end)
    return designators().get(m.group(1).lower()) if m else None


def designated(matches: list[Match], designator: Designator) -> list[Match]:
    """The matches the designator allows: full-name matches in a country that uses the word, and of
    those the areas at its level. All matches when none is allowed, since writers use the words
    loosely; and when the name is a country ("Syria state media", "US state of Texas")."""
    if any(m.candidate.feature_code in NOT_DESIGNATED and m.how in (EXACT, FOLDED) for m in matches):
        return matches
    kept = [
        m
        for m in matches
        if m.how in (EXACT, FOLDED) and (not designator.countries or m.candidate.country_code in designator.countries)
    ]
    level = [m for m in kept if m.candidate.feature_code in designator.feature_codes]
    if not designator.countries:
        return level or matches  # "province", "region": only the level is evidence
    return level or kept or matches
