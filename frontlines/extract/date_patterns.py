"""Regular expressions for date expressions, built from the calendar and relative-phrase tables.

One set of patterns serves both finding expressions in a sentence and resolving a given
expression, so the two can never disagree about what counts as a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from frontlines.data import read_csv_rows
from frontlines.extract.number_words import lexicon
from frontlines.extract.word_patterns import alternation


@dataclass(frozen=True)
class RelativePhrase:
    unit: str
    offset: int
    part: str
    precision: int
    timex: str


@dataclass(frozen=True)
class DateLexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, RelativePhrase]


@lru_cache(maxsize=1)
def date_lexicon() -> DateLexicon:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for row in read_csv_rows("dates", "calendar_words.csv"):
        (months if row["kind"] == "month" else weekdays)[row["word"]] = int(row["number"])
    relative = {
        row["phrase"]: RelativePhrase(row["unit"], int(row["offset"]), row["part"], int(row["precision"]), row["timex"])
        for row in read_csv_rows("dates", "relative_expressions.csv")
    }
    return DateLexicon(months, weekdays, relative)


def _names(words: list[str]) -> str:
    """Calendar names; only abbreviations ("Sept.", "Wed.") may carry a full stop."""
    full = {"may", "june", "july"}
    parts = [re.escape(w) + (r"\.?" if len(w) <= 5 and w not in full else "") for w in sorted(words, key=len, reverse=True)]
    return "|".join(parts)


@dataclass(frozen=True)
class Patterns:
    month: str
    weekday: str
    number: str
    full: re.Pattern[str]  # one whole expression, named groups tell resolve_period what it is
    finder: re.Pattern[str]  # the same, for search inside running text


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    lex = date_lexicon()
    month = rf"(?:{_names(list(lex.months))})"
    weekday = rf"(?:{_names(list(lex.weekdays))})"
    numwords = [w for w, (_, kind) in lexicon().words.items() if kind != "scale"]
    number = rf"(?:\d+|an?|a few|several|{alternation(numwords)}(?:[- ]{alternation(numwords)})?)"
    ordinal = r"(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    relative = alternation(list(lex.relative))
    part = r"(?:early|earlier|mid|late|later|the end of|the beginning of|the start of|the middle of|end|start)"
    daypart = r"(?:morning|afternoon|evening|night|overnight)"
    alternatives = [
        rf"(?P<iso>{year}-\d\d-\d\d)",
        r"(?P<numeric>\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d\d))",
        rf"(?:(?P<wd1>{weekday}),?\s+)?(?P<dmy_d>\d{{1,2}}){ordinal}\s+(?:of\s+)?(?P<dmy_m>{month})(?:,?\s+(?P<dmy_y>{year}))?",
        rf"(?:(?P<wd2>{weekday}),?\s+)?(?P<mdy_m>{month})\s+(?P<mdy_d>\d{{1,2}}){ordinal}\b(?:,?\s+(?P<mdy_y>{year}))?",
        rf"(?:(?P<mpart>{part})[- ]?(?:of\s+)?)?(?:(?P<mmod>last|this|next|past)\s+)?(?P<my_m>{month})(?:,?\s+(?P<my_y>{year})|\s+(?P<my_rel>this year|last year|next year))?",
        # "on the 28th": the day of the current (or, if still ahead, the previous) month;
        # only after "on", since "the 28th" alone is as often a brigade or an anniversary.
        rf"on\s+the\s+(?P<nth>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{month}|[a-z]))",
        rf"(?:(?P<wmod>last|this|next|past|on|early|late)\s+)?(?P<wd>{weekday})(?:\s+(?P<wdpart>{daypart}))?",
        rf"(?P<ago_n>{number})\s+(?P<ago_u>day|week|month|year|decade)s?\s+(?P<ago_dir>ago|earlier|before|later|from now)",
        rf"(?:the\s+)?(?:fiscal\s+)?(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?:\s+of\s+(?P<q_y>{year}))?",
        r"(?P<decade>(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:1[89]\d0|20\d0)'?s)",
        rf"(?:(?P<ypart>{part})[- ]?(?:of\s+)?)?(?:(?:fiscal|the year)\s+)?(?P<year>{year})\b",
        rf"(?P<rel>{relative})",
    ]
    body = "|".join(alternatives)
    full = re.compile(rf"^(?:(?P<since>since|from)\s+)?(?:(?:on|in|during|by|at|of|over|throughout)\s+)?(?:{body}|(?P<then>then))$", re.I)
    finder = re.compile(rf"(?<![\w-])(?:(?:since|from)\s+(?:the\s+)?)?(?:{body}|(?<=since )then|(?<=from )then)(?![\w-])", re.I)
    return Patterns(month, weekday, number, full, finder)
