"""Database tables, in SQLAlchemy Core so SQLite and PostgreSQL run the same code.

Events keep the ACLED columns as real columns (for filtering and export) and the
nested parts (counts, evidence, sources) as JSON. Reviews are a separate append-only
table so analysts' edits survive re-extraction.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("source", String(200), nullable=False, default=""),
    Column("url", Text, nullable=False, default=""),
    Column("published", Date, nullable=True),
    Column("title", Text, nullable=False, default=""),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("ingested_at", DateTime, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(40), primary_key=True),
    Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("event_date", Date, nullable=True),
    Column("time_precision", Integer, nullable=True),
    Column("disorder_type", String(80), nullable=False, default=""),
    Column("event_type", String(80), nullable=False, default=""),
    Column("sub_event_type", String(80), nullable=False, default=""),
    Column("actor1", String(200), nullable=False, default=""),
    Column("assoc_actor_1", Text, nullable=False, default=""),
    Column("inter1", Integer, nullable=True),
    Column("actor2", String(200), nullable=False, default=""),
    Column("assoc_actor_2", Text, nullable=False, default=""),
    Column("inter2", Integer, nullable=True),
    Column("interaction", Integer, nullable=True),
    Column("civilian_targeting", String(40), nullable=False, default=""),
    Column("country", String(80), nullable=False, default=""),
    Column("iso", Integer, nullable=True),
    Column("admin1", String(120), nullable=False, default=""),
    Column("admin2", String(120), nullable=False, default=""),
    Column("admin3", String(120), nullable=False, default=""),
    Column("location", String(200), nullable=False, default=""),
    Column("latitude", Float, nullable=True),
    Column("longitude", Float, nullable=True),
    Column("geo_precision", Integer, nullable=True),
    Column("source", Text, nullable=False, default=""),
    Column("source_scale", String(80), nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("fatalities", Integer, nullable=False, default=0),
    Column("tags", Text, nullable=False, default=""),
    Column("counts", JSON, nullable=False),
    Column("reported_as", String(20), nullable=False, default="new"),
    Column("hedged", Boolean, nullable=False, default=False),
    Column("evidence", JSON, nullable=False),
    Column("confidence", Float, nullable=False, default=0.0),
    Column("sources", JSON, nullable=False),
    Column("merged_into", String(40), nullable=True),  # set when merged into another event
    Column("review_status", String(20), nullable=False, default="unreviewed"),
    Index("ix_events_date", "event_date"),
    Index("ix_events_country_date", "country", "event_date"),
    Index("ix_events_type_date", "event_type", "event_date"),  # migration 0002: type/region + date filters
    Index("ix_events_admin1_date", "admin1", "event_date"),
    Index("ix_events_lat_lon", "latitude", "longitude"),
    Index("ix_events_document", "document_id"),
)

# Append-only history of analyst decisions; the latest row per event wins.
reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(40), nullable=False, index=True),
    Column("action", String(20), nullable=False),  # confirm | edit | reject
    Column("changes", JSON, nullable=False),  # field -> new value (edit)
    Column("previous", JSON, nullable=False),  # field -> value before
    Column("reviewer", String(120), nullable=False),
    Column("comment", Text, nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
)

# Migration 0003 indexes actor names for EventQuery.actor with objects SQLAlchemy cannot
# describe: an SQLite FTS5 trigram table (plus its shadow tables) and PostgreSQL pg_trgm
# GIN indexes. Schema comparisons (autogenerate, tests) must skip them.
ACTOR_FTS_TABLE = "events_actor_fts"


def is_actor_search_object(name: str | None) -> bool:
    """True for the tables/indexes migration 0003 creates outside this metadata."""
    return bool(name) and (name.startswith(ACTOR_FTS_TABLE) or (name.startswith("ix_events_") and name.endswith("_trgm")))
