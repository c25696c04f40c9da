"""Counts for the timeline, the region table and the filter menus.

Everything is grouped in SQL with `Store.conditions`, the same filters `query_events`
uses, so the timeline, the map and the event list always describe the same events.
ISO weeks are folded in Python because SQLite and PostgreSQL spell week functions differently.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from frontlines.store.db import EventQuery, Store
from frontlines.store.schema import events


def week_start(day: date) -> date:
    """Monday of the ISO week containing `day`."""
    return day - timedelta(days=day.weekday())


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def event_stats(store: Store, q: EventQuery) -> dict[str, Any]:
    """Totals, counts per ISO week × event type, and counts per (country, admin1)."""
    c = events.c
    deaths = func.coalesce(func.sum(c.fatalities), 0)
    conds = store.conditions(q)
    by_day = select(c.event_date, c.event_type, func.count(), deaths).where(*conds).group_by(c.event_date, c.event_type)
    by_region = select(c.country, c.admin1, func.count(), deaths).where(*conds).group_by(c.country, c.admin1)
    weeks: Counter[tuple[date, str]] = Counter()
    week_deaths: Counter[tuple[date, str]] = Counter()
    total = fatalities = undated = 0
    with store.engine.connect() as conn:
        for day, kind, count, dead in conn.execute(by_day):
            total += count
            fatalities += int(dead)
            if day is None:
                undated += count
                continue
            weeks[(week_start(day), kind)] += count
            week_deaths[(week_start(day), kind)] += int(dead)
        regions = [
            {"country": country, "admin1": admin1, "count": count, "fatalities": int(dead)}
            for country, admin1, count, dead in conn.execute(by_region)
        ]
    regions.sort(key=lambda r: (-r["count"], r["country"], r["admin1"]))
    return {
        "total": total,
        "fatalities": fatalities,
        "undated": undated,
        "by_week": [
            {
                "week": iso_week(start),
                "week_start": start.isoformat(),
                "event_type": kind,
                "count": count,
                "fatalities": week_deaths[(start, kind)],
            }
            for (start, kind), count in sorted(weeks.items())
        ],
        "by_admin1": regions,
    }


def facets(store: Store, q: EventQuery | None = None) -> dict[str, list[dict[str, Any]]]:
    """Countries (with ISO numeric codes, for loading boundaries) and event types, with counts."""
    c = events.c
    conds = store.conditions(q or EventQuery())
    with store.engine.connect() as conn:
        countries = conn.execute(
            select(c.country, func.max(c.iso), func.count()).where(*conds, c.country != "").group_by(c.country)
        ).all()
        types = conn.execute(
            select(c.event_type, func.count()).where(*conds, c.event_type != "").group_by(c.event_type)
        ).all()
    return {
        "countries": sorted(
            ({"value": name, "iso": iso, "count": n} for name, iso, n in countries),
            key=lambda f: (-f["count"], f["value"]),
        ),
        "event_types": sorted(({"value": v, "count": n} for v, n in types), key=lambda f: (-f["count"], f["value"])),
    }
