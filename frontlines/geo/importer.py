"""Load a full GeoNames dump (allCountries.zip, a per-country SY.zip, or the .txt inside)
into the gazetteer index, for users who can download one: it adds the villages, hills,
checkpoints and neighbourhoods cities500 lacks.

The dump's path is remembered in the cache dir, so a rebuilt index (new sources version)
re-imports it automatically while the file is still there.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

from frontlines.errors import InputError
from frontlines.geo.places import Place

GEONAMES_COLUMNS = 19
DEFAULT_CLASSES = frozenset("PASTLH")
BATCH = 20_000
IMPORTS_FILE = "geonames-imports.txt"


def read_geonames_rows(path: Path) -> Iterator[list[str]]:
    """The 19 tab-separated fields of each data line ('#' lines are comments)."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such GeoNames dump", source=str(path))
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [n for n in archive.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
            if not members:
                raise InputError("zip has no GeoNames .txt file", source=str(path))
            with archive.open(members[0]) as raw:
                yield from _rows(io.TextIOWrapper(raw, encoding="utf-8"), path)
        return
    with open(path, encoding="utf-8") as handle:
        yield from _rows(handle, path)


def _rows(lines: Iterator[str], path: Path) -> Iterator[list[str]]:
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) != GEONAMES_COLUMNS:
            raise InputError(
                f"line {lineno} has {len(fields)} fields, expected {GEONAMES_COLUMNS} (GeoNames dump format)",
                source=str(path),
            )
        yield fields


def place_from_row(fields: list[str]) -> Place:
    (gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc, _cc2,
     admin1, admin2, _a3, _a4, population, *_rest) = fields
    names = [ascii_name] if ascii_name and ascii_name != name else []
    names += [a for a in alternates.split(",") if a]
    return Place(
        id=int(gid),
        name=name,
        latitude=float(lat),
        longitude=float(lon),
        country_code=cc,
        feature_class=fclass or "P",
        feature_code=fcode or "PPL",
        population=int(population or 0),
        admin1_code=admin1,
        admin2_code=admin2,
        alternate_names=names,
        source=f"geonames-dump {gid}",
    )


def import_geonames(index_path: Path, dump: Path, classes: frozenset[str] = DEFAULT_CLASSES) -> int:
    """Add (or replace, by GeoNames id) the dump's places in the index; returns how many."""
    from frontlines.geo.index import insert_places

    admin2_names = {
        (f[8], f[10], f[11]): f[1] for f in read_geonames_rows(dump) if f[7] == "ADM2"
    }
    con = sqlite3.connect(index_path)
    try:
        admin1_names = {(cc, code): name for cc, code, name in con.execute("SELECT cc, code, name FROM admin1")}
        count = 0
        batch: list[Place] = []
        for fields in read_geonames_rows(dump):
            if fields[6] not in classes:
                continue
            place = place_from_row(fields)
            place.admin1 = admin1_names.get((place.country_code, place.admin1_code), "")
            place.admin2 = admin2_names.get((place.country_code, place.admin1_code, place.admin2_code), "")
            batch.append(place)
            if len(batch) >= BATCH:
                count += _flush(con, batch, insert_places)
        count += _flush(con, batch, insert_places)
        con.commit()
    finally:
        con.close()
    return count


def _flush(con: sqlite3.Connection, batch: list[Place], insert_places) -> int:
    if not batch:
        return 0
    ids = [(p.id,) for p in batch]
    known: dict[int, str] = {}
    for start in range(0, len(batch), 500):
        chunk = [p.id for p in batch[start : start + 500]]
        marks = ",".join("?" * len(chunk))
        known.update(con.execute(f"SELECT id, admin2 FROM places WHERE id IN ({marks})", chunk).fetchall())
    for place in batch:
        place.admin2 = place.admin2 or known.get(place.id) or ""  # keep admin2 a supplement gave
    con.executemany("DELETE FROM names WHERE place_id = ?", ids)
    n = insert_places(con, batch)
    batch.clear()
    return n


def remembered_imports(cache: Path) -> list[Path]:
    path = cache / IMPORTS_FILE
    if not path.is_file():
        return []
    return [Path(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def remember_import(cache: Path, dump: Path) -> None:
    known = remembered_imports(cache)
    resolved = Path(dump).resolve()
    if resolved not in known:
        cache.mkdir(parents=True, exist_ok=True)
        (cache / IMPORTS_FILE).write_text("\n".join(str(p) for p in [*known, resolved]) + "\n", encoding="utf-8")
