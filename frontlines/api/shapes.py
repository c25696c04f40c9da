"""The JSON shapes the API returns for events and documents."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from frontlines.model import Event
from frontlines.store.db import Store


def get_store(request: Request) -> Store:
    """FastAPI dependency: the one Store the app was created with."""
    return request.app.state.store


def event_json(event: Event, status: str) -> dict[str, Any]:
    """Event.to_dict plus the review status the page shows."""
    data = event.to_dict()
    data["review_status"] = status
    return data
