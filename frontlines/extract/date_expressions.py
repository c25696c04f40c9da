"""Find date expressions in running text (character spans), without resolving them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontlines.extract.date_patterns import date_lexicon, patterns

# Month/weekday names that are also ordinary English words ("may", "march", "sun", "wed").
_AMBIGUOUS = {"may", "march", "mar", "sun", "sat", "wed", "dec", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "feb", "apr", "mon", "tue", "thu", "fri", "sept", "tues", "thur", "thurs"}
_MONTH_CUES = {"in", "since", "during", "early", "late", "mid", "of", "last", "this", "next", "until", "by", "from", "through", "end", "beginning", "middle", "start"}


@dataclass(frozen=True)
class FoundExpression:
    start: int  # offsets into the text that was searched
    end: int
    text: str


def _plausible(match: re.Match[str], text: str) -> bool:
    """Reject 'may'/'march'/'sun' used as ordinary words, and lower-case bare names."""
    found = match.group(0)
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
