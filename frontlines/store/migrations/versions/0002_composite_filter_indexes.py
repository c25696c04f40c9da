"""Composite (event_type, event_date) and (admin1, event_date) indexes for the common filters.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

The single-column type/admin1 indexes are prefixes of these, so they are replaced.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_events_type", table_name="events")
    op.drop_index("ix_events_admin1", table_name="events")
    op.create_index("ix_events_type_date", "events", ["event_type", "event_date"])
    op.create_index("ix_events_admin1_date", "events", ["admin1", "event_date"])


def downgrade() -> None:
    op.drop_index("ix_events_admin1_date", table_name="events")
    op.drop_index("ix_events_type_date", table_name="events")
    op.create_index("ix_events_admin1", "events", ["admin1"])
    op.create_index("ix_events_type", "events", ["event_type"])
