"""UCDP GED `where_coordinates` strings ("Teir Maaleh village", "Has/Hassef town") as place names.

Shared by the supplement build script and the ucdp_geo evaluation, so both split the
names the same way: the supplement is built only from 'train' names and the
evaluation reports held-out names separately.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from frontlines.geo.fold import ARTICLES, fold_name

# trailing descriptor -> (feature class, feature code); the descriptor is dropped from the name
# when it only says what kind of settlement the place is.
SETTLEMENT_WORDS = {
    "village": ("P", "PPL"),
    "town": ("P", "PPL"),
    "city": ("P", "PPL"),
    "suburb": ("P", "PPLX"),
    "neighbourhood": ("P", "PPLX"),
    "neighborhood": ("P", "PPLX"),
    "district": ("P", "PPLX"),
    "area": ("L", "AREA"),
    "locality": ("L", "LCTY"),
    "subdistrict": ("A", "ADM3"),
}
REGION_PATTERN = re.compile(r"\b(governorate|province|countryside)\b", re.IGNORECASE)
TEST_SHARE = 40  # percent of distinct names held out from the supplement


@dataclass(frozen=True)
class UcdpName:
    raw: str
    names: tuple[str, ...]  # primary first, then alternates from "A/B" and "(C)"
    feature_class: str
    feature_code: str
    is_region: bool


def parse_ucdp_name(raw: str) -> UcdpName:
    text = " ".join(raw.split())
    words = text.split()
    fclass, fcode = "S", "SITE"
    if words and words[-1].lower() in SETTLEMENT_WORDS:
        fclass, fcode = SETTLEMENT_WORDS[words[-1].lower()]
        text = " ".join(words[:-1])
    elif re.search(r"\b(mountain|hill|jabal|jebel|tall|tell)\b", text, re.IGNORECASE) and len(words) <= 3:
        fclass, fcode = "P", "PPL"
    alternates = re.findall(r"\(([^)]*)\)", text)
    text = re.sub(r"\([^)]*\)", " ", text)
    parts = [p.strip(" ,-") for p in text.split("/")] + [a.strip() for a in alternates]
    names = tuple(dict.fromkeys(p for p in parts if p))
    return UcdpName(raw, names or (raw,), fclass, fcode, bool(REGION_PATTERN.search(raw)))


def ucdp_split(raw: str) -> str:
    """'train' or 'test', by a hash of the core name: stable across runs and machines.

    The core drops the settlement word and Arabic articles, so "Al Qabu town" and "Qabu village"
    (one place, written two ways) fall on the same side and a held-out name has no train twin."""
    tokens = fold_name(parse_ucdp_name(raw).names[0]).split()
    core = " ".join(t for t in tokens if t not in ARTICLES) or " ".join(tokens)
    digest = hashlib.sha1(core.encode("utf-8")).digest()
    return "test" if digest[0] * 100 // 256 < TEST_SHARE else "train"
