"""Compact event rows for the map and the list: a few columns straight from SQL.

Building full Events (evidence, counts, notes) for thousands of markers costs seconds and
megabytes; the page only needs these columns until an analyst opens one event.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from frontlines.store.db import EventQuery, Store
from frontlines.store.schema import events

SUMMARY_COLUMNS = (
    "event_id",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "admin1",
    "country",
    "iso",
    "latitude",
    "longitude",
    "fatalities",
    "reported_as",
    "review_status",
)


def event_summaries(store: Store, q: EventQuery, limit: int, offset: int) -> list[dict[str, Any]]:
    """Same filters and order as Store.query_events (newest first, then id)."""
    c = events.c
    stmt = (
        select(*(c[name] for name in SUMMARY_COLUMNS))
        .where(*store.conditions(q))
        .order_by(c.event_date.desc().nulls_last(), c.event_id)
        .limit(limit)
        .offset(offset)
    )
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).mappings().all()
    return [
        {**row, "event_date": row["event_date"].isoformat() if row["event_date"] else None}
        for row in rows
    ]
