"""Regular-expression alternations of literal words, shared by the date and number patterns."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """Longest first, so "a few" wins over "a" and "last week" over "last"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
