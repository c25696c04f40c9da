"""Written and vague quantities ("twenty-five", "dozens", "at least 98") as integers.

Lexicons live in frontlines/data/numbers/; this module only combines them, so a coder can
change a convention (e.g. "several" -> 10) by editing the CSV.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from frontlines.data import read_csv_rows


@dataclass(frozen=True)
class NumberLexicon:
    words: dict[str, tuple[int, str]]  # word -> (value, kind)
    amounts: dict[str, int]  # vague phrase -> coded number
    qualifiers: tuple[str, ...]  # longest first


@lru_cache(maxsize=1)
def lexicon() -> NumberLexicon:
    words = {r["word"]: (int(r["value"]), r["kind"]) for r in read_csv_rows("numbers", "number_words.csv")}
    amounts: dict[str, int] = {}
    qualifiers: list[str] = []
    for row in read_csv_rows("numbers", "vague_quantities.csv"):
        if row["kind"] == "amount":
            amounts[row["phrase"]] = int(row["value"])
        elif row["kind"] == "qualifier":
            qualifiers.append(row["phrase"])
    return NumberLexicon(words, amounts, tuple(sorted(qualifiers, key=len, reverse=True)))


def words_to_int(text: str) -> int | None:
    """'twenty-five' -> 25, 'three hundred and two' -> 302; None unless every word is a number word."""
    tokens = [t for t in re.split(r"[\s\-]+", text.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    words = lexicon().words
    total = current = 0
    for tok in tokens:
        if tok.isdigit():
            current += int(tok)
            continue
        if tok not in words:
            return None
        value, kind = words[tok]
        if kind == "scale":
            current = max(current, 1) * value
            if value >= 1000:
                total, current = total + current, 0
        else:
            current += value
    return total + current


def digits_to_int(text: str) -> int | None:
    """'1,200' -> 1200, '3.5 million' handled by the caller; None for non-numbers."""
    cleaned = text.replace(",", "").strip()
    return int(cleaned) if cleaned.isdigit() else None
