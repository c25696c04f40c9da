"""Aggregate endpoints behind the timeline, the region table and the filter menus."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from frontlines.store.db import EventQuery, Store
from frontlines.store.stats import event_stats, facets

from .filters import event_query
from .shapes import get_store

router = APIRouter(prefix="/api", tags=["stats"])


@router.get("/stats", summary="Counts by ISO week × event type and by admin1, for the same filters as /api/events")
def stats(q: EventQuery = Depends(event_query), store: Store = Depends(get_store)) -> dict[str, Any]:
    return event_stats(store, q)


@router.get("/facets", summary="Countries and event types present, with counts (for filter menus)")
def get_facets(store: Store = Depends(get_store)) -> dict[str, Any]:
    return facets(store)
