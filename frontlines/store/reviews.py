"""Analyst reviews: confirm, edit or reject an event, keeping who changed what and when.

The events row is updated in place (so exports and the API show reviewed values) and the
old values go to the append-only `reviews` table in the same transaction, so the history
can always explain the current row. Re-extraction leaves reviewed events alone because
`Store.save_document` only replaces events whose review_status is "unreviewed".
"""

from __future__ import annotations

import dataclasses
import typing
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.engine import Engine

from frontlines.errors import FrontlinesError, InputError
from frontlines.extract.event_rules import taxonomy
from frontlines.model import Counts, Event, GeoPrecision, TimePrecision
from frontlines.store.schema import events, reviews

ACTIONS: dict[str, str] = {"confirm": "confirmed", "edit": "edited", "reject": "rejected"}
REVIEW_STATUSES = ("unreviewed", "confirmed", "edited", "rejected")

# Provenance is what the record was extracted from; an analyst's edit can't change it.
READ_ONLY_FIELDS = frozenset({"event_id", "document_id", "evidence", "sources"})
EDITABLE_FIELDS = tuple(
    f.name for f in dataclasses.fields(Event) if f.name not in READ_ONLY_FIELDS
)
_FIELD_TYPES = typing.get_type_hints(Event)
_COUNT_FIELDS = tuple(f.name for f in dataclasses.fields(Counts))
_RANGES: dict[str, tuple[float, float]] = {
    "latitude": (-90.0, 90.0),
    "longitude": (-180.0, 180.0),
    "confidence": (0.0, 1.0),
    "fatalities": (0, 10**7),
}
_CHOICES: dict[str, tuple[str, ...]] = {"reported_as": ("new", "background")}


class UnknownEventError(FrontlinesError):
    """The event id names no stored event."""


class StaleReviewError(FrontlinesError):
    """Someone reviewed the event after the analyst opened it; saving would silently undo their work."""


def record_review(
    engine: Engine,
    event_id: str,
    action: str,
    changes: dict[str, Any] | None,
    reviewer: str,
    comment: str = "",
    seen_review_id: int | None = None,
) -> dict[str, Any]:
    """Apply one analyst decision and append it to the history; returns the review row.

    `seen_review_id` is the newest review id the analyst had on screen (0: none); when given
    and another review has landed since, nothing is written (optimistic concurrency).
    """
    if action not in ACTIONS:
        raise InputError(f"unknown review action {action!r}; use one of {', '.join(ACTIONS)}")
    reviewer = (reviewer or "").strip()
    if not reviewer:
        raise InputError("a reviewer name is required")
    changes = dict(changes or {})
    if action == "edit" and not changes:
        raise InputError("an edit needs at least one changed field")
    if action != "edit" and changes:
        raise InputError(f"'{action}' takes no field changes; use action 'edit'")
    values = {name: coerce_field(name, value) for name, value in changes.items()}

    with engine.begin() as conn:
        # FOR UPDATE (PostgreSQL; SQLite serialises writers anyway) so `previous` can't go stale.
        locked = select(events).where(events.c.event_id == event_id).with_for_update()
        row = conn.execute(locked).mappings().first()
        if row is None:
            raise UnknownEventError(f"no event with id {event_id!r}")
        if seen_review_id is not None:
            _check_not_stale(conn, event_id, seen_review_id)
        if "event_type" in values or "sub_event_type" in values:
            values.update(_taxonomy_changes(row, values))
        if "fatalities" in values and "counts" not in values:
            # the ACLED column and our counts must agree in exports
            counts = Counts(**(row["counts"] or {}))
            if counts.fatalities != values["fatalities"]:
                values["counts"] = dataclasses.replace(counts, fatalities=values["fatalities"])
        previous = {name: _jsonable(row[name]) for name in values}
        previous["review_status"] = row["review_status"]
        status = ACTIONS[action]
        conn.execute(
            update(events)
            .where(events.c.event_id == event_id)
            .values(**{name: _db_value(name, v) for name, v in values.items()}, review_status=status)
        )
        record = {
            "event_id": event_id,
            "action": action,
            "changes": {name: _jsonable(v) for name, v in values.items()},
            "previous": previous,
            "reviewer": reviewer,
            "comment": comment or "",
            "created_at": datetime.now(timezone.utc).replace(tzinfo=None),
        }
        result = conn.execute(reviews.insert().values(**record))
        record["id"] = result.inserted_primary_key[0]
    return _review_dict(record)


def _check_not_stale(conn: Any, event_id: str, seen_review_id: int) -> None:
    newest = conn.execute(select(func.max(reviews.c.id)).where(reviews.c.event_id == event_id)).scalar() or 0
    if newest != seen_review_id:
        last = conn.execute(select(reviews.c.reviewer, reviews.c.action).where(reviews.c.id == newest)).first()
        raise StaleReviewError(
            f"event {event_id!r} was reviewed since you opened it ({last.reviewer}: {last.action}); reload it and review again"
        )


def _taxonomy_changes(row: Any, values: dict[str, Any]) -> dict[str, Any]:
    """Check the edited type pair against the ACLED taxonomy; keep disorder_type in step with it."""
    event_type = values.get("event_type", row["event_type"])
    sub_event_type = values.get("sub_event_type", row["sub_event_type"])
    table = taxonomy()
    types = list(dict.fromkeys(entry["event_type"] for entry in table.values()))
    if event_type not in types:
        raise InputError(f"event_type {event_type!r} is not an ACLED event type; use one of {', '.join(types)}")
    if not sub_event_type:
        return {}
    entry = table.get(sub_event_type)
    if entry is None:
        raise InputError(f"sub_event_type {sub_event_type!r} is not an ACLED sub-event type")
    if entry["event_type"] != event_type:
        raise InputError(
            f"sub_event_type {sub_event_type!r} belongs to event_type {entry['event_type']!r}, not {event_type!r}"
        )
    if "disorder_type" in values or row["disorder_type"] == entry["disorder_type"]:
        return {}
    return {"disorder_type": entry["disorder_type"]}


def review_history(engine: Engine, event_id: str) -> list[dict[str, Any]]:
    """Every decision on an event, oldest first."""
    query = select(reviews).where(reviews.c.event_id == event_id).order_by(reviews.c.id)
    with engine.connect() as conn:
        return [_review_dict(dict(row)) for row in conn.execute(query).mappings()]


def review_statuses(engine: Engine, event_ids: list[str]) -> dict[str, str]:
    """Review status per event id, for listing many events in one query."""
    if not event_ids:
        return {}
    query = select(events.c.event_id, events.c.review_status).where(events.c.event_id.in_(event_ids))
    with engine.connect() as conn:
        return {row.event_id: row.review_status for row in conn.execute(query)}


def coerce_field(name: str, value: Any) -> Any:
    """Check an edited value against the Event field's type; raise InputError naming the field."""
    if name in READ_ONLY_FIELDS:
        raise InputError(f"field {name!r} is provenance and cannot be edited")
    if name not in EDITABLE_FIELDS:
        raise InputError(f"unknown event field {name!r}")
    kind = _FIELD_TYPES[name]
    optional = type(None) in typing.get_args(kind)
    base = next((a for a in typing.get_args(kind) if a is not type(None)), kind)
    if value is None or (value == "" and base is not str):
        if optional:
            return None
        raise InputError(f"field {name!r} cannot be empty")
    if base is str:
        if not isinstance(value, str):
            raise InputError(f"field {name!r} must be text")
        value = value.strip()
        if name in _CHOICES and value not in _CHOICES[name]:
            raise InputError(f"field {name!r} must be one of {', '.join(_CHOICES[name])}")
        return value
    if base is bool:
        if not isinstance(value, bool):
            raise InputError(f"field {name!r} must be true or false")
        return value
    if base is date:
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise InputError(f"field {name!r} must be a date like 2021-07-30, got {value!r}") from None
    if base in (TimePrecision, GeoPrecision):
        try:
            return base(int(value))
        except (TypeError, ValueError):
            allowed = ", ".join(str(int(m)) for m in base)
            raise InputError(f"field {name!r} must be one of {allowed}, got {value!r}") from None
    if base is Counts:
        return _coerce_counts(value)
    if base in (int, float):
        return _coerce_number(name, value, base)
    raise InputError(f"field {name!r} cannot be edited")  # pragma: no cover - new field type


def _coerce_number(name: str, value: Any, base: type) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise InputError(f"field {name!r} must be a number, got {value!r}")
    try:
        number = float(value)
    except ValueError:
        raise InputError(f"field {name!r} must be a number, got {value!r}") from None
    if base is int:
        if number != int(number):
            raise InputError(f"field {name!r} must be a whole number, got {value!r}")
        number = int(number)
    low, high = _RANGES.get(name, (float("-inf"), float("inf")))
    if not low <= number <= high:
        raise InputError(f"field {name!r} must be between {low:g} and {high:g}, got {value!r}")
    return number


def _coerce_counts(value: Any) -> Counts:
    if not isinstance(value, dict):
        raise InputError("field 'counts' must be an object like {\"fatalities\": 3}")
    unknown = sorted(set(value) - set(_COUNT_FIELDS))
    if unknown:
        raise InputError(f"unknown counts field {unknown[0]!r}; use {', '.join(_COUNT_FIELDS)}")
    numbers = {}
    for key, number in value.items():
        if number is None or number == "":
            numbers[key] = None
        else:
            numbers[key] = _coerce_number(f"counts.{key}", number, int)
            if numbers[key] < 0:
                raise InputError(f"field 'counts.{key}' cannot be negative")
    return Counts(**numbers)


def _db_value(name: str, value: Any) -> Any:
    if isinstance(value, Counts):
        return dataclasses.asdict(value)
    if isinstance(value, (TimePrecision, GeoPrecision)):
        return int(value)
    return value


def _jsonable(value: Any) -> Any:
    if isinstance(value, Counts):
        return dataclasses.asdict(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (TimePrecision, GeoPrecision)):
        return int(value)
    return value


def _review_dict(row: dict[str, Any]) -> dict[str, Any]:
    created = row["created_at"]
    return {
        "id": row["id"],
        "event_id": row["event_id"],
        "action": row["action"],
        "changes": row["changes"],
        "previous": row["previous"],
        "reviewer": row["reviewer"],
        "comment": row["comment"],
        "created_at": _utc_iso(created),
    }


def _utc_iso(value: Any) -> Any:
    """Stored naive (UTC, portable across SQLite/PostgreSQL); shown with its offset."""
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).isoformat()
    return value
