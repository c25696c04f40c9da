"""The one data model every stage shares: a document in, event records out.

Field names for events follow ACLED's export columns so exports need no renaming;
our own additions (counts, reported_as, hedged, evidence, confidence) sit beside them.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from enum import IntEnum
from typing import Any


class TimePrecision(IntEnum):
    """ACLED time_precision: how exactly the event date is known."""

    DAY = 1
    WEEK = 2  # a week or a few days
    MONTH = 3  # a month or longer


class GeoPrecision(IntEnum):
    """ACLED geo_precision: how exactly the location is known."""

    TOWN = 1  # the town or village itself
    NEAR_TOWN = 2  # part of, or near, a town
    REGION = 3  # only the admin region is known


@dataclass(frozen=True)
class Span:
    """A character span in the document text; `text` is `document.text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass
class Evidence:
    """Why a field has its value: the supporting sentence and the span inside it."""

    field: str
    sentence: str
    span: Span | None = None
    note: str = ""  # e.g. "date taken from the report's main event"


@dataclass
class Document:
    id: str
    text: str
    source: str = ""
    url: str = ""
    published: date | None = None
    title: str = ""

    @staticmethod
    def make_id(text: str, url: str = "") -> str:
        """Stable id: by URL when known, else by content, so re-ingesting is idempotent."""
        key = url.strip() if url.strip() else " ".join(text.split())
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (the API's shape and the JSONL record ingest reads back)."""
        return _jsonable(asdict(self))


@dataclass
class Counts:
    """Numbers reported for one event; None means the text gives no number."""

    fatalities: int | None = None
    civilian_fatalities: int | None = None
    captured: int | None = None
    injured: int | None = None
    arrested: int | None = None
    abducted: int | None = None


@dataclass
class Location:
    location: str = ""
    admin1: str = ""
    admin2: str = ""
    country: str = ""
    iso: int | None = None  # ISO 3166-1 numeric, as ACLED exports it
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: GeoPrecision | None = None
    geonameid: int | None = None


@dataclass
class Event:
    """One ACLED-style event record with provenance."""

    event_id: str = ""
    document_id: str = ""
    event_date: date | None = None
    time_precision: TimePrecision | None = None
    disorder_type: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int | None = None
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str = ""  # "Civilian targeting" or ""
    country: str = ""
    iso: int | None = None
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: GeoPrecision | None = None
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    tags: str = ""
    counts: Counts = field(default_factory=Counts)
    reported_as: str = "new"  # "new" | "background"
    hedged: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.0
    sources: list[str] = field(default_factory=list)  # document ids after merging

    def set_location(self, loc: Location) -> None:
        self.location = loc.location
        self.admin1 = loc.admin1
        self.admin2 = loc.admin2
        self.country = loc.country
        self.iso = loc.iso
        self.latitude = loc.latitude
        self.longitude = loc.longitude
        self.geo_precision = loc.geo_precision

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: dates as ISO strings, enums as ints."""
        return _jsonable(asdict(self))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, IntEnum):
        return int(value)
    return value


def event_from_dict(data: dict[str, Any]) -> Event:
    """Inverse of `Event.to_dict`, used by the store and the batch job."""
    data = dict(data)
    if data.get("event_date"):
        data["event_date"] = date.fromisoformat(str(data["event_date"])[:10])
    if data.get("time_precision") is not None:
        data["time_precision"] = TimePrecision(int(data["time_precision"]))
    if data.get("geo_precision") is not None:
        data["geo_precision"] = GeoPrecision(int(data["geo_precision"]))
    data["counts"] = Counts(**(data.get("counts") or {}))
    evidence = []
    for ev in data.get("evidence") or []:
        span = ev.get("span")
        evidence.append(
            Evidence(
                field=ev["field"],
                sentence=ev.get("sentence", ""),
                span=Span(**span) if span else None,
                note=ev.get("note", ""),
            )
        )
    data["evidence"] = evidence
    data["sources"] = list(data.get("sources") or [])
    known = Event.__dataclass_fields__.keys()
    return Event(**{k: v for k, v in data.items() if k in known})
