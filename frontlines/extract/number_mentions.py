"""Find quantity phrases in text and read them with ACLED's conventions.

The conventions (vague words, qualifiers, ranges -> lower bound) are rows of
frontlines/data/numbers/vague_quantities.csv, each with its source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from frontlines.extract.number_words import digits_to_int, lexicon, words_to_int
from frontlines.extract.word_patterns import alternation


@dataclass(frozen=True)
class Quantity:
    start: int  # offsets into the searched text
    end: int
    text: str
    value: int
    qualifier: str = ""  # "at least", "around"... as written


@lru_cache(maxsize=1)
def quantity_pattern() -> re.Pattern[str]:
    lex = lexicon()
    numword = alternation(list(lex.words))
    wordnum = rf"(?:{numword})(?:(?:[\s-]+|\s+and\s+)(?:{numword}))*"
    digits = r"\d{1,3}(?:,\d{3})+|\d+"
    scaled = rf"(?:{digits})(?:\.\d+)?(?:\s+(?:hundred|thousand|million))?"
    vague = alternation([a for a in lex.amounts if a not in {"a", "an"}])
    dozen = rf"(?:{wordnum}|{digits})\s+dozen"
    core = rf"(?:{dozen}|{scaled}|{wordnum}|(?:{vague})(?:\s+of)?)"
    plain = rf"(?:{dozen}|{scaled}|{wordnum})"
    rng = (
        rf"(?:between\s+(?P<lo1>{plain})\s+and\s+{plain}"
        rf"|(?P<lo2>{digits})\s*[-–]\s*(?:{digits})"
        rf"|(?P<lo3>{plain})\s+(?:to|or)\s+{plain})"
    )
    qualifier = alternation(list(lex.qualifiers))
    return re.compile(
        rf"(?<![\w.,-])(?:(?P<qual>{qualifier})\s+)?(?:{rng}|(?P<core>{core}))(?![\w-])",
        re.I,
    )


def read_amount(text: str) -> int | None:
    """One number without qualifier: '70', '1,200', 'seventy', 'two dozen', 'dozens of'."""
    t = re.sub(r"\s+of$", "", text.strip().lower())
    t = re.sub(r"\s+", " ", t)
    lex = lexicon()
    if t in lex.amounts:
        return lex.amounts[t]
    m = re.fullmatch(r"(.+) dozen", t)
    if m:
        inner = read_amount(m.group(1))
        return inner * 12 if inner is not None else None
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?) (hundred|thousand|million)", t)
    if m:
        scale = lex.words[m.group(2)][0]
        return int(float(m.group(1).replace(",", "")) * scale)
    return digits_to_int(t) if t[:1].isdigit() else words_to_int(t)


def _value(m: re.Match[str]) -> int | None:
    low = m.group("lo1") or m.group("lo2") or m.group("lo3")
    if low:  # ranges: ACLED codes the lowest figure
        return read_amount(low)
    return read_amount(m.group("core"))


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity phrase in `text`, left to right, with its coded value."""
    out = []
    for m in quantity_pattern().finditer(text):
        value = _value(m)
        if value is not None:
            out.append(Quantity(m.start(), m.end(), m.group(0), value, (m.group("qual") or "").lower()))
    return out


def parse_whole(text: str) -> int | None:
    """The value of `text` only if all of it is one quantity phrase."""
    stripped = text.strip()
    m = quantity_pattern().fullmatch(stripped)
    return _value(m) if m else None
