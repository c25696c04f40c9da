"""Explicit qualifiers after a place name: "Parkland, Florida", "Alexandria, Va.", "Walker County (Ga.)".

Writers add the state or country exactly when a name is ambiguous, so a qualifier settles the
choice between same-name places outright, where the article's other places only weigh in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from frontlines.data import read_csv_rows
from frontlines.geo.gazetteer import EXACT, FOLDED, Gazetteer, Match

QUALIFIER_GAP = re.compile(r"^\s*[,(]\s*$")
ABBREVIATION_AFTER = re.compile(r"^\s*[,(]\s*((?:[A-Z][a-z]{0,4}\.\s?){1,3}|[A-Z]{2}\b)")
DATELINE_ABBREVIATION = re.compile(r"[A-Za-z](?:, | \()((?:[A-Z][a-z]{0,4}\.\s?){1,3})")
LIST_GOES_ON = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z]")  # "Aleppo, Idlib and Hama"
# "Nasir, South Sudan, on Tuesday": the country closes the phrase (not "Gaza, Israel said")
CLAUSE_ENDS = re.compile(
    r"^(?:\s*(?:[,.;:)\]]|$)|\s+(?:on|in|at|near|last|this|early|late|after|before|during|where|when|while)\b)"
)


@dataclass(frozen=True)
class Qualifier:
    country_code: str
    admin1_code: str = ""  # "" when the qualifier names only the country

    def admits(self, match: Match) -> bool:
        c = match.candidate
        if c.country_code != self.country_code or c.feature_code in ("PCLI", "CONT"):
            return False
        if c.feature_code == "ADM1" and match.admin1_code == self.admin1_code:
            return False  # the qualifying region itself
        return not self.admin1_code or match.admin1_code == self.admin1_code


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, tuple[str, str, str]]:
    """'Va.' -> ('US', 'VA', 'ap'); 'NJ' -> ('US', 'NJ', 'postal'). Spaces inside are dropped ('W. Va.')."""
    return {
        row["abbreviation"].replace(" ", ""): (row["country_code"], row["admin1_code"], row["style"])
        for row in read_csv_rows("geo", "admin1_abbreviations.csv")
    }


def abbreviated_admin1(span_text: str) -> tuple[str, str] | None:
    """The state a whole toponym abbreviates ("Va.", "B.C."): (country, admin1 code)."""
    found = abbreviations().get(span_text.replace(" ", "").strip())
    if found is None:
        found = abbreviations().get(span_text.replace(" ", "").strip() + ".")
    return (found[0], found[1]) if found and found[2] == "ap" else None


def qualifier_after(
    text: str, end: int, own: list[Match], following: tuple[int, int, list[Match]] | None
) -> tuple[Qualifier, Match | None] | None:
    """The qualifier right after a name ending at `end` whose gazetteer matches are `own`.

    Either the next toponym (start, end, its matches), set off by a comma or bracket and not the
    next item of a list, read as the region or country that contains one of `own` ("Parkland,
    Florida" is the US state, not the town in Uruguay); that region's match is returned too.
    A country closing the phrase qualifies even when none of `own` lies in it ("Nasir, South Sudan"
    with only a Nasir in Sudan listed). Or an abbreviation there ("Alexandria, Va.")."""
    if following is not None:
        start, stop, matches = following
        if start >= end and QUALIFIER_GAP.match(text[end:start]) and not LIST_GOES_ON.match(text[stop : stop + 12]):
            regions = [m for m in matches if m.candidate.feature_code in ("ADM1", "PCLI") and m.how in (EXACT, FOLDED)]
            for region in sorted(regions, key=lambda m: m.candidate.feature_code != "ADM1"):
                c = region.candidate
                qualifier = Qualifier(c.country_code, region.admin1_code if c.feature_code == "ADM1" else "")
                if (c.feature_code == "PCLI" or qualifier.admin1_code) and any(qualifier.admits(m) for m in own):
                    return qualifier, region
                states = any(r.candidate.feature_code == "ADM1" for r in regions)  # "Georgia": maybe the US state
                if c.feature_code == "PCLI" and not states and CLAUSE_ENDS.match(text[stop : stop + 12]):
                    return qualifier, region  # a village the gazetteer lacks, in the country the writer names
    m = ABBREVIATION_AFTER.match(text[end : end + 16])
    if m is None:
        return None
    found = abbreviations().get(m.group(1).replace(" ", "").strip())
    return (Qualifier(found[0], found[1]), None) if found else None


def stated_admin1(text: str) -> Counter[str]:
    """Admin1 keys ('US.TN') of AP abbreviations after a comma or in brackets anywhere, as in
    datelines ("CHATTANOOGA, Tenn. —"): the article is set there even if the state is not named again."""
    counts: Counter[str] = Counter()
    table = abbreviations()
    for m in DATELINE_ABBREVIATION.finditer(text):
        found = table.get(m.group(1).replace(" ", "").strip())
        if found and found[2] == "ap":
            counts[f"{found[0]}.{found[1]}"] += 1
    return counts


def admin1_region(gaz: Gazetteer, country_code: str, admin1_code: str) -> Match | None:
    return gaz.admin1_by_code(country_code, admin1_code)
