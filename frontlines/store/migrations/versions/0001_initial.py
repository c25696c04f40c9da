"""Initial schema: documents, events, reviews.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("published", sa.Date, nullable=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_documents_content_hash", "documents", ["content_hash"])
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("event_date", sa.Date, nullable=True),
        sa.Column("time_precision", sa.Integer, nullable=True),
        sa.Column("disorder_type", sa.String(80), nullable=False),
        sa.Column("event_type", sa.String(80), nullable=False),
        sa.Column("sub_event_type", sa.String(80), nullable=False),
        sa.Column("actor1", sa.String(200), nullable=False),
        sa.Column("assoc_actor_1", sa.Text, nullable=False),
        sa.Column("inter1", sa.Integer, nullable=True),
        sa.Column("actor2", sa.String(200), nullable=False),
        sa.Column("assoc_actor_2", sa.Text, nullable=False),
        sa.Column("inter2", sa.Integer, nullable=True),
        sa.Column("interaction", sa.Integer, nullable=True),
        sa.Column("civilian_targeting", sa.String(40), nullable=False),
        sa.Column("country", sa.String(80), nullable=False),
        sa.Column("iso", sa.Integer, nullable=True),
        sa.Column("admin1", sa.String(120), nullable=False),
        sa.Column("admin2", sa.String(120), nullable=False),
        sa.Column("admin3", sa.String(120), nullable=False),
        sa.Column("location", sa.String(200), nullable=False),
        sa.Column("latitude", sa.Float, nullable=True),
        sa.Column("longitude", sa.Float, nullable=True),
        sa.Column("geo_precision", sa.Integer, nullable=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("source_scale", sa.String(80), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("fatalities", sa.Integer, nullable=False),
        sa.Column("tags", sa.Text, nullable=False),
        sa.Column("counts", sa.JSON, nullable=False),
        sa.Column("reported_as", sa.String(20), nullable=False),
        sa.Column("hedged", sa.Boolean, nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("merged_into", sa.String(40), nullable=True),
        sa.Column("review_status", sa.String(20), nullable=False),
    )
    op.create_index("ix_events_date", "events", ["event_date"])
    op.create_index("ix_events_country_date", "events", ["country", "event_date"])
    op.create_index("ix_events_type", "events", ["event_type"])
    op.create_index("ix_events_admin1", "events", ["admin1"])
    op.create_index("ix_events_lat_lon", "events", ["latitude", "longitude"])
    op.create_index("ix_events_document", "events", ["document_id"])
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(40), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("changes", sa.JSON, nullable=False),
        sa.Column("previous", sa.JSON, nullable=False),
        sa.Column("reviewer", sa.String(120), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_reviews_event_id", "reviews", ["event_id"])


def downgrade() -> None:
    op.drop_table("reviews")
    op.drop_table("events")
    op.drop_table("documents")
