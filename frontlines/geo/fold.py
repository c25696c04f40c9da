"""Name folding: one spelling key for the many ways a place name is written.

News, GeoNames and UCDP spell the same Syrian place differently (Daraa, Dar'a, Deraa,
Dar`a; Busra/Bosra; Tell/Tall/Tal; al-/el-/ash- articles). Three keys, from strict to
loose, let the gazetteer prefer exact spellings and still find variants:

- `fold_name`: diacritics, apostrophes, case and punctuation removed.
- `loose_key`: plus Arabic article tokens dropped and common transliteration variants merged.
- `skeleton_key`: consonants only, used only as a last resort inside a known country.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "'’‘`´ʿʾʼʻ′"
_APOS_RE = re.compile(f"[{re.escape(_APOSTROPHES)}]")
_NON_WORD_RE = re.compile(r"[^a-z0-9]+")
ARTICLES = frozenset(
    ["al", "el", "il", "ul", "as", "es", "ad", "ed", "ash", "esh", "an", "en", "ar", "er", "at", "et", "az", "ez", "ath", "adh", "ag", "ul"]
)
# Ordered, applied to each token of the folded name. Doubled letters are merged early
# ("Talldaww" = "Taldaw") and again at the end, after the rules that can create them.
_TRANSLIT = [
    (re.compile(r"ou"), "u"),
    (re.compile(r"oo"), "u"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"([a-z])\1+"), r"\1"),
    (re.compile(r"i(?:e|eh|yeh|yah|ya|ye)$"), "iya"),  # Hamidieh, Hamidiyeh, Hamidiye = Hamidiyah
    (re.compile(r"^dj"), "j"),  # French: Djisr = Jisr
    (re.compile(r"o"), "u"),
    (re.compile(r"aw(?=[^aeiouy]|$)"), "u"),
    (re.compile(r"ei|ey|ay|ai"), "ay"),
    (re.compile(r"ie"), "i"),
    (re.compile(r"e"), "a"),
    (re.compile(r"q"), "k"),
    (re.compile(r"dh"), "d"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"(?<=[aiu])h$"), ""),
    (re.compile(r"(?<=[^aeiouy])w$"), "u"),  # Qabw = Qabu
    (re.compile(r"([a-z])\1+"), r"\1"),
]
# Whole-token spellings of the same Arabic word that the letter rules above cannot merge.
_SAME_WORD = {"kfar": "kafr", "kafar": "kafr", "kfr": "kafr", "kharbat": "khirbat", "khurbat": "khirbat"}
_VOWELS_RE = re.compile(r"[aeiouyw]")


def fold_name(name: str) -> str:
    """Lower-case ASCII with single spaces; empty when nothing Latin is left (e.g. Arabic script)."""
    text = _APOS_RE.sub("", name)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("æ", "ae")
    text = text.replace("đ", "d").replace("ł", "l").replace("œ", "oe")
    return _NON_WORD_RE.sub(" ", text).strip()


def _translit_token(token: str) -> str:
    if token.isdigit():
        return token
    for pattern, repl in _TRANSLIT:
        token = pattern.sub(repl, token)
    return _SAME_WORD.get(token, token)


# The Arabic article as transliterated before a name ("Al Qamishli", "Ar Raqqah", "As Suwayda"):
# English often drops it. Not the other ARTICLES words, which are also names ("An Phu").
ARABIC_ARTICLES = frozenset(["al", "el", "ar", "as", "ash", "ad", "at", "az", "adh", "ath"])


def without_article(folded: str) -> str:
    """A folded name without its leading Arabic article: "al qamishli" -> "qamishli"."""
    first, _, rest = folded.partition(" ")
    return rest if rest and first in ARABIC_ARTICLES else folded


def loose_key(name: str) -> str:
    """Folded name without articles and with transliteration variants merged."""
    tokens = fold_name(name).split()
    kept = [t for t in tokens if t not in ARTICLES] or tokens
    return " ".join(_translit_token(t) for t in kept)


def skeleton_key(name: str) -> str:
    """Consonant skeleton of the loose key (spaces removed): 'Quneitra' and 'Qunaytirah' both give 'kntr'."""
    return _VOWELS_RE.sub("", loose_key(name).replace(" ", ""))
