"""Query-string filters shared by /api/events and /api/stats, parsed into one EventQuery.

Both endpoints take the same parameters so the map, the list and the timeline always
describe the same set of events.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from fastapi import HTTPException, Query

from frontlines.store.db import EventQuery


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """'minlon,minlat,maxlon,maxlat' → floats; 422 naming the parameter when malformed."""
    parts = [p.strip() for p in text.split(",")]
    try:
        if len(parts) != 4:
            raise ValueError
        min_lon, min_lat, max_lon, max_lat = (float(p) for p in parts)
    except ValueError:
        raise HTTPException(422, f"bbox must be 'minlon,minlat,maxlon,maxlat' numbers, got {text!r}") from None
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise HTTPException(422, f"bbox is outside -180..180 / -90..90: {text!r}")
    if min_lon > max_lon or min_lat > max_lat:
        raise HTTPException(422, f"bbox minimums must not exceed maximums: {text!r}")
    return (min_lon, min_lat, max_lon, max_lat)


def event_query(
    country: str | None = Query(None, description="Country name, e.g. Syria"),
    admin1: str | None = Query(None, description="First-level region, e.g. Daraa"),
    type: str | None = Query(None, description="ACLED event_type, e.g. Battles"),
    sub_type: str | None = Query(None, description="ACLED sub_event_type, e.g. Armed clash"),
    actor: str | None = Query(None, description="Text to look for in actor1/actor2"),
    since: date | None = Query(None, description="Earliest event_date (inclusive), YYYY-MM-DD"),
    until: date | None = Query(None, description="Latest event_date (inclusive), YYYY-MM-DD"),
    bbox: str | None = Query(None, description="minlon,minlat,maxlon,maxlat", examples=["35.5,32.3,36.8,33.4"]),
    reported_as: Literal["new", "background"] | None = Query(None, description="Newly reported or background events"),
    document_id: str | None = Query(None, description="Only events extracted from this document"),
    include_rejected: bool = Query(False, description="Also return events an analyst rejected"),
    review_status: Literal["unreviewed", "confirmed", "edited", "rejected"] | None = Query(
        None, description="Only events in this review state (the analyst's work queue: unreviewed)"
    ),
) -> EventQuery:
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until})")
    return EventQuery(
        country=_blank_to_none(country),
        admin1=_blank_to_none(admin1),
        event_type=_blank_to_none(type),
        sub_event_type=_blank_to_none(sub_type),
        actor=_blank_to_none(actor),
        since=since,
        until=until,
        bbox=parse_bbox(bbox) if bbox else None,
        reported_as=reported_as,
        document_id=_blank_to_none(document_id),
        include_rejected=include_rejected,
        review_status=review_status,
    )


def _blank_to_none(value: str | None) -> str | None:
    """Empty form fields mean 'no filter', not 'match the empty string'."""
    value = (value or "").strip()
    return value or None
