"""Small realistic documents and events, and old-schema databases, for storage tests."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine

from frontlines.model import (
    Counts,
    Document,
    Event,
    Evidence,
    GeoPrecision,
    Span,
    TimePrecision,
)

TEXT = "Regime forces shelled Daraa al-Balad on Wednesday, killing four civilians."


def document(doc_id: str = "doc-daraa", text: str = TEXT) -> Document:
    return Document(id=doc_id, text=text, source="Outlet A", url=f"https://a.example/{doc_id}", published=date(2021, 7, 30), title="Shelling in Daraa")


def event(event_id: str = "", **overrides) -> Event:
    base = dict(
        event_id=event_id,
        event_date=date(2021, 7, 28),
        time_precision=TimePrecision.DAY,
        disorder_type="Political violence",
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        actor1="Military Forces of Syria (2000-)",
        inter1=1,
        actor2="Civilians (Syria)",
        inter2=7,
        interaction=17,
        civilian_targeting="Civilian targeting",
        country="Syria",
        iso=760,
        admin1="Dar'a",
        admin2="Dar'a",
        location="Daraa al-Balad",
        latitude=32.6189,
        longitude=36.1021,
        geo_precision=GeoPrecision.TOWN,
        fatalities=4,
        counts=Counts(fatalities=4, civilian_fatalities=4),
        evidence=[Evidence(field="event_type", sentence=TEXT, span=Span(14, 21, "shelled"))],
        confidence=0.8,
        notes="On 28 July 2021, regime forces shelled Daraa al-Balad, killing 4 civilians.",
    )
    base.update(overrides)
    return Event(**base)


def database_at_revision(url: str, revision: str) -> Engine:
    """A SQLite file migrated only up to an old schema revision, as an older frontlines left it."""
    from alembic import command
    from sqlalchemy import create_engine

    from frontlines.store.migrate import alembic_config

    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    return engine
