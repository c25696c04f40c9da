"""Find date expressions in running text (character spans), without resolving them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from frontlines.data import read_csv_rows
from frontlines.extract.date_patterns import date_lexicon, patterns
from frontlines.extract.word_patterns import alternation

# Month/weekday names that are also ordinary English words ("may", "march", "sun", "wed").
_AMBIGUOUS = {"may", "march", "mar", "sun", "sat", "wed", "dec", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "feb", "apr", "mon", "tue", "thu", "fri", "sept", "tues", "thur", "thurs"}
_QUANTITY_CUES = ("more than", "over", "about", "around", "some", "nearly", "almost", "at least", "up to", "roughly", "approximately")
_YEAR_CUES = (" in", " since", " during", " by", " until", " of", " from", " before", " after", " the", " early", " late", " mid")
_MONTH_CUES = {"in", "since", "during", "early", "late", "mid", "of", "last", "this", "next", "until", "by", "from", "through", "end", "beginning", "middle", "start"}


@dataclass(frozen=True)
class FoundExpression:
    start: int  # offsets into the text that was searched
    end: int
    text: str


@lru_cache(maxsize=1)
def _counted_nouns() -> re.Pattern[str]:
    """Plural people nouns: '2000 people', '1500 civilians' are counts, not years."""
    irregular = {"man": "men", "woman": "women", "child": "children", "person": "people"}
    words = {"people", "persons", "families", "residents", "troops", "fighters", "refugees"}
    for row in read_csv_rows("numbers", "victim_nouns.csv"):
        w = row["word"]
        words.update({w + "s", w + "es", irregular.get(w, w + "s")})
    return re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{alternation(words)})\b", re.I)


def _is_count(match: re.Match[str], text: str) -> bool:
    """A bare four-digit number followed by people nouns or preceded by 'some'/'over' is a count."""
    if not re.fullmatch(r"\d{4}", match.group(0)):
        return False
    before = " " + text[max(0, match.start() - 20) : match.start()].lower().rstrip()
    if before.endswith(_QUANTITY_CUES):
        return True
    if before.endswith(_YEAR_CUES):
        return False  # "in 2018 civilians fled"
    return bool(_counted_nouns().match(text, match.end()))


def _plausible(match: re.Match[str], text: str) -> bool:
    """Reject 'may'/'march'/'sun' used as ordinary words, lower-case bare names and counts."""
    found = match.group(0)
    if _is_count(match, text):
        return False
    lex = date_lexicon()
    bare = found.rstrip(".").lower()
    if bare in lex.months or bare in lex.weekdays:
        if not found[0].isupper():
            return False
        if bare in _AMBIGUOUS and bare not in lex.weekdays:
            before = re.findall(r"[A-Za-z]+", text[max(0, match.start() - 40) : match.start()])
            return bool(before) and before[-1].lower() in _MONTH_CUES
        if bare in _AMBIGUOUS:
            return False  # bare "Sun"/"Wed": too often not a weekday
    return True


def find_expressions(text: str) -> list[FoundExpression]:
    """Every non-overlapping date expression, longest-leftmost, in text order."""
    found = []
    for m in patterns().finder.finditer(text):
        if m.group(0).strip() and _plausible(m, text):
            found.append(FoundExpression(m.start(), m.end(), m.group(0)))
    return found
