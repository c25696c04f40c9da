"""Queries over the gazetteer index: name -> candidates, candidate -> ACLED-style Location."""

from __future__ import annotations

import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from frontlines.distance import haversine_km
from frontlines.geo.admin_names import acled_admin1
from frontlines.geo.fold import fold_name, loose_key, skeleton_key, without_article
from frontlines.geo.index import PLACE_COLUMNS, default_index_path, open_index
from frontlines.geo.types import Candidate
from frontlines.model import GeoPrecision, Location

EXACT, FOLDED, LOOSE, SKELETON = "exact", "folded", "loose", "skeleton"
MAX_CANDIDATES = 40
# A city English names without its Arabic article ("Qamishli") must be this big: smaller
# "El …"/"Al …" places turn common words and names into places ("Factor", "Nino").
ARTICLE_DROPPED_MIN_POPULATION = 50_000


@dataclass
class Match:
    """A candidate plus how its name matched the query (exact primary name ... consonant skeleton)."""

    candidate: Candidate
    how: str
    parent: str = ""
    admin1_code: str = ""
    source: str = ""


def match_km(a: Match, b: Match) -> float:
    """Great-circle distance between two matches' points."""
    return haversine_km(a.candidate.latitude, a.candidate.longitude, b.candidate.latitude, b.candidate.longitude)


class Gazetteer:
    def __init__(self, path: Path | None = None) -> None:
        self.con: sqlite3.Connection = open_index(path)
        self._lookup = lru_cache(maxsize=50_000)(self._lookup_uncached)
        self._country_cache: dict[str, sqlite3.Row | None] = {}
        self._admin1_names: dict[tuple[str, str], str] | None = None

    def lookup(self, name: str, *, loose: bool = True, skeleton_country: str | None = None) -> list[Match]:
        """Candidates whose folded (or, if `loose`, loosely keyed) name equals the query's."""
        return self._lookup(name, loose, skeleton_country)

    def _lookup_uncached(self, name: str, loose: bool, skeleton_country: str | None) -> list[Match]:
        folded = fold_name(name)
        if not folded:
            return []
        key = loose_key(name)
        rows = self.con.execute(
            f"SELECT n.folded, n.is_primary, {_prefixed(PLACE_COLUMNS)} FROM names n JOIN places p ON p.id = n.place_id "
            "WHERE n.loose = ? LIMIT 400",
            (key,),
        ).fetchall()
        matches: dict[int, Match] = {}
        for row in rows:
            how = (EXACT if row["is_primary"] else FOLDED) if row["folded"] == folded else LOOSE
            if how == LOOSE and without_article(row["folded"]) == folded and (row["pop"] or 0) >= ARTICLE_DROPPED_MIN_POPULATION:
                how = FOLDED  # "Qamishli" for "Al Qamishli": English drops the article of a well-known city
            if how == LOOSE and not loose:
                continue
            _keep_best(matches, row, how)
        if not matches and skeleton_country:
            skel = skeleton_key(name)
            if len(skel) >= 4:
                rows = self.con.execute(
                    f"SELECT n.folded, n.is_primary, {_prefixed(PLACE_COLUMNS)} FROM names n "
                    "JOIN places p ON p.id = n.place_id WHERE n.skel = ? AND p.cc = ? LIMIT 200",
                    (skel, skeleton_country),
                ).fetchall()
                # a consonant skeleton is weak evidence: only a single, similar-length, same-initial place
                rows = [r for r in rows if _similar(folded, r["folded"])]
                if len({r["id"] for r in rows}) == 1:
                    _keep_best(matches, rows[0], SKELETON)
        ordered = sorted(matches.values(), key=lambda m: -m.candidate.population)
        return ordered[:MAX_CANDIDATES]

    def country(self, code: str) -> sqlite3.Row | None:
        if code not in self._country_cache:
            self._country_cache[code] = self.con.execute("SELECT * FROM countries WHERE cc = ?", (code,)).fetchone()
        return self._country_cache[code]

    def place(self, place_id: int) -> Match | None:
        row = self.con.execute(f"SELECT '' AS folded, 1 AS is_primary, {PLACE_COLUMNS} FROM places WHERE id = ?", (place_id,)).fetchone()
        return _match(row, EXACT) if row else None

    def admin1_place(self, country_code: str, admin1_name: str) -> Match | None:
        """The ADM1 feature for a region name, for 'province of X' mentions."""
        for match in self.lookup(admin1_name):
            c = match.candidate
            if c.country_code == country_code and c.feature_code == "ADM1":
                return match
        row = self.con.execute(
            f"SELECT '' AS folded, 1 AS is_primary, {PLACE_COLUMNS} FROM places WHERE cc = ? AND fcode = 'ADM1' AND admin1 = ?",
            (country_code, admin1_name),
        ).fetchone()
        return _match(row, EXACT) if row else None

    def admin1_by_code(self, country_code: str, admin1_code: str) -> Match | None:
        """The ADM1 feature for a code ('US', 'VA'): names collide (Washington state and DC)."""
        row = self.con.execute(
            f"SELECT '' AS folded, 1 AS is_primary, {PLACE_COLUMNS} FROM places WHERE cc = ? AND fcode = 'ADM1' AND admin1_code = ?",
            (country_code, admin1_code),
        ).fetchone()
        return _match(row, EXACT) if row else None

    def admin1_name(self, country_code: str, admin1_code: str) -> str:
        """The region a code names: towns placed in a shape by geometry keep only its code."""
        if self._admin1_names is None:
            rows = self.con.execute("SELECT cc, code, name FROM admin1").fetchall()
            self._admin1_names = {(r["cc"], r["code"]): r["name"] for r in rows}
        return self._admin1_names.get((country_code, admin1_code), "")

    def to_location(self, match: Match, precision: GeoPrecision | None = None, *, name: str = "") -> Location:
        """ACLED-style Location: English country name, ISO numeric, admin1/admin2 names."""
        c = match.candidate
        country = self.country(c.country_code) if c.country_code else None
        admin1 = c.admin1 or self.admin1_name(c.country_code, match.admin1_code)
        if precision is None:
            precision = GeoPrecision.REGION if c.feature_class == "A" or c.feature_code == "CONT" else GeoPrecision.TOWN
        return Location(
            location=name or ascii_name(c.name),
            admin1="" if c.feature_code in ("PCLI", "CONT") else acled_admin1(c.country_code, match.admin1_code, admin1),
            admin2=c.admin2,
            country=country["name"] if country else "",
            iso=int(country["iso_numeric"]) if country else None,
            latitude=round(c.latitude, 5),
            longitude=round(c.longitude, 5),
            geo_precision=precision,
            geonameid=c.geonameid if c.geonameid > 0 else None,
        )


_PLAIN_NAME = re.compile(r"[A-Za-z][A-Za-z -]*[a-z]")


def display_name(match: Match, mention: str) -> str:
    """The press spelling ("Daraa") over GeoNames' transliteration ("Dar'a"), as ACLED writes it.

    Only when the mention is one of the place's own names and the primary name carries
    transliteration marks or diacritics; otherwise the primary name, so spellings stay stable."""
    primary = ascii_name(match.candidate.name)
    if primary == match.candidate.name or match.how not in (EXACT, FOLDED):
        return primary
    mention = " ".join(mention.split())
    if _PLAIN_NAME.fullmatch(mention) and fold_name(mention) != fold_name(primary):
        return mention
    return primary


def _similar(a: str, b: str) -> bool:
    a, b = loose_key(a).replace(" ", ""), loose_key(b).replace(" ", "")
    return bool(a) and bool(b) and a[0] == b[0] and abs(len(a) - len(b)) <= 2


def ascii_name(name: str) -> str:
    """'Dar‘ā' -> "Dar'a": readable in CSV exports and by coders without Arabic transliteration fonts."""
    text = unicodedata.normalize("NFKD", name.replace("‘", "'").replace("’", "'").replace("ʿ", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _prefixed(columns: str) -> str:
    return ", ".join(f"p.{c.strip()}" for c in columns.split(","))


_HOW_RANK = {EXACT: 0, FOLDED: 1, LOOSE: 2, SKELETON: 3}


def _keep_best(matches: dict[int, Match], row: sqlite3.Row, how: str) -> None:
    old = matches.get(row["id"])
    if old is None or _HOW_RANK[how] < _HOW_RANK[old.how]:
        matches[row["id"]] = _match(row, how)


def _match(row: sqlite3.Row, how: str) -> Match:
    return Match(
        candidate=Candidate(
            geonameid=int(row["id"]),
            name=row["name"],
            latitude=float(row["lat"]),
            longitude=float(row["lon"]),
            country_code=row["cc"] or "",
            admin1=row["admin1"] or "",
            admin2=row["admin2"] or "",
            feature_class=row["fclass"] or "",
            feature_code=row["fcode"] or "",
            population=int(row["pop"] or 0),
        ),
        how=how,
        parent=row["parent"] or "",
        admin1_code=row["admin1_code"] or "",
        source=row["source"] or "",
    )


_default: Gazetteer | None = None


_default_key: tuple[str, str] | None = None


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer over the default index (built on first use)."""
    global _default, _default_key
    key = (os.environ.get("FRONTLINES_GAZETTEER", ""), os.environ.get("FRONTLINES_CACHE", ""))
    if _default is None or key != _default_key:
        _default, _default_key = Gazetteer(default_index_path()), key
    return _default


@contextmanager
def using_index(path: Path) -> Iterator[Gazetteer]:
    """Temporarily make `path` the default gazetteer (evaluation on a variant index)."""
    global _default, _default_key
    saved_env, saved_default, saved_key = os.environ.get("FRONTLINES_GAZETTEER"), _default, _default_key
    os.environ["FRONTLINES_GAZETTEER"] = str(path)
    _default, _default_key = Gazetteer(path), (str(path), os.environ.get("FRONTLINES_CACHE", ""))
    try:
        yield _default
    finally:
        if saved_env is None:
            os.environ.pop("FRONTLINES_GAZETTEER", None)
        else:
            os.environ["FRONTLINES_GAZETTEER"] = saved_env
        _default, _default_key = saved_default, saved_key
